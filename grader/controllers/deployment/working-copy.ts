// The Deployment a sync works on. The sync changes only its metadata and
// status, so those are copied; the rest (the spec, its biggest part) stays the
// stored, frozen object, which a sync only reads.
import { deepCopyJson } from "../../apiserver/storage/deep-copy";
import type { Deployment } from "./types";

/** What deepCopyJson(stored) gives, as far as a sync can tell, for the price of metadata and status. */
export function workingCopy(stored: Deployment): Deployment {
  const copy: Record<string, unknown> = {};
  for (const key in stored) {
    const v = (stored as unknown as Record<string, unknown>)[key];
    if (v === undefined) continue;
    copy[key] = key === "metadata" || key === "status" ? deepCopyJson(v) : v;
  }
  return copy as unknown as Deployment;
}
