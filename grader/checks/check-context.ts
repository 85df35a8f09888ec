// What the engine needs from the world it grades: the cluster's API, the
// workstation's files, and — from the shell and the network model, injected
// so the engine does not depend on them — scripts, connections and JSONPath.
import type { CheckedApi } from "./select-objects";

/** Where a connectivity check's connection starts. */
export interface ConnectivitySource {
  namespace: string;
  /** An existing pod; undefined means a fresh busybox pod. */
  pod?: string;
  /** Labels of the fresh busybox pod. */
  labels?: Record<string, string>;
}

/** Runs a bash verify script on the workstation; resolves to its exit code. */
export type RunScript = (script: string) => Promise<number>;

/** Opens a TCP connection through DNS, Services and NetworkPolicies; resolves to whether it succeeded. */
export type Connect = (from: ConnectivitySource, host: string, port: number) => Promise<boolean>;

/** kubectl's JSONPath: what `kubectl get -o jsonpath=<template>` prints for `obj`; throws kubectl's error. */
export type EvaluateJsonPath = (template: string, obj: unknown) => string;

export interface CheckContext {
  api: CheckedApi;
  /** The workstation's files: absolute path → content. */
  files: Readonly<Record<string, string>>;
  runScript?: RunScript;
  connect?: Connect;
  evaluateJsonPath?: EvaluateJsonPath;
}

/** The verdict of one assertion; the message says what was expected and what was found when it failed. */
export interface AssertionOutcome {
  passed: boolean;
  message: string;
}

export const passed: AssertionOutcome = { passed: true, message: "" };

export function failed(message: string): AssertionOutcome {
  return { passed: false, message };
}
