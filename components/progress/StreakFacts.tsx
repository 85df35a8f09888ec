// Days in a row with a graded submission (UTC days: the same for every user, whatever their browser's zone).
import type { Streak } from "@/server/queries/progress";

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

export function StreakFacts({ streak, graded }: { streak: Streak; graded: number }) {
  return (
    <dl className="facts streak" data-testid="streak">
      <div>
        <dt>Current streak</dt>
        <dd>{days(streak.current)}</dd>
      </div>
      <div>
        <dt>Longest streak</dt>
        <dd>{days(streak.longest)}</dd>
      </div>
      <div>
        <dt>Last practised</dt>
        <dd>{streak.lastDay ?? "—"}</dd>
      </div>
      <div>
        <dt>Graded (90 days)</dt>
        <dd>{graded}</dd>
      </div>
    </dl>
  );
}
