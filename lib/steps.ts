// What a project's own step files import (`sessionspec run --import GLOB`, README "Your own
// features and steps"): cucumber's functions from the very cucumber that runs the suite, so that
// their steps join the bundled ones even where the project installs another cucumber of its own,
// and the World every step runs on (the target's driver, the visitor's browser, the clock).
export { After, Before, DataTable, defineParameterType, Given, Then, When } from '@cucumber/cucumber'
export type { SpecWorld } from '../steps/support/world.js'
