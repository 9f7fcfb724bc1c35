export { PACKAGE_ROOT } from '../../lib/package-root.js'
