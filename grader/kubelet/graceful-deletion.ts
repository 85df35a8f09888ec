// Graceful pod deletion (pkg/registry/core/pod/strategy.go CheckGracefulDelete):
// a bound, unfinished pod is marked with deletionTimestamp + grace and the
// kubelet removes it once its containers stopped; an unbound or finished pod,
// or an explicit grace of 0, is removed at once.
import type { ClusterApi } from "../apiserver/api-interface";
import { ApiServer, type GracefulDeletion } from "../apiserver/server/api-server";

export const podGracefulDeletion: GracefulDeletion = (entry, obj, opts) => {
  if (entry.info.group !== "" || entry.info.kind !== "Pod") return 0;
  const spec = (obj.spec ?? {}) as { nodeName?: string; terminationGracePeriodSeconds?: number };
  const phase = (obj.status as { phase?: string } | undefined)?.phase;
  if (!spec.nodeName || phase === "Succeeded" || phase === "Failed") return 0;
  if (opts.gracePeriodSeconds !== undefined) return Math.max(0, opts.gracePeriodSeconds);
  return spec.terminationGracePeriodSeconds ?? 30;
};

/** Makes `api` delete pods gracefully while a kubelet runs; returns the undo. */
export function installGracefulPodDeletion(api: ClusterApi): () => void {
  if (!(api instanceof ApiServer)) return () => undefined;
  const previous = api.gracefulDeletion;
  api.gracefulDeletion = (entry, obj, opts) => (entry.info.kind === "Pod" ? podGracefulDeletion(entry, obj, opts) : previous(entry, obj, opts));
  return () => {
    api.gracefulDeletion = previous;
  };
}
