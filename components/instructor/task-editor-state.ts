// What the task editor's form action answers (app/(app)/instructor/_actions/tasks.ts).

export interface TaskProblemView {
  /** The field, `checks[2].expect.kind`; "" for the whole file. */
  path: string;
  message: string;
}

export interface TaskEditorState {
  /** What the last action did, for the status line. */
  done: "none" | "saved" | "validated" | "published" | "refused";
  /** The text the action saved (a page without JavaScript shows it again). */
  yaml: string | null;
  problems: TaskProblemView[];
  /** After a validation or a publish: whether the text validates. */
  valid: boolean | null;
  message: string | null;
  /** The HTTP status a refusal would have (the authorization tests read it). */
  status: number;
  published: { slug: string; version: number; newVersion: boolean } | null;
  /** When the action ran, so the same outcome twice still reads as new. */
  at: string | null;
}

export const initialTaskEditorState: TaskEditorState = {
  done: "none",
  yaml: null,
  problems: [],
  valid: null,
  message: null,
  status: 200,
  published: null,
  at: null,
};
