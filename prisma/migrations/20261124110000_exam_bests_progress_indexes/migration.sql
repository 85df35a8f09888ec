-- Progress and class reports walk attempts → submissions → grades for many
-- users at once; these covering indexes let PostgreSQL answer from the
-- indexes alone instead of fetching grade rows (whose result JSON makes the
-- heap large). Not in schema.prisma: Prisma cannot express INCLUDE.
CREATE INDEX "submissions_attempt_id_covering_idx" ON "submissions"("attempt_id") INCLUDE ("id", "task_version_id");
CREATE INDEX "grades_submission_id_covering_idx" ON "grades"("submission_id") INCLUDE ("score", "max_score", "created_at");

-- Each user's best scored attempt per exam (highest fraction, then least time
-- used, then the earliest), kept by a trigger on attempts, so a global
-- leaderboard page is an index scan in rank order instead of a sort of every
-- attempt. The trigger locks the user's row and recomputes that user's best
-- from the attempts, with a fresh snapshot after the lock (READ COMMITTED):
-- two attempts of one user scored at once cannot leave the worse one as best.
CREATE TABLE "exam_bests" (
    "exam_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "attempt_id" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "max_score" DOUBLE PRECISION NOT NULL,
    "ratio" DOUBLE PRECISION NOT NULL,
    "used_seconds" DOUBLE PRECISION NOT NULL,
    "closed_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "exam_bests_pkey" PRIMARY KEY ("exam_id", "user_id")
);
CREATE INDEX "exam_bests_rank_idx" ON "exam_bests"("exam_id", "ratio" DESC, "used_seconds", "closed_at", "attempt_id" COLLATE "C");
ALTER TABLE "exam_bests" ADD CONSTRAINT "exam_bests_exam_id_fkey" FOREIGN KEY ("exam_id") REFERENCES "exams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "exam_bests" ADD CONSTRAINT "exam_bests_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION "refresh_exam_best"(p_exam_version_id TEXT, p_user_id TEXT) RETURNS void AS $$
DECLARE
    v_exam_id TEXT;
BEGIN
    SELECT exam_id INTO v_exam_id FROM exam_versions WHERE id = p_exam_version_id;
    IF v_exam_id IS NULL THEN
        RETURN;
    END IF;
    -- A row lock (not an advisory lock: a bulk update of many attempts would fill the lock table).
    -- NO KEY UPDATE lets attempts keep referencing the user meanwhile.
    PERFORM 1 FROM users WHERE id = p_user_id FOR NO KEY UPDATE;
    DELETE FROM exam_bests WHERE exam_id = v_exam_id AND user_id = p_user_id;
    INSERT INTO exam_bests (exam_id, user_id, attempt_id, score, max_score, ratio, used_seconds, closed_at)
    SELECT v_exam_id, a.user_id, a.id, a.score, a.max_score, a.score / a.max_score,
           EXTRACT(EPOCH FROM (LEAST(a.closed_at, COALESCE(a.deadline, a.closed_at)) - a.started_at))::float8, a.closed_at
    FROM attempts a
    JOIN exam_versions ev ON ev.id = a.exam_version_id
    WHERE ev.exam_id = v_exam_id AND a.user_id = p_user_id
      AND a.mode = 'EXAM' AND a.status = 'CLOSED' AND a.score IS NOT NULL AND a.max_score > 0 AND a.closed_at IS NOT NULL
    ORDER BY a.score / a.max_score DESC,
             EXTRACT(EPOCH FROM (LEAST(a.closed_at, COALESCE(a.deadline, a.closed_at)) - a.started_at)) ASC,
             a.closed_at ASC, a.id COLLATE "C" ASC
    LIMIT 1;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "attempts_refresh_exam_best"() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.mode = 'EXAM' AND OLD.exam_version_id IS NOT NULL THEN
        PERFORM refresh_exam_best(OLD.exam_version_id, OLD.user_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.mode = 'EXAM' AND NEW.exam_version_id IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW.exam_version_id IS DISTINCT FROM OLD.exam_version_id OR NEW.user_id IS DISTINCT FROM OLD.user_id) THEN
        PERFORM refresh_exam_best(NEW.exam_version_id, NEW.user_id);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Only changes that can move a best fire it: not autosaves of the notepad.
CREATE TRIGGER "attempts_refresh_exam_best_on_write"
    AFTER INSERT OR DELETE OR UPDATE OF "score", "max_score", "status", "closed_at", "deadline", "started_at", "exam_version_id", "user_id"
    ON "attempts" FOR EACH ROW EXECUTE FUNCTION "attempts_refresh_exam_best"();

-- The attempts scored before this migration.
INSERT INTO exam_bests (exam_id, user_id, attempt_id, score, max_score, ratio, used_seconds, closed_at)
SELECT DISTINCT ON (ev.exam_id, a.user_id) ev.exam_id, a.user_id, a.id, a.score, a.max_score, a.score / a.max_score,
       EXTRACT(EPOCH FROM (LEAST(a.closed_at, COALESCE(a.deadline, a.closed_at)) - a.started_at))::float8, a.closed_at
FROM attempts a
JOIN exam_versions ev ON ev.id = a.exam_version_id
WHERE a.mode = 'EXAM' AND a.status = 'CLOSED' AND a.score IS NOT NULL AND a.max_score > 0 AND a.closed_at IS NOT NULL
ORDER BY ev.exam_id, a.user_id, a.score / a.max_score DESC,
         EXTRACT(EPOCH FROM (LEAST(a.closed_at, COALESCE(a.deadline, a.closed_at)) - a.started_at)) ASC,
         a.closed_at ASC, a.id COLLATE "C" ASC;
