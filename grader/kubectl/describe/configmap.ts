// The ConfigMapDescriber of k8s.io/kubectl/pkg/describe/describe.go v0.34.5: each data value
// under its key, binary data as sizes, then the events.
import type { KubeObject } from "../../apiserver/types";
import type { Cluster } from "../../cluster/cluster";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import { base64DecodedLength } from "./base64-length";
import type { DescribeSettings } from "./describers";

interface ConfigMapView {
  metadata: KubeObject["metadata"];
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
}

const sortedKeys = (map: Record<string, string> | undefined): string[] => Object.keys(map ?? {}).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** `kubectl describe configmap`: the text the ConfigMapDescriber prints, Events included when given. */
export function describeConfigMap(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const cm = obj as unknown as ConfigMapView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${cm.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${cm.metadata.namespace ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", cm.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", cm.metadata.annotations);
  w.write(0, "\nData\n====\n");
  for (const key of sortedKeys(cm.data)) {
    w.write(0, `${key}:\n----\n`);
    w.write(0, `${cm.data![key]}\n`);
    w.write(0, "\n");
  }
  w.write(0, "\nBinaryData\n====\n");
  for (const key of sortedKeys(cm.binaryData)) w.write(0, `${key}: ${base64DecodedLength(cm.binaryData![key])} bytes\n`);
  w.write(0, "\n");
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const configMapDescriber = (cluster: Cluster, obj: KubeObject, settings: DescribeSettings): string =>
  describeConfigMap(obj, settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
