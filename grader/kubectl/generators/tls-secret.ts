// `kubectl create secret tls NAME --cert=FILE --key=FILE` (k8s.io/kubectl/pkg/cmd/create/
// create_secret_tls.go): both files read, checked as a key pair (tls.X509KeyPair), and stored
// as tls.crt / tls.key of a kubernetes.io/tls Secret; --append-hash suffixes the name.
import { createHash } from "node:crypto";
import type { KubeObject } from "../../apiserver/types";
import type { ParsedCommand } from "../parse-args";
import { isUsageError, type KubectlUsageError } from "../usage-error";
import { flagString, type GeneratorContext } from "./context";
import { nameFromArgs } from "./name-arg";
import { explicitNamespace, objectMeta, typed } from "./object-meta";
import { checkX509KeyPair } from "./x509-key-pair";

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/** readFile of create_secret_tls.go, with os.ReadFile's error for a missing file. */
function readTlsFile(ctx: GeneratorContext, path: string): string {
  const text = ctx.readFile(path);
  if (text === undefined) throw new Error(`Cannot read file ${path}, open ${path}: no such file or directory`);
  return text;
}

/**
 * hash.SecretHash (k8s.io/kubectl/pkg/util/hash): sha256 of the JSON of kind, name, type and
 * data (keys sorted, values base64), its first 10 hex digits with 0 1 3 a e swapped for letters.
 */
export function secretHash(name: string, type: string, data: Record<string, string>): string {
  const sortedData = Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const encoded = JSON.stringify({ data: sortedData, kind: "Secret", name, type });
  const hex = createHash("sha256").update(encoded).digest("hex");
  const swap: Record<string, string> = { "0": "g", "1": "h", "3": "k", a: "m", e: "t" };
  return [...hex.slice(0, 10)].map((c) => swap[c] ?? c).join("");
}

/** Throws the errors Validate and createSecretTLS return; a usage error for a missing NAME. */
export function generateTlsSecret(parsed: ParsedCommand, ctx: GeneratorContext): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  const certPath = flagString(parsed, "cert");
  const keyPath = flagString(parsed, "key");
  if (certPath === "" || keyPath === "") throw new Error("key and cert must be specified");
  const cert = readTlsFile(ctx, certPath);
  const key = readTlsFile(ctx, keyPath);
  checkX509KeyPair(cert, key);
  const type = "kubernetes.io/tls";
  const data = { "tls.crt": base64(cert), "tls.key": base64(key) };
  const fullName = parsed.flags["append-hash"] === true ? `${name}-${secretHash(name, type, data)}` : name;
  return typed("Secret", "v1", { metadata: objectMeta(fullName, explicitNamespace(parsed)), data, type });
}
