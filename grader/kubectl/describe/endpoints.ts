// describeEndpoints of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import type { Describer } from "./describers";

interface EndpointSubsetView {
  addresses?: { ip?: string }[];
  notReadyAddresses?: { ip?: string }[];
  ports?: { name?: string; port?: number; protocol?: string }[];
}

interface EndpointsView {
  metadata: KubeObject["metadata"];
  subsets?: EndpointSubsetView[];
}

const ipsOrNone = (addresses: { ip?: string }[] | undefined): string => {
  const text = (addresses ?? []).map((a) => a.ip ?? "").join(",");
  return text === "" ? "<none>" : text;
};

/** `kubectl describe endpoints`: each subset's addresses and ports, Events included when given. */
export function describeEndpoints(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const ep = obj as unknown as EndpointsView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${ep.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${ep.metadata.namespace ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", ep.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", ep.metadata.annotations);
  w.write(0, "Subsets:\n");
  for (const subset of ep.subsets ?? []) {
    w.write(1, `Addresses:\t${ipsOrNone(subset.addresses)}\n`);
    w.write(1, `NotReadyAddresses:\t${ipsOrNone(subset.notReadyAddresses)}\n`);
    if ((subset.ports ?? []).length > 0) {
      w.write(1, "Ports:\n");
      w.write(2, "Name\tPort\tProtocol\n");
      w.write(2, "----\t----\t--------\n");
      for (const port of subset.ports!) w.write(2, `${port.name || "<unset>"}\t${port.port ?? 0}\t${port.protocol ?? ""}\n`);
    }
    w.write(0, "\n");
  }
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const endpointsDescriber: Describer = (cluster, obj, settings) =>
  describeEndpoints(obj, settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
