// `kubesim`: the workstation shell and kubectl against a simulated cluster
// whose state lives in a directory between invocations.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { load as loadYaml } from "js-yaml";
import { createCluster, restoreCluster, type Cluster } from "../cluster/cluster";
import type { Topology } from "../cluster/topology";
import { Workstation, type WorkstationResult } from "../shell/workstation";
import { loadState, saveState, StateError, stateFormat, type KubesimState, type WorkstationSnapshot } from "./state";
import { podUids, replayEntry, snapshotIsExact, type JournalEntry } from "./replay";
import { defaultStateDir, usage } from "./usage";

export interface CliIO {
  cwd: string;
  /** The process environment: KUBE_EDITOR/EDITOR reach `kubesim kubectl edit` (run in the workstation shell). */
  env: Record<string, string | undefined>;
  /** All of standard input (called only when a command needs it). */
  readStdin(): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

class UsageError extends Error {}

interface ParsedOptions {
  stateDir: string;
  values: Map<string, string>;
  rest: string[];
}

/** Takes `--name VALUE` / `--name=VALUE` options (of `names`) until the first other argument. */
function takeOptions(argv: string[], names: string[], cwd: string, stopAtOther: boolean): ParsedOptions {
  const values = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = names.find((n) => arg === n || arg.startsWith(`${n}=`));
    if (!name) {
      if (stopAtOther) {
        rest.push(...argv.slice(i));
        break;
      }
      rest.push(arg);
      continue;
    }
    const value = arg === name ? argv[++i] : arg.slice(name.length + 1);
    if (value === undefined) throw new UsageError(`flag needs an argument: ${name}`);
    values.set(name, value);
  }
  return { stateDir: resolve(cwd, values.get("--state") ?? defaultStateDir), values, rest };
}

/** kubectl reads standard input only for `-f -` (and its spellings). */
function readsStdin(argv: string[]): boolean {
  return argv.some((a, i) => a === "-f-" || a === "--filename=-" || (a === "-" && ["-f", "--filename"].includes(argv[i - 1] ?? "")));
}

function readTopology(file: string): Topology {
  if (!existsSync(file)) throw new UsageError(`topology file ${file} does not exist`);
  let data: unknown;
  try {
    data = loadYaml(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(`topology file ${file} is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  const ok = typeof data === "object" && data !== null && !Array.isArray(data);
  if (!ok) throw new UsageError(`topology file ${file} must be a mapping with "nodes" and/or "extraNodes"`);
  return data as Topology;
}

interface Session {
  cluster: Cluster;
  workstation: Workstation;
  systemPods: string[];
  /** The last exact snapshot, which this session was restored from ... */
  base: WorkstationSnapshot;
  /** ... and the commands run again since. */
  journal: JournalEntry[];
}

function openWorkstation(snapshot: WorkstationSnapshot): { cluster: Cluster; workstation: Workstation } {
  const cluster = restoreCluster(snapshot.cluster);
  return { cluster, workstation: new Workstation({ cluster, files: snapshot.files, kubeconfig: snapshot.kubeconfig }) };
}

/** A fresh cluster and workstation, as a snapshot (every session starts from one, so a replay starts alike). */
function freshState(cluster: Cluster = createCluster()): KubesimState {
  const workstation = new Workstation({ cluster });
  const state: KubesimState = { format: stateFormat, cluster: cluster.snapshot(), files: workstation.files(), kubeconfig: workstation.kubeconfig, systemPods: podUids(cluster) };
  cluster.stop();
  return state;
}

/** The state of `stateDir` as the last invocation left it: restored, and replayed when containers were running. */
async function openSession(stateDir: string): Promise<Session> {
  const state = loadState(stateDir) ?? freshState();
  const base = state.replay ?? state;
  const { cluster, workstation } = openWorkstation(base);
  for (const entry of state.replay?.journal ?? []) await replayEntry(workstation, entry);
  return { cluster, workstation, systemPods: state.systemPods, base, journal: state.replay?.journal ?? [] };
}

/** Saves the session after `entry` ran: a plain snapshot when it is exact, else the journal grows by `entry`. */
function closeSession(stateDir: string, session: Session, entry: JournalEntry): void {
  const now: WorkstationSnapshot = { cluster: session.cluster.snapshot(), files: session.workstation.files(), kubeconfig: session.workstation.kubeconfig };
  const state: KubesimState = { format: stateFormat, ...now, systemPods: session.systemPods };
  if (!snapshotIsExact(session.cluster, session.systemPods)) {
    const { cluster, files, kubeconfig } = session.base;
    state.replay = { cluster, files, kubeconfig, journal: [...session.journal, entry] };
  }
  saveState(stateDir, state);
  session.cluster.stop();
}

function emit(io: CliIO, result: WorkstationResult): number {
  if (result.stdout) io.stdout(result.stdout);
  if (result.stderr) io.stderr(result.stderr);
  return result.exitCode;
}

async function shellCommand(argv: string[], io: CliIO): Promise<number> {
  const opts = takeOptions(argv, ["--state", "-c"], io.cwd, false);
  const inline = opts.values.get("-c");
  if (inline !== undefined && opts.rest.length > 0) throw new UsageError("give either FILE or -c SCRIPT, not both");
  if (opts.rest.length > 1) throw new UsageError(`unexpected arguments after ${opts.rest[0]}`);
  let script: string;
  if (inline !== undefined) script = inline;
  else if (opts.rest.length === 1) {
    const file = resolve(io.cwd, opts.rest[0]);
    if (!existsSync(file)) throw new UsageError(`script file ${opts.rest[0]} does not exist`);
    script = readFileSync(file, "utf8");
  } else script = io.readStdin();
  const session = await openSession(opts.stateDir);
  const code = emit(io, await session.workstation.run(script));
  closeSession(opts.stateDir, session, { kind: "shell", script });
  return code;
}

async function kubectlCommand(argv: string[], io: CliIO): Promise<number> {
  const opts = takeOptions(argv, ["--state"], io.cwd, true);
  const session = await openSession(opts.stateDir);
  const stdin = readsStdin(opts.rest) ? io.readStdin() : "";
  const env: Record<string, string> = {};
  for (const name of ["KUBE_EDITOR", "EDITOR"]) {
    const value = io.env[name];
    if (value) env[name] = value;
  }
  const code = emit(io, await session.workstation.kubectl(opts.rest, { stdin, env }));
  closeSession(opts.stateDir, session, { kind: "kubectl", argv: opts.rest, stdin, env });
  return code;
}

function resetCommand(argv: string[], io: CliIO): number {
  const opts = takeOptions(argv, ["--state", "--topology", "--seed"], io.cwd, false);
  if (opts.rest.length > 0) throw new UsageError(`unexpected arguments: ${opts.rest.join(" ")}`);
  const topologyFile = opts.values.get("--topology");
  const topology = topologyFile === undefined ? undefined : readTopology(resolve(io.cwd, topologyFile));
  const seedText = opts.values.get("--seed");
  const seed = seedText === undefined ? undefined : /^\d+$/.test(seedText) ? Number(seedText) : seedText;
  // A reset replaces whatever was there, so the old state is not loaded (it may be the corrupt one).
  saveState(opts.stateDir, freshState(createCluster({ topology, seed })));
  io.stdout(`kubesim: fresh cluster in ${opts.stateDir}\n`);
  return 0;
}

/** Runs `kubesim ARGV...`; returns the process exit code. */
export async function runKubesim(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "--help":
      case "-h":
      case "help":
        io.stdout(usage);
        return 0;
      case "shell":
        return await shellCommand(rest, io);
      case "kubectl":
        return await kubectlCommand(rest, io);
      case "reset":
        return resetCommand(rest, io);
      // Loaded on demand: the task format (zod) is not needed by `kubesim kubectl`.
      case "grade":
        return await (await import("./grade-command")).gradeCommand(rest, io);
      case "tasks":
        if (rest[0] === "check") return await (await import("./tasks-command")).tasksCheckCommand(rest.slice(1), io);
        throw new UsageError(`unknown tasks command "${rest[0] ?? ""}" (try: kubesim tasks check [PATH])`);
      default:
        io.stderr(command === undefined ? usage : `kubesim: unknown command "${command}"\nRun 'kubesim --help' for usage.\n`);
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`kubesim: ${e.message}\nRun 'kubesim --help' for usage.\n`);
      return 2;
    }
    if (e instanceof StateError) {
      io.stderr(`kubesim: ${e.message}\n`);
      return 1;
    }
    io.stderr(`kubesim: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
