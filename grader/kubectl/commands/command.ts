// What a kubectl command is given and returns. One command per file in
// commands/, registered by its canonical path in commands/registry.ts.
import type { Cluster } from "../../cluster/cluster";
import type { ParsedCommand } from "../parse-args";
import type { KubeconfigState } from "../../shell/kubeconfig";

export interface KubectlIO {
  /** The cluster the current context points at. */
  cluster: Cluster;
  /** The namespace of the current context (`kubectl config set-context --current --namespace`), default "default". */
  namespace: string;
  /** What `-f -` reads. */
  stdin: string;
  /** Reads a workstation file (for `-f FILE`, `--from-file`); throws an Error whose message kubectl would print. */
  readFile(path: string): string;
  /** Lists a workstation directory (for `-f DIR`); undefined when `path` is not a directory. */
  listDir?(path: string): string[] | undefined;
  /** The workstation's kubeconfig (the shell persists it); `kubectl config …` reads it. */
  kubeconfig?: KubeconfigState;
  /** `kubectl edit`: shows the text to the person and returns what they saved (undefined = cancelled). */
  edit?(text: string, fileName: string): Promise<string | undefined>;
}

export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export type CommandHandler = (cmd: ParsedCommand, io: KubectlIO) => KubectlResult | Promise<KubectlResult>;

/** Collects a command's output the way kubectl writes it: stdout and stderr interleaved per stream. */
export class Output {
  stdout = "";
  stderr = "";
  out(text: string): void {
    this.stdout += text;
  }
  err(text: string): void {
    this.stderr += text;
  }
  result(exitCode = 0): KubectlResult {
    return { stdout: this.stdout, stderr: this.stderr, exitCode };
  }
}
