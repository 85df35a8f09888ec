// `npm run bench` (HTTP part): 100 candidates against the production build on
// loopback, started as `npm start` starts it (fresh data under .data/bench, the
// grading workers in the same process). Each candidate signs up and signs in
// (next-auth's credentials endpoint, so requests carry a real session cookie)
// and has its own attempt: half practise one task, half sit a mock exam.
//
// Two runs, then the app is stopped:
// 1. Paced (what 100 people produce): every candidate autosaves about once a
//    second — the editor saves 800 ms after typing pauses and keeps one save in
//    flight, so this is a busy typist — with 1–3 KB of YAML and the revision it
//    last saw, as the editor does; the practice candidates also submit every
//    ~30 s (a busy practiser; most submit every few minutes) and poll their
//    submission until it is graded. Measured: autosave
//    latency, and submit → grade visible (POST submit sent → GET says DONE).
//    The targets apply to this run: autosave p95 ≤ 50 ms, grade visible p95 ≤ 500 ms.
// 2. Saturation (autocannon): the same 100 candidates autosave as fast as the
//    server answers, which gives the throughput ceiling (latency there is
//    100 / throughput by construction, so it is reported, not judged).
//
// Settings (environment): BENCH_HTTP_CANDIDATES (100), BENCH_HTTP_SECONDS (60),
// BENCH_HTTP_SAVE_EVERY_MS (1000), BENCH_HTTP_SUBMIT_EVERY_MS (30000),
// BENCH_HTTP_SATURATION_SECONDS (10; 0 skips it), BENCH_HTTP_POLL_MS (50: the first poll's delay).
import autocannon from "autocannon";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import type { Answer, Task } from "@kubedojo/grader";
import { createPrismaClient } from "../server/db";
import { signIn, sleep, startApp, type RunningApp } from "./bench-app";
import { PgBossGradingQueue, startPgBoss } from "../server/grading/pg-boss-queue";
import { startExam, startPractice } from "../server/services/attempts";
import { signUp } from "../server/services/users";

const root = process.cwd();
const numberSetting = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw === undefined || raw === "" ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0, not ${JSON.stringify(raw)}`);
  return value;
};
const settings = {
  candidates: numberSetting("BENCH_HTTP_CANDIDATES", 100),
  seconds: numberSetting("BENCH_HTTP_SECONDS", 60),
  saveEveryMs: numberSetting("BENCH_HTTP_SAVE_EVERY_MS", 1000),
  submitEveryMs: numberSetting("BENCH_HTTP_SUBMIT_EVERY_MS", 30_000),
  saturationSeconds: numberSetting("BENCH_HTTP_SATURATION_SECONDS", 10),
  pollMs: numberSetting("BENCH_HTTP_POLL_MS", 50),
  warmUpSeconds: 5,
};
const targets = { autosaveP95Ms: 50, gradeVisibleP95Ms: 500 };
const password = "bench-password-1";

// ── The app, started as `npm start` starts it ─────────────────────────────────

// ── Candidates: accounts, sessions, attempts ──────────────────────────────────

interface Target {
  attemptId: string;
  taskVersionId: string;
  form: "MANIFESTS" | "TRANSCRIPT";
  /** The answer a candidate writes: the task's reference solution, padded to at least 1 KB. */
  text: string;
  revision: number;
}

interface Candidate {
  index: number;
  cookie: string;
  mode: "practice" | "exam";
  targets: Target[];
}

/** An answer as a candidate writes it: the reference solution under a few lines of notes, 1–3 KB. */
function answerText(solution: Answer): { form: Target["form"]; text: string } {
  const form = solution.manifests ? "MANIFESTS" : "TRANSCRIPT";
  let text = solution.manifests ?? solution.transcript ?? "";
  const note = "# notes: check the namespace, the labels the selector matches, and the container port before submitting\n";
  while (Buffer.byteLength(text) < 1024) text = note + text;
  return { form, text };
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}

async function targetsOf(prisma: ReturnType<typeof createPrismaClient>, attemptId: string): Promise<Target[]> {
  const answers = await prisma.answer.findMany({
    where: { attemptId },
    orderBy: { taskVersionId: "asc" },
    select: { taskVersionId: true, revision: true, taskVersion: { select: { definition: true } } },
  });
  return answers.map((a) => ({ attemptId, taskVersionId: a.taskVersionId, revision: a.revision, ...answerText((a.taskVersion.definition as unknown as Task).solution) }));
}

async function prepareCandidates(app: RunningApp): Promise<Candidate[]> {
  const prisma = createPrismaClient(app.databaseUrl);
  const boss = await startPgBoss(app.databaseUrl, { supervise: false });
  try {
    const deps = { prisma, queue: new PgBossGradingQueue(boss) };
    const tasks = await prisma.task.findMany({ where: { active: true }, orderBy: { slug: "asc" }, select: { slug: true } });
    const exams = await prisma.exam.findMany({ where: { active: true, source: "BANK" }, orderBy: { slug: "asc" }, select: { slug: true } });
    if (tasks.length === 0) throw new Error("The task bank in the database is empty: did tasks/ sync? (see `npm run tasks:sync`)");
    return await mapLimit(Array.from({ length: settings.candidates }, (_, i) => i), 4, async (i) => {
      const email = `bench-${i}@kubedojo.local`;
      const created = await signUp(prisma, { name: `Bench Candidate ${i}`, email, password });
      if (!created.ok) throw new Error(`Sign-up of ${email} failed: ${JSON.stringify(created.fieldErrors)}`);
      const cookie = await signIn(app.baseUrl, email, password);
      // Odd candidates sit an exam (when the bank has one); the others practise, spread over the tasks.
      const mode = i % 2 === 1 && exams.length > 0 ? "exam" : "practice";
      const started =
        mode === "exam"
          ? await startExam(deps, created.user.id, exams[(i >> 1) % exams.length].slug)
          : await startPractice(deps, created.user.id, tasks[(i >> 1) % tasks.length].slug);
      if (!started.ok) throw new Error(`Starting the ${mode} of ${email} failed: ${started.message}`);
      return { index: i, cookie, mode, targets: await targetsOf(prisma, started.value.attemptId) };
    });
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await prisma.$disconnect();
  }
}

// ── The paced run ─────────────────────────────────────────────────────────────

interface PacedResult {
  saves: number[];
  gradeVisible: number[];
  submitLatency: number[];
  pollRequests: number;
  failures: Map<string, number>;
  elapsedMs: number;
}

/** The JSON body of an answer, or `{ message }` saying what came instead (an empty or HTML error page). */
async function jsonOf(response: Response): Promise<{ [key: string]: unknown; message?: string }> {
  const text = await response.text();
  try {
    return JSON.parse(text) as { message?: string };
  } catch {
    return { message: `not JSON: ${JSON.stringify(text.slice(0, 80))}` };
  }
}

const jitter = (ms: number) => ms * (0.5 + Math.random());


/** The text of the nth save: the answer with a line that changes, as typing does. */
const draft = (target: Target, n: number) => `${target.text}# revision ${n} of candidate's draft\n`;

class PacedCandidate {
  private saving: Promise<void> = Promise.resolve();
  private saveCount = 0;
  private target = 0;

  constructor(
    private readonly c: Candidate,
    private readonly baseUrl: string,
    private readonly result: PacedResult,
    private readonly measuring: () => boolean,
  ) {}

  private fail(what: string) {
    if (!this.measuring()) return;
    this.result.failures.set(what, (this.result.failures.get(what) ?? 0) + 1);
  }

  private async save(): Promise<void> {
    // An exam candidate moves through its tasks; a practice candidate has one.
    const t = this.c.targets[this.target++ % this.c.targets.length];
    const n = ++this.saveCount;
    const started = performance.now();
    try {
      const r = await fetch(`${this.baseUrl}/api/attempts/${t.attemptId}/answers/${t.taskVersionId}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", Cookie: this.c.cookie },
        body: JSON.stringify({ form: t.form, content: draft(t, n), revision: t.revision }),
      });
      const body = await jsonOf(r);
      if (r.ok && typeof body.revision === "number") {
        t.revision = body.revision;
        if (this.measuring()) this.result.saves.push(performance.now() - started);
      } else this.fail(`autosave HTTP ${r.status}: ${body.message ?? ""}`);
    } catch (e) {
      this.fail(`autosave: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async saveLoop(until: number): Promise<void> {
    await sleep(Math.random() * settings.saveEveryMs);
    while (performance.now() < until) {
      const next = performance.now() + jitter(settings.saveEveryMs);
      this.saving = this.save();
      await this.saving;
      await sleep(Math.max(0, next - performance.now()));
    }
  }

  /** Submit (after the save in flight, as the page flushes first), then poll until graded. */
  private async submit(): Promise<void> {
    await this.saving;
    const t = this.c.targets[0];
    const measuring = this.measuring();
    const started = performance.now();
    const headers = { "Content-Type": "application/json", Cookie: this.c.cookie };
    const r = await fetch(`${this.baseUrl}/api/attempts/${t.attemptId}/submit`, { method: "POST", headers, body: JSON.stringify({ taskVersionId: t.taskVersionId }) });
    const body = await jsonOf(r);
    if (!r.ok || typeof body.submissionId !== "string") return this.fail(`submit HTTP ${r.status}: ${body.message ?? ""}`);
    if (measuring) this.result.submitLatency.push(performance.now() - started);
    // Polled often at first, then less (×1.25 up to 1 s), so a backlog of gradings does not multiply the load with polls.
    for (let delay = settings.pollMs; ; delay = Math.min(delay * 1.25, 1000)) {
      await sleep(delay);
      const p = await fetch(`${this.baseUrl}/api/submissions/${body.submissionId}`, { headers: { Cookie: this.c.cookie } });
      const progress = await jsonOf(p);
      if (measuring) this.result.pollRequests++;
      if (!p.ok) return this.fail(`poll HTTP ${p.status}: ${progress.message ?? ""}`);
      if (progress.state === "DONE") break;
      if (progress.state === "FAILED") return this.fail("grading FAILED");
      if (performance.now() - started > 60_000) return this.fail("not graded within 60 s");
    }
    if (measuring) this.result.gradeVisible.push(performance.now() - started);
  }

  async submitLoop(until: number): Promise<void> {
    if (this.c.mode !== "practice" || settings.submitEveryMs === 0) return;
    await sleep(1000 + Math.random() * settings.submitEveryMs);
    while (performance.now() < until) {
      const next = performance.now() + jitter(settings.submitEveryMs);
      await this.submit().catch((e: unknown) => this.fail(`submit: ${e instanceof Error ? e.message : String(e)}`));
      await sleep(Math.max(0, next - performance.now()));
    }
  }
}

async function pacedRun(baseUrl: string, candidates: Candidate[], seconds: number, measure: boolean): Promise<PacedResult> {
  const result: PacedResult = { saves: [], gradeVisible: [], submitLatency: [], pollRequests: 0, failures: new Map(), elapsedMs: 0 };
  const started = performance.now();
  const until = started + seconds * 1000;
  const runners = candidates.map((c) => new PacedCandidate(c, baseUrl, result, () => measure));
  await Promise.all(runners.flatMap((r) => [r.saveLoop(until), r.submitLoop(until)]));
  result.elapsedMs = performance.now() - started;
  return result;
}

// ── The saturation run (autocannon) ───────────────────────────────────────────

interface SaturationResult {
  latencies: number[];
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
}

async function saturationRun(baseUrl: string, candidates: Candidate[], seconds: number): Promise<SaturationResult> {
  const latencies: number[] = [];
  let next = 0;
  let done!: (r: autocannon.Result) => void;
  let failed!: (e: unknown) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((done = resolve), (failed = reject)));
  const instance = autocannon(
    {
    url: baseUrl,
    connections: candidates.length,
    duration: seconds,
    // Each connection is one candidate saving its own answer (last write wins: no revision).
    setupClient(client) {
      const c = candidates[next++ % candidates.length];
      const t = c.targets[0];
      let n = 0;
      client.setRequests([
        {
          method: "PUT",
          path: `/api/attempts/${t.attemptId}/answers/${t.taskVersionId}`,
          headers: { "content-type": "application/json", cookie: c.cookie },
          setupRequest: (request) => ({ ...request, body: JSON.stringify({ form: t.form, content: draft(t, ++n) }) }),
        },
      ]);
    },
  },
    (error, result) => (error ? failed(error) : done(result)),
  );
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) latencies.push(responseTime);
  });
  const result = await finished;
  return { latencies, requestsPerSecond: result.requests.average, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

// ── CPU spent, which contention on a shared machine does not inflate (Linux /proc) ──

/** CPU milliseconds used so far by the app's process (its threads included) and by its PostgreSQL processes. */
function cpuUsed(appPid: number): { app: number; postgres: number } | undefined {
  try {
    const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
    const stats = new Map<number, { ppid: number; comm: string; ticks: number }>();
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const raw = readFileSync(`/proc/${name}/stat`, "utf8");
        const close = raw.lastIndexOf(")");
        const fields = raw.slice(close + 2).split(" ");
        stats.set(Number(name), { comm: raw.slice(raw.indexOf("(") + 1, close), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
      } catch {
        // the process ended meanwhile
      }
    }
    const isDescendant = (pid: number): boolean => {
      for (let p = stats.get(pid)?.ppid; p !== undefined && p > 1; p = stats.get(p)?.ppid) if (p === appPid) return true;
      return false;
    };
    let postgres = 0;
    for (const [pid, s] of stats) if (s.comm.startsWith("postgres") && isDescendant(pid)) postgres += s.ticks;
    return { app: (stats.get(appPid)?.ticks ?? 0) / ticksPerMs, postgres: postgres / ticksPerMs };
  } catch {
    return undefined; // not Linux
  }
}

function cpuPerRequest(before: ReturnType<typeof cpuUsed>, after: ReturnType<typeof cpuUsed>, requests: number): string {
  if (!before || !after || requests === 0) return "";
  const app = (after.app - before.app) / requests;
  const pg = (after.postgres - before.postgres) / requests;
  return `CPU per request: app ${app.toFixed(2)} ms, PostgreSQL ${pg.toFixed(2)} ms`;
}

// ── Report ────────────────────────────────────────────────────────────────────

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function describe(values: number[]): string {
  const s = [...values].sort((a, b) => a - b);
  const f = (v: number) => `${v.toFixed(1)} ms`;
  return `p50 ${f(percentile(s, 50))}  p95 ${f(percentile(s, 95))}  p99 ${f(percentile(s, 99))}  max ${f(s[s.length - 1] ?? NaN)}`;
}

const verdict = (values: number[], target: number) => {
  const p95 = percentile([...values].sort((a, b) => a - b), 95);
  return p95 <= target ? `✓ p95 ≤ ${target} ms` : `✗ p95 above the ${target} ms target`;
};

async function main() {
  const t0 = performance.now();
  const buildId = path.join(root, ".next", "BUILD_ID");
  const build = existsSync(buildId) ? readFileSync(buildId, "utf8").trim() : "none yet (npm start builds it)";
  console.log(`HTTP load bench: ${settings.candidates} candidates against the production build (${build}) on loopback`);
  // BENCH_HTTP_APP_NODE_ARGS passes flags to the app's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile it.
  const nodeArgs = (process.env.BENCH_HTTP_APP_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  const app = await startApp({ dataDir: path.join(root, ".data", "bench"), fresh: true, nodeArgs });
  let failed = false;
  try {
    console.log(`  app ready on ${app.baseUrl} with ${app.gradingThreads} grading thread(s) (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const candidates = await prepareCandidates(app);
    const practice = candidates.filter((c) => c.mode === "practice").length;
    console.log(`  ${candidates.length} candidates signed up and signed in: ${practice} practising a task, ${candidates.length - practice} in a mock exam`);

    await pacedRun(app.baseUrl, candidates, settings.warmUpSeconds, false);
    // Other work on the machine takes CPU from the app: the load average says how much there was.
    console.log(`  load average before the runs: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`);
    const pacedCpu = cpuUsed(app.pid);
    const paced = await pacedRun(app.baseUrl, candidates, settings.seconds, true);
    const pacedCpuAfter = cpuUsed(app.pid);
    const seconds = paced.elapsedMs / 1000;
    console.log(
      `  paced run, ${settings.seconds} s: each candidate autosaves every ~${settings.saveEveryMs} ms, ` +
        `practice candidates submit every ~${settings.submitEveryMs / 1000} s (grade polled from every ${settings.pollMs} ms, backing off)`,
    );
    console.log(`    autosave               ${(paced.saves.length / seconds).toFixed(0).padStart(5)} req/s   ${describe(paced.saves)}   ${verdict(paced.saves, targets.autosaveP95Ms)}`);
    console.log(`    submit (POST)          ${(paced.submitLatency.length / seconds).toFixed(1).padStart(5)} req/s   ${describe(paced.submitLatency)}`);
    console.log(
      `    submit → grade visible ${(paced.gradeVisible.length / seconds).toFixed(1).padStart(5)} /s      ${describe(paced.gradeVisible)}   ${verdict(paced.gradeVisible, targets.gradeVisibleP95Ms)}`,
    );
    const pacedRequests = paced.saves.length + paced.submitLatency.length + paced.pollRequests;
    console.log(`    (${paced.saves.length} saves, ${paced.gradeVisible.length} gradings, ${paced.pollRequests} polls; ${cpuPerRequest(pacedCpu, pacedCpuAfter, pacedRequests)}, grading included)`);
    for (const [what, count] of paced.failures) {
      failed = true;
      console.log(`    ✗ ${count} × ${what}`);
    }

    if (settings.saturationSeconds > 0) {
      const satCpu = cpuUsed(app.pid);
      const sat = await saturationRun(app.baseUrl, candidates, settings.saturationSeconds);
      const satCpuAfter = cpuUsed(app.pid);
      console.log(`  saturation run (autocannon), ${settings.saturationSeconds} s: ${candidates.length} connections autosaving back to back`);
      console.log(`    autosave               ${sat.requestsPerSecond.toFixed(0).padStart(5)} req/s   ${describe(sat.latencies)}`);
      console.log(`    (${sat.latencies.length} saves; ${cpuPerRequest(satCpu, satCpuAfter, sat.latencies.length)})`);
      if (sat.non2xx || sat.errors) {
        failed = true;
        console.log(`    ✗ ${sat.non2xx} non-2xx answers, ${sat.errors} errors or timeouts`);
      }
    }
    if (app.errors.length) {
      failed = true;
      console.log(`  ✗ the app logged errors; the first ones:\n${app.errors.map((l) => `    ${l}`).join("\n")}`);
    }
    // Another `next build` replacing .next under the running app invalidates the run (its pages 500).
    const buildAfter = existsSync(buildId) ? readFileSync(buildId, "utf8").trim() : "none";
    if (buildAfter !== build) {
      failed = true;
      console.log(`  ✗ .next was rebuilt during the run (${build} → ${buildAfter}): the figures are not valid`);
    }
  } finally {
    await app.stop();
  }
  console.log(`  app stopped; bench took ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  // Explicitly: kept-alive sockets to the stopped app must not hold the process open.
  process.exit(failed ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(`HTTP bench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
