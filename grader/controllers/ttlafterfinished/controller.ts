// The TTL-after-finished controller (pkg/controller/ttlafterfinished, v1.34):
// deletes a finished Job (Complete or Failed) ttlSecondsAfterFinished after
// the time it finished, in the foreground so its pods go first.
import { isStatusError } from "../../apiserver/errors";
import type { GroupVersionResource, KubeObject } from "../../apiserver/types";
import { parseRFC3339 } from "../../clock/rfc3339";
import type { ComponentContext } from "../framework/component";
import { objectKey, splitKey } from "../framework/key-queue";
import { QueuedController } from "../framework/queued-controller";
import { jobFinishTime } from "../job/status";

const jobsGVR: GroupVersionResource = { group: "batch", version: "v1", resource: "jobs" };

/** When a finished Job with a TTL expires (ms), or undefined when it has none or is not finished. */
export function jobExpiresAt(job: KubeObject): number | undefined {
  const ttl = (job.spec as { ttlSecondsAfterFinished?: number } | undefined)?.ttlSecondsAfterFinished;
  if (ttl === undefined || job.metadata.deletionTimestamp) return undefined;
  const finishedAt = jobFinishTime(job);
  if (!finishedAt) return undefined;
  return parseRFC3339(finishedAt) + ttl * 1000;
}

export class TTLAfterFinishedController extends QueuedController {
  readonly name = "ttl-after-finished-controller";

  protected watch(ctx: ComponentContext): () => void {
    const enqueue = (job: KubeObject) => {
      if (jobExpiresAt(job) !== undefined) this.queue.add(objectKey(job.metadata.namespace, job.metadata.name));
    };
    const stop = ctx.api.watch(jobsGVR, {}, (e) => {
      if (e.type !== "DELETED") enqueue(e.object);
    });
    for (const job of ctx.api.list(jobsGVR, { readOnly: true }).items) enqueue(job);
    return stop;
  }

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    let job: KubeObject;
    try {
      job = this.ctx.api.get(jobsGVR, namespace, name);
    } catch (e) {
      if (isStatusError(e) && e.reason === "NotFound") return;
      throw e;
    }
    const expiresAt = jobExpiresAt(job);
    if (expiresAt === undefined) return;
    const now = this.ctx.clock.now();
    if (now < expiresAt) {
      this.queue.addAfter(key, expiresAt - now);
      return;
    }
    try {
      this.ctx.api.delete(jobsGVR, namespace, name, { propagationPolicy: "Foreground" });
    } catch (e) {
      if (!(isStatusError(e) && e.reason === "NotFound")) throw e;
    }
  }
}
