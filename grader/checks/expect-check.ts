// `expect`: objects that must exist and contain a partial object. Without a
// name, `any` (default), `all` or `count` says how many selected objects must match.
import type { KubeObject } from "../apiserver/types";
import { failed, passed, type AssertionOutcome, type CheckContext } from "./check-context";
import type { ExpectAssertion } from "./check-schema";
import { matchObject, mismatchText, type Mismatch } from "./match-object";
import { objectRef, selectObjects, type SelectedObjects } from "./select-objects";

interface Verdict {
  obj: KubeObject;
  mismatches: Mismatch[];
}

export function runExpectCheck(assertion: ExpectAssertion, ctx: CheckContext): AssertionOutcome {
  const selected = selectObjects(ctx.api, assertion);
  const match = assertion.match ?? {};
  const verdicts: Verdict[] = selected.objects.map((obj) => ({ obj, mismatches: matchObject(match, obj) }));
  const matching = verdicts.filter((v) => v.mismatches.length === 0);
  const failing = verdicts.filter((v) => v.mismatches.length > 0);

  if (assertion.name !== undefined) {
    if (verdicts.length === 0) return failed(`${selected.what} not found${selected.where}`);
    return failing.length ? failed(mismatchesText(failing[0].mismatches)) : passed;
  }
  if (assertion.count !== undefined) {
    if (matching.length === assertion.count) return passed;
    const detail = matching.length < assertion.count && failing.length ? `; ${closest(selected, failing)}` : "";
    return failed(`expected ${assertion.count} matching ${selected.what}${selected.where}, got ${matching.length}${detail}`);
  }
  if (verdicts.length === 0) return failed(`no ${selected.what}${selected.where}`);
  if (assertion.quantifier === "all") {
    if (!failing.length) return passed;
    const more = failing.length > 1 ? ` (and ${failing.length - 1} more)` : "";
    return failed(`${objectRef(selected.info, failing[0].obj)}: ${mismatchesText(failing[0].mismatches)}${more}`);
  }
  if (matching.length) return passed;
  return failed(`none of ${verdicts.length} ${selected.what}${selected.where} matches; ${closest(selected, failing)}`);
}

// The object that came nearest (fewest differences) says best what is missing.
function closest(selected: SelectedObjects, failing: Verdict[]): string {
  const best = failing.reduce((a, b) => (b.mismatches.length < a.mismatches.length ? b : a));
  return `${objectRef(selected.info, best.obj)}: ${mismatchesText(best.mismatches)}`;
}

function mismatchesText(mismatches: Mismatch[]): string {
  return mismatches.map(mismatchText).join("; ");
}
