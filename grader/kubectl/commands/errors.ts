// How kubectl prints a failure (k8s.io/kubectl/pkg/cmd/util/helpers.go CheckErr):
// API errors as `Error from server (Reason): message`, others as `error: message`.
import { isStatusError } from "../../apiserver/errors";

export function formatKubectlError(e: unknown): string {
  if (isStatusError(e)) {
    const reason = e.status.reason;
    return reason ? `Error from server (${reason}): ${e.message}\n` : `Error from server: ${e.message}\n`;
  }
  const message = e instanceof Error ? e.message : String(e);
  return message.startsWith("error: ") ? `${message}\n` : `error: ${message}\n`;
}
