import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ExamRunner } from "@/components/attempts/ExamRunner";
import { PracticeRunner } from "@/components/attempts/PracticeRunner";
import { DifficultyBadge } from "@/components/catalog/badges";
import { CurrentNavSection } from "@/components/layout/CurrentNavSection";
import { Markdown } from "@/components/markdown/Markdown";
import { TaskResultCard } from "@/components/results/TaskResultCard";
import { currentUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { attemptResults } from "@/server/queries/attempt-results";
import { attemptForRunner } from "@/server/queries/attempt-runner";

export const metadata = { title: "Attempt — Kubedojo" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AttemptPage({ params, searchParams }: Props) {
  const user = (await currentUser())!;
  const { id } = await params;
  const attempt = await attemptForRunner(db(), user.id, id);
  if (!attempt || attempt.tasks.length === 0) notFound();

  if (attempt.mode === "EXAM") {
    if (attempt.status === "CLOSED") redirect(`/attempts/${encodeURIComponent(attempt.id)}/results`);
    const wanted = Number((await searchParams).task);
    const initialIndex = Number.isInteger(wanted) && wanted >= 1 ? wanted - 1 : 0;
    return (
      <>
        <CurrentNavSection href="/exams" />
        <ExamRunner
          attemptId={attempt.id}
          title={attempt.title}
          deadline={attempt.deadline!}
          serverNow={attempt.serverNow}
          notepad={attempt.notepad}
          initialIndex={initialIndex}
          tasks={attempt.tasks.map(({ prompt: _prompt, slug: _slug, ...t }) => t)}
          prompts={attempt.tasks.map((t) => (
            <Markdown key={t.taskVersionId} text={t.prompt} />
          ))}
        />
      </>
    );
  }

  const task = attempt.tasks[0];
  const lookup = await attemptResults(db(), user.id, attempt.id);
  const result = lookup.found && !lookup.open ? lookup.results.tasks[0] : undefined;
  const finished = result?.state === "DONE" || result?.state === "FAILED";
  return (
    <>
      <CurrentNavSection href="/tasks" />
      <PracticeRunner
        attemptId={attempt.id}
        taskVersionId={task.taskVersionId}
        answer={task.answer}
        header={
          <header className="page-header practice-header">
            <div>
              <nav aria-label="Breadcrumb" className="breadcrumb">
                <Link href="/tasks">Tasks</Link> <span aria-hidden="true">/</span> <Link href={`/tasks/${task.slug}`}>{task.domain}</Link>
              </nav>
              <h1>{task.title}</h1>
              <p className="task-meta">
                <DifficultyBadge difficulty={task.difficulty} />
                <span className="badge badge-neutral">Practice · untimed · about {task.suggestedMinutes} min</span>
              </p>
            </div>
          </header>
        }
        prompt={<Markdown text={task.prompt} />}
        latestSubmission={result?.submissionId ? { id: result.submissionId, finished } : null}
        result={result && finished ? <TaskResultCard task={result} showWeight={false} /> : null}
      />
    </>
  );
}
