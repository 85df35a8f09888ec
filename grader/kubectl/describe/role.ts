// The RoleDescriber and ClusterRoleDescriber of k8s.io/kubectl/pkg/describe/describe.go v0.34.5:
// the PolicyRule table (no Events section).
import type { KubeObject } from "../../apiserver/types";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { combineResourceGroup, describedRules, goStringSlice, type PolicyRuleView } from "./policy-rules";
import type { Describer } from "./describers";

/** `kubectl describe role|clusterrole`: name, labels, annotations and the compacted rules. */
export function describeRole(obj: KubeObject): string {
  const role = obj as unknown as { metadata: KubeObject["metadata"]; rules?: PolicyRuleView[] };
  const w = new DescribeWriter();
  w.write(0, `Name:\t${role.metadata.name ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", role.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", role.metadata.annotations);
  w.write(0, "PolicyRule:\n");
  w.write(1, "Resources\tNon-Resource URLs\tResource Names\tVerbs\n");
  w.write(1, "---------\t-----------------\t--------------\t-----\n");
  for (const r of describedRules(role.rules)) {
    w.write(1, `${combineResourceGroup(r.resources, r.apiGroups)}\t${goStringSlice(r.nonResourceURLs)}\t${goStringSlice(r.resourceNames)}\t${goStringSlice(r.verbs)}\n`);
  }
  return w.toString();
}

export const roleDescriber: Describer = (_cluster, obj) => describeRole(obj);
