// `connectivity`: a TCP connection from a pod (or a fresh busybox) to
// host:port must succeed or fail. The network model opens it, injected as ctx.connect.
import { failed, passed, type AssertionOutcome, type CheckContext, type ConnectivitySource } from "./check-context";
import type { ConnectivityAssertion } from "./check-schema";
import { defaultNamespace } from "./select-objects";

export const connectivityUnavailableText =
  "connectivity checks need the cluster network model, which this grader run does not provide";

export async function runConnectivityCheck(assertion: ConnectivityAssertion, ctx: CheckContext): Promise<AssertionOutcome> {
  if (!ctx.connect) return failed(connectivityUnavailableText);
  const from: ConnectivitySource = {
    namespace: assertion.from.namespace ?? defaultNamespace,
    ...(assertion.from.pod !== undefined ? { pod: assertion.from.pod } : {}),
    ...(assertion.from.labels !== undefined ? { labels: assertion.from.labels } : {}),
  };
  const connected = await ctx.connect(from, assertion.host, assertion.port);
  const wanted = assertion.expect === "succeeds";
  if (connected === wanted) return passed;
  const client = from.pod !== undefined ? `pod ${JSON.stringify(from.pod)}` : "a new busybox pod";
  const target = `${assertion.host}:${assertion.port}`;
  return failed(
    `connection from ${client} in namespace ${JSON.stringify(from.namespace)} to ${target}: expected it to ${wanted ? "succeed" : "fail"}, it ${connected ? "succeeded" : "failed"}`,
  );
}
