// Label and selector strings as k8s.io/apimachinery/pkg/labels and metav1 helpers print them.
import type { LabelSelectorView } from "./object-view";

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** labels.FormatLabels: `k=v` pairs sorted as whole strings, `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | undefined): string {
  const pairs = Object.entries(labels ?? {}).map(([k, v]) => `${k}=${v}`);
  pairs.sort(byCodePoint);
  return pairs.length === 0 ? "<none>" : pairs.join(",");
}

/** The selector string of metav1.LabelSelectorAsSelector(...).String(); "" for nil or empty selectors. */
export function labelSelectorString(selector: LabelSelectorView | undefined | null): string {
  if (!selector) return "";
  const requirements: { key: string; text: string }[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    requirements.push({ key, text: `${key}=${value}` });
  }
  for (const expr of selector.matchExpressions ?? []) {
    requirements.push({ key: expr.key, text: requirementString(expr.key, expr.operator, expr.values ?? []) });
  }
  // Selector.Add sorts requirements by key.
  requirements.sort((a, b) => byCodePoint(a.key, b.key));
  return requirements.map((r) => r.text).join(",");
}

function requirementString(key: string, operator: string, values: string[]): string {
  const joined = values.length === 1 ? values[0] : [...values].sort(byCodePoint).join(",");
  switch (operator) {
    case "In":
      return `${key} in (${joined})`;
    case "NotIn":
      return `${key} notin (${joined})`;
    case "Exists":
      return key;
    case "DoesNotExist":
      return `!${key}`;
    default:
      return `${key}=${joined}`;
  }
}

/** metav1.FormatLabelSelector: the selector string, `<none>` when it selects everything or nothing. */
export function formatLabelSelector(selector: LabelSelectorView | undefined | null): string {
  const text = labelSelectorString(selector);
  return text === "" ? "<none>" : text;
}
