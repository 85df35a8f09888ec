// `kubectl set env` (k8s.io/kubectl/pkg/cmd/set/set_env.go, set/env/env_parse.go):
// KEY=VALUE and KEY- on the selected containers (`-c`, default all), variables
// from `--from=configmap/x|secret/x`, `--list` to print them instead;
// `deployment.apps/web env updated` when something changed.
import type { KubeObject } from "../../../apiserver/types";
import { selectObjects } from "../../resource-builder";
import { formatCommandErrors } from "../check-err";
import { Output, type CommandHandler, type KubectlIO } from "../command";
import { boolFlag, dryRunStrategy, listFlag, operationLine, outputFormat, stringFlag, printsObjects, printWriteObjects } from "../write-flags";
import type { ParsedCommand } from "../../parse-args";
import { selectedContainers } from "./container-selector";
import { editablePodSpec, objectNameOf, podSpecOf, type ContainerLike } from "./pod-template";
import { podSpecPatch } from "./template-patch";

interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    configMapKeyRef?: { name: string; key: string };
    secretKeyRef?: { name: string; key: string };
    fieldRef?: { fieldPath: string };
    resourceFieldRef?: { containerName?: string; resource: string };
  };
}

const envNamePattern = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
// validation.IsEnvVarName's message (apimachinery/pkg/util/validation).
const envNameMessage =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";

/** envutil.SplitEnvironmentFromResources: resources, then NAME=VALUE / NAME- arguments; undefined when mixed. */
export function splitEnvFromResources(args: string[]): { resources: string[]; envArgs: string[] } | undefined {
  const resources: string[] = [];
  const envArgs: string[] = [];
  for (const s of args) {
    const isEnv = /^.+=/s.test(s) || s.endsWith("-");
    if (isEnv) envArgs.push(s);
    else if (envArgs.length > 0) return undefined;
    else resources.push(s);
  }
  return { resources, envArgs };
}

/** envutil.ParseEnv without `-` (stdin): variables to set and names to remove. */
export function parseEnv(specs: string[]): { env: EnvVar[]; remove: string[] } {
  const env: EnvVar[] = [];
  const remove: string[] = [];
  for (const spec of specs) {
    const eq = spec.indexOf("=");
    if (eq >= 0) {
      const name = spec.slice(0, eq);
      if (!envNamePattern.test(name)) throw new Error(`"${name}" is not a valid key name: ${envNameMessage}`);
      env.push({ name, value: spec.slice(eq + 1) });
    } else if (spec.endsWith("-")) remove.push(spec.slice(0, -1));
    else throw new Error(`unknown environment variable: ${spec}`);
  }
  if (remove.some((r) => env.some((e) => e.name === r))) throw new Error("can not both modify and remove the same environment variable in the same command");
  return { env, remove };
}

/** helper.go updateEnv: existing variables in order (replaced in place), removed ones dropped, new ones appended. */
export function updateEnv(existing: EnvVar[], env: EnvVar[], remove: string[]): EnvVar[] {
  const out: EnvVar[] = [];
  const covered = new Set(remove);
  for (const e of existing) {
    if (covered.has(e.name)) continue;
    const newer = env.find((n) => n.name === e.name);
    if (newer) covered.add(e.name);
    out.push(newer ?? e);
  }
  for (const e of env) {
    if (covered.has(e.name)) continue;
    covered.add(e.name);
    out.push(e);
  }
  return out;
}

/** envutil.GetEnvVarRefString. */
function refString(from: NonNullable<EnvVar["valueFrom"]>): string {
  if (from.configMapKeyRef) return `configmap ${from.configMapKeyRef.name}, key ${from.configMapKeyRef.key}`;
  if (from.secretKeyRef) return `secret ${from.secretKeyRef.name}, key ${from.secretKeyRef.key}`;
  if (from.fieldRef) return `field path ${from.fieldRef.fieldPath}`;
  if (from.resourceFieldRef) {
    const prefix = from.resourceFieldRef.containerName ? `${from.resourceFieldRef.containerName}/` : "";
    return `resource field ${prefix}${from.resourceFieldRef.resource}`;
  }
  return "invalid valueFrom";
}

/** keyToEnvName: upper case, characters outside [A-Za-z0-9_] as `_`, with a warning when it changed. */
function keyToEnvName(key: string, out: Output): string {
  const name = key.replace(/[^a-zA-Z0-9_]/g, "_").toUpperCase();
  if (name !== key) out.err(`Warning: key ${key} transferred to ${name}\n`);
  return name;
}

/** The variables `--from=configmap/x` or `--from=secret/x` brings, keys sorted (upstream: map order). */
function envFrom(cmd: ParsedCommand, io: KubectlIO, out: Output): EnvVar[] {
  const keys = listFlag(cmd, "keys");
  const selection = selectObjects(cmd, io, [stringFlag(cmd, "from")]);
  if (selection.errors.length > 0) throw selection.errors[0];
  const env: EnvVar[] = [];
  for (const { live } of selection.objects) {
    const ref = live.kind === "Secret" ? "secretKeyRef" : live.kind === "ConfigMap" ? "configMapKeyRef" : undefined;
    if (!ref) throw new Error("unsupported resource specified in --from");
    const data = (live as { data?: Record<string, string> }).data ?? {};
    for (const key of Object.keys(data).sort()) {
      if (keys.length > 0 && !keys.includes(key)) continue;
      env.push({ name: keyToEnvName(key, out), valueFrom: { [ref]: { name: live.metadata.name ?? "", key } } });
    }
  }
  return env;
}

function usageChecks(cmd: ParsedCommand, resources: string[]): string | undefined {
  const files = listFlag(cmd, "filename");
  if (boolFlag(cmd, "local") && dryRunStrategy(cmd) === "server") return "cannot specify --local and --dry-run=server - did you mean --dry-run=client?";
  if (files.length === 0 && resources.length < 1) return "one or more resources must be specified as <resource> <name> or <resource>/<name>";
  if (boolFlag(cmd, "list") && stringFlag(cmd, "output")) return "--list and --output may not be specified together";
  if (listFlag(cmd, "keys").length > 0 && !stringFlag(cmd, "from")) return "when specifying --keys, a configmap or secret must be provided with --from";
  return undefined;
}

export const setEnvCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const fail = (message: string) => {
    out.err(formatCommandErrors([new Error(message)]));
    return out.result(1);
  };
  if (boolFlag(cmd, "all") && stringFlag(cmd, "selector")) return fail("cannot set --all and --selector at the same time");
  const split = splitEnvFromResources(cmd.args);
  if (!split) return fail(`all resources must be specified before environment changes: ${cmd.args.join(" ")}`);
  const invalid = usageChecks(cmd, split.resources);
  if (invalid) return fail(invalid);
  const local = boolFlag(cmd, "local");
  const dryRun = dryRunStrategy(cmd);
  const format = outputFormat(cmd, io);
  const list = boolFlag(cmd, "list");
  const overwrite = cmd.flags.overwrite !== false;
  const selector = stringFlag(cmd, "containers") || "*";
  let env: EnvVar[];
  let remove: string[];
  try {
    ({ env, remove } = parseEnv([...listFlag(cmd, "env"), ...split.envArgs]));
    if (stringFlag(cmd, "from")) env.push(...envFrom(cmd, io, out));
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  const prefix = stringFlag(cmd, "prefix");
  if (prefix) env = env.map((e) => ({ ...e, name: `${prefix}${e.name}` }));

  // With --local the builder reads only the files: resource arguments are ignored.
  const selection = selectObjects(cmd, io, local ? [] : split.resources, { local });
  const errors: unknown[] = [...selection.errors];
  const printed: KubeObject[] = [];
  for (const target of selection.objects) {
    const editable = editablePodSpec(target, local);
    if ("error" in editable) {
      errors.push(editable.error);
      continue;
    }
    const { updated, spec } = editable;
    const containers = selectedContainers(spec, selector);
    if (containers.length === 0) {
      out.err(`Warning: ${updated.kind}/${updated.metadata.name ?? ""} does not have any containers matching "${selector}"\n`);
      continue;
    }
    const failure = editContainers(containers, env, remove, overwrite, list ? (c) => out.out(listing(updated, c)) : undefined);
    if (failure) {
      // The message keeps the line break kubectl v1.34.5 prints after the object name.
      errors.push(new Error(`error: ${objectNameOf(target, local)}\n ${failure}`));
      continue;
    }
    if (list || JSON.stringify(updated) === JSON.stringify(target.live)) continue;
    if (local || dryRun === "client") {
      if (printsObjects(format)) printed.push(updated);
      else out.out(operationLine(updated, "env updated", format, dryRun));
      continue;
    }
    try {
      const patch = podSpecPatch(updated, podSpecOf(updated), ["containers", "initContainers"]);
      const actual = io.cluster.api.patch(target.gvr, target.namespace, target.name, "merge", patch, { dryRun: dryRun === "server" });
      if (printsObjects(format)) printed.push(actual);
      else out.out(operationLine(actual, "env updated", format, dryRun));
    } catch (e) {
      errors.push(new Error(`failed to patch env update to pod template: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  if (printed.length > 0) out.out(printWriteObjects(printed, format, cmd, io, { typed: local || dryRun === "client" }));
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
};

/** Applies the changes to each container; the --overwrite=false refusal when one would replace a value. */
function editContainers(containers: ContainerLike[], env: EnvVar[], remove: string[], overwrite: boolean, listed?: (c: ContainerLike) => void): string | undefined {
  for (const c of containers) {
    const existing = (c.env as EnvVar[] | undefined) ?? [];
    if (!overwrite) {
      for (const e of env) {
        const current = existing.find((x) => x.name === e.name);
        if (current && (current.value ?? "") !== (e.value ?? "")) return `'${current.name}' already has a value (${current.value ?? ""}), and --overwrite is false`;
      }
    }
    const next = updateEnv(existing, env, remove);
    if (next.length > 0) c.env = next;
    else delete c.env;
    listed?.(c);
  }
  return undefined;
}

/** `--list`: `# Deployment web, container nginx` then NAME=VALUE, or `# NAME from configmap x, key y`. */
function listing(obj: KubeObject, c: ContainerLike): string {
  let text = `# ${obj.kind} ${obj.metadata.name ?? ""}, container ${c.name}\n`;
  for (const e of (c.env as EnvVar[] | undefined) ?? []) {
    text += e.valueFrom ? `# ${e.name} from ${refString(e.valueFrom)}\n` : `${e.name}=${e.value ?? ""}\n`;
  }
  return text;
}
