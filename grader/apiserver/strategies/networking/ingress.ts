// Ingress and IngressClass validation (pkg/apis/networking/validation/validation.go, v1.34).
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { deepEqual } from "../../validation/deep-equal";
import { validateImmutableField } from "../../validation/object-meta";
import {
  byteLength,
  isDNS1035Label,
  isDNS1123Subdomain,
  isValidPortName,
  isValidPortNum,
  nameIsDNSSubdomain,
  regexError,
} from "../../validation/names";
import { validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child, index } from "../../validation/path";
import { parseIPv4 } from "../service/ip";
import { keepSpec } from "../generation";

interface IngressBackend {
  service?: { name?: string; port?: { name?: string; number?: number } };
  resource?: { apiGroup?: string; kind?: string; name?: string };
}

interface IngressSpec {
  ingressClassName?: string;
  defaultBackend?: IngressBackend;
  tls?: { hosts?: string[]; secretName?: string }[];
  rules?: { host?: string; http?: { paths?: { path?: string; pathType?: string; backend?: IngressBackend }[] } }[];
}

const pathTypes = ["Exact", "ImplementationSpecific", "Prefix"];
const invalidPathSequences = ["//", "/./", "/../", "%2f", "%2F"];
const invalidPathSuffixes = ["/..", "/."];
const wildcardFmt = "\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

function isWildcardDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > 253) errs.push("must be no more than 253 characters");
  if (!new RegExp(`^${wildcardFmt}$`).test(value))
    errs.push(
      regexError(
        "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character",
        wildcardFmt,
        "*.example.com",
      ),
    );
  return errs;
}

function validateHost(host: string, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (parseIPv4(host) !== undefined) errs.push(fieldErrors.invalid(path, host, "must be a DNS name, not an IP address"));
  const msgs = host.includes("*") ? isWildcardDNS1123Subdomain(host) : isDNS1123Subdomain(host);
  for (const msg of msgs) errs.push(fieldErrors.invalid(path, host, msg));
  return errs;
}

function validateBackend(b: IngressBackend | undefined, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const hasResource = !!b?.resource;
  const hasService = !!b?.service;
  if (hasResource && hasService) return [fieldErrors.invalid(path, "", "cannot set both resource and service backends")];
  if (hasResource) {
    const r = b!.resource!;
    if (!r.kind) errs.push(fieldErrors.required(child(path, "resource", "kind")));
    if (!r.name) errs.push(fieldErrors.required(child(path, "resource", "name")));
    return errs;
  }
  if (!hasService) return [fieldErrors.invalid(path, "", "resource or service backend is required")];
  const svc = b!.service!;
  if (!svc.name) errs.push(fieldErrors.required(child(path, "service", "name")));
  else for (const msg of isDNS1035Label(svc.name)) errs.push(fieldErrors.invalid(child(path, "service", "name"), svc.name, msg));
  const portName = svc.port?.name ?? "";
  const portNumber = svc.port?.number ?? 0;
  if (portName && portNumber) errs.push(fieldErrors.invalid(path, "", "cannot set both port name & port number"));
  else if (portName)
    for (const msg of isValidPortName(portName)) errs.push(fieldErrors.invalid(child(path, "service", "port", "name"), portName, msg));
  else if (portNumber)
    for (const msg of isValidPortNum(portNumber)) errs.push(fieldErrors.invalid(child(path, "service", "port", "number"), portNumber, msg));
  else errs.push(fieldErrors.required(path, "port name or number is required"));
  return errs;
}

function validateIngressSpec(spec: IngressSpec, path = "spec"): FieldError[] {
  const errs: FieldError[] = [];
  const rules = spec.rules ?? [];
  if (rules.length === 0 && !spec.defaultBackend)
    errs.push(fieldErrors.invalid(path, spec.rules ?? null, "either `defaultBackend` or `rules` must be specified"));
  if (spec.defaultBackend) errs.push(...validateBackend(spec.defaultBackend, child(path, "defaultBackend")));
  rules.forEach((rule, i) => {
    const rp = index(child(path, "rules"), i);
    if (rule.host) errs.push(...validateHost(rule.host, child(rp, "host")));
    if (!rule.http) return;
    const hp = child(rp, "http");
    const paths = rule.http.paths ?? [];
    if (paths.length === 0) errs.push(fieldErrors.required(child(hp, "paths")));
    paths.forEach((p, j) => {
      const pp = index(child(hp, "paths"), j);
      if (p.pathType === undefined) {
        errs.push(fieldErrors.required(child(pp, "pathType"), "pathType must be specified"));
        return;
      }
      const value = p.path ?? "";
      switch (p.pathType) {
        case "Exact":
        case "Prefix":
          if (!value.startsWith("/")) errs.push(fieldErrors.invalid(child(pp, "path"), value, "must be an absolute path"));
          if (value)
            for (const seq of invalidPathSequences)
              if (value.includes(seq)) errs.push(fieldErrors.invalid(child(pp, "path"), value, `must not contain '${seq}'`));
          if (value)
            for (const suf of invalidPathSuffixes)
              if (value.endsWith(suf)) errs.push(fieldErrors.invalid(child(pp, "path"), value, `cannot end with '${suf}'`));
          break;
        case "ImplementationSpecific":
          if (value && !value.startsWith("/")) errs.push(fieldErrors.invalid(child(pp, "path"), value, "must be an absolute path"));
          break;
        default:
          errs.push(fieldErrors.notSupported(child(pp, "pathType"), p.pathType, pathTypes));
      }
      errs.push(...validateBackend(p.backend, child(pp, "backend")));
    });
  });
  (spec.tls ?? []).forEach((t, i) =>
    (t.hosts ?? []).forEach((h, j) => errs.push(...validateHost(h, index(child(index(child(path, "tls"), i), "hosts"), j)))),
  );
  if (spec.ingressClassName)
    for (const msg of isDNS1123Subdomain(spec.ingressClassName))
      errs.push(fieldErrors.invalid(child(path, "ingressClassName"), spec.ingressClassName, msg));
  return errs;
}

function specOf(o: KubeObject): IngressSpec {
  return (o.spec ?? {}) as IngressSpec;
}

export const ingressStrategy: Strategy = {
  prepareForCreate(ing) {
    ing.status = {};
    ing.metadata.generation = 1;
  },
  prepareForUpdate(ing, old) {
    ing.status = old.status;
    const gen = old.metadata.generation ?? 0;
    ing.metadata.generation = deepEqual(ing.spec, old.spec) ? gen : gen + 1;
  },
  validate: (ing) => [...validateObjectMeta(ing.metadata, true, nameIsDNSSubdomain), ...validateIngressSpec(specOf(ing))],
  validateUpdate: (ing, old) => [...validateObjectMetaUpdate(ing.metadata, old.metadata), ...validateIngressSpec(specOf(ing))],
  prepareForStatusUpdate: (ing, old) => keepSpec(ing, old),
};

const domainPrefixedPath = /^[^/]+\/[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;

function validateController(controller: string | undefined): FieldError[] {
  const p = child("spec", "controller");
  if (!controller) return [fieldErrors.required(p)];
  const errs: FieldError[] = [];
  if (!domainPrefixedPath.test(controller))
    errs.push(fieldErrors.invalid(p, controller, 'must be a domain-prefixed path (such as "acme.io/foo")'));
  if (controller.length > 250) errs.push(fieldErrors.tooLong(p, "", 250));
  return errs;
}

export const ingressClassStrategy: Strategy = {
  prepareForCreate: (ic) => {
    ic.metadata.generation = 1;
  },
  validate: (ic) => [
    ...validateObjectMeta(ic.metadata, false, nameIsDNSSubdomain),
    ...validateController((ic.spec as { controller?: string } | undefined)?.controller),
  ],
  validateUpdate: (ic, old) => [
    ...validateObjectMetaUpdate(ic.metadata, old.metadata),
    ...validateImmutableField(
      (ic.spec as { controller?: string } | undefined)?.controller ?? "",
      (old.spec as { controller?: string } | undefined)?.controller ?? "",
      child("spec", "controller"),
    ),
  ],
};
