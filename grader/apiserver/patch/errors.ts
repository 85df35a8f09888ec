// How the API server reports a failed patch (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/patch.go).
import { StatusError } from "../errors";

/**
 * errors.NewGenericServerResponse(422, "", GroupResource{}, "", ...): the text of the
 * underlying json-patch error is dropped, only this generic sentence is returned.
 */
export const unprocessablePatchText = "the server rejected our request due to an error in our request";

export function newUnprocessablePatch(): StatusError {
  return new StatusError({
    kind: "Status",
    apiVersion: "v1",
    metadata: {},
    status: "Failure",
    message: unprocessablePatchText,
    reason: "Invalid",
    details: {},
    code: 422,
  });
}

/** An error raised inside strategic merge; `kind` says how the API server maps it (interpretStrategicMergePatchError). */
export class StrategicMergeError extends Error {
  constructor(
    message: string,
    readonly kind: "badRequest" | "unprocessable" | "unknown" = "unknown",
  ) {
    super(message);
    this.name = "StrategicMergeError";
  }
}

// mergepatch/errors.go
export const errBadJSONDoc = () => new StrategicMergeError("invalid JSON document", "badRequest");
export const errNoListOfLists = () => new StrategicMergeError("lists of lists are not supported", "unprocessable");
export const errBadPatchFormatForPrimitiveList = () =>
  new StrategicMergeError("invalid patch format of primitive list", "badRequest");
export const errBadPatchFormatForRetainKeys = () => new StrategicMergeError("invalid patch format of retainKeys", "badRequest");
export const errBadPatchFormatForSetElementOrderList = () =>
  new StrategicMergeError("invalid patch format of setElementOrder list", "badRequest");
