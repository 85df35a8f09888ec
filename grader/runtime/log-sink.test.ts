import { describe, expect, it } from "vitest";
import { LogSink, type LogEntry, type LogStream } from "./log-sink";

/** The sink's rule written plainly: split what is pending plus the text at newlines; the last piece waits. */
function reference(writes: Array<[LogStream, string, number]>): LogEntry[] {
  const out: LogEntry[] = [];
  const partial: Record<LogStream, string> = { stdout: "", stderr: "" };
  for (const [stream, text, timeMs] of writes) {
    if (text === "") continue;
    const lines = (partial[stream] + text).split("\n");
    partial[stream] = lines.pop()!;
    for (const line of lines) out.push({ timeMs, stream, line });
  }
  return out;
}

describe("LogSink", () => {
  it("cuts lines as the plain split does, whole-line writes included", () => {
    const writes: Array<[LogStream, string, number]> = [
      ["stdout", "one\n", 1],
      ["stdout", "\n", 2],
      ["stderr", "err", 3],
      ["stdout", "two\n", 4],
      ["stderr", " continued\n", 5],
      ["stdout", "a\nb\n", 6],
      ["stdout", "tail", 7],
      ["stdout", "\n", 8],
      ["stderr", "x\ny", 9],
      ["stderr", "\n", 10],
      ["stdout", "", 11],
    ];
    let now = 0;
    const sink = new LogSink(() => now);
    for (const [stream, text, t] of writes) {
      now = t;
      sink.write(stream, text);
    }
    expect(sink.entries).toEqual(reference(writes));
    expect(sink.entries.map((e) => e.line)).toEqual(["one", "", "two", "err continued", "a", "b", "tail", "x", "y"]);
  });
});
