// Bad values as upstream's field.Error prints them. v0.34's ErrorBody prints a
// non-scalar bad value with json.Marshal, which sorts map keys but keeps struct
// fields in declaration order; these helpers build values that JSON.stringify
// prints the same way.

/** A Go map[string]string as json.Marshal prints it: keys sorted. */
export function goMap<V>(m: Record<string, V> | undefined): Record<string, V> | null {
  if (!m) return null;
  const out: Record<string, V> = {};
  for (const k of Object.keys(m).sort()) out[k] = m[k];
  return out;
}

export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

/** A metav1.LabelSelector as json.Marshal prints it (fields in declaration order, empty ones omitted). */
export function goLabelSelector(sel: LabelSelector | undefined): unknown {
  if (!sel) return null;
  const out: Record<string, unknown> = {};
  if (sel.matchLabels && Object.keys(sel.matchLabels).length) out.matchLabels = goMap(sel.matchLabels);
  if (sel.matchExpressions && sel.matchExpressions.length)
    out.matchExpressions = sel.matchExpressions.map((r) => {
      const e: Record<string, unknown> = { key: r.key, operator: r.operator };
      if (r.values && r.values.length) e.values = r.values;
      return e;
    });
  return out;
}
