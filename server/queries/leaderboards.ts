// Leaderboards, computed by the database on every read: per exam, each
// user's best scored attempt (highest percentage, then least time used),
// ranked with RANK() (equal percentage and time share a rank). Global boards
// cover a bank exam's every attempt; a class's board covers the attempts
// started through the class's windows of that exam.
//
// A board is exactly as current as the attempts' scores: settleExamScore sets
// a score once, under the attempt's row lock, when its last submission is
// graded; a class board is computed from the attempts on every read, and a
// global board reads exam_bests, which a trigger on attempts keeps in the same
// transaction as the score (locked per exam and user) — concurrent grading
// cannot produce a board that a sequential recomputation would not.
//
// Names: on a global board, and to classmates on a class board, a user
// appears by the display name they chose, or as "Anonymous" (the default). The
// class's instructor (and an admin) sees real names on the class board.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { canManageClass, canViewClassLeaderboard, canViewGlobalLeaderboard, type MaybeActor } from "../auth/authorization";

export interface LeaderboardEntry {
  rank: number;
  name: string;
  isYou: boolean;
  score: number;
  maxScore: number;
  percent: number;
  timeUsedSeconds: number;
  closedAt: string;
  /** Only on the viewer's own row, or for the class's instructor. */
  attemptId: string | null;
}

export interface Leaderboard {
  examId: string;
  title: string;
  scope: "global" | "class";
  classId: string | null;
  /** Users on the board. */
  total: number;
  entries: LeaderboardEntry[];
  /** The viewer's own row, also when it is outside the page shown. */
  you: LeaderboardEntry | null;
}

export interface LeaderboardPage {
  limit?: number;
  offset?: number;
}

interface BoardRow {
  attempt_id: string;
  user_id: string;
  score: number;
  max_score: number;
  ratio: number;
  used_seconds: number;
  closed_at: Date;
  rank: bigint | number;
  name: string;
  display_name: string | null;
  board_identity: "ANONYMOUS" | "DISPLAY_NAME";
}

export const anonymousName = "Anonymous";

const round2 = (n: number) => Math.round(n * 100) / 100;

function pageOf(page: LeaderboardPage): { limit: number; offset: number } {
  const limit = Number.isInteger(page.limit) ? Math.min(Math.max(page.limit!, 1), 200) : 50;
  const offset = Number.isInteger(page.offset) ? Math.min(Math.max(page.offset!, 0), 1_000_000) : 0;
  return { limit, offset };
}

interface BoardRows {
  page: BoardRow[];
  own: BoardRow | null;
  total: number;
}

const boardColumns = Prisma.sql`r.attempt_id, r.user_id, r.score, r.max_score, r.ratio, r.used_seconds, r.closed_at, r.rank,
  u.name, u.display_name, u.board_identity::text AS board_identity`;

/**
 * A global board from exam_bests (each user's best attempt, kept by a trigger
 * on attempts: see the migration 20261124110000): the page is read in rank
 * order from exam_bests_rank_idx and stops after offset + limit rows; the
 * viewer's rank is the count of better bests plus one.
 */
async function globalBoardRows(db: PrismaClient, examId: string, viewerId: string, page: { limit: number; offset: number }): Promise<BoardRows> {
  const [rows, own, total] = await Promise.all([
    db.$queryRaw<BoardRow[]>`
      WITH r AS (
        SELECT b.*, RANK() OVER (ORDER BY b.ratio DESC, b.used_seconds ASC) AS rank
        FROM exam_bests b
        WHERE b.exam_id = ${examId}
        ORDER BY b.ratio DESC, b.used_seconds ASC, b.closed_at ASC, b.attempt_id COLLATE "C" ASC
        LIMIT ${page.limit} OFFSET ${page.offset}
      )
      SELECT ${boardColumns} FROM r JOIN users u ON u.id = r.user_id
      ORDER BY r.ratio DESC, r.used_seconds ASC, r.closed_at ASC, r.attempt_id COLLATE "C" ASC`,
    db.$queryRaw<BoardRow[]>`
      WITH r AS (
        SELECT b.*, 1 + (
          SELECT COUNT(*) FROM exam_bests o
          WHERE o.exam_id = b.exam_id AND (o.ratio > b.ratio OR (o.ratio = b.ratio AND o.used_seconds < b.used_seconds))
        ) AS rank
        FROM exam_bests b
        WHERE b.exam_id = ${examId} AND b.user_id = ${viewerId}
      )
      SELECT ${boardColumns} FROM r JOIN users u ON u.id = r.user_id`,
    db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM exam_bests WHERE exam_id = ${examId}`,
  ]);
  return { page: rows, own: own[0] ?? null, total: Number(total[0].n) };
}

/**
 * A class board, computed from the attempts started through the class's
 * windows of the exam (index on exam_window_id; a class is small): each
 * user's best with DISTINCT ON, ranked with window functions.
 */
async function classBoardRows(db: PrismaClient, examId: string, classId: string, viewerId: string, page: { limit: number; offset: number }): Promise<BoardRows> {
  // The time used ends at the deadline even when the close job ran late. Ids sort in the "C" collation: bytewise, fast.
  const rows = await db.$queryRaw<(BoardRow & { position: bigint; total: bigint })[]>`
    WITH scored AS (
      SELECT a.id AS attempt_id, a.user_id, a.score, a.max_score, a.closed_at,
             a.score / a.max_score AS ratio,
             EXTRACT(EPOCH FROM (LEAST(a.closed_at, COALESCE(a.deadline, a.closed_at)) - a.started_at))::float8 AS used_seconds
      FROM attempts a
      WHERE a.exam_window_id IN (SELECT w.id FROM exam_windows w WHERE w.class_id = ${classId} AND w.exam_id = ${examId})
        AND a.mode = 'EXAM' AND a.status = 'CLOSED' AND a.score IS NOT NULL AND a.max_score > 0 AND a.closed_at IS NOT NULL
    ),
    best AS (
      SELECT DISTINCT ON (user_id COLLATE "C") *
      FROM scored
      ORDER BY user_id COLLATE "C", ratio DESC, used_seconds ASC, closed_at ASC, attempt_id COLLATE "C" ASC
    ),
    r AS (
      SELECT best.*,
             RANK() OVER (ORDER BY ratio DESC, used_seconds ASC) AS rank,
             ROW_NUMBER() OVER (ORDER BY ratio DESC, used_seconds ASC, closed_at ASC, attempt_id COLLATE "C" ASC) AS position,
             COUNT(*) OVER () AS total
      FROM best
    )
    SELECT ${boardColumns}, r.position, r.total
    FROM r JOIN users u ON u.id = r.user_id
    WHERE (r.position > ${page.offset} AND r.position <= ${page.offset + page.limit}) OR r.user_id = ${viewerId}
    ORDER BY r.position`;
  const onPage = (r: { position: bigint }) => Number(r.position) > page.offset && Number(r.position) <= page.offset + page.limit;
  return { page: rows.filter(onPage), own: rows.find((r) => r.user_id === viewerId) ?? null, total: rows.length ? Number(rows[0].total) : 0 };
}

function entryOf(row: BoardRow, viewerId: string, realNames: boolean): LeaderboardEntry {
  const isYou = row.user_id === viewerId;
  const publicName = row.board_identity === "DISPLAY_NAME" && row.display_name ? row.display_name : anonymousName;
  return {
    rank: Number(row.rank),
    name: realNames ? row.name : publicName,
    isYou,
    score: row.score,
    maxScore: row.max_score,
    percent: round2(100 * row.ratio),
    timeUsedSeconds: Math.round(row.used_seconds),
    closedAt: row.closed_at.toISOString(),
    attemptId: isYou || realNames ? row.attempt_id : null,
  };
}

function boardOf(rows: BoardRows, viewerId: string, realNames: boolean) {
  return {
    // The viewer's row is also `you`, even when it is off the page.
    entries: rows.page.map((r) => entryOf(r, viewerId, realNames)),
    you: rows.own ? entryOf(rows.own, viewerId, realNames) : null,
    total: rows.total,
  };
}

/** A bank exam's global board (by its slug); null when there is no such exam or the viewer is anonymous. */
export async function globalLeaderboard(db: PrismaClient, actor: MaybeActor, examSlug: string, page: LeaderboardPage = {}): Promise<Leaderboard | null> {
  if (!actor || !canViewGlobalLeaderboard(actor) || examSlug.length === 0 || examSlug.length > 200) return null;
  // An authored exam belongs to classes: it has class boards only.
  const exam = await db.exam.findFirst({ where: { slug: examSlug, source: "BANK" }, select: { id: true, title: true } });
  if (!exam) return null;
  const p = pageOf(page);
  const rows = await globalBoardRows(db, exam.id, actor.id, p);
  return { examId: exam.id, title: exam.title, scope: "global", classId: null, ...boardOf(rows, actor.id, false) };
}

/** A class's board of one exam opened to it; null unless the viewer is a member or its instructor, and the exam was opened to the class. */
export async function classLeaderboard(
  db: PrismaClient,
  actor: MaybeActor,
  classId: string,
  examId: string,
  page: LeaderboardPage = {},
): Promise<Leaderboard | null> {
  if (!actor || classId.length === 0 || classId.length > 100 || examId.length === 0 || examId.length > 100) return null;
  const [cls, member, window] = await Promise.all([
    db.class.findUnique({ where: { id: classId }, select: { ownerId: true } }),
    db.classMember.findUnique({ where: { classId_userId: { classId, userId: actor.id } }, select: { userId: true } }),
    db.examWindow.findFirst({ where: { classId, examId }, select: { exam: { select: { title: true } } } }),
  ]);
  if (!cls || !window || !canViewClassLeaderboard(actor, cls, member !== null)) return null;
  const p = pageOf(page);
  const realNames = canManageClass(actor, cls);
  const rows = await classBoardRows(db, examId, classId, actor.id, p);
  return { examId, title: window.exam.title, scope: "class", classId, ...boardOf(rows, actor.id, realNames) };
}
