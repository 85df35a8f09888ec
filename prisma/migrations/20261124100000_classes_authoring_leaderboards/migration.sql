-- Issue 8: roles audit, public board identity, authored tasks and exams,
-- classes with invite codes, exam windows, and the indexes of the
-- leaderboard and progress queries.

-- CreateEnum
CREATE TYPE "BoardIdentity" AS ENUM ('ANONYMOUS', 'DISPLAY_NAME');
CREATE TYPE "ContentSource" AS ENUM ('BANK', 'AUTHORED');
CREATE TYPE "TaskStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- AlterTable
ALTER TABLE "users" ADD COLUMN "display_name" TEXT,
ADD COLUMN "board_identity" "BoardIdentity" NOT NULL DEFAULT 'ANONYMOUS';

ALTER TABLE "tasks" ADD COLUMN "source" "ContentSource" NOT NULL DEFAULT 'BANK',
ADD COLUMN "status" "TaskStatus" NOT NULL DEFAULT 'PUBLISHED',
ADD COLUMN "author_id" TEXT,
ADD COLUMN "draft_yaml" TEXT;

ALTER TABLE "task_versions" ADD COLUMN "source_yaml" TEXT;

ALTER TABLE "exams" ADD COLUMN "source" "ContentSource" NOT NULL DEFAULT 'BANK',
ADD COLUMN "author_id" TEXT;

ALTER TABLE "attempts" ADD COLUMN "exam_window_id" TEXT;

-- CreateTable
CREATE TABLE "classes" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "invite_code" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "classes_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "class_members" (
    "class_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "joined_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "class_members_pkey" PRIMARY KEY ("class_id","user_id")
);

CREATE TABLE "exam_windows" (
    "id" TEXT NOT NULL,
    "class_id" TEXT NOT NULL,
    "exam_id" TEXT NOT NULL,
    "opens_at" TIMESTAMP(3) NOT NULL,
    "closes_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "exam_windows_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "exam_windows_closes_after_opens" CHECK ("closes_at" > "opens_at")
);

CREATE TABLE "role_changes" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "changed_by_id" TEXT,
    "from_role" "Role" NOT NULL,
    "to_role" "Role" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "role_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "tasks_author_id_idx" ON "tasks"("author_id");
CREATE INDEX "exams_author_id_idx" ON "exams"("author_id");
CREATE INDEX "attempts_exam_window_id_idx" ON "attempts"("exam_window_id");
CREATE UNIQUE INDEX "classes_invite_code_key" ON "classes"("invite_code");
CREATE INDEX "classes_owner_id_idx" ON "classes"("owner_id");
CREATE INDEX "class_members_user_id_idx" ON "class_members"("user_id");
CREATE INDEX "exam_windows_class_id_idx" ON "exam_windows"("class_id");
CREATE INDEX "exam_windows_exam_id_idx" ON "exam_windows"("exam_id");
CREATE INDEX "role_changes_user_id_idx" ON "role_changes"("user_id");

-- Not in schema.prisma (Prisma cannot express partial or covering indexes):
-- the leaderboards read each exam version's scored attempts from this index
-- alone (server/queries/leaderboards.ts).
CREATE INDEX "attempts_scored_exam_board_idx" ON "attempts"("exam_version_id", "user_id")
    INCLUDE ("score", "max_score", "started_at", "closed_at", "deadline", "exam_window_id")
    WHERE "mode" = 'EXAM' AND "status" = 'CLOSED' AND "score" IS NOT NULL;
-- Progress reads a user's grades in time order.
CREATE INDEX "attempts_user_id_started_at_idx" ON "attempts"("user_id", "started_at");

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "exams" ADD CONSTRAINT "exams_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_exam_window_id_fkey" FOREIGN KEY ("exam_window_id") REFERENCES "exam_windows"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "classes" ADD CONSTRAINT "classes_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "class_members" ADD CONSTRAINT "class_members_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "classes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "class_members" ADD CONSTRAINT "class_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "exam_windows" ADD CONSTRAINT "exam_windows_class_id_fkey" FOREIGN KEY ("class_id") REFERENCES "classes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "exam_windows" ADD CONSTRAINT "exam_windows_exam_id_fkey" FOREIGN KEY ("exam_id") REFERENCES "exams"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "role_changes" ADD CONSTRAINT "role_changes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "role_changes" ADD CONSTRAINT "role_changes_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
