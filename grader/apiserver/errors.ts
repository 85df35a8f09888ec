// API errors as values carrying upstream's metav1.Status, so kubectl can print
// `Error from server (NotFound): pods "x" not found` byte for byte.
// Wording follows k8s.io/apimachinery/pkg/api/errors/errors.go and
// k8s.io/apimachinery/pkg/util/validation/field/errors.go (v0.34).

export type StatusReason =
  | "" // StatusReasonUnknown: kubectl prints `Error from server: <message>`
  | "BadRequest"
  | "Unauthorized"
  | "Forbidden"
  | "NotFound"
  | "AlreadyExists"
  | "Conflict"
  | "Gone"
  | "Invalid"
  | "ServerTimeout"
  | "Timeout"
  | "TooManyRequests"
  | "MethodNotAllowed"
  | "NotAcceptable"
  | "RequestEntityTooLarge"
  | "UnsupportedMediaType"
  | "InternalError"
  | "Expired"
  | "ServiceUnavailable";

export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

export interface Status {
  kind: "Status";
  apiVersion: "v1";
  metadata: Record<string, never>;
  status: "Failure";
  message: string;
  reason: StatusReason;
  details?: StatusDetails;
  code: number;
}

/** Thrown by every API call that fails; `status` is what a real API server would return. */
export class StatusError extends Error {
  readonly status: Status;
  constructor(status: Status) {
    super(status.message);
    this.name = "StatusError";
    this.status = status;
  }
  get reason(): StatusReason {
    return this.status.reason;
  }
  get code(): number {
    return this.status.code;
  }
}

export function isStatusError(e: unknown): e is StatusError {
  return e instanceof StatusError;
}

export function isNotFound(e: unknown): boolean {
  return isStatusError(e) && e.reason === "NotFound";
}

export function isAlreadyExists(e: unknown): boolean {
  return isStatusError(e) && e.reason === "AlreadyExists";
}

// ---------------------------------------------------------------------------
// Field errors (field.Error)

export type FieldErrorType =
  | "FieldValueNotFound"
  | "FieldValueRequired"
  | "FieldValueDuplicate"
  | "FieldValueInvalid"
  | "FieldValueNotSupported"
  | "FieldValueForbidden"
  | "FieldValueTooLong"
  | "FieldValueTooMany"
  | "InternalError"
  | "FieldValueTypeInvalid";

const fieldErrorTypeText: Record<FieldErrorType, string> = {
  FieldValueNotFound: "Not found",
  FieldValueRequired: "Required value",
  FieldValueDuplicate: "Duplicate value",
  FieldValueInvalid: "Invalid value",
  FieldValueNotSupported: "Unsupported value",
  FieldValueForbidden: "Forbidden",
  FieldValueTooLong: "Too long",
  FieldValueTooMany: "Too many",
  InternalError: "Internal error",
  FieldValueTypeInvalid: "Invalid value",
};

/** Marks a field error whose bad value is not printed (field.OmitValueType). */
export const omitValue = Symbol("omitValue");

export interface FieldError {
  type: FieldErrorType;
  /** Path as upstream prints it: `spec.containers[0].image`, `metadata.labels`. */
  field: string;
  badValue?: unknown;
  detail?: string;
}

/** The text after `field: ` — field.Error.ErrorBody(). */
export function fieldErrorBody(e: FieldError): string {
  const typeText = fieldErrorTypeText[e.type];
  let s: string;
  if (
    e.type === "FieldValueRequired" ||
    e.type === "FieldValueForbidden" ||
    e.type === "FieldValueTooLong" ||
    e.type === "InternalError" ||
    e.badValue === omitValue
  ) {
    s = typeText;
  } else {
    s = `${typeText}: ${formatBadValue(e.badValue)}`;
  }
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

/** field.Error.Error(): `spec.containers[0].image: Required value`. */
export function fieldErrorText(e: FieldError): string {
  return `${e.field}: ${fieldErrorBody(e)}`;
}

// Go prints strings with %q, numbers and booleans with %v; other values fall
// back to a Go-syntax dump. JSON is the closest readable form for those.
function formatBadValue(v: unknown): string {
  if (typeof v === "string") return goQuote(v);
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v === null || v === undefined) return "null";
  return JSON.stringify(v);
}

/** Go's %q for a string: double quotes, escapes as strconv.Quote does. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + '"';
}

export const fieldErrors = {
  required: (field: string, detail?: string): FieldError => ({ type: "FieldValueRequired", field, detail }),
  invalid: (field: string, badValue: unknown, detail?: string): FieldError => ({
    type: "FieldValueInvalid",
    field,
    badValue,
    detail,
  }),
  notSupported: (field: string, badValue: unknown, supported: string[]): FieldError => ({
    type: "FieldValueNotSupported",
    field,
    badValue,
    detail: supported.length ? `supported values: ${supported.map(goQuote).join(", ")}` : undefined,
  }),
  duplicate: (field: string, badValue: unknown): FieldError => ({ type: "FieldValueDuplicate", field, badValue }),
  forbidden: (field: string, detail: string): FieldError => ({ type: "FieldValueForbidden", field, detail }),
  tooLong: (field: string, badValue: unknown, maxLength: number): FieldError => ({
    type: "FieldValueTooLong",
    field,
    badValue,
    detail: `may not be more than ${maxLength} bytes`,
  }),
  tooMany: (field: string, actual: number, max: number): FieldError => ({
    type: "FieldValueTooMany",
    field,
    badValue: actual,
    detail: `must have at most ${max} items`,
  }),
  notFound: (field: string, badValue: unknown): FieldError => ({ type: "FieldValueNotFound", field, badValue }),
  typeInvalid: (field: string, badValue: unknown, detail: string): FieldError => ({
    type: "FieldValueTypeInvalid",
    field,
    badValue,
    detail,
  }),
};

/** utilerrors.NewAggregate(...).Error(): one message alone, several as `[a, b]`, duplicates dropped. */
export function aggregateText(messages: string[]): string {
  const seen = new Set<string>();
  const unique = messages.filter((m) => (seen.has(m) ? false : (seen.add(m), true)));
  if (unique.length === 1) return unique[0];
  return `[${unique.join(", ")}]`;
}

// ---------------------------------------------------------------------------
// Constructors, as apimachinery's errors.NewXxx

/** A GroupResource printed as upstream: `pods`, `deployments.apps`. */
export function qualifiedResource(group: string, resource: string): string {
  return group ? `${resource}.${group}` : resource;
}

/** A GroupKind printed as upstream: `Pod`, `Deployment.apps`. */
export function qualifiedKind(group: string, kind: string): string {
  return group ? `${kind}.${group}` : kind;
}

function status(code: number, reason: StatusReason, message: string, details?: StatusDetails): StatusError {
  return new StatusError({
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message,
    reason,
    details,
    code,
  });
}

export function newNotFound(group: string, resource: string, name: string): StatusError {
  return status(404, "NotFound", `${qualifiedResource(group, resource)} ${goQuote(name)} not found`, {
    name,
    group: group || undefined,
    kind: resource,
  });
}

export function newAlreadyExists(group: string, resource: string, name: string): StatusError {
  return status(409, "AlreadyExists", `${qualifiedResource(group, resource)} ${goQuote(name)} already exists`, {
    name,
    group: group || undefined,
    kind: resource,
  });
}

export function newConflict(group: string, resource: string, name: string, cause: string): StatusError {
  return status(
    409,
    "Conflict",
    `Operation cannot be fulfilled on ${qualifiedResource(group, resource)} ${goQuote(name)}: ${cause}`,
    { name, group: group || undefined, kind: resource },
  );
}

/** The message of an optimistic-concurrency conflict (registry/generic/registry/store.go). */
export const conflictModifiedText =
  "the object has been modified; please apply your changes to the latest version and try again";

export function newForbidden(group: string, resource: string, name: string, reason: string): StatusError {
  const qr = qualifiedResource(group, resource);
  const message = name ? `${qr} ${goQuote(name)} is forbidden: ${reason}` : `${qr} is forbidden: ${reason}`;
  return status(403, "Forbidden", message, { name: name || undefined, group: group || undefined, kind: resource });
}

export function newInvalid(group: string, kind: string, name: string, errs: FieldError[]): StatusError {
  const qk = qualifiedKind(group, kind);
  const causes = errs.map((e) => ({ reason: e.type, message: fieldErrorBody(e), field: e.field }));
  const message = errs.length
    ? `${qk} ${goQuote(name)} is invalid: ${aggregateText(errs.map(fieldErrorText))}`
    : `${qk} ${goQuote(name)} is invalid`;
  return status(422, "Invalid", message, { name, group: group || undefined, kind, causes });
}

export function newBadRequest(message: string): StatusError {
  return status(400, "BadRequest", message);
}

export function newMethodNotSupported(group: string, resource: string, action: string): StatusError {
  return status(
    405,
    "MethodNotAllowed",
    `${action} is not supported on resources of kind ${goQuote(qualifiedResource(group, resource))}`,
    { group: group || undefined, kind: resource },
  );
}

export function newRequestEntityTooLarge(message: string): StatusError {
  return status(413, "RequestEntityTooLarge", `Request entity too large: ${message}`);
}

/** A plain (non-API) error that reached the REST handler: a 500 with reason Unknown, printed by kubectl as `Error from server: <message>`. */
export function newUnknownServerError(message: string): StatusError {
  return status(500, "", message);
}

export function newInternalError(message: string): StatusError {
  return status(500, "InternalError", `Internal error occurred: ${message}`, {
    causes: [{ message }],
  });
}
