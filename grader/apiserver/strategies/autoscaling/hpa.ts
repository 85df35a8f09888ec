// HorizontalPodAutoscaler (autoscaling/v2) validation (pkg/apis/autoscaling/validation, v1.34) — the common fields.
import { fieldErrors, type FieldError } from "../../errors";
import type { Strategy } from "../../strategy";
import type { KubeObject } from "../../types";
import { nameIsDNSSubdomain, nameIsPathSegment } from "../../validation/names";
import { validateObjectMeta, validateObjectMetaUpdate } from "../../validation/object-meta";
import { child, index } from "../../validation/path";
import { quantityOf, validateContainerResourceName } from "../../validation/resources";
import { keepSpec, keepStatusAndBumpGeneration, resetForCreate } from "../generation";

interface MetricTarget {
  type?: string;
  value?: string | number;
  averageValue?: string | number;
  averageUtilization?: number;
}

interface Metric {
  type?: string;
  resource?: { name?: string; target?: MetricTarget };
  containerResource?: { name?: string; container?: string; target?: MetricTarget };
  pods?: unknown;
  object?: unknown;
  external?: unknown;
}

interface HPASpec {
  scaleTargetRef?: { apiVersion?: string; kind?: string; name?: string };
  minReplicas?: number;
  maxReplicas?: number;
  metrics?: Metric[];
}

function validateTarget(t: MetricTarget, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!t.type) errs.push(fieldErrors.required(child(path, "type"), "must specify a metric target type"));
  if (t.type !== "Utilization" && t.type !== "Value" && t.type !== "AverageValue")
    errs.push(fieldErrors.invalid(child(path, "type"), t.type ?? "", "must be either Utilization, Value, or AverageValue"));
  for (const f of ["value", "averageValue"] as const) {
    const q = quantityOf(t[f]);
    if (q && q.sign() !== 1) errs.push(fieldErrors.invalid(child(path, f), q.toString(), "must be positive"));
  }
  if (t.averageUtilization !== undefined && t.averageUtilization < 1)
    errs.push(fieldErrors.invalid(child(path, "averageUtilization"), t.averageUtilization, "must be greater than 0"));
  return errs;
}

function validateResourceSource(src: { name?: string; target?: MetricTarget }, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (!src.name) errs.push(fieldErrors.required(child(path, "name"), "must specify a resource name"));
  else errs.push(...validateContainerResourceName(src.name, child(path, "name")));
  const t = src.target ?? {};
  errs.push(...validateTarget(t, child(path, "target")));
  if (t.averageUtilization === undefined && t.averageValue === undefined)
    errs.push(fieldErrors.required(child(path, "target", "averageUtilization"), "must set either a target raw value or a target utilization"));
  if (t.averageUtilization !== undefined && t.averageValue !== undefined)
    errs.push(fieldErrors.forbidden(child(path, "target", "averageValue"), "may not set both a target raw value and a target utilization"));
  return errs;
}

const metricTypes: Record<string, keyof Metric> = {
  Object: "object",
  Pods: "pods",
  Resource: "resource",
  ContainerResource: "containerResource",
  External: "external",
};

function validateMetric(m: Metric, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const field = metricTypes[m.type ?? ""];
  if (!m.type) errs.push(fieldErrors.required(child(path, "type"), "must specify a metric source type"));
  else if (!field)
    errs.push(fieldErrors.invalid(child(path, "type"), m.type, "must be either External, Object, Pods, Resource or ContainerResource"));
  else if (m[field] === undefined) errs.push(fieldErrors.required(child(path, field), "must populate information for the given metric source"));
  if (m.type === "Resource" && m.resource) errs.push(...validateResourceSource(m.resource, child(path, "resource")));
  if (m.type === "ContainerResource" && m.containerResource) {
    errs.push(...validateResourceSource(m.containerResource, child(path, "containerResource")));
    if (!m.containerResource.container)
      errs.push(fieldErrors.required(child(path, "containerResource", "container"), "must specify a container"));
  }
  return errs;
}

function validateSpec(spec: HPASpec, path = "spec"): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.minReplicas !== undefined && spec.minReplicas < 1)
    errs.push(fieldErrors.invalid(child(path, "minReplicas"), spec.minReplicas, "must be greater than or equal to 1"));
  const max = spec.maxReplicas ?? 0;
  if (max < 1) errs.push(fieldErrors.invalid(child(path, "maxReplicas"), max, "must be greater than 0"));
  if (spec.minReplicas !== undefined && max < spec.minReplicas)
    errs.push(fieldErrors.invalid(child(path, "maxReplicas"), max, "must be greater than or equal to `minReplicas`"));
  const ref = spec.scaleTargetRef ?? {};
  const refPath = child(path, "scaleTargetRef");
  for (const f of ["kind", "name"] as const) {
    const v = ref[f];
    if (!v) errs.push(fieldErrors.required(child(refPath, f)));
    else for (const msg of nameIsPathSegment(v, false)) errs.push(fieldErrors.invalid(child(refPath, f), v, msg));
  }
  (spec.metrics ?? []).forEach((m, i) => errs.push(...validateMetric(m, index(child(path, "metrics"), i))));
  return errs;
}

function specOf(o: KubeObject): HPASpec {
  return (o.spec ?? {}) as HPASpec;
}

export const horizontalPodAutoscalerStrategy: Strategy = {
  prepareForCreate: (h) => resetForCreate(h),
  prepareForUpdate: (h, old) => keepStatusAndBumpGeneration(h, old),
  validate: (h) => [...validateObjectMeta(h.metadata, true, nameIsDNSSubdomain), ...validateSpec(specOf(h))],
  validateUpdate: (h, old) => [...validateObjectMetaUpdate(h.metadata, old.metadata), ...validateSpec(specOf(h))],
  prepareForStatusUpdate: (h, old) => keepSpec(h, old),
};
