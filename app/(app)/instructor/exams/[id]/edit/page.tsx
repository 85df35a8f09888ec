// Editing an exam with the form that composed it: title, duration, pass mark,
// tasks and their order. Saving makes a new version (the service's rule):
// attempts in progress keep theirs. Its author (or an admin) only.
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageNotice } from "@/components/feedback/PageNotice";
import { ExamForm } from "@/components/instructor/ExamForm";
import { db } from "@/server/db";
import { authoredExam } from "@/server/queries/authored-exams";
import { composableTasks } from "@/server/queries/classes";
import { staffActor } from "../../../../_auth/page-actor";
import { updateExamAction } from "../../../_actions/exams";

export const metadata = { title: "Edit an exam — Kubedojo" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditExamPage({ params, searchParams }: Props) {
  const actor = await staffActor();
  const { id } = await params;
  const [exam, tasks] = await Promise.all([authoredExam(db(), actor, id), composableTasks(db(), actor)]);
  if (!exam) notFound();
  const examHref = `/instructor/exams/${encodeURIComponent(exam.examId)}`;
  const running = exam.versions.reduce((n, v) => n + v.openAttempts, 0);
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/instructor">Instructor</Link> <span aria-hidden="true">/</span> <Link href={examHref}>{exam.title}</Link>
          </nav>
          <h1>Edit the exam</h1>
          <p className="lead">
            Saving makes a new version of the exam for attempts started from now on
            {running ? `; the ${running} attempt${running === 1 ? "" : "s"} in progress keep the version they started with` : ""}. Tasks take their latest
            published version.
          </p>
        </div>
      </header>
      <PageNotice search={await searchParams} />
      <ExamForm
        action={updateExamAction}
        tasks={tasks ?? []}
        values={{ title: exam.title, durationMinutes: exam.durationMinutes, passPercent: exam.passPercent, taskSlugs: exam.tasks.map((t) => t.slug) }}
        unusable={exam.tasks.filter((t) => !t.usable).map((t) => ({ slug: t.slug, title: t.title }))}
        hidden={{ examId: exam.examId }}
        submitLabel="Save the exam"
      />
      <p>
        <Link href={examHref}>Cancel</Link>
      </p>
    </div>
  );
}
