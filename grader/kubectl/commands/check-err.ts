// kubectl's error printing for commands that collect several errors
// (k8s.io/kubectl/pkg/cmd/util/helpers.go checkErr, MultipleErrors,
// AddSourceToErr): Invalid errors as `The Pod "x" is invalid: ...`, API errors
// as `Error from server (Reason): ...`, others as `error: ...`.
import { isStatusError, StatusError } from "../../apiserver/errors";

/** AddSourceToErr: `error when creating "x.yaml": <message>`, keeping an API error's reason. */
export function addSourceToErr(verb: string, source: string, err: unknown): unknown {
  if (!source) return err;
  if (isStatusError(err)) {
    return new StatusError({ ...err.status, message: `error when ${verb} "${source}": ${err.status.message}` });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new Error(`error when ${verb} "${source}": ${message}`);
}

/** StandardErrorMessage, or the plain text (messageForError). */
function messageForError(err: unknown): string {
  if (isStatusError(err)) {
    const reason = err.status.reason;
    return reason ? `Error from server (${reason}): ${err.status.message}` : `Error from server: ${err.status.message}`;
  }
  return err instanceof Error ? err.message : String(err);
}

// statusCausesToAggrError + MultilineError.
function invalidText(err: StatusError): string {
  const details = err.status.details;
  let s = "The request is invalid";
  if (!details) return err.status.message ? `${s}: ${err.status.message}\n` : `${s}\n`;
  const causes = details.causes ?? [];
  if (details.kind || details.name) s = `The ${details.kind ?? ""} "${details.name ?? ""}" is invalid`;
  else if (err.status.message && causes.length === 0) s += `: ${err.status.message}`;
  const messages = [...new Set(causes.map((c) => `${c.field ?? ""}: ${c.message ?? ""}`))];
  if (messages.length === 0) return `${s}\n`;
  if (messages.length === 1) return `${s}: ${messages[0]}\n`;
  return `${s}: \n${messages.map((m) => `* ${m}\n`).join("")}`;
}

/** What checkErr writes to stderr for the errors of a command (none → ""). */
export function formatCommandErrors(errs: unknown[]): string {
  if (errs.length === 0) return "";
  if (errs.length > 1) return errs.map((e) => `${messageForError(e)}\n`).join("");
  const err = errs[0];
  if (isStatusError(err) && err.status.reason === "Invalid") return invalidText(err);
  const message = messageForError(err);
  if (isStatusError(err)) return `${message}\n`;
  // fatal() ends the text with a newline unless it has one (jsonpath's parse errors do).
  const text = message.startsWith("error: ") ? message : `error: ${message}`;
  return text.endsWith("\n") ? text : `${text}\n`;
}
