// set/helper.go selectContainers/selectString: `-c NAME` with `*` wildcards
// picks the containers a `kubectl set` command edits.
import type { ContainerLike, PodSpecLike } from "./pod-template";

/** selectString: `*` anywhere in `spec` matches any run of characters. */
export function selectString(s: string, spec: string): boolean {
  if (spec === "*") return true;
  if (!spec.includes("*")) return s === spec;
  const parts = spec.split("*");
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.length === 0) continue;
    const next = s.indexOf(part, pos);
    if (next < 0 || (i === 0 && next !== 0)) return false;
    if (i === parts.length - 1 && s.length !== part.length + next) return false;
    pos = next + part.length;
  }
  return true;
}

/** The containers then the init containers matching `spec`, as the set commands visit them. */
export function selectedContainers(spec: PodSpecLike, selector: string): ContainerLike[] {
  const pick = (list: ContainerLike[] | undefined) => (list ?? []).filter((c) => selectString(c.name, selector));
  return [...pick(spec.containers), ...pick(spec.initContainers)];
}
