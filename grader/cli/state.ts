// What `kubesim` keeps between invocations in its state directory: one JSON
// file with the cluster snapshot, the workstation's files and its kubeconfig
// (and, while containers run, what it needs to replay: see replay.ts).
// Written to a temporary file and renamed, so a crash never leaves half a state.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ClusterSnapshot } from "../cluster/cluster";
import type { WorkstationFiles } from "../shell/workstation-fs";
import type { KubeconfigState } from "../shell/kubeconfig";
import type { JournalEntry } from "./replay";

export const stateFileName = "kubesim-state.json";
export const stateFormat = "kubedojo.kubesim-state/v2";
/** The format before the journal: the same fields, read as a v2 state without one. */
const stateFormatV1 = "kubedojo.kubesim-state/v1";

/** The cluster and the workstation at one moment. */
export interface WorkstationSnapshot {
  cluster: ClusterSnapshot;
  files: WorkstationFiles;
  kubeconfig: KubeconfigState;
}

export interface KubesimState extends WorkstationSnapshot {
  format: typeof stateFormat;
  /** The pods the fresh cluster started with (system pods: never run by the kubelet). */
  systemPods: string[];
  /** When the snapshot above misses running containers: the last exact one and the commands since. */
  replay?: WorkstationSnapshot & { journal: JournalEntry[] };
}

/** A state directory kubesim cannot use; the message is the whole one-line explanation. */
export class StateError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function isSnapshot(data: Record<string, unknown>): boolean {
  const { cluster, files, kubeconfig } = data;
  const filesOk = isObject(files) && Object.values(files).every((v) => typeof v === "string");
  const clusterOk = isObject(cluster) && cluster.format === "kubedojo.cluster/v1" && isObject(cluster.store) && typeof cluster.clockMs === "number";
  const kubeconfigOk = isObject(kubeconfig) && typeof kubeconfig.namespace === "string" && typeof kubeconfig.currentContext === "string";
  return filesOk && clusterOk && kubeconfigOk;
}

const isJournalEntry = (e: unknown): boolean =>
  isObject(e) &&
  ((e.kind === "shell" && typeof e.script === "string") ||
    (e.kind === "kubectl" && Array.isArray(e.argv) && e.argv.every((a) => typeof a === "string") && typeof e.stdin === "string" && isObject(e.env)));

/** Checks the shape well enough that a foreign or truncated file is refused before anything runs. */
function parseState(text: string, file: string): KubesimState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StateError(`state file ${file} is corrupt (not valid JSON); run \`kubesim reset\` to start over`);
  }
  if (!isObject(data) || (data.format !== stateFormat && data.format !== stateFormatV1)) {
    throw new StateError(`${file} is not a kubesim state (expected format "${stateFormat}")`);
  }
  if (!isSnapshot(data)) {
    throw new StateError(`state file ${file} is corrupt (missing or malformed cluster, files or kubeconfig); run \`kubesim reset\` to start over`);
  }
  const { replay, systemPods } = data;
  const replayOk = replay === undefined || (isObject(replay) && isSnapshot(replay) && Array.isArray(replay.journal) && replay.journal.every(isJournalEntry));
  const systemPodsOk = systemPods === undefined || (Array.isArray(systemPods) && systemPods.every((u) => typeof u === "string"));
  if (!replayOk || !systemPodsOk) {
    throw new StateError(`state file ${file} is corrupt (malformed replay journal); run \`kubesim reset\` to start over`);
  }
  // A v1 state never had running containers replayed: its system pods are those of kube-system.
  const systemPodUids = (systemPods as string[] | undefined) ?? systemPodsOfV1(data.cluster as ClusterSnapshot);
  return { ...(data as unknown as KubesimState), format: stateFormat, systemPods: systemPodUids };
}

function systemPodsOfV1(cluster: ClusterSnapshot): string[] {
  const uids: string[] = [];
  JSON.stringify(cluster.store, (_key, value: unknown) => {
    if (isObject(value) && value.kind === "Pod" && isObject(value.metadata) && value.metadata.namespace === "kube-system") uids.push(String(value.metadata.uid));
    return value;
  });
  return uids;
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
