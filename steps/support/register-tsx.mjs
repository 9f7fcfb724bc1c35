// Lets every cucumber worker process load the TypeScript step definitions.
import { register } from 'tsx/esm/api'

register()
