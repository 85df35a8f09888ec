// BreakdownRule, CompactRules and SortableRuleSlice of k8s.io/kubectl/pkg/util/rbac (v0.34.5):
// the rows of the Role/ClusterRole `PolicyRule:` table.

export interface PolicyRuleView {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

/** BreakdownRule: one rule per group × resource × verb (× resource name), then per URL × verb. */
export function breakdownRule(rule: PolicyRuleView): PolicyRuleView[] {
  const out: PolicyRuleView[] = [];
  for (const group of rule.apiGroups ?? []) {
    for (const resource of rule.resources ?? []) {
      for (const verb of rule.verbs ?? []) {
        const names = rule.resourceNames ?? [];
        if (names.length > 0) for (const name of names) out.push({ apiGroups: [group], resources: [resource], verbs: [verb], resourceNames: [name] });
        else out.push({ apiGroups: [group], resources: [resource], verbs: [verb] });
      }
    }
  }
  for (const url of rule.nonResourceURLs ?? []) for (const verb of rule.verbs ?? []) out.push({ nonResourceURLs: [url], verbs: [verb] });
  return out;
}

/** The key of a rule with one group and one resource (and at most one name); undefined for other rules. */
function simpleResourceKey(rule: PolicyRuleView): string | undefined {
  if ((rule.resourceNames ?? []).length > 1 || (rule.nonResourceURLs ?? []).length > 0) return undefined;
  if ((rule.apiGroups ?? []).length !== 1 || (rule.resources ?? []).length !== 1) return undefined;
  const names = rule.resourceNames ?? [];
  return JSON.stringify([rule.apiGroups![0], rule.resources![0], names.length > 0, names[0] ?? ""]);
}

/** CompactRules: simple rules on the same resource (and name) merged, verbs in first-seen order; the others kept. */
export function compactRules(rules: PolicyRuleView[]): PolicyRuleView[] {
  const compacted: PolicyRuleView[] = [];
  const simple = new Map<string, PolicyRuleView>();
  for (const rule of rules) {
    const key = simpleResourceKey(rule);
    if (key === undefined) {
      compacted.push(rule);
      continue;
    }
    const existing = simple.get(key);
    if (!existing) simple.set(key, { ...rule, verbs: [...(rule.verbs ?? [])] });
    else for (const verb of rule.verbs ?? []) if (!existing.verbs!.includes(verb)) existing.verbs!.push(verb);
  }
  return [...compacted, ...simple.values()];
}

/** fmt's %v of a []string: `[a b]`. */
export const goStringSlice = (values: string[] | undefined): string => `[${(values ?? []).join(" ")}]`;

/** PolicyRule.String() of the generated protobuf code, which SortableRuleSlice compares. */
const policyRuleString = (r: PolicyRuleView): string =>
  `&PolicyRule{Verbs:${goStringSlice(r.verbs)},APIGroups:${goStringSlice(r.apiGroups)},Resources:${goStringSlice(r.resources)},ResourceNames:${goStringSlice(r.resourceNames)},NonResourceURLs:${goStringSlice(r.nonResourceURLs)},}`;

/** The rows `kubectl describe role` prints: broken down, compacted, sorted by their String() (so by verbs first). */
export function describedRules(rules: PolicyRuleView[] | undefined): PolicyRuleView[] {
  const compact = compactRules((rules ?? []).flatMap(breakdownRule));
  return compact
    .map((rule) => ({ rule, key: policyRuleString(rule) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.rule);
}

/** CombineResourceGroup: `deployments.apps/scale` from resource `deployments/scale` and group `apps`. */
export function combineResourceGroup(resources: string[] | undefined, groups: string[] | undefined): string {
  if (!resources || resources.length === 0) return "";
  const slash = resources[0].indexOf("/");
  let combined = slash === -1 ? resources[0] : resources[0].slice(0, slash);
  if (groups && groups.length > 0 && groups[0] !== "") combined += `.${groups[0]}`;
  if (slash !== -1) combined += `/${resources[0].slice(slash + 1)}`;
  return combined;
}
