// The NamespaceDescriber and describeNamespace of k8s.io/kubectl/pkg/describe/describe.go
// v0.34.5: status, conditions, then the namespace's ResourceQuotas and LimitRanges.
import type { KubeObject } from "../../apiserver/types";
import type { Cluster } from "../../cluster/cluster";
import { DescribeWriter } from "./describe-writer";
import { formatRFC1123Z, writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { writeResourceQuotas } from "./resourcequota";
import { writeLimitRanges } from "./limitrange";
import type { Describer } from "./describers";

interface NamespaceView {
  metadata: KubeObject["metadata"];
  status?: { phase?: string; conditions?: { type?: string; status?: string; lastTransitionTime?: string; reason?: string; message?: string }[] };
}

/** `kubectl describe namespace`: the text describeNamespace prints (no Events section). */
export function describeNamespace(obj: KubeObject, resourceQuotas: KubeObject[], limitRanges: KubeObject[]): string {
  const ns = obj as unknown as NamespaceView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${ns.metadata.name ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", ns.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", ns.metadata.annotations);
  w.write(0, `Status:\t${ns.status?.phase ?? ""}\n`);
  const conditions = ns.status?.conditions ?? [];
  if (conditions.length > 0) {
    w.write(0, "Conditions:\n");
    w.write(1, "Type\tStatus\tLastTransitionTime\tReason\tMessage\n");
    w.write(1, "----\t------\t------------------\t------\t-------\n");
    for (const c of conditions) w.write(1, `${c.type ?? ""}\t${c.status ?? ""}\t${formatRFC1123Z(c.lastTransitionTime)}\t${c.reason ?? ""}\t${c.message ?? ""}\n`);
  }
  w.write(0, "\n");
  writeResourceQuotas(w, resourceQuotas);
  w.write(0, "\n");
  writeLimitRanges(w, limitRanges);
  return w.toString();
}

const quotasResource = { group: "", version: "v1", resource: "resourcequotas" };
const limitRangesResource = { group: "", version: "v1", resource: "limitranges" };

export const namespaceDescriber: Describer = (cluster: Cluster, obj) => {
  const namespace = obj.metadata.name ?? "";
  return describeNamespace(obj, cluster.api.list(quotasResource, { namespace }).items, cluster.api.list(limitRangesResource, { namespace }).items);
};
