// describeHorizontalPodAutoscalerV2 and printDirectionBehavior of
// k8s.io/kubectl/pkg/describe/describe.go v0.34.5 (the describer reads the
// autoscaling/v2 form first, so v1 objects print the same way).
import type { KubeObject } from "../../apiserver/types";
import { DescribeWriter } from "./describe-writer";
import { formatRFC1123Z, writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import { quantityString } from "./persistentvolume";
import type { Describer } from "./describers";

interface MetricTarget {
  type?: string;
  value?: string;
  averageValue?: string;
  averageUtilization?: number;
}

interface MetricValue {
  value?: string;
  averageValue?: string;
  averageUtilization?: number;
}

interface MetricSpec {
  type: string;
  resource?: { name: string; target: MetricTarget };
  containerResource?: { name: string; container: string; target: MetricTarget };
  pods?: { metric: { name: string }; target: MetricTarget };
  object?: { metric: { name: string }; describedObject: { kind: string; name: string }; target: MetricTarget };
  external?: { metric: { name: string }; target: MetricTarget };
}

interface MetricStatus {
  resource?: { current: MetricValue };
  containerResource?: { current: MetricValue };
  pods?: { current: MetricValue };
  object?: { current: MetricValue };
  external?: { current: MetricValue };
}

interface ScalingRules {
  stabilizationWindowSeconds?: number;
  selectPolicy?: string;
  policies?: { type: string; value: number; periodSeconds: number }[];
}

interface HorizontalPodAutoscalerView {
  metadata: KubeObject["metadata"];
  spec?: {
    scaleTargetRef?: { kind?: string; name?: string };
    minReplicas?: number;
    maxReplicas?: number;
    metrics?: MetricSpec[];
    behavior?: { scaleUp?: ScalingRules; scaleDown?: ScalingRules };
  };
  status?: {
    currentReplicas?: number;
    desiredReplicas?: number;
    currentMetrics?: MetricStatus[];
    conditions?: { type: string; status: string; reason?: string; message?: string }[];
  };
}

/** A *resource.Quantity's String(): "<nil>" when the pointer is nil (upstream prints unset targets that way). */
const q = (v: string | undefined): string => (v === undefined ? "<nil>" : quantityString(v));

function writeMetric(w: DescribeWriter, metric: MetricSpec, current: MetricStatus | undefined): void {
  switch (metric.type) {
    case "External": {
      const ext = metric.external!;
      if (ext.target.averageValue !== undefined) {
        const cur = current?.external?.current.averageValue !== undefined ? q(current.external.current.averageValue) : "<unknown>";
        w.write(1, `${JSON.stringify(ext.metric.name)} (target average value):\t${cur} / ${q(ext.target.averageValue)}\n`);
      } else {
        const cur = current?.external ? q(current.external.current.value) : "<unknown>";
        w.write(1, `${JSON.stringify(ext.metric.name)} (target value):\t${cur} / ${q(ext.target.value)}\n`);
      }
      return;
    }
    case "Pods": {
      const pods = metric.pods!;
      const cur = current?.pods ? q(current.pods.current.averageValue) : "<unknown>";
      w.write(1, `${JSON.stringify(pods.metric.name)} on pods:\t${cur} / ${q(pods.target.averageValue)}\n`);
      return;
    }
    case "Object": {
      const obj = metric.object!;
      w.write(1, `"${obj.metric.name}" on ${obj.describedObject.kind}/${obj.describedObject.name} `);
      if (obj.target.type === "AverageValue") {
        const cur = current?.object ? q(current.object.current.averageValue) : "<unknown>";
        w.write(0, `(target average value):\t${cur} / ${q(obj.target.averageValue)}\n`);
      } else {
        const cur = current?.object ? q(current.object.current.value) : "<unknown>";
        w.write(0, `(target value):\t${cur} / ${q(obj.target.value)}\n`);
      }
      return;
    }
    case "Resource":
    case "ContainerResource": {
      const res = metric.type === "Resource" ? metric.resource! : metric.containerResource!;
      const cur = metric.type === "Resource" ? current?.resource : current?.containerResource;
      w.write(1, metric.type === "Resource" ? `resource ${res.name} on pods` : `resource ${res.name} of container "${metric.containerResource!.container}" on pods`);
      if (res.target.averageValue !== undefined) {
        w.write(0, `:\t${cur ? q(cur.current.averageValue) : "<unknown>"} / ${q(res.target.averageValue)}\n`);
      } else {
        const currentText = cur?.current.averageUtilization !== undefined ? `${cur.current.averageUtilization}% (${q(cur.current.averageValue)})` : "<unknown>";
        const target = res.target.averageUtilization !== undefined ? `${res.target.averageUtilization}%` : "<auto>";
        // Upstream writes this second part at LEVEL_1 too, so it is indented once more on the same line.
        w.write(1, `(as a percentage of request):\t${currentText} / ${target}\n`);
      }
      return;
    }
    default:
      w.write(1, `<unknown metric type ${JSON.stringify(metric.type)}>\n`);
  }
}

function writeDirectionBehavior(w: DescribeWriter, direction: string, rules: ScalingRules | undefined): void {
  if (!rules) return;
  w.write(1, `${direction}:\n`);
  if (rules.stabilizationWindowSeconds !== undefined) w.write(2, `Stabilization Window: ${rules.stabilizationWindowSeconds} seconds\n`);
  if ((rules.policies ?? []).length > 0) {
    w.write(2, `Select Policy: ${rules.selectPolicy ?? "Max"}\n`);
    w.write(2, "Policies:\n");
    for (const p of rules.policies!) w.write(3, `- Type: ${p.type}\tValue: ${p.value}\tPeriod: ${p.periodSeconds} seconds\n`);
  }
}

/** `kubectl describe hpa`: the text describeHorizontalPodAutoscalerV2 prints, Events included when given. */
export function describeHorizontalPodAutoscaler(obj: KubeObject, events: KubeObject[] | undefined, now: number): string {
  const hpa = obj as unknown as HorizontalPodAutoscalerView;
  const spec = hpa.spec ?? {};
  const status = hpa.status ?? {};
  const w = new DescribeWriter();
  w.write(0, `Name:\t${hpa.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${hpa.metadata.namespace ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", hpa.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", hpa.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${formatRFC1123Z(hpa.metadata.creationTimestamp)}\n`);
  w.write(0, `Reference:\t${spec.scaleTargetRef?.kind ?? ""}/${spec.scaleTargetRef?.name ?? ""}\n`);
  w.write(0, "Metrics:\t( current / target )\n");
  (spec.metrics ?? []).forEach((m, i) => writeMetric(w, m, status.currentMetrics?.[i]));
  w.write(0, `Min replicas:\t${spec.minReplicas ?? "<unset>"}\n`);
  w.write(0, `Max replicas:\t${spec.maxReplicas ?? 0}\n`);
  if (spec.behavior) {
    w.write(0, "Behavior:\n");
    writeDirectionBehavior(w, "Scale Up", spec.behavior.scaleUp);
    writeDirectionBehavior(w, "Scale Down", spec.behavior.scaleDown);
  }
  w.write(0, `${spec.scaleTargetRef?.kind ?? ""} pods:\t`);
  w.write(0, `${status.currentReplicas ?? 0} current / ${status.desiredReplicas ?? 0} desired\n`);
  if ((status.conditions ?? []).length > 0) {
    w.write(0, "Conditions:\n");
    w.write(1, "Type\tStatus\tReason\tMessage\n");
    w.write(1, "----\t------\t------\t-------\n");
    for (const c of status.conditions!) w.write(1, `${c.type}\t${c.status}\t${c.reason ?? ""}\t${c.message ?? ""}\n`);
  }
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const horizontalPodAutoscalerDescriber: Describer = (cluster, obj, settings) =>
  describeHorizontalPodAutoscaler(obj, settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
