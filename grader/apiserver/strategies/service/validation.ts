// Service validation (ValidateService / ValidateServiceUpdate in
// pkg/apis/core/validation/validation.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { KubeObject } from "../../types";
import { isDNS1123Subdomain, isValidPortName, isValidPortNum, nameIsDNS1035Label } from "../../validation/names";
import { validateLabels, validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { validateDNS1123Label } from "../../validation/pod-spec";
import { child, index } from "../../validation/path";
import { validateIP } from "./ip";
import type { ServicePort, ServiceSpec } from "./types";

const serviceTypes = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
const sessionAffinities = ["ClientIP", "None"];
const protocols = ["SCTP", "TCP", "UDP"];
const kubeletPort = 10250;

export function specOf(svc: KubeObject): ServiceSpec {
  return (svc.spec ?? {}) as ServiceSpec;
}

export function isHeadless(spec: ServiceSpec): boolean {
  return (spec.clusterIPs ?? []).length === 1 && spec.clusterIPs![0] === "None";
}

function validateTargetPort(v: number | string | undefined, path: string): FieldError[] {
  if (typeof v === "string") return isValidPortName(v).map((msg) => fieldErrors.invalid(path, v, msg));
  return isValidPortNum(v ?? 0).map((msg) => fieldErrors.invalid(path, v ?? 0, msg));
}

function validateServicePort(sp: ServicePort, requireName: boolean, names: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !sp.name) errs.push(fieldErrors.required(child(path, "name")));
  else if (sp.name) {
    errs.push(...validateDNS1123Label(sp.name, child(path, "name")));
    if (names.has(sp.name)) errs.push(fieldErrors.duplicate(child(path, "name"), sp.name));
    else names.add(sp.name);
  }
  for (const msg of isValidPortNum(sp.port ?? 0)) errs.push(fieldErrors.invalid(child(path, "port"), sp.port ?? 0, msg));
  if (!sp.protocol) errs.push(fieldErrors.required(child(path, "protocol")));
  else if (!protocols.includes(sp.protocol)) errs.push(fieldErrors.notSupported(child(path, "protocol"), sp.protocol, protocols));
  errs.push(...validateTargetPort(sp.targetPort, child(path, "targetPort")));
  return errs;
}

/** The internal core.ServicePort a duplicate-port error prints (Go field names, zero values). */
function servicePortKey(sp: ServicePort): Record<string, unknown> {
  return { Name: "", Protocol: sp.protocol ?? "", AppProtocol: null, Port: sp.port ?? 0, TargetPort: 0, NodePort: 0 };
}

function validateClusterIPs(spec: ServiceSpec): FieldError[] {
  if (spec.type === "ExternalName") return [];
  const errs: FieldError[] = [];
  const ipsPath = child("spec", "clusterIPs");
  const ips = spec.clusterIPs ?? [];
  if (spec.clusterIP) {
    if (ips.length === 0) errs.push(fieldErrors.required(ipsPath));
    else if (ips[0] !== spec.clusterIP) errs.push(fieldErrors.invalid(ipsPath, ips, "first value must match `clusterIP`"));
  } else if (ips.length) {
    errs.push(fieldErrors.invalid(ipsPath, ips, "must be empty when `clusterIP` is not specified"));
  }
  (spec.ipFamilies ?? []).forEach((f, i) => {
    if (f !== "IPv4" && f !== "IPv6") errs.push(fieldErrors.notSupported(index(child("spec", "ipFamilies"), i), f, ["IPv4", "IPv6"]));
  });
  const policies = ["PreferDualStack", "RequireDualStack", "SingleStack"];
  if (spec.ipFamilyPolicy !== undefined && !policies.includes(spec.ipFamilyPolicy))
    errs.push(fieldErrors.notSupported(child("spec", "ipFamilyPolicy"), spec.ipFamilyPolicy, policies));
  ips.forEach((ip, i) => {
    if (i === 0 && ip === "None") {
      if (ips.length > 1) errs.push(fieldErrors.invalid(ipsPath, ips, "'None' must be the first and only value"));
      return;
    }
    errs.push(...validateIP(ip, index(ipsPath, i)));
  });
  return errs;
}

export function validateService(svc: KubeObject): FieldError[] {
  const errs = validateObjectMeta(svc.metadata, true, nameIsDNS1035Label);
  const spec = specOf(svc);
  const specPath = "spec";
  const ports = spec.ports ?? [];
  const headless = isHeadless(spec);
  if (ports.length === 0 && !headless && spec.type !== "ExternalName") errs.push(fieldErrors.required(child(specPath, "ports")));
  switch (spec.type) {
    case "LoadBalancer":
      if (headless)
        errs.push(fieldErrors.invalid(index(child(specPath, "clusterIPs"), 0), "None", "may not be set to 'None' for LoadBalancer services"));
      ports.forEach((p, i) => {
        if (p.port === kubeletPort)
          errs.push(fieldErrors.invalid(index(child(specPath, "ports"), i), p.port, `may not expose port ${kubeletPort} externally since it is used by kubelet`));
      });
      break;
    case "NodePort":
      if (headless) errs.push(fieldErrors.invalid(index(child(specPath, "clusterIPs"), 0), "None", "may not be set to 'None' for NodePort services"));
      break;
    case "ExternalName": {
      if ((spec.clusterIPs ?? []).length) errs.push(fieldErrors.forbidden(child(specPath, "clusterIPs"), "may not be set for ExternalName services"));
      if ((spec.ipFamilies ?? []).length) errs.push(fieldErrors.forbidden(child(specPath, "ipFamilies"), "may not be set for ExternalName services"));
      if (spec.ipFamilyPolicy !== undefined) errs.push(fieldErrors.forbidden(child(specPath, "ipFamilyPolicy"), "may not be set for ExternalName services"));
      const cname = (spec.externalName ?? "").replace(/\.$/, "");
      if (cname) for (const msg of isDNS1123Subdomain(cname)) errs.push(fieldErrors.invalid(child(specPath, "externalName"), cname, msg));
      else errs.push(fieldErrors.required(child(specPath, "externalName")));
      break;
    }
  }
  const names = new Set<string>();
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, names, index(child(specPath, "ports"), i))));
  if (spec.selector) errs.push(...validateLabels(spec.selector, child(specPath, "selector")));
  if (!spec.sessionAffinity) errs.push(fieldErrors.required(child(specPath, "sessionAffinity")));
  else if (!sessionAffinities.includes(spec.sessionAffinity))
    errs.push(fieldErrors.notSupported(child(specPath, "sessionAffinity"), spec.sessionAffinity, sessionAffinities));
  if (spec.sessionAffinity === "None" && spec.sessionAffinityConfig)
    errs.push(fieldErrors.forbidden(child(specPath, "sessionAffinityConfig"), "must not be set when session affinity is None"));
  errs.push(...validateClusterIPs(spec));
  if (!spec.type) errs.push(fieldErrors.required(child(specPath, "type")));
  else if (!serviceTypes.includes(spec.type)) errs.push(fieldErrors.notSupported(child(specPath, "type"), spec.type, serviceTypes));
  if (spec.type === "ClusterIP")
    ports.forEach((p, i) => {
      if (p.nodePort) errs.push(fieldErrors.forbidden(child(index(child(specPath, "ports"), i), "nodePort"), "may not be used when `type` is 'ClusterIP'"));
    });
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const k = `${p.protocol}/${p.nodePort}`;
    if (nodePorts.has(k)) errs.push(fieldErrors.duplicate(child(index(child(specPath, "ports"), i), "nodePort"), p.nodePort));
    nodePorts.add(k);
  });
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const k = `${p.protocol}/${p.port}`;
    if (seen.has(k)) errs.push(fieldErrors.duplicate(index(child(specPath, "ports"), i), servicePortKey(p)));
    seen.add(k);
  });
  return errs;
}

export function validateServiceUpdate(svc: KubeObject, old: KubeObject): FieldError[] {
  const errs = validateObjectMetaUpdate(svc.metadata, old.metadata);
  const spec = specOf(svc);
  const oldSpec = specOf(old);
  if (spec.type !== "ExternalName" && oldSpec.type !== "ExternalName") {
    const ips = spec.clusterIPs ?? [];
    const oldIps = oldSpec.clusterIPs ?? [];
    if (ips.length && oldIps.length && ips[0] !== oldIps[0])
      errs.push(fieldErrors.invalid(index(child("spec", "clusterIPs"), 0), ips, "may not change once set"));
  }
  errs.push(...validateService(svc));
  return errs;
}
