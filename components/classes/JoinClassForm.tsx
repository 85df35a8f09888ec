// Join a class with the invite code the instructor shared (`ABCDE-FGHJK`;
// case, dashes and spaces do not matter).
export function JoinClassForm({ action, code }: { action: (form: FormData) => Promise<void>; code?: string }) {
  return (
    <form action={action} className="inline-form" aria-label="Join a class">
      <div className="field">
        <label htmlFor="invite-code">Invite code</label>
        <input
          id="invite-code"
          name="code"
          required
          maxLength={40}
          defaultValue={code}
          placeholder="ABCDE-FGHJK"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="invite-code-input"
        />
      </div>
      <button type="submit" className="button button-primary">
        Join
      </button>
    </form>
  );
}
