// `kubectl run NAME --image=IMAGE [-- args]`: the pod of kubectl's run-pod/v1 generator
// (staging/src/k8s.io/kubectl/pkg/generate/versioned/run.go, pkg/cmd/run/run.go).
import type { KubeObject } from "../../apiserver/types";
import type { ParsedCommand } from "../parse-args";
import { commandUsageError, usageError, type KubectlUsageError } from "../usage-error";
import { container } from "./container";
import { flagBool, flagList, flagString } from "./context";
import { explicitNamespace, objectMeta, sortedRecord, typed } from "./object-meta";

const restartPolicies = ["Always", "OnFailure", "Never"];
const pullPolicies = ["Always", "IfNotPresent", "Never"];
const envVarName = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** generate.ParseLabels: `k=v,k2=v2`, each split on "=" into exactly two parts. */
export function parseLabelSpec(spec: string): Record<string, string> | string {
  const labels: [string, string][] = [];
  for (const item of spec.split(",")) {
    const parts = item.split("=");
    if (parts.length !== 2) return `unexpected label spec: ${item}`;
    if (parts[0] === "") return "unexpected empty label key";
    labels.push([parts[0] ?? "", parts[1] ?? ""]);
  }
  return sortedRecord(labels);
}

function parseEnvs(envs: string[]): { name: string; value: string }[] | string {
  const out: { name: string; value: string }[] = [];
  for (const env of envs) {
    const eq = env.indexOf("=");
    const name = eq < 0 ? "" : env.slice(0, eq);
    if (eq < 0 || name === "" || !envVarName.test(name)) return `invalid env: ${env}`;
    out.push({ name, value: env.slice(eq + 1) });
  }
  return out;
}

/** RFC 7386 merge of --overrides into the generated object. */
function mergeOverrides(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (typeof value === "object" && !Array.isArray(value) && typeof out[key] === "object" && out[key] !== null && !Array.isArray(out[key]))
      out[key] = mergeOverrides(out[key] as Record<string, unknown>, value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

export function generateRunPod(parsed: ParsedCommand): KubeObject | KubectlUsageError {
  const path = parsed.commandPath;
  if (parsed.args.length === 0) return commandUsageError("NAME is required for run", path);
  const name = parsed.args[0] ?? "";
  const image = flagString(parsed, "image");
  const stdin = flagBool(parsed, "stdin");
  const tty = flagBool(parsed, "tty");
  if (tty && !stdin) return commandUsageError("-i/--stdin is required for containers with -t/--tty=true", path);
  if (flagBool(parsed, "expose") && flagString(parsed, "port") === "") return commandUsageError("--port must be set when exposing a service", path);
  const attach = flagBool(parsed, "attach") || stdin || tty;
  if (flagBool(parsed, "rm") && !attach) return commandUsageError("--rm should only be used for attached containers", path);
  const dryRun = flagString(parsed, "dry-run");
  if (attach && dryRun !== "none" && dryRun !== "false") {
    return commandUsageError("--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)", path);
  }
  const restart = flagString(parsed, "restart");
  const restartPolicy = restart === "" ? (stdin ? "OnFailure" : "Always") : restart;
  if (!restartPolicies.includes(restartPolicy)) return commandUsageError(`invalid restart policy: ${restart}`, path);
  const pullPolicy = flagString(parsed, "image-pull-policy");
  if (pullPolicy !== "" && !pullPolicies.includes(pullPolicy)) return commandUsageError(`invalid image pull policy: ${pullPolicy}`, path);

  const envs = parseEnvs(flagList(parsed, "env"));
  if (typeof envs === "string") return usageError(envs);
  const annotations: [string, string][] = [];
  for (const item of flagList(parsed, "annotations")) {
    const eq = item.indexOf("=");
    if (eq < 0) return usageError(`invalid annotation spec: ${item}`);
    annotations.push([item.slice(0, eq), item.slice(eq + 1)]);
  }
  const labelSpec = flagString(parsed, "labels");
  const labels = labelSpec === "" ? { run: name } : parseLabelSpec(labelSpec);
  if (typeof labels === "string") return usageError(labels);
  const portText = flagString(parsed, "port");
  let ports: { containerPort: number }[] | undefined;
  if (portText !== "") {
    if (!/^[+-]?\d+$/.test(portText)) return usageError(`strconv.Atoi: parsing "${portText}": invalid syntax`);
    ports = [{ containerPort: Number(portText) }];
  }
  const args = parsed.args.slice(1);
  const privileged = flagBool(parsed, "privileged");

  const spec: Record<string, unknown> = {
    containers: [
      container({
        name,
        image,
        command: flagBool(parsed, "command") ? args : undefined,
        args: flagBool(parsed, "command") ? undefined : args,
        ports,
        env: envs,
        imagePullPolicy: pullPolicy || undefined,
        securityContext: privileged ? { privileged: true } : undefined,
        stdin,
        stdinOnce: stdin && !flagBool(parsed, "leave-stdin-open"),
        tty,
      }),
    ],
    restartPolicy,
    dnsPolicy: "ClusterFirst",
  };
  let pod: Record<string, unknown> = typed("Pod", "v1", {
    metadata: objectMeta(name, explicitNamespace(parsed), labels, sortedRecord(annotations)),
    spec,
    status: {},
  });
  const overrides = flagString(parsed, "overrides");
  if (overrides !== "") {
    let patch: unknown;
    try {
      patch = JSON.parse(overrides);
    } catch {
      return usageError(`error parsing --overrides: ${overrides}`);
    }
    if (typeof patch === "object" && patch !== null && !Array.isArray(patch)) pod = mergeOverrides(pod, patch as Record<string, unknown>);
  }
  return pod as KubeObject;
}
