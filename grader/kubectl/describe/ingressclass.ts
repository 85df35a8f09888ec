// describeIngressClassV1 of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import type { Describer } from "./describers";

interface IngressClassView {
  metadata: KubeObject["metadata"];
  spec?: { controller?: string; parameters?: { apiGroup?: string; kind?: string; name?: string } };
}

/** `kubectl describe ingressclass`, Events included when given. */
export function describeIngressClass(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const ic = obj as unknown as IngressClassView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${ic.metadata.name ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", ic.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", ic.metadata.annotations);
  w.write(0, `Controller:\t${ic.spec?.controller ?? ""}\n`);
  const params = ic.spec?.parameters;
  if (params) {
    w.write(0, "Parameters:\n");
    if (params.apiGroup !== undefined && params.apiGroup !== null) w.write(1, `APIGroup:\t${params.apiGroup}\n`);
    w.write(1, `Kind:\t${params.kind ?? ""}\n`);
    w.write(1, `Name:\t${params.name ?? ""}\n`);
  }
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const ingressClassDescriber: Describer = (cluster, obj, settings) =>
  describeIngressClass(obj, settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
