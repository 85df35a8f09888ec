// Node selector terms as k8s.io/component-helpers/scheduling/corev1/nodeaffinity:
// terms are ORed, the requirements of a term ANDed; matchFields only knows
// metadata.name; Gt/Lt compare the label as an integer.
import type { Node, NodeSelectorRequirement, NodeSelectorTerm } from "./api-types";

const integerPattern = /^[+-]?\d+$/;

function parseInt64(s: string): number | undefined {
  return integerPattern.test(s) ? Number(s) : undefined;
}

export function requirementMatches(r: NodeSelectorRequirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const value = labels[r.key];
  const values = r.values ?? [];
  switch (r.operator) {
    case "In":
      return has && values.includes(value);
    case "NotIn":
      return !has || !values.includes(value);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
    case "Gt":
    case "Lt": {
      if (!has || values.length !== 1) return false;
      const labelValue = parseInt64(value);
      const bound = parseInt64(values[0]);
      if (labelValue === undefined || bound === undefined) return false;
      return r.operator === "Gt" ? labelValue > bound : labelValue < bound;
    }
    default:
      return false;
  }
}

export function termMatches(term: NodeSelectorTerm, node: Node): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  // An empty term matches no node.
  if (exprs.length === 0 && fields.length === 0) return false;
  const labels = node.metadata.labels ?? {};
  for (const r of exprs) if (!requirementMatches(r, labels)) return false;
  for (const r of fields) {
    if (r.key !== "metadata.name") return false;
    if (!requirementMatches(r, { "metadata.name": node.metadata.name ?? "" })) return false;
  }
  return true;
}

export function anyTermMatches(terms: NodeSelectorTerm[] | undefined, node: Node): boolean {
  return (terms ?? []).some((t) => termMatches(t, node));
}
