// `kubectl top pod|node`: the simulation serves no metrics.k8s.io group, so
// kubectl stops as it does when metrics-server is not installed
// (kubectl pkg/cmd/top/top_pod.go, top_node.go: SupportedMetricsAPIVersionAvailable).
import type { CommandHandler } from "./command";

export const metricsApiNotAvailable = "error: Metrics API not available\n";

export const topCommand: CommandHandler = () => ({ stdout: "", stderr: metricsApiNotAvailable, exitCode: 1 });
