// create configmap / secret generic: data from --from-literal, --from-file and --from-env-file
// (pkg/cmd/create/create_configmap.go, create_secret.go).
import type { KubeObject } from "../../apiserver/types";
import type { ParsedCommand } from "../parse-args";
import { isUsageError, usageError, type KubectlUsageError } from "../usage-error";
import { flagList, flagString, type GeneratorContext } from "./context";
import { nameFromArgs } from "./name-arg";
import { explicitNamespace, objectMeta, sortedRecord, typed } from "./object-meta";

type Data = Map<string, string>;

function addKey(data: Data, key: string, value: string, kind: string, name: string): string | undefined {
  if (data.has(key)) return `cannot add key "${key}", another key by that name already exists in Data for ${kind} "${name}"`;
  data.set(key, value);
  return undefined;
}

/** Env-file lines: `KEY=value`, blank lines and `#` comments skipped, a bare KEY read from the environment (empty here). */
function envFileEntries(text: string): [string, string][] {
  const entries: [string, string][] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/^\s+/, "");
    if (line === "" || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq < 0) continue;
    entries.push([line.slice(0, eq), line.slice(eq + 1)]);
  }
  return entries;
}

function collectData(parsed: ParsedCommand, ctx: GeneratorContext, kind: string, name: string): Data | KubectlUsageError {
  const data: Data = new Map();
  for (const source of flagList(parsed, "from-file")) {
    const eq = source.indexOf("=");
    const key = eq < 0 ? (source.split("/").pop() ?? source) : source.slice(0, eq);
    const path = eq < 0 ? source : source.slice(eq + 1);
    const content = ctx.readFile(path);
    if (content === undefined) return usageError(`error reading ${path}: no such file or directory`);
    const error = addKey(data, key, content, kind, name);
    if (error) return usageError(error);
  }
  for (const literal of flagList(parsed, "from-literal")) {
    const eq = literal.indexOf("=");
    if (eq <= 0) return usageError(`invalid literal source ${literal}, expected key=value`);
    const error = addKey(data, literal.slice(0, eq), literal.slice(eq + 1), kind, name);
    if (error) return usageError(error);
  }
  for (const path of flagList(parsed, "from-env-file")) {
    const content = ctx.readFile(path);
    if (content === undefined) return usageError(`error reading ${path}: no such file or directory`);
    for (const [key, value] of envFileEntries(content)) {
      const error = addKey(data, key, value, kind, name);
      if (error) return usageError(error);
    }
  }
  return data;
}

export function generateConfigMap(parsed: ParsedCommand, ctx: GeneratorContext): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  const data = collectData(parsed, ctx, "ConfigMap", name);
  if (isUsageError(data)) return data;
  const object = typed("ConfigMap", "v1", { metadata: objectMeta(name, explicitNamespace(parsed)) });
  if (data.size > 0) object["data"] = sortedRecord(data);
  return object;
}

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

export function generateGenericSecret(parsed: ParsedCommand, ctx: GeneratorContext): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  const data = collectData(parsed, ctx, "Secret", name);
  if (isUsageError(data)) return data;
  const object = typed("Secret", "v1", { metadata: objectMeta(name, explicitNamespace(parsed)) });
  if (data.size > 0) object["data"] = sortedRecord([...data].map(([k, v]) => [k, base64(v)]));
  const type = flagString(parsed, "type");
  if (type !== "") object["type"] = type;
  return object;
}

export function generateDockerRegistrySecret(parsed: ParsedCommand): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  const server = flagString(parsed, "docker-server");
  const username = flagString(parsed, "docker-username");
  const password = flagString(parsed, "docker-password");
  const email = flagString(parsed, "docker-email");
  // DockerConfigEntry field order: username, password, email (omitempty), auth.
  const entry: Record<string, string> = { username, password };
  if (email !== "") entry["email"] = email;
  entry["auth"] = base64(`${username}:${password}`);
  const config = JSON.stringify({ auths: { [server]: entry } });
  return typed("Secret", "v1", {
    metadata: objectMeta(name, explicitNamespace(parsed)),
    data: { ".dockerconfigjson": base64(config) },
    type: "kubernetes.io/dockerconfigjson",
  });
}
