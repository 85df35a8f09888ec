import { decodeBytesToUtf8, stdoutAsBytes } from "just-bash";
import { describe, expect, it } from "vitest";
import { asciiAsBytes } from "./ascii-as-bytes";
import { Workstation } from "./workstation";
import { createCluster } from "../cluster/cluster";

const outputs = ["", "NAME   STATUS\ndefault   Active\n", '{\n  "a": "b"\n}\n', "caf\u00e9\n", "\u2713 ok\n", "\ud83d\ude00\n", "\u00ff"];

describe("asciiAsBytes", () => {
  it("marks only non-empty ASCII output (with ASCII stderr) as bytes", () => {
    expect(asciiAsBytes({ stdout: "ok\n", stderr: "" })).toEqual({ stdout: "ok\n", stderr: "", stdoutKind: "bytes" });
    expect(asciiAsBytes({ stdout: "", stderr: "" })).toEqual({ stdout: "", stderr: "" });
    expect(asciiAsBytes({ stdout: "caf\u00e9", stderr: "" })).toEqual({ stdout: "caf\u00e9", stderr: "" });
    expect(asciiAsBytes({ stdout: "ok", stderr: "\u2713" })).toEqual({ stdout: "ok", stderr: "\u2713" });
  });

  it("hands a pipe and a reader the same string as the text output would", () => {
    for (const stdout of outputs) {
      for (const stderr of ["", "Error\n", "\u00e9\n"]) {
        const text = { stdout, stderr };
        const marked = asciiAsBytes(text);
        expect(stdoutAsBytes(marked)).toBe(stdoutAsBytes(text));
        expect(decodeBytesToUtf8(stdoutAsBytes(marked))).toBe(stdout);
      }
    }
  });

  it("gives the same results through just-bash's pipes, substitutions and redirections", async () => {
    const ws = new Workstation({ cluster: createCluster(), shellPath: "just-bash" });
    const run = async (script: string) => JSON.stringify(await ws.run(script));
    expect(await run("kubectl get ns -o json | jq -e '.items | length'")).toBe(JSON.stringify({ stdout: "4\n", stderr: "", exitCode: 0 }));
    expect(await run('x=$(kubectl get ns default -o jsonpath={.metadata.name}); [[ $x == default ]] && echo "[$x]"')).toBe(JSON.stringify({ stdout: "[default]\n", stderr: "", exitCode: 0 }));
    expect(await run("kubectl get ns default -o name > /root/out; cat /root/out; kubectl get ns nope 2>&1 | cat")).toBe(
      JSON.stringify({ stdout: 'namespace/default\nError from server (NotFound): namespaces "nope" not found\n', stderr: "", exitCode: 0 }),
    );
  });
});
