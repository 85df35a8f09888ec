// Bad values that are internal Go structs (pkg/apis/<group> types have no json
// tags, so json.Marshal prints Go field names). An approximation: object keys
// are capitalised, map-typed fields keep their keys, unset fields stay absent
// (upstream would print them with zero values).

const mapFields = new Set(["labels", "annotations", "nodeSelector", "limits", "requests", "matchLabels", "data", "stringData", "selector"]);
// ObjectMeta and LabelSelector are metav1 types with json tags.
const taggedFields = new Set(["metadata", "labelSelector"]);

export function goInternalValue(v: unknown, keepKeys = false): unknown {
  if (Array.isArray(v)) return v.map((x) => goInternalValue(x));
  if (v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
    const name = keepKeys ? k : k.charAt(0).toUpperCase() + k.slice(1);
    out[name] = mapFields.has(k) || taggedFields.has(k) ? val : goInternalValue(val);
  }
  return out;
}
