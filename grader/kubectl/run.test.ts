// The runner end to end: parsing errors, API errors and unknown commands as kubectl prints them.
import { describe, expect, it } from "vitest";
import { createCluster } from "../cluster/cluster";
import { runKubectl } from "./run";
import type { KubectlIO } from "./commands/command";

function io(): KubectlIO {
  return {
    cluster: createCluster(),
    namespace: "default",
    stdin: "",
    readFile: (p) => {
      throw new Error(`open ${p}: no such file or directory`);
    },
  };
}

describe("runKubectl", () => {
  const cases: [string, string[], { stdout?: string; stderr: string; exitCode: number }][] = [
    [
      "an object that is not there is NotFound from the server (helpers.go CheckErr)",
      ["get", "pod", "ghost"],
      { stderr: 'Error from server (NotFound): pods "ghost" not found\n', exitCode: 1 },
    ],
    [
      "an invalid name is printed as `The Namespace ... is invalid` (StandardErrorMessage for Invalid)",
      ["create", "namespace", "My_NS"],
      {
        stderr:
          'The Namespace "My_NS" is invalid: metadata.name: Invalid value: "My_NS": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or \'-\', and must start and end with an alphanumeric character (e.g. \'my-name\',  or \'123-abc\', regex used for validation is \'[a-z0-9]([-a-z0-9]*[a-z0-9])?\')\n',
        exitCode: 1,
      },
    ],
    [
      "an unknown flag fails before anything runs (pflag)",
      ["get", "pods", "--colour"],
      { stderr: "error: unknown flag: --colour\nSee 'kubectl get --help' for usage.\n", exitCode: 1 },
    ],
  ];
  it.each(cases)("%s", async (_name, argv, want) => {
    const r = await runKubectl(argv, io());
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr: want.stderr, exitCode: want.exitCode });
  });

  it("the two nodes of the default cluster print as a real cluster's `kubectl get nodes`", async () => {
    const r = await runKubectl(["get", "nodes"], io());
    expect(r.stdout).toBe(
      "NAME           STATUS   ROLES           AGE   VERSION\n" +
        "controlplane   Ready    control-plane   60m   v1.34.0\n" +
        "node01         Ready    <none>          60m   v1.34.0\n",
    );
  });
});
