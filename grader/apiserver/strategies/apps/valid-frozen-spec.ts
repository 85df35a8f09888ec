// A status write puts the stored spec back and validates it again: stored
// values are frozen and never change, so a frozen spec that once validated
// without an error validates without one every time after.
import type { FieldError } from "../../errors";

/** `validate`, answering [] at once for a frozen spec it already found valid. */
export function rememberingValidFrozen<S extends object>(validate: (spec: S) => FieldError[]): (spec: S) => FieldError[] {
  const valid = new WeakSet<S>();
  return (spec) => {
    if (valid.has(spec)) return [];
    const errs = validate(spec);
    if (errs.length === 0 && Object.isFrozen(spec)) valid.add(spec);
    return errs;
  };
}
