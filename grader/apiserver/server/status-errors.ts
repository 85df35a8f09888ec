// Errors the API server returns that errors.ts has no constructor for.
import { StatusError, newBadRequest, newUnknownServerError } from "../errors";

/** What a GET on a URL the server does not serve returns (a resource it does not know). */
export function newResourceNotServed(): StatusError {
  return new StatusError({
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message: "the server could not find the requested resource",
    reason: "NotFound",
    details: {},
    code: 404,
  });
}

/** rest.BeforeCreate/BeforeUpdate when the object's namespace differs from the request's (rest/create.go). */
export function newNamespaceMismatch(): StatusError {
  return newBadRequest("the namespace of the provided object does not match the namespace sent on the request");
}

/** storage.ErrResourceVersionSetOnCreate: a plain error upstream, so a 500 with reason Unknown. */
export function newResourceVersionSetOnCreate(): StatusError {
  return newUnknownServerError("resourceVersion should not be set on objects to be created");
}
