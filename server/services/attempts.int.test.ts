// The attempt services against a real PostgreSQL, with a queue that records
// what it was asked to do and a clock the test moves.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../db";
import type { GradingQueue } from "../grading/grading-queue";
import { makeTaskBankFixture, type TaskBankFixture } from "../tasks/task-bank-fixture";
import { syncTaskBankFromDisk } from "../tasks/sync-task-bank";
import { attemptNotFound } from "./attempt-messages";
import { finishExam, saveAnswer, saveNotepad, setFlag, startExam, startPractice, submitPractice, type ServiceDeps } from "./attempts";

const prisma = createPrismaClient(inject("databaseUrl"));
let bank: TaskBankFixture;
beforeAll(async () => {
  bank = makeTaskBankFixture();
  const synced = await syncTaskBankFromDisk(prisma, bank.dir);
  if (!synced.ok) throw new Error("fixture bank refused");
});
afterAll(async () => {
  bank.cleanup();
  await prisma.$disconnect();
});

class RecordingQueue implements GradingQueue {
  enqueued: string[] = [];
  closes: { attemptId: string; at: Date }[] = [];
  async enqueue(id: string) {
    this.enqueued.push(id);
  }
  async scheduleClose(attemptId: string, at: Date) {
    this.closes.push({ attemptId, at });
  }
}

let queue: RecordingQueue;
let clock: Date;
let deps: ServiceDeps;
let ada: string;
let bob: string;
const configmap = "application-environment-configuration-and-security/configmap-env";

beforeEach(async () => {
  await prisma.user.deleteMany();
  ada = (await prisma.user.create({ data: { email: "ada@example.com", name: "Ada" } })).id;
  bob = (await prisma.user.create({ data: { email: "bob@example.com", name: "Bob" } })).id;
  queue = new RecordingQueue();
  clock = new Date("2026-11-23T10:00:00.000Z");
  deps = { prisma, queue, now: () => clock };
});
afterEach(() => undefined);

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(`expected success, got: ${r.message}`);
  return r.value;
};

async function practice(userId = ada) {
  const { attemptId } = value(await startPractice(deps, userId, configmap));
  const { taskVersionId } = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  return { attemptId, taskVersionId: taskVersionId! };
}

async function exam(userId = ada) {
  const { attemptId } = value(await startExam(deps, userId, "mock-1"));
  const answers = await prisma.answer.findMany({ where: { attemptId }, select: { taskVersionId: true } });
  const order = await prisma.examVersionTask.findMany({ where: { examVersion: { attempts: { some: { id: attemptId } } } }, orderBy: { position: "asc" } });
  expect(answers).toHaveLength(order.length);
  return { attemptId, taskVersionIds: order.map((o) => o.taskVersionId) };
}

describe("startPractice and startExam", () => {
  it("reuses the user's open practice of a task, and gives another user their own", async () => {
    const first = await practice();
    expect(await practice()).toEqual(first);
    expect((await practice(bob)).attemptId).not.toBe(first.attemptId);
  });

  it("refuses a task or an exam that does not exist with 404", async () => {
    expect(await startPractice(deps, ada, "no-such/task")).toEqual({ ok: false, status: 404, message: 'No task is named "no-such/task".' });
    expect(await startExam(deps, ada, "mock-404")).toMatchObject({ ok: false, status: 404 });
    expect(await startPractice(deps, ada, "x".repeat(5000))).toMatchObject({ ok: false, status: 404 });
  });

  it("starts an exam with an empty answer per task and a deadline of now + its duration, closed by a job at that deadline", async () => {
    const { attemptId } = await exam();
    const attempt = await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ mode: "EXAM", status: "OPEN", startedAt: clock, deadline: new Date("2026-11-23T12:00:00.000Z") });
    expect(queue.closes).toEqual([{ attemptId, at: attempt.deadline }]);
    expect(await exam()).toMatchObject({ attemptId }); // a second click on "Start" resumes it
  });
});

describe("saveAnswer", () => {
  it("saves and bumps the revision; a save from a stale revision (another tab) is refused with 409", async () => {
    const { attemptId, taskVersionId } = await practice();
    const first = value(await saveAnswer(deps, ada, attemptId, taskVersionId, { form: "MANIFESTS", content: "a: 1", revision: 0 }));
    expect(first).toEqual({ revision: 1, savedAt: clock });
    expect(value(await saveAnswer(deps, ada, attemptId, taskVersionId, { form: "MANIFESTS", content: "a: 2", revision: 1 })).revision).toBe(2);
    const stale = await saveAnswer(deps, ada, attemptId, taskVersionId, { form: "MANIFESTS", content: "a: old tab", revision: 1 });
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect(!stale.ok && stale.message).toContain("another tab");
    expect(await prisma.answer.findFirst({ where: { attemptId }, select: { content: true, revision: true } })).toEqual({ content: "a: 2", revision: 2 });
  });

  it("answers another user's attempt exactly like one that does not exist (404), and changes nothing", async () => {
    const { attemptId, taskVersionId } = await practice();
    for (const id of [attemptId, "no-such-attempt"]) {
      expect(await saveAnswer(deps, bob, id, taskVersionId, { form: "MANIFESTS", content: "stolen" })).toEqual({
        ok: false,
        status: 404,
        message: attemptNotFound,
      });
      expect(await setFlag(deps, bob, id, taskVersionId, true)).toEqual({ ok: false, status: 404, message: attemptNotFound });
      expect(await saveNotepad(deps, bob, id, "x")).toEqual({ ok: false, status: 404, message: attemptNotFound });
      expect(await submitPractice(deps, bob, id)).toEqual({ ok: false, status: 404, message: attemptNotFound });
      expect(await finishExam(deps, bob, id)).toEqual({ ok: false, status: 404, message: attemptNotFound });
    }
    expect(await prisma.answer.findFirst({ where: { attemptId }, select: { content: true } })).toEqual({ content: "" });
  });

  it("refuses a task that is not part of the attempt with 404", async () => {
    const { attemptId } = await practice();
    expect(await saveAnswer(deps, ada, attemptId, "some-other-task-version", { form: "MANIFESTS", content: "x" })).toMatchObject({ ok: false, status: 404 });
  });

  it("refuses 20 MB with 413 quickly and without storing anything", async () => {
    const { attemptId, taskVersionId } = await practice();
    const huge = "x".repeat(20 * 1024 * 1024);
    const started = performance.now();
    const result = await saveAnswer(deps, ada, attemptId, taskVersionId, { form: "MANIFESTS", content: huge });
    expect(performance.now() - started).toBeLessThan(50);
    expect(result).toEqual({ ok: false, status: 413, message: "This answer is 20.0 MB; the limit is 1.0 MB. Keep only what the task needs and save again." });
    expect(await prisma.answer.findFirst({ where: { attemptId }, select: { content: true, revision: true } })).toEqual({ content: "", revision: 0 });
    // Just under the limit in bytes, but over it once multi-byte characters are counted.
    const wide = "é".repeat(600 * 1024);
    expect(await saveAnswer(deps, ada, attemptId, taskVersionId, { form: "MANIFESTS", content: wide })).toMatchObject({ ok: false, status: 413 });
  });

  it.each([
    ["a NUL character", "apiVersion: v1\u0000", "NUL"],
    ["bytes that were not UTF-8 (U+FFFD)", "name: caf\uFFFD", "not valid UTF-8"],
    ["half of a surrogate pair", "name: \uD800x", "not valid UTF-8"],
  ])("refuses %s with 422 and a message", async (_name, content, words) => {
    const { attemptId, taskVersionId } = await practice();
    const result = await saveAnswer(deps, ada, attemptId, taskVersionId, { form: "MANIFESTS", content });
    expect(result).toMatchObject({ ok: false, status: 422 });
    expect(!result.ok && result.message).toContain(words);
  });

  it("refuses a malformed form or revision with 400", async () => {
    const { attemptId, taskVersionId } = await practice();
    expect(await saveAnswer(deps, ada, attemptId, taskVersionId, { form: "PDF" as "MANIFESTS", content: "x" })).toMatchObject({ ok: false, status: 400 });
    expect(await saveAnswer(deps, ada, attemptId, taskVersionId, { form: "MANIFESTS", content: "x", revision: -1 })).toMatchObject({ ok: false, status: 400 });
    expect(await saveAnswer(deps, ada, attemptId, taskVersionId, { form: "MANIFESTS", content: 42 as unknown as string })).toMatchObject({ ok: false, status: 400 });
  });

  it("refuses a save 1 s after the deadline with 410, closes the exam, and submits the answers as saved before it", async () => {
    const { attemptId, taskVersionIds } = await exam();
    const [first, second] = taskVersionIds;
    clock = new Date("2026-11-23T11:59:59.000Z");
    value(await saveAnswer(deps, ada, attemptId, first, { form: "MANIFESTS", content: "kind: Before" }));
    value(await saveAnswer(deps, ada, attemptId, second, { form: "TRANSCRIPT", content: "kubectl get pods" }));
    clock = new Date("2026-11-23T12:00:01.000Z");
    const late = await saveAnswer(deps, ada, attemptId, first, { form: "MANIFESTS", content: "kind: After" });
    expect(late).toEqual({ ok: false, status: 410, message: "The exam ended at 12:00:00 UTC; this answer was not saved." });
    expect(await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "CLOSED", closeReason: "DEADLINE" });
    const submissions = await prisma.submission.findMany({ where: { attemptId }, select: { id: true, taskVersionId: true, content: true, form: true } });
    expect(submissions).toHaveLength(3);
    expect(submissions.find((s) => s.taskVersionId === first)).toMatchObject({ content: "kind: Before", form: "MANIFESTS" });
    expect(submissions.find((s) => s.taskVersionId === second)).toMatchObject({ content: "kubectl get pods", form: "TRANSCRIPT" });
    expect(queue.enqueued.sort()).toEqual(submissions.map((s) => s.id).sort());
    // And every later write is refused the same way.
    expect(await setFlag(deps, ada, attemptId, first, true)).toMatchObject({ ok: false, status: 410 });
    expect(await saveNotepad(deps, ada, attemptId, "late")).toMatchObject({ ok: false, status: 410 });
  });
});

describe("flags and notepad", () => {
  it("flags a task and saves the notepad of the user's open exam", async () => {
    const { attemptId, taskVersionIds } = await exam();
    expect(await setFlag(deps, ada, attemptId, taskVersionIds[1], true)).toEqual({ ok: true, value: { flagged: true } });
    expect(value(await saveNotepad(deps, ada, attemptId, "check task 2"))).toEqual({ savedAt: clock });
    expect(await prisma.answer.findFirstOrThrow({ where: { attemptId, taskVersionId: taskVersionIds[1] } })).toMatchObject({ flagged: true });
    expect(await prisma.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ notepad: "check task 2" });
    expect(await saveNotepad(deps, ada, attemptId, "n".repeat(70 * 1024))).toMatchObject({ ok: false, status: 413 });
  });
});

describe("submitPractice", () => {
  it("freezes the saved answer and queues it; a double submit of the same content returns the same submission", async () => {
    const { attemptId, taskVersionId } = await practice();
    value(await saveAnswer(deps, ada, attemptId, taskVersionId, { form: "MANIFESTS", content: "kind: ConfigMap" }));
    const [a, b] = await Promise.all([submitPractice(deps, ada, attemptId), submitPractice(deps, ada, attemptId)]);
    expect(value(a).submissionId).toBe(value(b).submissionId);
    expect(await prisma.submission.count({ where: { attemptId } })).toBe(1);
    expect(await prisma.submission.findFirstOrThrow({ where: { attemptId } })).toMatchObject({ content: "kind: ConfigMap", status: "QUEUED" });
    // Changed content is a new submission.
    value(await saveAnswer(deps, ada, attemptId, taskVersionId, { form: "MANIFESTS", content: "kind: Pod" }));
    expect(value(await submitPractice(deps, ada, attemptId)).submissionId).not.toBe(value(a).submissionId);
    expect(new Set(queue.enqueued).size).toBe(2);
  });

  it("refuses an empty answer (422) and an exam attempt (409)", async () => {
    const { attemptId } = await practice();
    expect(await submitPractice(deps, ada, attemptId)).toMatchObject({ ok: false, status: 422 });
    const examAttempt = await exam();
    expect(await submitPractice(deps, ada, examAttempt.attemptId)).toMatchObject({ ok: false, status: 409 });
  });
});

describe("finishExam", () => {
  it("closes the exam and submits every task's last saved answer, empty ones too; finishing again changes nothing", async () => {
    const { attemptId, taskVersionIds } = await exam();
    value(await saveAnswer(deps, ada, attemptId, taskVersionIds[0], { form: "MANIFESTS", content: "kind: ConfigMap" }));
    const finished = value(await finishExam(deps, ada, attemptId));
    expect(finished.closeReason).toBe("FINISHED");
    const submissions = await prisma.submission.findMany({ where: { attemptId } });
    expect(finished.submissionIds.map((id) => submissions.find((s) => s.id === id)!.taskVersionId)).toEqual(taskVersionIds);
    expect(submissions.map((s) => s.content).sort()).toEqual(["", "", "kind: ConfigMap"]);
    expect(value(await finishExam(deps, ada, attemptId)).submissionIds).toEqual(finished.submissionIds);
    expect(await prisma.submission.count({ where: { attemptId } })).toBe(3);
    expect(await saveAnswer(deps, ada, attemptId, taskVersionIds[0], { form: "MANIFESTS", content: "x" })).toMatchObject({ ok: false, status: 410 });
  });
});
