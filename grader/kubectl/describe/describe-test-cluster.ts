// Test support: objects built through a fresh cluster (real defaults, controllers, events), then described.
import { testWorkstation, type TestWorkstation } from "../commands/write-test-io";

/** Creates the manifests, lets the cluster run `settleMs` of virtual time, and returns the workstation. */
export async function clusterWith(manifests: string, settleMs = 0): Promise<TestWorkstation> {
  const w = testWorkstation({ "manifests.yaml": manifests });
  const created = await w.kubectl("create", "-f", "manifests.yaml");
  if (created.exitCode !== 0) throw new Error(created.stderr);
  if (settleMs > 0) await w.cluster.settleAsync({ forMs: settleMs });
  return w;
}

const uidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const generatedPodPattern = /(Created pod: [a-z0-9.-]+-)[a-z0-9]{5}\b/g;

/**
 * Uids and the random suffixes of generated pod names masked with characters of the same
 * width (so columns stay aligned): they depend on the seeded PRNG's history, not on describe.
 */
export const maskRandom = (text: string): string =>
  text.replace(uidPattern, "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx").replace(generatedPodPattern, "$1xxxxx");

/** The stdout of `kubectl describe ARGS` with random parts masked, failing on any error output. */
export async function describeOutput(w: TestWorkstation, ...args: string[]): Promise<string> {
  const r = await w.kubectl("describe", ...args);
  if (r.exitCode !== 0 || r.stderr !== "") throw new Error(`describe failed (${r.exitCode}): ${r.stderr}`);
  return maskRandom(r.stdout);
}

/** Lines joined with "\n", ending with one. */
export const lines = (...text: string[]): string => text.join("\n") + "\n";
