// A container's stdout/stderr as the kubelet stores it: one entry per line with
// the virtual time it was written. Partial lines wait for their newline (or the
// process exit) as containerd's CRI log writer does.
import { formatRFC3339 } from "../clock/rfc3339";

export type LogStream = "stdout" | "stderr";

export interface LogEntry {
  timeMs: number;
  stream: LogStream;
  line: string;
}

export class LogSink {
  readonly entries: LogEntry[] = [];
  private partial: Record<LogStream, string> = { stdout: "", stderr: "" };

  constructor(private readonly now: () => number) {}

  write(stream: LogStream, text: string): void {
    if (text === "") return;
    // The common write: one whole line, nothing pending (what the split below gives, without it).
    if (this.partial[stream] === "" && text.indexOf("\n") === text.length - 1) {
      this.entries.push({ timeMs: this.now(), stream, line: text.slice(0, -1) });
      return;
    }
    const lines = (this.partial[stream] + text).split("\n");
    this.partial[stream] = lines.pop()!;
    const timeMs = this.now();
    for (const line of lines) this.entries.push({ timeMs, stream, line });
  }

  /** Ends any unterminated line (the process exited). */
  flush(): void {
    for (const stream of ["stdout", "stderr"] as const) {
      if (this.partial[stream] !== "") {
        this.entries.push({ timeMs: this.now(), stream, line: this.partial[stream] });
        this.partial[stream] = "";
      }
    }
  }

  /** What `kubectl logs` prints: every line, both streams, in order. */
  text(): string {
    return this.entries.map((e) => e.line + "\n").join("");
  }
}

/** Go's time.RFC3339Nano (trailing zeros of the fraction dropped), as in CRI log files. */
export function formatRFC3339Nano(ms: number): string {
  const base = formatRFC3339(ms);
  const millis = ((ms % 1000) + 1000) % 1000;
  if (millis === 0) return base;
  return `${base.slice(0, -1)}.${String(millis).padStart(3, "0").replace(/0+$/, "")}Z`;
}

/** kubelet's timestamp for `kubectl logs --timestamps`: always nine fraction digits. */
export function formatLogTimestamp(ms: number): string {
  const millis = ((ms % 1000) + 1000) % 1000;
  return `${formatRFC3339(ms).slice(0, -1)}.${String(millis).padStart(3, "0")}000000Z`;
}
