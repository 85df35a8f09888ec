// describeStorageClass and printAllowedTopologies of k8s.io/kubectl/pkg/describe/describe.go v0.34.5.
import type { KubeObject } from "../../apiserver/types";
import { formatLabels } from "../../apiserver/printers/labels";
import { DescribeWriter } from "./describe-writer";
import { searchEvents, writeEvents } from "./events";
import type { Describer } from "./describers";

interface StorageClassView {
  metadata: KubeObject["metadata"];
  provisioner?: string;
  parameters?: Record<string, string>;
  allowVolumeExpansion?: boolean | null;
  mountOptions?: string[];
  reclaimPolicy?: string | null;
  volumeBindingMode?: string | null;
  allowedTopologies?: { matchLabelExpressions?: { key?: string; values?: string[] }[] }[] | null;
}

/** storageutil.IsDefaultAnnotationText: `Yes` when the (beta) is-default-class annotation is "true". */
function isDefaultText(annotations: Record<string, string> | undefined): string {
  const a = annotations ?? {};
  return a["storageclass.kubernetes.io/is-default-class"] === "true" || a["storageclass.beta.kubernetes.io/is-default-class"] === "true" ? "Yes" : "No";
}

/** printAllowedTopologies: `Term N:` lines of `key in [a, b]` requirements. */
function writeAllowedTopologies(w: DescribeWriter, topologies: NonNullable<StorageClassView["allowedTopologies"]>): void {
  w.write(0, "AllowedTopologies:\t");
  if (topologies.length === 0) {
    w.write(0, "<none>\n");
    return;
  }
  w.write(0, "\n");
  topologies.forEach((term, i) => {
    w.write(1, `Term ${i}:\t`);
    const reqs = term.matchLabelExpressions ?? [];
    if (reqs.length === 0) {
      w.write(0, "<none>\n");
      return;
    }
    reqs.forEach((req, j) => {
      if (j !== 0) w.write(1, "\t");
      const values = req.values ?? [];
      w.write(0, `${req.key ?? ""} in${values.length > 0 ? ` [${values.join(", ")}]` : ""}\n`);
    });
  });
}

/** `kubectl describe storageclass`, Events included when given. */
export function describeStorageClass(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const sc = obj as unknown as StorageClassView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${sc.metadata.name ?? ""}\n`);
  w.write(0, `IsDefaultClass:\t${isDefaultText(sc.metadata.annotations)}\n`);
  w.write(0, `Annotations:\t${formatLabels(sc.metadata.annotations)}\n`);
  w.write(0, `Provisioner:\t${sc.provisioner ?? ""}\n`);
  w.write(0, `Parameters:\t${formatLabels(sc.parameters)}\n`);
  const expansion = sc.allowVolumeExpansion;
  w.write(0, `AllowVolumeExpansion:\t${expansion === undefined || expansion === null ? "<unset>" : expansion ? "True" : "False"}\n`);
  if ((sc.mountOptions ?? []).length === 0) {
    w.write(0, "MountOptions:\t<none>\n");
  } else {
    w.write(0, "MountOptions:\n");
    for (const option of sc.mountOptions!) w.write(1, `${option}\n`);
  }
  if (sc.reclaimPolicy) w.write(0, `ReclaimPolicy:\t${sc.reclaimPolicy}\n`);
  if (sc.volumeBindingMode) w.write(0, `VolumeBindingMode:\t${sc.volumeBindingMode}\n`);
  if (sc.allowedTopologies) writeAllowedTopologies(w, sc.allowedTopologies);
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const storageClassDescriber: Describer = (cluster, obj, settings) =>
  describeStorageClass(obj, settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
