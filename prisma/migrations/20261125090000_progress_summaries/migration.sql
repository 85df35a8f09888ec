-- Progress summaries: what the progress pages read instead of every grade of
-- every member (a class of 200 is ~11,000 grades). Kept by triggers in the
-- same transaction as the grades, as exam_bests is, and backfilled below.
-- Only grades with max_score > 0 count (a ratio needs a maximum).
--   progress_users       one row per user with a grade: how many grades; its
--                        row is also the lock that orders the writers of a user.
--   progress_days        per user, UTC day and CKAD domain (the task's current
--                        domain): the sum of the grades' score fractions and
--                        how many, for the chart (mean = sum / count) and streaks.
--   progress_task_bests  per user and task: the best fraction reached.
-- The primary keys INCLUDE the figures, so a class's rows (scattered over the
-- table, one user's at a time) are read from the index alone.
-- Not in schema.prisma: the triggers and INCLUDE, which Prisma cannot express.
CREATE TABLE "progress_users" (
    "user_id" TEXT NOT NULL,
    "graded" INTEGER NOT NULL,

    CONSTRAINT "progress_users_pkey" PRIMARY KEY ("user_id")
);
ALTER TABLE "progress_users" ADD CONSTRAINT "progress_users_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "progress_days" (
    "user_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "domain" TEXT NOT NULL,
    "ratio_sum" DOUBLE PRECISION NOT NULL,
    "graded" INTEGER NOT NULL,

    CONSTRAINT "progress_days_pkey" PRIMARY KEY ("user_id", "day", "domain") INCLUDE ("ratio_sum", "graded")
);
ALTER TABLE "progress_days" ADD CONSTRAINT "progress_days_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "progress_task_bests" (
    "user_id" TEXT NOT NULL,
    "task_id" UUID NOT NULL,
    "best_ratio" DOUBLE PRECISION NOT NULL,
    "graded" INTEGER NOT NULL,

    CONSTRAINT "progress_task_bests_pkey" PRIMARY KEY ("user_id", "task_id") INCLUDE ("best_ratio")
);
CREATE INDEX "progress_task_bests_task_id_idx" ON "progress_task_bests"("task_id");
ALTER TABLE "progress_task_bests" ADD CONSTRAINT "progress_task_bests_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "progress_task_bests" ADD CONSTRAINT "progress_task_bests_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recomputes the summaries of some users from their grades: after deletions
-- and domain changes (rare), and for the backfill. It first locks each user's
-- progress_users row (creating it), as the grade trigger does, so a grade
-- being stored meanwhile is either seen here or added on top of this result;
-- the statements after the lock take fresh snapshots (READ COMMITTED).
-- Users that no longer exist (a cascade from deleting them) are skipped.
CREATE FUNCTION "refresh_progress_summaries"(p_user_ids TEXT[]) RETURNS void AS $$
BEGIN
    INSERT INTO progress_users (user_id, graded)
    SELECT id, 0 FROM users WHERE id = ANY(p_user_ids) ORDER BY id
    ON CONFLICT (user_id) DO UPDATE SET graded = progress_users.graded;
    DELETE FROM progress_days WHERE user_id = ANY(p_user_ids);
    DELETE FROM progress_task_bests WHERE user_id = ANY(p_user_ids);
    INSERT INTO progress_days (user_id, day, domain, ratio_sum, graded)
    SELECT a.user_id, g.created_at::date, t.domain, SUM(g.score / g.max_score), COUNT(*)
    FROM attempts a
    JOIN users u ON u.id = a.user_id
    JOIN submissions s ON s.attempt_id = a.id
    JOIN grades g ON g.submission_id = s.id
    JOIN task_versions tv ON tv.id = s.task_version_id
    JOIN tasks t ON t.id = tv.task_id
    WHERE a.user_id = ANY(p_user_ids) AND g.max_score > 0
    GROUP BY a.user_id, g.created_at::date, t.domain;
    INSERT INTO progress_task_bests (user_id, task_id, best_ratio, graded)
    SELECT a.user_id, tv.task_id, MAX(g.score / g.max_score), COUNT(*)
    FROM attempts a
    JOIN users u ON u.id = a.user_id
    JOIN submissions s ON s.attempt_id = a.id
    JOIN grades g ON g.submission_id = s.id
    JOIN task_versions tv ON tv.id = s.task_version_id
    WHERE a.user_id = ANY(p_user_ids) AND g.max_score > 0
    GROUP BY a.user_id, tv.task_id;
    UPDATE progress_users pu SET graded = COALESCE((SELECT SUM(d.graded) FROM progress_days d WHERE d.user_id = pu.user_id), 0)
    WHERE pu.user_id = ANY(p_user_ids);
END;
$$ LANGUAGE plpgsql;

-- New grades are added incrementally, once per statement (the seeder inserts
-- half a million in one): each user's progress_users row is locked first (in
-- id order, so two statements cannot deadlock on it), then the sums are
-- upserted; upserts on the same keys serialize on their rows.
CREATE FUNCTION "grades_add_to_progress"() RETURNS trigger AS $$
BEGIN
    INSERT INTO progress_users AS pu (user_id, graded)
    SELECT a.user_id, COUNT(*)
    FROM new_grades n JOIN submissions s ON s.id = n.submission_id JOIN attempts a ON a.id = s.attempt_id
    WHERE n.max_score > 0
    GROUP BY a.user_id ORDER BY a.user_id
    ON CONFLICT (user_id) DO UPDATE SET graded = pu.graded + EXCLUDED.graded;
    INSERT INTO progress_days AS pd (user_id, day, domain, ratio_sum, graded)
    SELECT a.user_id, n.created_at::date, t.domain, SUM(n.score / n.max_score), COUNT(*)
    FROM new_grades n JOIN submissions s ON s.id = n.submission_id JOIN attempts a ON a.id = s.attempt_id
    JOIN task_versions tv ON tv.id = s.task_version_id JOIN tasks t ON t.id = tv.task_id
    WHERE n.max_score > 0
    GROUP BY a.user_id, n.created_at::date, t.domain ORDER BY 1, 2, 3
    ON CONFLICT (user_id, day, domain) DO UPDATE SET ratio_sum = pd.ratio_sum + EXCLUDED.ratio_sum, graded = pd.graded + EXCLUDED.graded;
    INSERT INTO progress_task_bests AS pb (user_id, task_id, best_ratio, graded)
    SELECT a.user_id, tv.task_id, MAX(n.score / n.max_score), COUNT(*)
    FROM new_grades n JOIN submissions s ON s.id = n.submission_id JOIN attempts a ON a.id = s.attempt_id
    JOIN task_versions tv ON tv.id = s.task_version_id
    WHERE n.max_score > 0
    GROUP BY a.user_id, tv.task_id ORDER BY 1, 2
    ON CONFLICT (user_id, task_id) DO UPDATE SET best_ratio = GREATEST(pb.best_ratio, EXCLUDED.best_ratio), graded = pb.graded + EXCLUDED.graded;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "grades_add_to_progress_on_insert"
    AFTER INSERT ON "grades" REFERENCING NEW TABLE AS new_grades
    FOR EACH STATEMENT EXECUTE FUNCTION "grades_add_to_progress"();

-- Deleted or changed grades (the app never does either; an admin might): the
-- users they belonged to are recomputed. A grade deleted by a cascade from
-- its submission or attempt no longer reaches its user from here: the trigger
-- of the statement that started the cascade does it (below).
CREATE FUNCTION "grades_refresh_progress"() RETURNS trigger AS $$
BEGIN
    PERFORM refresh_progress_summaries(ARRAY(
        SELECT DISTINCT a.user_id FROM old_grades o JOIN submissions s ON s.id = o.submission_id JOIN attempts a ON a.id = s.attempt_id
    ));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "grades_refresh_progress_on_change"() RETURNS trigger AS $$
BEGIN
    PERFORM refresh_progress_summaries(ARRAY(
        SELECT DISTINCT a.user_id FROM (SELECT submission_id FROM old_grades UNION SELECT submission_id FROM new_grades) o
        JOIN submissions s ON s.id = o.submission_id JOIN attempts a ON a.id = s.attempt_id
    ));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "grades_refresh_progress_on_delete"
    AFTER DELETE ON "grades" REFERENCING OLD TABLE AS old_grades
    FOR EACH STATEMENT EXECUTE FUNCTION "grades_refresh_progress"();
CREATE TRIGGER "grades_refresh_progress_on_update"
    AFTER UPDATE ON "grades" REFERENCING OLD TABLE AS old_grades NEW TABLE AS new_grades
    FOR EACH STATEMENT EXECUTE FUNCTION "grades_refresh_progress_on_change"();

CREATE FUNCTION "submissions_refresh_progress"() RETURNS trigger AS $$
BEGIN
    PERFORM refresh_progress_summaries(ARRAY(
        SELECT DISTINCT a.user_id FROM old_submissions o JOIN attempts a ON a.id = o.attempt_id
    ));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "submissions_refresh_progress_on_delete"
    AFTER DELETE ON "submissions" REFERENCING OLD TABLE AS old_submissions
    FOR EACH STATEMENT EXECUTE FUNCTION "submissions_refresh_progress"();

CREATE FUNCTION "attempts_refresh_progress"() RETURNS trigger AS $$
BEGIN
    PERFORM refresh_progress_summaries(ARRAY(SELECT DISTINCT user_id FROM old_attempts));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "attempts_refresh_progress_on_delete"
    AFTER DELETE ON "attempts" REFERENCING OLD TABLE AS old_attempts
    FOR EACH STATEMENT EXECUTE FUNCTION "attempts_refresh_progress"();

-- A submission moved to another attempt or task version, an attempt to another user (never by the app).
CREATE FUNCTION "submissions_refresh_progress_on_move"() RETURNS trigger AS $$
BEGIN
    PERFORM refresh_progress_summaries(ARRAY(
        SELECT DISTINCT a.user_id FROM attempts a WHERE a.id IN (OLD.attempt_id, NEW.attempt_id)
    ));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "submissions_refresh_progress_on_move"
    AFTER UPDATE OF "attempt_id", "task_version_id" ON "submissions"
    FOR EACH ROW WHEN (OLD.attempt_id IS DISTINCT FROM NEW.attempt_id OR OLD.task_version_id IS DISTINCT FROM NEW.task_version_id)
    EXECUTE FUNCTION "submissions_refresh_progress_on_move"();

CREATE FUNCTION "attempts_refresh_progress_on_move"() RETURNS trigger AS $$
BEGIN
    PERFORM refresh_progress_summaries(ARRAY[OLD.user_id, NEW.user_id]);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "attempts_refresh_progress_on_move"
    AFTER UPDATE OF "user_id" ON "attempts"
    FOR EACH ROW WHEN (OLD.user_id IS DISTINCT FROM NEW.user_id)
    EXECUTE FUNCTION "attempts_refresh_progress_on_move"();

-- progress_days is per the task's current domain: a task moved to another
-- domain moves its grades' days (the users who graded it are recomputed).
CREATE FUNCTION "tasks_refresh_progress_on_domain"() RETURNS trigger AS $$
BEGIN
    PERFORM refresh_progress_summaries(ARRAY(SELECT user_id FROM progress_task_bests WHERE task_id = NEW.id));
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "tasks_refresh_progress_on_domain"
    AFTER UPDATE OF "domain" ON "tasks"
    FOR EACH ROW WHEN (OLD.domain IS DISTINCT FROM NEW.domain)
    EXECUTE FUNCTION "tasks_refresh_progress_on_domain"();

-- The grades stored before this migration.
SELECT refresh_progress_summaries(ARRAY(SELECT DISTINCT a.user_id FROM attempts a JOIN submissions s ON s.attempt_id = a.id JOIN grades g ON g.submission_id = s.id));
