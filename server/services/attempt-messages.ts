// The words of attempt refusals, shared by the services (and by tests that check them).

/** A time as the candidate reads it in a refusal: `14:02:00 UTC`. */
export function clockTime(at: Date): string {
  return `${at.toISOString().slice(11, 19)} UTC`;
}

// Another user's attempt reads exactly like one that does not exist.
export const attemptNotFound = "This attempt does not exist.";
export const taskNotInAttempt = "This task is not part of this attempt.";

export const examEnded = (deadline: Date, what: string): string => `The exam ended at ${clockTime(deadline)}; ${what} was not saved.`;
export const attemptFinished = (closedAt: Date, what: string): string =>
  `This attempt was finished at ${clockTime(closedAt)}; ${what} was not saved.`;
export const staleRevision = (current: number, yours: number): string =>
  `This answer was changed in another tab or window (it is at revision ${current}, this page had revision ${yours}). Reload to continue from the latest version.`;
