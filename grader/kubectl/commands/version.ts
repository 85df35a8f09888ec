// `kubectl version` (kubectl pkg/cmd/version/version.go): the client and
// kustomize versions of kubectl v1.34.5 and the simulated server's version.
import { toJson } from "../output/json";
import { toYaml } from "../output/yaml";
import type { CommandHandler } from "./command";

/** version.Info of the kubectl v1.34.5 release binary (`kubectl version --client -o yaml`). */
export const clientVersionInfo = {
  major: "1",
  minor: "34",
  gitVersion: "v1.34.5",
  gitCommit: "ebfac057369b21558006b8815821ab2fb1e29f2d",
  gitTreeState: "clean",
  buildDate: "2026-02-26T20:06:18Z",
  goVersion: "go1.24.13",
  compiler: "gc",
  platform: "linux/amd64",
};

export const kustomizeVersion = "v5.7.1";

/** The simulated kube-apiserver's /version (a kubeadm v1.34.5 control plane). */
export const serverVersionInfo = {
  major: "1",
  minor: "34",
  emulationMajor: "1",
  emulationMinor: "34",
  minCompatibilityMajor: "1",
  minCompatibilityMinor: "33",
  gitVersion: "v1.34.5",
  gitCommit: "ebfac057369b21558006b8815821ab2fb1e29f2d",
  gitTreeState: "clean",
  buildDate: "2026-02-26T19:59:11Z",
  goVersion: "go1.24.13",
  compiler: "gc",
  platform: "linux/amd64",
};

export const versionCommand: CommandHandler = (cmd) => {
  const client = cmd.flags["client"] === true;
  const output = String(cmd.flags["output"] ?? "");
  if (cmd.args.length > 0) {
    return { stdout: "", stderr: `error: extra arguments: [${cmd.args.join(" ")}]\n`, exitCode: 1 };
  }
  if (output !== "" && output !== "yaml" && output !== "json") {
    return { stdout: "", stderr: "error: --output must be 'yaml' or 'json'\n", exitCode: 1 };
  }
  const versions: Record<string, unknown> = { clientVersion: clientVersionInfo, kustomizeVersion };
  if (!client) versions["serverVersion"] = serverVersionInfo;
  // sigs.k8s.io/yaml sorts keys (it goes through a map); both are followed by Println's newline.
  if (output === "yaml") return { stdout: `${toYaml(JSON.parse(toJson(versions, { sortKeys: true })))}\n`, stderr: "", exitCode: 0 };
  if (output === "json") return { stdout: toJson(versions, { sortKeys: false }), stderr: "", exitCode: 0 };
  let text = `Client Version: ${clientVersionInfo.gitVersion}\nKustomize Version: ${kustomizeVersion}\n`;
  if (!client) text += `Server Version: ${serverVersionInfo.gitVersion}\n`;
  return { stdout: text, stderr: "", exitCode: 0 };
};
