// Compose an exam from published tasks (the bank's and authored ones), with
// its duration and pass mark, and open it to a class in the same step.
import Link from "next/link";
import { PageNotice } from "@/components/feedback/PageNotice";
import { ExamForm } from "@/components/instructor/ExamForm";
import { db } from "@/server/db";
import { composableTasks, myClasses } from "@/server/queries/classes";
import { staffActor } from "../../../_auth/page-actor";
import { composeExamAction } from "../../_actions/exams";
import { utcInputValue } from "../../_actions/utc-date-time";

export const metadata = { title: "Compose an exam — Kubedojo" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ComposeExamPage({ searchParams }: { searchParams: Search }) {
  const actor = await staffActor();
  const search = await searchParams;
  const [tasks, classes] = await Promise.all([composableTasks(db(), actor), myClasses(db(), actor)]);
  const wantedClass = typeof search.classId === "string" ? search.classId : "";
  const now = new Date();
  now.setUTCSeconds(0, 0);
  const inAWeek = new Date(now.getTime() + 7 * 24 * 3600_000);
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/instructor">Instructor</Link>
          </nav>
          <h1>Compose an exam</h1>
          <p className="lead">Pick published tasks and number them in the order the exam shows them. Drafts cannot be used: publish them first.</p>
        </div>
      </header>
      <PageNotice search={search} />
      <ExamForm action={composeExamAction} tasks={tasks ?? []} submitLabel="Compose exam">
        <fieldset className="card form">
          <legend>Open it to a class (optional)</legend>
          <p className="muted">Members of the class can start it between these times, by the server&apos;s clock; an attempt ends at the exam&apos;s duration or when the window closes, whichever is first. Times are UTC.</p>
          <div className="field">
            <label htmlFor="exam-class">Class</label>
            <select id="exam-class" name="classId" defaultValue={wantedClass}>
              <option value="">Not now</option>
              {classes?.teaching.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor="exam-opens">Opens at (UTC)</label>
              <input id="exam-opens" name="opensAt" type="datetime-local" defaultValue={utcInputValue(now)} />
            </div>
            <div className="field">
              <label htmlFor="exam-closes">Closes at (UTC)</label>
              <input id="exam-closes" name="closesAt" type="datetime-local" defaultValue={utcInputValue(inAWeek)} />
            </div>
          </div>
        </fieldset>
      </ExamForm>
    </div>
  );
}
