// create ingress (k8s.io/kubectl/pkg/cmd/create/create_ingress.go v0.34): --rule
// host/path=svc:port[,tls[=secret]] (a trailing * makes the path Prefix, else Exact),
// --class, --default-backend, --annotation; rules of one host share one rule entry.
import type { KubeObject } from "../../apiserver/types";
import type { ParsedCommand } from "../parse-args";
import { isUsageError, usageError, type KubectlUsageError } from "../usage-error";
import { flagList, flagString } from "./context";
import { nameFromArgs } from "./name-arg";
import { explicitNamespace, objectMeta, sortedRecord, typed } from "./object-meta";

// ruleRegex: regexHostPathSvc + regexTLS (Go's \w is ASCII [0-9A-Za-z_]); MatchString is unanchored at the end.
const ruleRegex = /^([\w*\-.]*)(\/.*)=([\w-]+):([\w-]+)(,(tls)=?([\w-]+)?)?/;

/** buildIngressBackendSvc: svc:port, the port a number when intstr.Parse reads one. */
function backend(service: string): Record<string, unknown> {
  const [name = "", port = ""] = service.split(":");
  return { service: { name, port: /^-?\d+$/.test(port) ? { number: Number(port) } : { name: port } } };
}

/** buildHTTPIngressPath: "path=svc:port" after the host's slash. */
function httpPath(pathSvc: string): Record<string, unknown> {
  const parts = pathSvc.split("=");
  let path = "/" + (parts[0] ?? "");
  let pathType = "Exact";
  if (path.endsWith("*")) [path, pathType] = [path.slice(0, -1), "Prefix"];
  return { path, pathType, backend: backend(parts[1] ?? "") };
}

export function generateIngress(parsed: ParsedCommand): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  const rules = flagList(parsed, "rule");
  const annotations = flagList(parsed, "annotation");
  const defaultBackend = flagString(parsed, "default-backend");
  if (defaultBackend === "" && rules.length === 0)
    return usageError("not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)");
  for (const rule of rules) if (!ruleRegex.test(rule)) return usageError(`rule ${rule} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`);
  for (const a of annotations) if (!a.includes("=")) return usageError(`annotation ${a} is invalid and should be in format key=[value]`);
  if (defaultBackend !== "" && defaultBackend.split(":").length !== 2) return usageError("default-backend should be in format servicename:serviceport");

  const spec: Record<string, unknown> = {};
  const ingressClass = flagString(parsed, "class");
  if (ingressClass !== "") spec["ingressClassName"] = ingressClass;
  if (defaultBackend !== "") spec["defaultBackend"] = backend(defaultBackend);
  // buildTLSRules: each host once; hosts sharing a secret share one entry.
  const tls: { hosts?: string[]; secretName?: string }[] = [];
  const tlsHosts = new Set<string>();
  for (const rule of rules) {
    const parts = rule.split(",");
    if (parts.length !== 2) continue;
    const host = rule.split("/")[0] ?? "";
    const secret = (parts[1] ?? "").split("=")[1] ?? "";
    if (tlsHosts.has(host)) continue;
    tlsHosts.add(host);
    const shared = tls.find((t) => (t.secretName ?? "") === secret);
    if (shared) {
      (shared.hosts ??= []).push(host);
      continue;
    }
    const entry: { hosts?: string[]; secretName?: string } = {};
    if (host !== "") entry.hosts = [host];
    if (secret !== "") entry.secretName = secret;
    if (entry.hosts || entry.secretName) tls.push(entry);
  }
  if (tls.length > 0) spec["tls"] = tls;
  // buildIngressRules: one rule per host, in first-seen order, paths appended.
  const ingressRules: { host?: string; http: { paths: Record<string, unknown>[] } }[] = [];
  for (const rule of rules) {
    const withoutTls = rule.split(",")[0] ?? "";
    const slash = withoutTls.indexOf("/");
    const host = withoutTls.slice(0, slash);
    const path = httpPath(withoutTls.slice(slash + 1));
    const existing = ingressRules.find((r) => (r.host ?? "") === host);
    if (existing) existing.http.paths.push(path);
    else ingressRules.push({ ...(host !== "" ? { host } : {}), http: { paths: [path] } });
  }
  if (ingressRules.length > 0) spec["rules"] = ingressRules;
  const annotationEntries = annotations.map((a): [string, string] => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]);
  return typed("Ingress", "networking.k8s.io/v1", {
    metadata: objectMeta(name, explicitNamespace(parsed), undefined, sortedRecord(annotationEntries)),
    spec,
    status: { loadBalancer: {} },
  });
}
