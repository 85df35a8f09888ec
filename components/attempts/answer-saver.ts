// Autosave of one answer, without React: a save `delayMs` after the last
// change, one request in flight at a time (the latest text goes next), the
// server's revision carried so a second tab cannot silently overwrite, retries
// while the server is unreachable, and a state for the page to show.

export type SaveState =
  | { kind: "saved"; at: string | null }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "error"; message: string; status: number; retrying: boolean };

export interface AnswerDraft {
  form: "MANIFESTS" | "TRANSCRIPT";
  content: string;
}

// The server's limit; a bigger paste is refused here without sending it.
export const maxAnswerBytes = 1024 * 1024;
const retryMs = 3000;

const byteSize = (text: string) => (text.length > maxAnswerBytes ? text.length * 1 : new TextEncoder().encode(text).length);
const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

export interface AnswerSaverOptions {
  url: string;
  revision: number;
  savedAt: string | null;
  delayMs?: number;
  onState: (state: SaveState) => void;
  /** The attempt was closed (deadline passed, finished elsewhere): nothing more can be saved. */
  onClosed?: (message: string) => void;
  fetch?: typeof fetch;
}

export class AnswerSaver {
  private pending: AnswerDraft | null = null;
  private lastDraft: AnswerDraft | null = null;
  private lastSavedAt: string | null;
  private revision: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<boolean> | null = null;
  /** A refusal that retrying cannot fix: the attempt closed, or another tab saved. */
  private stopped = false;
  private readonly delayMs: number;

  constructor(private readonly options: AnswerSaverOptions) {
    this.revision = options.revision;
    this.lastSavedAt = options.savedAt;
    this.delayMs = options.delayMs ?? 800;
  }

  get unsaved(): boolean {
    return this.pending !== null && !this.stopped;
  }

  /** The latest text given and the server's revision of the answer, to reopen the task later in the same page. */
  snapshot(): { draft: AnswerDraft | null; revision: number; savedAt: string | null } {
    return { draft: this.lastDraft, revision: this.revision, savedAt: this.lastSavedAt };
  }

  change(draft: AnswerDraft): void {
    this.pending = draft;
    this.lastDraft = draft;
    if (this.stopped) return;
    clearTimeout(this.timer);
    const size = byteSize(draft.content);
    if (size > maxAnswerBytes) {
      this.options.onState({ kind: "error", status: 413, retrying: false, message: `This answer is ${megabytes(size)}; the limit is 1.0 MB. It was not saved.` });
      return;
    }
    if (!this.running) this.options.onState({ kind: "pending" });
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Saves what is pending now and resolves when nothing is left to save (or saving is impossible). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.running) await this.running;
    if (!this.pending || this.stopped || byteSize(this.pending.content) > maxAnswerBytes) return;
    this.running = this.saveOnce().finally(() => {
      this.running = null;
    });
    const again = await this.running;
    if (again) await this.flush();
  }

  /** Sends the pending draft from a page that is going away (keepalive: the request outlives the page). */
  sendOnExit(): void {
    const draft = this.pending;
    if (!draft || this.stopped || draft.content.length > 60_000) return; // keepalive bodies are capped at 64 KB
    this.pending = null;
    clearTimeout(this.timer);
    void (this.options.fetch ?? fetch)(this.options.url, {
      method: "PUT",
      keepalive: true,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...draft, revision: this.revision }),
    }).catch(() => undefined);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  /** One request; true when more text is waiting and should go at once. */
  private async saveOnce(): Promise<boolean> {
    const draft = this.pending!;
    this.pending = null;
    this.options.onState({ kind: "saving" });
    let response: Response;
    let body: { revision?: number; savedAt?: string; message?: string };
    try {
      response = await (this.options.fetch ?? fetch)(this.options.url, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...draft, revision: this.revision }),
      });
      body = (await response.json().catch(() => ({}))) as typeof body;
    } catch {
      this.pending ??= draft;
      this.options.onState({ kind: "error", status: 0, retrying: true, message: "The server cannot be reached: retrying… (your text stays in this page)." });
      this.timer = setTimeout(() => void this.flush(), retryMs);
      return false;
    }
    if (response.ok && typeof body.revision === "number") {
      this.revision = body.revision;
      this.lastSavedAt = body.savedAt ?? this.lastSavedAt;
      if (this.pending) return true;
      this.options.onState({ kind: "saved", at: body.savedAt ?? null });
      return false;
    }
    // Text typed meanwhile supersedes the refused draft; otherwise keep the refused one.
    this.pending ??= draft;
    const message = body.message ?? `The answer was not saved (HTTP ${response.status}).`;
    const retrying = response.status >= 500 || response.status === 429;
    if (response.status === 410) {
      this.stopped = true;
      this.options.onClosed?.(message);
    }
    if (response.status === 409) this.stopped = true;
    this.options.onState({ kind: "error", status: response.status, retrying, message });
    if (retrying) this.timer = setTimeout(() => void this.flush(), retryMs);
    return false;
  }
}
