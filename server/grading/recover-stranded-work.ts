// A safety net under the queue: work the database says is pending but whose
// job may be missing (a process that crashed between its commit and its
// enqueue, a close job lost with a dropped queue schema). Both actions are
// idempotent, so running the sweep on several workers at once is harmless.
import { closeAttemptAtDeadline } from "../services/attempt-close";
import { clockOf, type ServiceDeps } from "../services/service-deps";

export async function recoverStrandedWork(deps: ServiceDeps, graceMs = 60_000): Promise<{ closed: number; requeued: number }> {
  const cutoff = new Date(clockOf(deps).getTime() - graceMs);
  const overdue = await deps.prisma.attempt.findMany({ where: { status: "OPEN", deadline: { lt: cutoff } }, select: { id: true }, take: 500 });
  for (const a of overdue) await closeAttemptAtDeadline(deps, a.id);
  const queued = await deps.prisma.submission.findMany({ where: { status: "QUEUED", createdAt: { lt: cutoff } }, select: { id: true }, take: 1000 });
  for (const s of queued) await deps.queue.enqueue(s.id);
  return { closed: overdue.length, requeued: queued.length };
}
