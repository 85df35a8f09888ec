// What `kubesim` keeps between invocations in its state directory: one JSON
// file with the cluster snapshot, the workstation's files and its kubeconfig.
// Written to a temporary file and renamed, so a crash never leaves half a state.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ClusterSnapshot } from "../cluster/cluster";
import type { WorkstationFiles } from "../shell/workstation-fs";
import type { KubeconfigState } from "../shell/kubeconfig";

export const stateFileName = "kubesim-state.json";
export const stateFormat = "kubedojo.kubesim-state/v1";

export interface KubesimState {
  format: typeof stateFormat;
  cluster: ClusterSnapshot;
  files: WorkstationFiles;
  kubeconfig: KubeconfigState;
}

/** A state directory kubesim cannot use; the message is the whole one-line explanation. */
export class StateError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks the shape well enough that a foreign or truncated file is refused before anything runs. */
function parseState(text: string, file: string): KubesimState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StateError(`state file ${file} is corrupt (not valid JSON); run \`kubesim reset\` to start over`);
  }
  if (!isObject(data) || data.format !== stateFormat) {
    throw new StateError(`${file} is not a kubesim state (expected format "${stateFormat}")`);
  }
  const { cluster, files, kubeconfig } = data;
  const filesOk = isObject(files) && Object.values(files).every((v) => typeof v === "string");
  const clusterOk = isObject(cluster) && cluster.format === "kubedojo.cluster/v1" && isObject(cluster.store) && typeof cluster.clockMs === "number";
  const kubeconfigOk = isObject(kubeconfig) && typeof kubeconfig.namespace === "string" && typeof kubeconfig.currentContext === "string";
  if (!filesOk || !clusterOk || !kubeconfigOk) {
    throw new StateError(`state file ${file} is corrupt (missing or malformed cluster, files or kubeconfig); run \`kubesim reset\` to start over`);
  }
  return data as unknown as KubesimState;
}

/** The saved state of `dir`; undefined when the directory is missing or empty (start fresh). */
export function loadState(dir: string): KubesimState | undefined {
  if (!existsSync(dir)) return undefined;
  if (!statSync(dir).isDirectory()) throw new StateError(`state path ${dir} is not a directory`);
  const file = join(dir, stateFileName);
  if (!existsSync(file)) {
    const others = readdirSync(dir).filter((name) => !name.startsWith(`${stateFileName}.tmp`));
    if (others.length === 0) return undefined;
    throw new StateError(`state directory ${dir} is not empty and holds no ${stateFileName}; use an empty directory`);
  }
  return parseState(readFileSync(file, "utf8"), file);
}

/** Saves the state atomically: a temporary file in the same directory, then a rename over the old one. */
export function saveState(dir: string, state: KubesimState): void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, stateFileName);
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}
