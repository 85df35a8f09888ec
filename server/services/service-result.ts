// What a write service returns: its value, or a refusal a person can read with
// the HTTP status a route handler should answer (services never throw for bad input).
export type ServiceStatus = 400 | 403 | 404 | 409 | 410 | 413 | 422;

export type ServiceResult<T> = { ok: true; value: T } | { ok: false; status: ServiceStatus; message: string };

export type ServiceFailure = Extract<ServiceResult<never>, { ok: false }>;

export const succeed = <T>(value: T): ServiceResult<T> => ({ ok: true, value });

export const refuse = (status: ServiceStatus, message: string): ServiceFailure => ({ ok: false, status, message });
