// labelSelectorFromMeta remembered by the selector's JSON text: the ReplicaSet
// and Deployment controllers parse the same few selectors on every sync (and
// for every pod), and validating each key and value is most of a sync's cost.
// For selectors as the API returns them (plain JSON); a selector that does not
// parse is not remembered, so it throws again each time.
import { labelSelectorFromMeta, type LabelSelector, type MetaLabelSelector } from "../../apiserver/selectors";

const remembered = new Map<string, LabelSelector>();
// Bounded: cleared when full, as selectors of deleted objects are never forgotten otherwise.
const rememberedLimit = 1024;

export function parsedLabelSelector(meta: MetaLabelSelector | undefined | null): LabelSelector {
  if (!meta) return labelSelectorFromMeta(meta);
  const key = JSON.stringify(meta);
  const known = remembered.get(key);
  if (known) return known;
  const parsed = frozen(labelSelectorFromMeta(meta));
  if (remembered.size >= rememberedLimit) remembered.clear();
  remembered.set(key, parsed);
  return parsed;
}

// Shared between callers: frozen so that none can change another's selector.
function frozen(selector: LabelSelector): LabelSelector {
  for (const r of selector.requirements) {
    Object.freeze(r.values);
    Object.freeze(r);
  }
  Object.freeze(selector.requirements);
  return Object.freeze(selector);
}
