// A workstation for the writing commands' tests: files by path, a fresh cluster.
import { createCluster, type Cluster } from "../../cluster/cluster";
import { runKubectl } from "../run";
import type { KubectlIO, KubectlResult } from "./command";

export interface TestWorkstation {
  io: KubectlIO;
  cluster: Cluster;
  files: Record<string, string>;
  kubectl(...argv: string[]): Promise<KubectlResult>;
}

export function testWorkstation(files: Record<string, string> = {}, stdin = ""): TestWorkstation {
  const cluster = createCluster();
  const io: KubectlIO = {
    cluster,
    namespace: "default",
    stdin,
    readFile: (p) => {
      // As the workstation's readFile: -f's message, the OS error as its cause.
      if (!(p in files)) throw new Error(`the path "${p}" does not exist`, { cause: Object.assign(new Error(`open ${p}`), { code: "ENOENT" }) });
      return files[p];
    },
    listDir: () => undefined,
  };
  return { io, cluster, files, kubectl: (...argv) => runKubectl(argv, io) };
}
