// System-set metadata, as rest.FillObjectMetaSystemFields and
// names.SimpleNameGenerator (staging/src/k8s.io/apiserver/pkg/storage/names) set it.
import type { SeededRandom } from "../../random";
import type { ObjectMeta } from "../types";

/** Generated names are at most 63 characters: a 5-character suffix after at most 58 of the base. */
const maxNameLength = 63;
const randomLength = 5;
const maxGeneratedNameLength = maxNameLength - randomLength;

/** SimpleNameGenerator.GenerateName: `generateName` cut to 58 characters plus 5 random ones. */
export function generateName(base: string, random: SeededRandom): string {
  const prefix = base.length > maxGeneratedNameLength ? base.slice(0, maxGeneratedNameLength) : base;
  return prefix + random.string(randomLength);
}

/** FillObjectMetaSystemFields: creationTimestamp and uid of a new object; no deletion fields. */
export function fillSystemFields(meta: ObjectMeta, creationTimestamp: string, uid: string): void {
  meta.creationTimestamp = creationTimestamp;
  meta.uid = uid;
  delete meta.deletionTimestamp;
  delete meta.deletionGracePeriodSeconds;
}
