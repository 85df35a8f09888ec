// The pod a DaemonSet creates for a node (util.CreatePodTemplate,
// util.ReplaceDaemonSetPodNodeNameNodeAffinity, controller_utils.go
// GetPodFromTemplate): the template with the daemon tolerations, the labels
// pod-template-generation and controller-revision-hash, and a required node
// affinity on `metadata.name In [node]` in place of the template's required
// terms, so that the default scheduler binds it to that node.
import { deepCopyJson } from "../../apiserver/storage/deep-copy";
import type { KubeObject } from "../../apiserver/types";
import { newControllerRef } from "../replicaset/controller-ref";
import { withDaemonTolerations, type Toleration } from "./tolerations";
import type { DaemonSet } from "./types";

/** extensions.DaemonSetTemplateGenerationKey and DefaultDaemonSetUniqueLabelKey. */
export const templateGenerationLabel = "pod-template-generation";
export const daemonSetRevisionLabel = "controller-revision-hash";
/** The annotation apps/v1 DaemonSets carry spec.templateGeneration in. */
export const templateGenerationAnnotation = "deprecated.daemonset.template.generation";

/** The template generation (the annotation, else the generation: both start at 1 and move with template changes). */
export function templateGeneration(ds: DaemonSet): string {
  return ds.metadata.annotations?.[templateGenerationAnnotation] ?? String(ds.spec.templateGeneration ?? ds.metadata.generation ?? 1);
}

type Affinity = { nodeAffinity?: { requiredDuringSchedulingIgnoredDuringExecution?: { nodeSelectorTerms: unknown[] }; [k: string]: unknown }; [k: string]: unknown };

function affinityForNode(affinity: Affinity | undefined, nodeName: string): Affinity {
  const terms = [{ matchFields: [{ key: "metadata.name", operator: "In", values: [nodeName] }] }];
  const out: Affinity = { ...(affinity ?? {}) };
  out.nodeAffinity = { ...(out.nodeAffinity ?? {}), requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } };
  return out;
}

export function daemonPodFor(ds: DaemonSet, nodeName: string, hash: string): KubeObject {
  const template = ds.spec.template ?? {};
  const spec = deepCopyJson((template.spec ?? {}) as Record<string, unknown>);
  spec.tolerations = withDaemonTolerations(spec.tolerations as Toleration[] | undefined, spec.hostNetwork === true);
  spec.affinity = affinityForNode(spec.affinity as Affinity | undefined, nodeName);
  const meta = template.metadata ?? {};
  const metadata: KubeObject["metadata"] = {
    generateName: `${ds.metadata.name}-`,
    namespace: ds.metadata.namespace,
    labels: { ...(meta.labels ?? {}), [templateGenerationLabel]: templateGeneration(ds), [daemonSetRevisionLabel]: hash },
  };
  if (meta.annotations && Object.keys(meta.annotations).length) metadata.annotations = { ...meta.annotations };
  if (meta.finalizers?.length) metadata.finalizers = [...meta.finalizers];
  metadata.ownerReferences = [newControllerRef(ds)];
  return { apiVersion: "v1", kind: "Pod", metadata, spec };
}

/** util.IsPodUpdated: the revision hash or the template generation matches. */
export function isPodUpdated(pod: KubeObject, hash: string, generation: string): boolean {
  const labels = pod.metadata.labels ?? {};
  return (hash !== "" && labels[daemonSetRevisionLabel] === hash) || labels[templateGenerationLabel] === generation;
}
