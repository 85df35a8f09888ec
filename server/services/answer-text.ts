// What the server accepts as the text of an answer or a notepad.
//
// Invalid UTF-8: a browser's fetch always sends valid UTF-8, and Next decodes a
// request body with U+FFFD in place of any invalid byte, so by the time text
// reaches a service the damage is a U+FFFD (or, through a JSON "\ud800"
// escape, a lone surrogate that Postgres could not store). Both are refused
// with a message instead of being stored silently mangled: a Kubernetes
// manifest or a shell command never needs U+FFFD, and the candidate keeps the
// text in the editor to fix. NUL is refused too (Postgres text cannot hold it).
import { refuse, type ServiceFailure } from "./service-result";

export const maxAnswerBytes = 1024 * 1024;
export const maxNotepadBytes = 64 * 1024;

// Half of a surrogate pair without the other half: not a character (String.isWellFormed is ES2024).
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
const kilobytes = (bytes: number): string => `${Math.round(bytes / 1024)} KB`;
const size = (bytes: number): string => (bytes >= 1024 * 1024 ? megabytes(bytes) : kilobytes(bytes));

/** Refuses text that is not a string, too large, or not valid text; `what` names it in the message ("This answer"). */
export function checkText(text: unknown, what: string, maxBytes: number): ServiceFailure | undefined {
  if (typeof text !== "string") return refuse(400, `${what} must be text.`);
  // A UTF-16 length over the limit is already too many bytes: refused without encoding 20 MB.
  const bytes = text.length > maxBytes ? text.length : Buffer.byteLength(text, "utf8");
  if (bytes > maxBytes) {
    return refuse(413, `${what} is ${size(bytes)}; the limit is ${size(maxBytes)}. Keep only what the task needs and save again.`);
  }
  if (text.includes("\u0000")) return refuse(422, `${what} contains a NUL character, which is not text. Remove it and save again.`);
  if (text.includes("\uFFFD") || loneSurrogate.test(text)) {
    return refuse(
      422,
      `${what} contains bytes that are not valid UTF-8 (shown as \uFFFD). Remove or retype those characters and save again.`,
    );
  }
  return undefined;
}
