// How the user appears on public leaderboards: anonymous (the default) or by
// a display name of their choosing. A plain form: works without JavaScript.
import type { BoardProfile } from "@/server/services/profile";

export function BoardIdentityForm({ profile, action, back }: { profile: BoardProfile; action: (form: FormData) => Promise<void>; back: string }) {
  const named = profile.boardIdentity === "DISPLAY_NAME";
  return (
    <form action={action} className="card form board-identity" aria-labelledby="board-identity-heading">
      <h2 id="board-identity-heading">How you appear on public boards</h2>
      <input type="hidden" name="back" value={back} />
      <fieldset className="radio-group">
        <legend className="sr-only">Your name on public boards</legend>
        <label className="check-label">
          <input type="radio" name="boardIdentity" value="ANONYMOUS" defaultChecked={!named} />
          <span>Anonymous</span>
        </label>
        <label className="check-label">
          <input type="radio" name="boardIdentity" value="DISPLAY_NAME" defaultChecked={named} />
          <span>By a display name</span>
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="display-name">Display name</label>
        <input id="display-name" name="displayName" maxLength={40} defaultValue={profile.displayName ?? ""} placeholder="kube-ninja" aria-describedby="display-name-help" />
        <p id="display-name-help" className="muted small">
          2–40 letters, digits, spaces, dots, dashes or apostrophes. Your class&apos;s instructor always sees your real name on the class board.
        </p>
      </div>
      <div>
        <button type="submit" className="button">
          Save
        </button>
      </div>
    </form>
  );
}
