// The GeneratorContext of a command run against a cluster: workstation files
// and the cluster's seeded random source (kubectl's utilrand.String).
import type { GeneratorContext } from "../generators";
import type { KubectlIO } from "./command";

export function generatorContext(io: KubectlIO): GeneratorContext {
  return {
    readFile: (path) => {
      try {
        return io.readFile(path);
      } catch {
        return undefined;
      }
    },
    randomSuffix: (length) => io.cluster.random.string(length, "bcdfghjklmnpqrstvwxz2456789"),
  };
}
