// What the ClusterRole aggregation controller computes
// (pkg/controller/clusterroleaggregation/clusterroleaggregation_controller.go
// syncClusterRole): for each selector in turn, the roles it matches sorted by
// name (the role itself excepted), their rules appended unless an equal rule
// is already there.
import { labelSelectorFromMeta, labelSelectorMatches, type MetaLabelSelector } from "../../apiserver/selectors";
import type { KubeObject } from "../../apiserver/types";

interface AggregationRule {
  clusterRoleSelectors?: MetaLabelSelector[];
}

export interface ClusterRoleLike extends KubeObject {
  aggregationRule?: AggregationRule | null;
  rules?: unknown[] | null;
}

interface RuleFields {
  apiGroups?: string[];
  nonResourceURLs?: string[];
  resourceNames?: string[];
  resources?: string[];
  verbs?: string[];
}

// equality.Semantic.DeepEqual of two PolicyRules, whatever order their fields were written in.
const ruleKey = (rule: unknown): string => {
  const r = (rule ?? {}) as RuleFields;
  return JSON.stringify([r.verbs ?? null, r.apiGroups ?? null, r.resources ?? null, r.resourceNames ?? null, r.nonResourceURLs ?? null]);
};

/** The rules `role` should have, or undefined when it has no aggregationRule. */
export function aggregatedRules(role: ClusterRoleLike, all: ClusterRoleLike[]): unknown[] | undefined {
  if (!role.aggregationRule) return undefined;
  const rules: unknown[] = [];
  const seen = new Set<string>();
  const byName = [...all].sort((a, b) => ((a.metadata.name ?? "") < (b.metadata.name ?? "") ? -1 : 1));
  for (const meta of role.aggregationRule.clusterRoleSelectors ?? []) {
    const selector = labelSelectorFromMeta(meta);
    for (const other of byName) {
      if (other.metadata.name === role.metadata.name || !labelSelectorMatches(selector, other.metadata.labels)) continue;
      for (const rule of other.rules ?? []) {
        const key = ruleKey(rule);
        if (seen.has(key)) continue;
        seen.add(key);
        rules.push(rule);
      }
    }
  }
  return rules;
}

/** Whether two rule lists are the same (nil and empty differ, as with DeepEqual). */
export function sameRules(a: unknown[] | null | undefined, b: unknown[] | null | undefined): boolean {
  if (a == null || b == null) return a == null && b == null;
  return a.length === b.length && a.every((r, i) => ruleKey(r) === ruleKey(b[i]));
}
