// How kubectl prints a failure that reaches the top of a command
// (k8s.io/kubectl/pkg/cmd/util/helpers.go CheckErr): the same rules as for
// several collected errors, so `The Pod "x" is invalid: ...` reads alike everywhere.
import { formatCommandErrors } from "./check-err";

export function formatKubectlError(e: unknown): string {
  return formatCommandErrors([e]);
}
