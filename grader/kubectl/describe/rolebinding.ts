// The RoleBindingDescriber and ClusterRoleBindingDescriber of k8s.io/kubectl/pkg/describe/describe.go
// v0.34.5: the role reference and the subjects table (no Events section).
import type { KubeObject } from "../../apiserver/types";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import type { Describer } from "./describers";

interface BindingView {
  metadata: KubeObject["metadata"];
  roleRef?: { kind?: string; name?: string };
  subjects?: { kind?: string; name?: string; namespace?: string }[];
}

/** `kubectl describe rolebinding|clusterrolebinding`. */
export function describeRoleBinding(obj: KubeObject): string {
  const b = obj as unknown as BindingView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${b.metadata.name ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", b.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", b.metadata.annotations);
  w.write(0, "Role:\n");
  w.write(1, `Kind:\t${b.roleRef?.kind ?? ""}\n`);
  w.write(1, `Name:\t${b.roleRef?.name ?? ""}\n`);
  w.write(0, "Subjects:\n");
  w.write(1, "Kind\tName\tNamespace\n");
  w.write(1, "----\t----\t---------\n");
  for (const s of b.subjects ?? []) w.write(1, `${s.kind ?? ""}\t${s.name ?? ""}\t${s.namespace ?? ""}\n`);
  return w.toString();
}

export const roleBindingDescriber: Describer = (_cluster, obj) => describeRoleBinding(obj);
