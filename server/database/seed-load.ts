// A load of realistic size for the leaderboard and progress benchmarks:
// 10,000 students (plus 50 instructors with a class of 200 students each),
// 100,000 attempts — 30,000 exam attempts on the bank's mock exams (half of
// them through their class's exam window) and 70,000 practices — with a
// submission and a grade per task, spread over the last 120 days.
//
// Generated inside PostgreSQL with multi-row INSERT … SELECT over
// generate_series (deterministic: setseed), so nothing crosses the wire row by
// row. Rows are recognisable by their `load-` ids and removed by `clearLoad`.
// The task bank must be synced first (the exams and tasks come from it).
// The triggers fill exam_bests and the progress summaries as the rows go in
// (the grades' trigger runs once for the whole INSERT).
import pg from "pg";

export interface LoadSize {
  students: number;
  instructors: number;
  examAttempts: number;
  practiceAttempts: number;
  /** Days back the attempts are spread over. */
  days: number;
}

export const defaultLoadSize: LoadSize = { students: 10_000, instructors: 50, examAttempts: 30_000, practiceAttempts: 70_000, days: 120 };

export interface LoadSummary {
  users: number;
  attempts: number;
  submissions: number;
  grades: number;
  seconds: number;
  skipped: boolean;
}

async function count(client: pg.Client, sql: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(sql);
  return Number(rows[0].n);
}

export async function clearLoad(client: pg.Client): Promise<void> {
  // Attempts, submissions, grades, memberships and classes go with their users (ON DELETE CASCADE).
  await client.query(`DELETE FROM users WHERE id LIKE 'load-%'`);
}

/** Seeds the load unless it is there already (`fresh` clears it first). */
export async function seedLoad(databaseUrl: string, size: LoadSize = defaultLoadSize, options: { fresh?: boolean; log?: (line: string) => void } = {}): Promise<LoadSummary> {
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const exams = await client.query<{ id: string }>(`SELECT current_version_id AS id FROM exams WHERE source = 'BANK' AND active AND current_version_id IS NOT NULL ORDER BY slug`);
    const tasks = await count(client, `SELECT COUNT(*) AS n FROM tasks WHERE active AND current_version_id IS NOT NULL`);
    if (exams.rows.length === 0 || tasks === 0) throw new Error("Sync the task bank first (npm run tasks:sync): the load uses its exams and tasks.");
    if (options.fresh) await clearLoad(client);
    const existing = await count(client, `SELECT COUNT(*) AS n FROM attempts WHERE id LIKE 'load-%'`);
    if (existing >= size.examAttempts + size.practiceAttempts) {
      log(`The load is already there (${existing} attempts); --fresh seeds it again.`);
      return { ...(await totals(client)), seconds: (performance.now() - started) / 1000, skipped: true };
    }
    await clearLoad(client);
    await client.query("BEGIN");
    await client.query(`SELECT setseed(0.42)`);
    const step = async (what: string, sql: string, params: unknown[] = []) => {
      const t = performance.now();
      const r = await client.query(sql, params);
      log(`${what}: ${r.rowCount ?? 0} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    };
    await step(
      "students",
      `INSERT INTO users (id, email, name, role, display_name, board_identity, updated_at)
       SELECT 'load-s-' || i, 'load-s-' || i || '@load.kubedojo.local', 'Load Student ' || i, 'STUDENT',
              CASE WHEN i % 3 = 0 THEN NULL ELSE 'student' || i END,
              (CASE WHEN i % 3 = 0 THEN 'ANONYMOUS' ELSE 'DISPLAY_NAME' END)::"BoardIdentity", now()
       FROM generate_series(1, $1::int) i`,
      [size.students],
    );
    await step(
      "instructors",
      `INSERT INTO users (id, email, name, role, updated_at)
       SELECT 'load-i-' || i, 'load-i-' || i || '@load.kubedojo.local', 'Load Instructor ' || i, 'INSTRUCTOR', now()
       FROM generate_series(1, $1::int) i`,
      [size.instructors],
    );
    await step(
      "classes",
      `INSERT INTO classes (id, name, owner_id, invite_code, updated_at)
       SELECT 'load-c-' || i, 'Load class ' || i, 'load-i-' || i, 'LOAD' || lpad(i::text, 6, '0'), now()
       FROM generate_series(1, $1::int) i`,
      [size.instructors],
    );
    await step(
      "class members",
      `INSERT INTO class_members (class_id, user_id)
       SELECT 'load-c-' || (1 + i % $2::int), 'load-s-' || i FROM generate_series(1, $1::int) i`,
      [size.students, size.instructors],
    );
    await step(
      "exam windows",
      `INSERT INTO exam_windows (id, class_id, exam_id, opens_at, closes_at)
       SELECT 'load-w-' || c || '-' || e.n, 'load-c-' || c, e.exam_id, now() - ($2::int || ' days')::interval, now() + interval '30 days'
       FROM generate_series(1, $1::int) c
       CROSS JOIN (SELECT id AS exam_id, ROW_NUMBER() OVER (ORDER BY slug) AS n FROM exams WHERE source = 'BANK' AND active AND current_version_id IS NOT NULL) e`,
      [size.instructors, size.days],
    );
    // Exam attempts: student, exam (by number), start within the last `days`, 60–120 minutes used.
    await step(
      "exam attempts",
      `WITH versions AS (
         SELECT e.current_version_id AS version_id, ev.duration_minutes, ROW_NUMBER() OVER (ORDER BY e.slug) AS n, COUNT(*) OVER () AS total
         FROM exams e JOIN exam_versions ev ON ev.id = e.current_version_id
         WHERE e.source = 'BANK' AND e.active
       ),
       planned AS (
         SELECT i, 1 + floor(random() * $2::int)::int AS student, 1 + floor(random() * 1000)::int AS pick,
                now() - random() * ($3::int || ' days')::interval AS started_at, 60 + floor(random() * 61)::int AS minutes
         FROM generate_series(1, $1::int) i
       )
       INSERT INTO attempts (id, user_id, mode, exam_version_id, exam_window_id, status, started_at, deadline, closed_at, close_reason)
       SELECT 'load-ae-' || p.i, 'load-s-' || p.student, 'EXAM', v.version_id,
              CASE WHEN p.i % 2 = 0 THEN 'load-w-' || (1 + p.student % $4::int) || '-' || v.n END,
              'CLOSED', p.started_at, p.started_at + (v.duration_minutes || ' minutes')::interval,
              p.started_at + (p.minutes || ' minutes')::interval, 'FINISHED'
       FROM planned p JOIN versions v ON v.n = 1 + p.pick % v.total`,
      [size.examAttempts, size.students, size.days, size.instructors],
    );
    await step(
      "practice attempts",
      `WITH versions AS (
         SELECT current_version_id AS version_id, ROW_NUMBER() OVER (ORDER BY slug) AS n, COUNT(*) OVER () AS total
         FROM tasks WHERE active AND current_version_id IS NOT NULL
       ),
       planned AS (
         SELECT i, 1 + floor(random() * $2::int)::int AS student, floor(random() * 100000)::int AS pick,
                now() - random() * ($3::int || ' days')::interval AS started_at
         FROM generate_series(1, $1::int) i
       )
       INSERT INTO attempts (id, user_id, mode, task_version_id, status, started_at, closed_at)
       SELECT 'load-ap-' || p.i, 'load-s-' || p.student, 'PRACTICE', v.version_id, 'OPEN', p.started_at, NULL
       FROM planned p JOIN versions v ON v.n = 1 + p.pick % v.total`,
      [size.practiceAttempts, size.students, size.days],
    );
    await step(
      "submissions",
      `INSERT INTO submissions (id, attempt_id, task_version_id, form, content, status, created_at, started_at, finished_at)
       SELECT 'load-sub-' || a.id || '-' || COALESCE(evt.position, 0), a.id, COALESCE(evt.task_version_id, a.task_version_id),
              'MANIFESTS', '', 'DONE', t, t, t
       FROM attempts a
       LEFT JOIN exam_version_tasks evt ON evt.exam_version_id = a.exam_version_id
       CROSS JOIN LATERAL (SELECT COALESCE(a.closed_at, a.started_at + interval '10 minutes') AS t) at(t)
       WHERE a.id LIKE 'load-a%'`,
    );
    // Each check passes with a probability that differs per student (skill) and per check.
    await step(
      "grades",
      `INSERT INTO grades (id, submission_id, score, max_score, result, grader_version, created_at)
       SELECT 'load-g-' || s.id, s.id, g.score, g.max_score, jsonb_build_object('checks', g.checks), 'load', s.finished_at
       FROM submissions s
       JOIN task_versions tv ON tv.id = s.task_version_id
       CROSS JOIN LATERAL (
         SELECT COALESCE(SUM(CASE WHEN c.passed THEN c.points ELSE 0 END), 0) AS score,
                GREATEST(COALESCE(SUM(c.points), 0), 1) AS max_score,
                COALESCE(jsonb_agg(jsonb_build_object('id', c.id, 'name', c.name, 'points', c.points, 'passed', c.passed, 'message', '')), '[]'::jsonb) AS checks
         FROM (
           SELECT x->>'id' AS id, x->>'name' AS name, COALESCE((x->>'points')::int, 1) AS points,
                  random() < 0.35 + 0.6 * ((hashtext(s.attempt_id) & 1023) / 1023.0) * (0.6 + 0.4 * ((hashtext(x->>'id') & 255) / 255.0)) AS passed
           FROM jsonb_array_elements(tv.definition->'checks') x
         ) c
       ) g
       WHERE s.id LIKE 'load-sub-%'`,
    );
    await step(
      "exam scores",
      `UPDATE attempts a SET score = round(x.score::numeric, 2)::float8, max_score = x.max_score
       FROM (
         SELECT s.attempt_id, SUM(t.points * g.score / NULLIF(g.max_score, 0)) AS score, SUM(t.points) AS max_score
         FROM submissions s JOIN grades g ON g.submission_id = s.id
         JOIN task_versions tv ON tv.id = s.task_version_id JOIN tasks t ON t.id = tv.task_id
         WHERE s.attempt_id LIKE 'load-ae-%'
         GROUP BY s.attempt_id
       ) x
       WHERE a.id = x.attempt_id`,
    );
    await client.query("COMMIT");
    // VACUUM sets the visibility map, so the covering indexes answer without the heap (autovacuum does it in production).
    await client.query("VACUUM ANALYZE");
    return { ...(await totals(client)), seconds: (performance.now() - started) / 1000, skipped: false };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
}

async function totals(client: pg.Client): Promise<Omit<LoadSummary, "seconds" | "skipped">> {
  return {
    users: await count(client, `SELECT COUNT(*) AS n FROM users`),
    attempts: await count(client, `SELECT COUNT(*) AS n FROM attempts`),
    submissions: await count(client, `SELECT COUNT(*) AS n FROM submissions`),
    grades: await count(client, `SELECT COUNT(*) AS n FROM grades`),
  };
}
