// The assertion engine: runs a task's checks in order against the end state
// and says, per check, whether it passed and why not. A check that throws
// (an unknown kind, a broken script runner) fails with the error's message
// instead of stopping the others.
import { runAbsentCheck } from "./absent-check";
import type { AssertionOutcome, CheckContext } from "./check-context";
import type { Check } from "./check-schema";
import { runConnectivityCheck } from "./connectivity-check";
import { runExpectCheck } from "./expect-check";
import { runFileCheck } from "./file-check";
import { runJsonPathCheck } from "./jsonpath-check";
import { runScriptCheck } from "./script-check";

export interface CheckResult {
  id: string;
  /** The name the candidate reads. */
  name: string;
  /** The check's points; they count towards the score when `passed`. */
  points: number;
  passed: boolean;
  /** Empty when passed; otherwise what was expected and what was found. */
  message: string;
}

async function runAssertion(check: Check, ctx: CheckContext): Promise<AssertionOutcome> {
  if (check.expect) return runExpectCheck(check.expect, ctx);
  if (check.absent) return runAbsentCheck(check.absent, ctx);
  if (check.jsonpath) return runJsonPathCheck(check.jsonpath, ctx);
  if (check.file) return runFileCheck(check.file, ctx);
  if (check.script !== undefined) return runScriptCheck(check.script, ctx);
  if (check.connectivity) return runConnectivityCheck(check.connectivity, ctx);
  return { passed: false, message: "the check makes no assertion" };
}

export async function runChecks(checks: readonly Check[], ctx: CheckContext): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    let outcome: AssertionOutcome;
    try {
      outcome = await runAssertion(check, ctx);
    } catch (e) {
      outcome = { passed: false, message: e instanceof Error ? e.message : String(e) };
    }
    results.push({ id: check.id, name: check.name, points: check.points, ...outcome });
  }
  return results;
}
