export { runChecks, type CheckResult } from "./run-checks";
export {
  checkSchema,
  checkIdPattern,
  assertionKinds,
  type Check,
  type AssertionKind,
  type ExpectAssertion,
  type AbsentAssertion,
  type JsonPathAssertion,
  type FileAssertion,
  type ConnectivityAssertion,
} from "./check-schema";
export type {
  CheckContext,
  ConnectivitySource,
  RunScript,
  Connect,
  EvaluateJsonPath,
  AssertionOutcome,
} from "./check-context";
export type { CheckedApi } from "./select-objects";
export { matchObject, mismatchText, type Mismatch } from "./match-object";
export { evaluateKubectlJsonPath } from "./jsonpath-check";
export { scriptUnavailableText } from "./script-check";
export { connectivityUnavailableText } from "./connectivity-check";
