// describeEndpointSliceV1 of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import type { Describer } from "./describers";

interface EndpointSliceView {
  metadata: KubeObject["metadata"];
  addressType?: string;
  ports?: { name?: string | null; port?: number | null; protocol?: string }[] | null;
  endpoints?:
    | {
        addresses?: string[];
        conditions?: { ready?: boolean | null };
        hostname?: string | null;
        targetRef?: { kind?: string; name?: string } | null;
        nodeName?: string | null;
        zone?: string | null;
      }[]
    | null;
}

const isSet = <T>(v: T | undefined | null): v is T => v !== undefined && v !== null;

/** `kubectl describe endpointslice`: ports, then each endpoint's addresses and conditions, Events included when given. */
export function describeEndpointSlice(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const eps = obj as unknown as EndpointSliceView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${eps.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${eps.metadata.namespace ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", eps.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", eps.metadata.annotations);
  w.write(0, `AddressType:\t${eps.addressType ?? ""}\n`);
  const ports = eps.ports ?? [];
  if (ports.length === 0) {
    w.write(0, "Ports: <unset>\n");
  } else {
    w.write(0, "Ports:\n");
    w.write(1, "Name\tPort\tProtocol\n");
    w.write(1, "----\t----\t--------\n");
    for (const p of ports) w.write(1, `${p.name ? p.name : "<unset>"}\t${isSet(p.port) ? p.port : "<unset>"}\t${p.protocol ?? ""}\n`);
  }
  const endpoints = eps.endpoints ?? [];
  if (endpoints.length === 0) {
    w.write(0, "Endpoints: <none>\n");
  } else {
    w.write(0, "Endpoints:\n");
    for (const e of endpoints) {
      const addresses = (e.addresses ?? []).join(", ");
      w.write(1, `- Addresses:\t${addresses === "" ? "<none>" : addresses}\n`);
      w.write(2, "Conditions:\n");
      w.write(3, `Ready:\t${isSet(e.conditions?.ready) ? String(e.conditions!.ready) : "<unset>"}\n`);
      w.write(2, `Hostname:\t${isSet(e.hostname) ? e.hostname : "<unset>"}\n`);
      if (e.targetRef) w.write(2, `TargetRef:\t${e.targetRef.kind ?? ""}/${e.targetRef.name ?? ""}\n`);
      w.write(2, `NodeName:\t${isSet(e.nodeName) ? e.nodeName : "<unset>"}\n`);
      w.write(2, `Zone:\t${isSet(e.zone) ? e.zone : "<unset>"}\n`);
    }
  }
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const endpointSliceDescriber: Describer = (cluster, obj, settings) =>
  describeEndpointSlice(obj, settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
