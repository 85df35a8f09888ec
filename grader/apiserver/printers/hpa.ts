// HorizontalPodAutoscaler columns of printers.go (formatHPAMetrics): `cpu: 40%/50%`, `cpu: <unknown>/50%`.
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn } from "./columns";
import { view } from "./object-view";
import { quantityPointerString as q } from "./quantities";
import { translateTimestampSince } from "./timestamps";

interface MetricTargetView {
  type?: string;
  value?: string;
  averageValue?: string;
  averageUtilization?: number;
}

interface MetricValueView {
  value?: string;
  averageValue?: string;
  averageUtilization?: number;
}

interface MetricSpecView {
  type: string;
  resource?: { name: string; target: MetricTargetView };
  containerResource?: { name: string; container?: string; target: MetricTargetView };
  pods?: { target: MetricTargetView };
  object?: { target: MetricTargetView };
  external?: { target: MetricTargetView };
}

interface MetricStatusView {
  resource?: { current: MetricValueView };
  containerResource?: { current: MetricValueView };
  pods?: { current: MetricValueView };
  object?: { current: MetricValueView };
  external?: { current: MetricValueView };
}

interface HpaView {
  metadata: { name?: string; creationTimestamp?: string };
  spec?: {
    scaleTargetRef?: { kind?: string; name?: string };
    minReplicas?: number | null;
    maxReplicas?: number;
    metrics?: MetricSpecView[];
    /** autoscaling/v1 */
    targetCPUUtilizationPercentage?: number;
  };
  status?: {
    currentReplicas?: number;
    currentMetrics?: MetricStatusView[] | null;
    /** autoscaling/v1 */
    currentCPUUtilizationPercentage?: number;
  };
}

// An autoscaling/v1 object reads as its internal form: one cpu Utilization metric.
function metricsOf(hpa: HpaView): { specs: MetricSpecView[]; statuses: MetricStatusView[] } {
  const spec = hpa.spec ?? {};
  if (spec.metrics !== undefined || spec.targetCPUUtilizationPercentage === undefined) {
    return { specs: spec.metrics ?? [], statuses: hpa.status?.currentMetrics ?? [] };
  }
  const current = hpa.status?.currentCPUUtilizationPercentage;
  return {
    specs: [
      {
        type: "Resource",
        resource: { name: "cpu", target: { type: "Utilization", averageUtilization: spec.targetCPUUtilizationPercentage } },
      },
    ],
    statuses: current === undefined ? [] : [{ resource: { current: { averageUtilization: current } } }],
  };
}

const maxShown = 2;

function valueOrAverage(
  name: string,
  target: MetricTargetView,
  current: MetricValueView | undefined,
  withAvgSuffix: boolean,
): string {
  const prefix = name ? `${name}: ` : "";
  if (target.averageValue !== undefined) {
    const now = current?.averageValue !== undefined ? q(current.averageValue) : "<unknown>";
    return `${prefix}${now}/${q(target.averageValue)}${withAvgSuffix ? " (avg)" : ""}`;
  }
  const now = current !== undefined ? q(current.value) : "<unknown>";
  return `${prefix}${now}/${q(target.value)}`;
}

function utilization(name: string, target: MetricTargetView, current: MetricValueView | undefined): string {
  if (target.averageValue !== undefined) {
    const now = current !== undefined ? q(current.averageValue) : "<unknown>";
    return `${name}: ${now}/${q(target.averageValue)}`;
  }
  const now = current?.averageUtilization !== undefined ? `${current.averageUtilization}%` : "<unknown>";
  const goal = target.averageUtilization !== undefined ? `${target.averageUtilization}%` : "<auto>";
  return `${name}: ${now}/${goal}`;
}

export function formatHPAMetrics(specs: MetricSpecView[], statuses: MetricStatusView[]): string {
  if (specs.length === 0) return "<none>";
  const list = specs.map((spec, i) => {
    const status = statuses[i];
    switch (spec.type) {
      case "External":
        return valueOrAverage("", spec.external?.target ?? {}, status?.external?.current, true);
      case "Pods": {
        const current = status?.pods?.current;
        return `${current !== undefined ? q(current.averageValue) : "<unknown>"}/${q(spec.pods?.target.averageValue)}`;
      }
      case "Object":
        return valueOrAverage("", spec.object?.target ?? {}, status?.object?.current, true);
      case "Resource":
        return utilization(spec.resource?.name ?? "", spec.resource?.target ?? {}, status?.resource?.current);
      case "ContainerResource":
        return utilization(spec.containerResource?.name ?? "", spec.containerResource?.target ?? {}, status?.containerResource?.current);
      default:
        return "<unknown type>";
    }
  });
  const text = list.slice(0, maxShown).join(", ");
  return list.length > maxShown ? `${text} + ${list.length - maxShown} more...` : text;
}

export const horizontalPodAutoscalerPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Reference"),
    column("Targets"),
    column("MinPods"),
    column("MaxPods"),
    column("Replicas"),
    ageColumn,
  ],
  row(obj, ctx) {
    const hpa = view<HpaView>(obj);
    const ref = hpa.spec?.scaleTargetRef ?? {};
    const { specs, statuses } = metricsOf(hpa);
    const minReplicas = hpa.spec?.minReplicas;
    return [
      hpa.metadata.name ?? "",
      `${ref.kind ?? ""}/${ref.name ?? ""}`,
      formatHPAMetrics(specs, statuses),
      minReplicas === undefined || minReplicas === null ? "<unset>" : String(minReplicas),
      hpa.spec?.maxReplicas ?? 0,
      hpa.status?.currentReplicas ?? 0,
      translateTimestampSince(hpa.metadata.creationTimestamp, ctx.now),
    ];
  },
};
