// A class as its instructor sees it: the invite code, the exams opened to it
// with their windows, the members (50 a page, searchable: ?q= and ?page=), and
// the class's progress.
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClassMembersTable } from "@/components/classes/ClassMembersTable";
import { WindowPhaseBadge } from "@/components/classes/WindowPhaseBadge";
import { PageNotice } from "@/components/feedback/PageNotice";
import { formatDateTime } from "@/components/format";
import { DomainChart } from "@/components/progress/DomainChart";
import { DomainStanding } from "@/components/progress/DomainStanding";
import { WeakestTags } from "@/components/progress/WeakestTags";
import { db } from "@/server/db";
import { classDetail, classMembers, openableExams } from "@/server/queries/classes";
import { classProgress } from "@/server/queries/progress";
import { staffActor } from "../../../_auth/page-actor";
import { openWindowAction, removeMemberAction, renameClassAction, rescheduleWindowAction, rotateInviteCodeAction } from "../../_actions/classes";
import { utcInputValue } from "../../_actions/utc-date-time";

export const metadata = { title: "Class — Kubedojo" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InstructorClassPage({ params, searchParams }: Props) {
  const actor = await staffActor();
  const { id } = await params;
  const search = await searchParams;
  const cls = await classDetail(db(), actor, id);
  if (!cls || !cls.manages) notFound();
  const q = typeof search.q === "string" ? search.q : "";
  const pageNumber = typeof search.page === "string" && /^\d{1,6}$/.test(search.page) ? Number(search.page) : 1;
  const [exams, progress, members] = await Promise.all([
    openableExams(db(), actor),
    classProgress(db(), actor, cls.id),
    classMembers(db(), actor, cls.id, { search: q, page: pageNumber }),
  ]);
  if (!members) notFound();
  const now = new Date(cls.serverNow);
  now.setUTCSeconds(0, 0);
  const inADay = new Date(now.getTime() + 24 * 3600_000);
  const streaks = new Map(progress?.memberStreaks.map((m) => [m.userId, m.streak]));
  return (
    <div className="stack">
      <header className="page-header">
        <div>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <Link href="/instructor">Instructor</Link> <span aria-hidden="true">/</span> Classes
          </nav>
          <h1>{cls.name}</h1>
          <p className="muted">
            {cls.memberCount} member{cls.memberCount === 1 ? "" : "s"}
            {actor.role === "ADMIN" ? ` · taught by ${cls.ownerName}` : ""}
          </p>
        </div>
      </header>
      <PageNotice search={search} />

      <section className="card invite" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite code</h2>
        <p>
          <code className="invite-code invite-code-large" data-testid="invite-code">
            {cls.inviteCode}
          </code>
        </p>
        <p className="muted">
          Students sign in, open <strong>Classes → Join a class</strong> and type the code — or follow the link{" "}
          <code>/classes/join?code={cls.inviteCode}</code>.
        </p>
        <div className="actions">
          <form action={rotateInviteCodeAction}>
            <input type="hidden" name="classId" value={cls.id} />
            <button type="submit" className="button button-small">
              New code (the old one stops working)
            </button>
          </form>
          <details className="disclosure">
            <summary>Rename the class</summary>
            <form action={renameClassAction} className="inline-form">
              <input type="hidden" name="classId" value={cls.id} />
              <div className="field">
                <label htmlFor="rename">Name</label>
                <input id="rename" name="name" defaultValue={cls.name} required maxLength={120} />
              </div>
              <button type="submit" className="button button-small">
                Rename
              </button>
            </form>
          </details>
        </div>
      </section>

      <section className="card" aria-labelledby="exams-heading">
        <header className="card-header">
          <h2 id="exams-heading">Exams</h2>
          <Link href={`/instructor/exams/new?classId=${encodeURIComponent(cls.id)}`} className="button button-small">
            Compose a new exam for this class
          </Link>
        </header>
        {cls.windows.length ? (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Exam</th>
                <th scope="col">Window (UTC)</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cls.windows.map((w) => (
                <tr key={w.windowId}>
                  <td>
                    <Link href={`/instructor/classes/${cls.id}/windows/${w.windowId}`}>{w.examTitle}</Link>
                    <div className="muted small">
                      {w.durationMinutes} min · pass {w.passPercent}%
                    </div>
                  </td>
                  <td className="small">
                    {formatDateTime(w.opensAt)} → {formatDateTime(w.closesAt)}
                  </td>
                  <td>
                    <WindowPhaseBadge phase={w.phase} />
                  </td>
                  <td>
                    <details className="disclosure">
                      <summary>Change</summary>
                      <form action={rescheduleWindowAction} className="form">
                        <input type="hidden" name="classId" value={cls.id} />
                        <input type="hidden" name="windowId" value={w.windowId} />
                        <div className="field">
                          <label htmlFor={`opens-${w.windowId}`}>Opens at (UTC)</label>
                          <input id={`opens-${w.windowId}`} name="opensAt" type="datetime-local" defaultValue={utcInputValue(new Date(w.opensAt))} />
                        </div>
                        <div className="field">
                          <label htmlFor={`closes-${w.windowId}`}>Closes at (UTC)</label>
                          <input id={`closes-${w.windowId}`} name="closesAt" type="datetime-local" defaultValue={utcInputValue(new Date(w.closesAt))} />
                        </div>
                        <div className="actions">
                          <button type="submit" name="intent" value="move" className="button button-small">
                            Move the window
                          </button>
                          {w.phase !== "CLOSED" ? (
                            <button type="submit" name="intent" value="close-now" className="button button-small button-danger">
                              Close now
                            </button>
                          ) : null}
                        </div>
                      </form>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No exam is opened to this class yet.</p>
        )}
        <details className="disclosure" open={cls.windows.length === 0}>
          <summary>Open an exam to the class</summary>
          <form action={openWindowAction} className="form">
            <input type="hidden" name="classId" value={cls.id} />
            <div className="field">
              <label htmlFor="open-exam">Exam</label>
              <select id="open-exam" name="examId" required>
                {exams?.map((e) => (
                  <option key={e.examId} value={e.examId}>
                    {e.title} ({e.taskSlugs.length} tasks, {e.durationMinutes} min){e.source === "BANK" ? " · mock exam" : ""}
                  </option>
                ))}
              </select>
            </div>
            <div className="field-row">
              <div className="field">
                <label htmlFor="open-opens">Opens at (UTC)</label>
                <input id="open-opens" name="opensAt" type="datetime-local" defaultValue={utcInputValue(now)} required />
              </div>
              <div className="field">
                <label htmlFor="open-closes">Closes at (UTC)</label>
                <input id="open-closes" name="closesAt" type="datetime-local" defaultValue={utcInputValue(inADay)} required />
              </div>
            </div>
            <div>
              <button type="submit" className="button button-primary">
                Open to the class
              </button>
            </div>
          </form>
        </details>
      </section>

      <ClassMembersTable classId={cls.id} members={members} total={cls.memberCount} streaks={streaks} removeAction={removeMemberAction} />

      {progress ? (
        <section className="card" aria-labelledby="progress-heading">
          <h2 id="progress-heading">Class progress</h2>
          <p className="muted">
            Over the members&apos; practice and exams: {progress.activeMembers} of {progress.members} practised today or yesterday (UTC).
          </p>
          <DomainChart domains={progress.domains} title="The class's mean score per domain over time" numbersHref={`/instructor/classes/${encodeURIComponent(cls.id)}/progress#numbers-heading`} />
          <h3>Per domain</h3>
          <DomainStanding domains={progress.domains} />
          <h3>Weakest topics</h3>
          <WeakestTags tags={progress.weakestTags} empty="Nothing graded yet, or every topic tried is mastered." />
          <p>
            <Link href={`/instructor/classes/${encodeURIComponent(cls.id)}/progress`}>Every member&apos;s streak, and the chart&apos;s numbers day by day →</Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
