import { Given, When } from '@cucumber/cucumber'
import type { SpecWorld } from './support/world.js'

async function pass(this: SpecWorld, seconds: number) {
  await this.passTime(seconds)
}

When('{duration} pass(es)', pass)
Given('{duration} has/have passed', pass)
