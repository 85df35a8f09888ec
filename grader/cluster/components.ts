// The components every cluster runs, in the order settle() visits them.
import type { Component } from "../controllers/framework/component";
import { SchedulerComponent } from "../scheduler/component";

export function defaultComponents(): Component[] {
  return [new SchedulerComponent()];
}
