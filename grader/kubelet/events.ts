// The kubelet's event reasons and messages (pkg/kubelet/events/event.go and
// the places that record them), as a v1.34 kubelet writes them.
import { goDuration } from "./backoff";

export const reasons = {
  pulling: "Pulling",
  pulled: "Pulled",
  failed: "Failed",
  backOff: "BackOff",
  created: "Created",
  started: "Started",
  killing: "Killing",
  unhealthy: "Unhealthy",
  failedMount: "FailedMount",
  inspectFailed: "InspectFailed",
  failedPostStartHook: "FailedPostStartHook",
  failedPreStopHook: "FailedPreStopHook",
} as const;

export const messages = {
  pulling: (image: string) => `Pulling image "${image}"`,
  pulled: (image: string, ms: number, bytes: number) =>
    `Successfully pulled image "${image}" in ${goDuration(ms)} (${goDuration(ms)} including waiting). Image size: ${bytes} bytes.`,
  alreadyPresent: (image: string) => `Container image "${image}" already present on machine and can be accessed by the pod`,
  neverPull: (image: string) => `Container image "${image}" is not present with pull policy of Never`,
  failedPull: (image: string, err: string) => `Failed to pull image "${image}": ${err}`,
  backOffPull: (image: string) => `Back-off pulling image "${image}"`,
  error: (err: string) => `Error: ${err}`,
  created: () => "Container created",
  started: () => "Container started",
  stopping: (container: string) => `Stopping container ${container}`,
  backOffRestart: (container: string, pod: string) => `Back-off restarting failed container ${container} in pod ${pod}`,
  probeKill: (container: string, probe: "liveness" | "startup") => `Container ${container} failed ${probe} probe, will be restarted`,
  probeFailed: (probe: string, output: string) => `${probe} probe failed: ${output}`,
  mountFailed: (volume: string, err: string) => `MountVolume.SetUp failed for volume "${volume}" : ${err}`,
};

/** `name_namespace(uid)`, the kubelet's format.Pod. */
export function formatPod(pod: { metadata: { name?: string; namespace?: string; uid?: string } }): string {
  return `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
}
