// NetworkPolicy validation (pkg/apis/networking/validation ValidateNetworkPolicySpec, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { deepEqual } from "../../validation/deep-equal";
import { validateLabelSelector, type LabelSelector } from "../../validation/label-selector";
import { isValidPortName, isValidPortNum, nameIsDNSSubdomain } from "../../validation/names";
import { validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child, index } from "../../validation/path";
import { parseIPv4 } from "../service/ip";

interface Port {
  protocol?: string;
  port?: number | string;
  endPort?: number;
}

interface Peer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: { cidr?: string; except?: string[] };
}

interface NetworkPolicySpec {
  podSelector?: LabelSelector;
  ingress?: { ports?: Port[]; from?: Peer[] }[];
  egress?: { ports?: Port[]; to?: Peer[] }[];
  policyTypes?: string[];
}

function validatePort(port: Port, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (port.protocol !== undefined && !["TCP", "UDP", "SCTP"].includes(port.protocol))
    errs.push(fieldErrors.notSupported(child(path, "protocol"), port.protocol, ["TCP", "UDP", "SCTP"]));
  if (typeof port.port === "number") {
    for (const msg of isValidPortNum(port.port)) errs.push(fieldErrors.invalid(child(path, "port"), port.port, msg));
    if (port.endPort !== undefined) {
      if (port.endPort < port.port) errs.push(fieldErrors.invalid(child(path, "endPort"), port.port, "must be greater than or equal to `port`"));
      for (const msg of isValidPortNum(port.endPort)) errs.push(fieldErrors.invalid(child(path, "endPort"), port.endPort, msg));
    }
  } else if (typeof port.port === "string") {
    if (port.endPort !== undefined)
      errs.push(fieldErrors.invalid(child(path, "endPort"), port.endPort, "may not be specified when `port` is non-numeric"));
    for (const msg of isValidPortName(port.port)) errs.push(fieldErrors.invalid(child(path, "port"), port.port, msg));
  } else if (port.endPort !== undefined) {
    errs.push(fieldErrors.invalid(child(path, "endPort"), port.endPort, "may not be specified when `port` is not specified"));
  }
  return errs;
}

function validateCIDR(value: string, path: string): FieldError[] {
  const [ip, bits, extra] = value.split("/");
  const n = Number(bits);
  if (extra !== undefined || parseIPv4(ip ?? "") === undefined || bits === undefined || !/^\d+$/.test(bits) || n > 32)
    return [fieldErrors.invalid(path, value, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)")];
  return [];
}

function validatePeer(peer: Peer, path: string): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  if (peer.podSelector) {
    count++;
    errs.push(...validateLabelSelector(peer.podSelector, child(path, "podSelector")));
  }
  if (peer.namespaceSelector) {
    count++;
    errs.push(...validateLabelSelector(peer.namespaceSelector, child(path, "namespaceSelector")));
  }
  if (peer.ipBlock) {
    count++;
    const cidrPath = child(path, "ipBlock", "cidr");
    if (!peer.ipBlock.cidr) errs.push(fieldErrors.required(cidrPath));
    else errs.push(...validateCIDR(peer.ipBlock.cidr, cidrPath));
    (peer.ipBlock.except ?? []).forEach((e, i) => errs.push(...validateCIDR(e, index(child(path, "ipBlock", "except"), i))));
  }
  if (count === 0) errs.push(fieldErrors.required(path, "must specify a peer"));
  else if (count > 1 && peer.ipBlock) errs.push(fieldErrors.forbidden(path, "may not specify both ipBlock and another peer"));
  return errs;
}

function validateSpec(spec: NetworkPolicySpec, path = "spec"): FieldError[] {
  const errs = validateLabelSelector(spec.podSelector ?? {}, child(path, "podSelector"));
  for (const [dir, peers] of [["ingress", "from"], ["egress", "to"]] as const) {
    (spec[dir] ?? []).forEach((rule, i) => {
      const rp = index(child(path, dir), i);
      (rule.ports ?? []).forEach((p, j) => errs.push(...validatePort(p, index(child(rp, "ports"), j))));
      const list = ((rule as Record<string, unknown>)[peers] ?? []) as Peer[];
      list.forEach((peer, j) => errs.push(...validatePeer(peer, index(child(rp, peers), j))));
    });
  }
  const types = spec.policyTypes ?? [];
  if (types.length > 2) return [...errs, fieldErrors.invalid(child(path, "policyTypes"), types, "may not specify more than two policyTypes")];
  types.forEach((t, i) => {
    if (t !== "Ingress" && t !== "Egress") errs.push(fieldErrors.notSupported(index(child(path, "policyTypes"), i), t, ["Ingress", "Egress"]));
  });
  return errs;
}

function specOf(o: KubeObject): NetworkPolicySpec {
  return (o.spec ?? {}) as NetworkPolicySpec;
}

export const networkPolicyStrategy: Strategy = {
  prepareForCreate: (np) => {
    np.metadata.generation = 1;
  },
  prepareForUpdate(np, old) {
    const gen = old.metadata.generation ?? 0;
    np.metadata.generation = deepEqual(np.spec, old.spec) ? gen : gen + 1;
  },
  validate: (np) => [...validateObjectMeta(np.metadata, true, nameIsDNSSubdomain), ...validateSpec(specOf(np))],
  validateUpdate: (np, old) => [...validateObjectMetaUpdate(np.metadata, old.metadata), ...validateSpec(specOf(np))],
};
