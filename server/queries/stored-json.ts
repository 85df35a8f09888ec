// The JSON columns read back as the few fields pages show: a TaskVersion's
// definition (the grader's parsed Task) and a Grade's result (GradeResult).
// Read defensively: an old row may predate a field.

export interface CheckOutcome {
  id: string;
  name: string;
  points: number;
  passed: boolean;
  /** Empty when passed; otherwise what was expected and what was found. */
  message: string;
}

export interface CommandOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface StoredGrade {
  checks: CheckOutcome[];
  answer?: CommandOutput;
  setupError?: CommandOutput;
}

export interface TaskText {
  prompt: string;
  explanation: string;
  solution: { manifests?: string; transcript?: string };
  checks: { id: string; name: string; points: number }[];
}

const record = (v: unknown): Record<string, unknown> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const text = (v: unknown): string => (typeof v === "string" ? v : "");
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);

function output(v: unknown): CommandOutput | undefined {
  const o = record(v);
  if (!("exitCode" in o)) return undefined;
  return { exitCode: num(o.exitCode), stdout: text(o.stdout), stderr: text(o.stderr) };
}

export function taskText(definition: unknown): TaskText {
  const d = record(definition);
  const solution = record(d.solution);
  return {
    prompt: text(d.prompt),
    explanation: text(d.explanation),
    solution: {
      ...(typeof solution.manifests === "string" ? { manifests: solution.manifests } : {}),
      ...(typeof solution.transcript === "string" ? { transcript: solution.transcript } : {}),
    },
    checks: (Array.isArray(d.checks) ? d.checks : []).map((c) => {
      const r = record(c);
      return { id: text(r.id), name: text(r.name), points: num(r.points) };
    }),
  };
}

/** Only the prompt: what an open attempt may show (checks and the solution stay on the server). */
export function taskPrompt(definition: unknown): string {
  return text(record(definition).prompt);
}

export function storedGrade(result: unknown): StoredGrade {
  const r = record(result);
  return {
    checks: (Array.isArray(r.checks) ? r.checks : []).map((c) => {
      const x = record(c);
      return { id: text(x.id), name: text(x.name), points: num(x.points), passed: x.passed === true, message: text(x.message) };
    }),
    answer: output(r.answer),
    setupError: output(r.setupError),
  };
}
