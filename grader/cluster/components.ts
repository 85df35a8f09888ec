// The components every cluster runs, in the order settle() visits them.
import type { Component } from "../controllers/framework/component";

export function defaultComponents(): Component[] {
  return [];
}
