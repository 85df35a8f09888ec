// Compact builders for the PolicyRules of the bootstrap policy. Lists are
// space-separated and already in the order upstream's RuleOrDie stores them
// (sorted), so the objects print as a real cluster's do.
export interface PolicyRule {
  apiGroups?: string[];
  nonResourceURLs?: string[];
  resourceNames?: string[];
  resources?: string[];
  verbs: string[];
}

const words = (s: string): string[] => s.split(" ").filter((w) => w !== "");

/** A resource rule; `groups` uses "core" for the legacy group "". */
export function rule(verbs: string, groups: string, resources: string, resourceNames?: string): PolicyRule {
  const r: PolicyRule = { apiGroups: words(groups).map((g) => (g === "core" ? "" : g)), resources: words(resources), verbs: words(verbs) };
  if (resourceNames) r.resourceNames = words(resourceNames);
  // Field order of the stored object: apiGroups, resourceNames, resources, verbs.
  return resourceNames ? { apiGroups: r.apiGroups, resourceNames: r.resourceNames, resources: r.resources, verbs: r.verbs } : r;
}

/** A non-resource URL rule. */
export function urls(verbs: string, paths: string): PolicyRule {
  return { nonResourceURLs: words(paths), verbs: words(verbs) };
}

const read = "get list watch";
const events = "create patch update";

/** `eventsRule()` of upstream: create/update/patch events in "" and events.k8s.io. */
export const eventsRule = (): PolicyRule => rule(events, "core events.k8s.io", "events");
/** get/list/watch of the resources in one group. */
export const readRule = (groups: string, resources: string): PolicyRule => rule(read, groups, resources);
