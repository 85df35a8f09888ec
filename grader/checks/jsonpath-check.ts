// `jsonpath`: what `kubectl get <kind> <name> -o jsonpath=<path>` prints must
// equal a text or match a regular expression. kubectl's own JSONPath engine
// prints it, unless the context brings another evaluator.
import { JsonPath } from "../kubectl/jsonpath";
import { failed, passed, type AssertionOutcome, type CheckContext, type EvaluateJsonPath } from "./check-context";
import type { JsonPathAssertion } from "./check-schema";
import { describeValue } from "./describe-value";
import { selectObjects } from "./select-objects";

/** kubectl's `-o jsonpath=` (missing keys allowed, as kubectl's default). */
export const evaluateKubectlJsonPath: EvaluateJsonPath = (template, obj) => new JsonPath(template).execute(obj);

export function runJsonPathCheck(assertion: JsonPathAssertion, ctx: CheckContext): AssertionOutcome {
  const evaluate = ctx.evaluateJsonPath ?? evaluateKubectlJsonPath;
  const selected = selectObjects(ctx.api, assertion);
  const obj = selected.objects[0];
  if (!obj) return failed(`${selected.what} not found${selected.where}`);
  let printed: string;
  try {
    printed = evaluate(assertion.path, obj);
  } catch (e) {
    return failed(`${assertion.path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (assertion.equals !== undefined && printed !== assertion.equals) {
    return failed(`${assertion.path}: expected ${describeValue(assertion.equals)}, got ${describeValue(printed)}`);
  }
  if (assertion.matches !== undefined && !new RegExp(assertion.matches, "m").test(printed)) {
    return failed(`${assertion.path}: expected to match /${assertion.matches}/, got ${describeValue(printed)}`);
  }
  return passed;
}
