// `file`: a workstation file the candidate writes (`/opt/course/3/pods.txt`)
// equals, contains or matches a text.
import { failed, passed, type AssertionOutcome, type CheckContext } from "./check-context";
import type { FileAssertion } from "./check-schema";
import { describeValue } from "./describe-value";

// `echo x > f` and `kubectl ... > f` end with a newline; an editor may add more.
function withoutTrailingNewlines(text: string): string {
  return text.replace(/(\r?\n)+$/, "");
}

export function runFileCheck(assertion: FileAssertion, ctx: CheckContext): AssertionOutcome {
  const content = Object.prototype.hasOwnProperty.call(ctx.files, assertion.path) ? ctx.files[assertion.path] : undefined;
  if (content === undefined) return failed(`${assertion.path}: no such file`);
  if (assertion.equals !== undefined && withoutTrailingNewlines(content) !== withoutTrailingNewlines(assertion.equals)) {
    return failed(`${assertion.path}: expected ${describeValue(assertion.equals)}, got ${describeValue(content)}`);
  }
  if (assertion.contains !== undefined && !content.includes(assertion.contains)) {
    return failed(`${assertion.path}: expected to contain ${describeValue(assertion.contains)}, got ${describeValue(content)}`);
  }
  if (assertion.matches !== undefined && !new RegExp(assertion.matches, "m").test(content)) {
    return failed(`${assertion.path}: expected to match /${assertion.matches}/, got ${describeValue(content)}`);
  }
  return passed;
}
