-- The task bank (versioned by content), mock exams, attempts, answers,
-- submissions and grades.

-- CreateEnum
CREATE TYPE "Difficulty" AS ENUM ('EASY', 'MEDIUM', 'HARD');
CREATE TYPE "AttemptMode" AS ENUM ('PRACTICE', 'EXAM');
CREATE TYPE "AttemptStatus" AS ENUM ('OPEN', 'CLOSED');
CREATE TYPE "CloseReason" AS ENUM ('FINISHED', 'DEADLINE');
CREATE TYPE "AnswerForm" AS ENUM ('MANIFESTS', 'TRANSCRIPT');
CREATE TYPE "SubmissionStatus" AS ENUM ('QUEUED', 'GRADING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "tasks" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "difficulty" "Difficulty" NOT NULL,
    "tags" TEXT[],
    "points" INTEGER NOT NULL,
    "suggested_minutes" INTEGER NOT NULL,
    "current_version_id" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "tasks_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "task_versions" (
    "id" TEXT NOT NULL,
    "task_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "content_hash" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "task_versions_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "exams" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "duration_minutes" INTEGER NOT NULL,
    "pass_percent" DOUBLE PRECISION NOT NULL,
    "current_version_id" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "exams_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "exam_versions" (
    "id" TEXT NOT NULL,
    "exam_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "content_hash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "duration_minutes" INTEGER NOT NULL,
    "pass_percent" DOUBLE PRECISION NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "exam_versions_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "exam_version_tasks" (
    "exam_version_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "task_version_id" TEXT NOT NULL,

    CONSTRAINT "exam_version_tasks_pkey" PRIMARY KEY ("exam_version_id","position")
);

CREATE TABLE "attempts" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "mode" "AttemptMode" NOT NULL,
    "task_version_id" TEXT,
    "exam_version_id" TEXT,
    "status" "AttemptStatus" NOT NULL DEFAULT 'OPEN',
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),
    "close_reason" "CloseReason",
    "notepad" TEXT NOT NULL DEFAULT '',
    "score" DOUBLE PRECISION,
    "max_score" DOUBLE PRECISION,

    CONSTRAINT "attempts_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "answers" (
    "id" TEXT NOT NULL,
    "attempt_id" TEXT NOT NULL,
    "task_version_id" TEXT NOT NULL,
    "form" "AnswerForm" NOT NULL DEFAULT 'MANIFESTS',
    "content" TEXT NOT NULL DEFAULT '',
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "saved_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "answers_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "submissions" (
    "id" TEXT NOT NULL,
    "attempt_id" TEXT NOT NULL,
    "task_version_id" TEXT NOT NULL,
    "form" "AnswerForm" NOT NULL,
    "content" TEXT NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'QUEUED',
    "error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "submissions_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "grades" (
    "id" TEXT NOT NULL,
    "submission_id" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "max_score" DOUBLE PRECISION NOT NULL,
    "result" JSONB NOT NULL,
    "grader_version" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grades_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "tasks_slug_key" ON "tasks"("slug");
CREATE UNIQUE INDEX "tasks_current_version_id_key" ON "tasks"("current_version_id");
CREATE INDEX "tasks_domain_idx" ON "tasks"("domain");
CREATE UNIQUE INDEX "task_versions_task_id_version_key" ON "task_versions"("task_id", "version");
CREATE UNIQUE INDEX "task_versions_task_id_content_hash_key" ON "task_versions"("task_id", "content_hash");
CREATE UNIQUE INDEX "exams_slug_key" ON "exams"("slug");
CREATE UNIQUE INDEX "exams_current_version_id_key" ON "exams"("current_version_id");
CREATE UNIQUE INDEX "exam_versions_exam_id_version_key" ON "exam_versions"("exam_id", "version");
CREATE UNIQUE INDEX "exam_versions_exam_id_content_hash_key" ON "exam_versions"("exam_id", "content_hash");
CREATE UNIQUE INDEX "exam_version_tasks_exam_version_id_task_version_id_key" ON "exam_version_tasks"("exam_version_id", "task_version_id");
CREATE INDEX "attempts_user_id_mode_status_idx" ON "attempts"("user_id", "mode", "status");
CREATE UNIQUE INDEX "answers_attempt_id_task_version_id_key" ON "answers"("attempt_id", "task_version_id");
CREATE INDEX "submissions_attempt_id_idx" ON "submissions"("attempt_id");
CREATE UNIQUE INDEX "grades_submission_id_key" ON "grades"("submission_id");

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_current_version_id_fkey" FOREIGN KEY ("current_version_id") REFERENCES "task_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "task_versions" ADD CONSTRAINT "task_versions_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "exams" ADD CONSTRAINT "exams_current_version_id_fkey" FOREIGN KEY ("current_version_id") REFERENCES "exam_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "exam_versions" ADD CONSTRAINT "exam_versions_exam_id_fkey" FOREIGN KEY ("exam_id") REFERENCES "exams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "exam_version_tasks" ADD CONSTRAINT "exam_version_tasks_exam_version_id_fkey" FOREIGN KEY ("exam_version_id") REFERENCES "exam_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "exam_version_tasks" ADD CONSTRAINT "exam_version_tasks_task_version_id_fkey" FOREIGN KEY ("task_version_id") REFERENCES "task_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_task_version_id_fkey" FOREIGN KEY ("task_version_id") REFERENCES "task_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_exam_version_id_fkey" FOREIGN KEY ("exam_version_id") REFERENCES "exam_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "answers" ADD CONSTRAINT "answers_attempt_id_fkey" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "answers" ADD CONSTRAINT "answers_task_version_id_fkey" FOREIGN KEY ("task_version_id") REFERENCES "task_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_attempt_id_fkey" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_task_version_id_fkey" FOREIGN KEY ("task_version_id") REFERENCES "task_versions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "grades" ADD CONSTRAINT "grades_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submissions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
