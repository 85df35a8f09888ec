// `absent`: no selected object may contain the partial object (or exist at all
// when there is none). A kind the cluster does not serve has no objects.
import { isNoKindMatchError } from "../apiserver/registry";
import { failed, passed, type AssertionOutcome, type CheckContext } from "./check-context";
import type { AbsentAssertion } from "./check-schema";
import { matchObject } from "./match-object";
import { objectRef, selectObjects, type SelectedObjects } from "./select-objects";

export function runAbsentCheck(assertion: AbsentAssertion, ctx: CheckContext): AssertionOutcome {
  let selected: SelectedObjects;
  try {
    selected = selectObjects(ctx.api, assertion);
  } catch (e) {
    if (isNoKindMatchError(e)) return passed;
    throw e;
  }
  const match = assertion.match;
  const present = match ? selected.objects.filter((obj) => matchObject(match, obj).length === 0) : selected.objects;
  if (present.length === 0) return passed;
  const refs = present.map((obj) => objectRef(selected.info, obj)).join(", ");
  const like = match ? " like the check describes" : "";
  return failed(`expected no ${selected.what}${like}${selected.where}, found ${refs}`);
}
