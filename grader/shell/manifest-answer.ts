// A manifests answer on the workstation: written to a file, then
// `kubectl apply -f FILE`, so kubectl's messages name the file as they would
// on a real workstation. Two ways give the same result (manifest-answer.test.ts
// compares them): through the shell, as typed, or directly (no just-bash run,
// which costs about a millisecond each), used whenever the direct write works.
import type { Workstation, WorkstationResult } from "./workstation";

// Beyond this size the shell's own bounds (output, filesystem) may have a say: leave such answers to it.
const directWriteMaxChars = 1_000_000;

export async function applyManifestsThroughShell(ws: Workstation, manifests: string, path: string): Promise<WorkstationResult> {
  const written = await ws.run(`cat > ${path}`, { stdin: manifests });
  if (written.exitCode !== 0) return written;
  return ws.run(`kubectl apply -f ${path}`);
}

export async function applyManifests(ws: Workstation, manifests: string, path: string): Promise<WorkstationResult> {
  if (manifests.length <= directWriteMaxChars && ws.writeTextFile(path, manifests)) return ws.kubectl(["apply", "-f", path]);
  return applyManifestsThroughShell(ws, manifests, path);
}
