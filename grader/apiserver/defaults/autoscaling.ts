// Defaults of autoscaling/v2 (pkg/apis/autoscaling/v2/defaults.go) and
// autoscaling/v1 (pkg/apis/autoscaling/v1/defaults.go), v1.34.
import type { DefaulterTable } from "./defaulter";
import { defaultNil, ensureObject, isNil, objectAt, type JsonObject } from "./json-helpers";

// Unset parts of a scaling rule come from upstream's defaultHPAScaleUpRules / defaultHPAScaleDownRules.
function scalingRules(given: JsonObject | undefined, defaults: JsonObject): JsonObject {
  const rules: JsonObject = { ...defaults };
  if (!given) return rules;
  for (const key of ["selectPolicy", "stabilizationWindowSeconds", "policies", "tolerance"]) {
    if (!isNil(given[key])) rules[key] = given[key];
  }
  return rules;
}

export const autoscalingDefaulters: DefaulterTable = {
  V2HorizontalPodAutoscaler(hpa) {
    const spec = ensureObject(hpa, "spec");
    defaultNil(spec, "minReplicas", 1);
    if (!Array.isArray(spec.metrics) || spec.metrics.length === 0) {
      spec.metrics = [
        { type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 80 } } },
      ];
    }
    const behavior = objectAt(spec, "behavior");
    if (behavior) {
      behavior.scaleUp = scalingRules(objectAt(behavior, "scaleUp"), {
        stabilizationWindowSeconds: 0,
        selectPolicy: "Max",
        policies: [
          { type: "Pods", value: 4, periodSeconds: 15 },
          { type: "Percent", value: 100, periodSeconds: 15 },
        ],
      });
      behavior.scaleDown = scalingRules(objectAt(behavior, "scaleDown"), {
        selectPolicy: "Max",
        policies: [{ type: "Percent", value: 100, periodSeconds: 15 }],
      });
    }
  },
  V1HorizontalPodAutoscaler(hpa) {
    defaultNil(ensureObject(hpa, "spec"), "minReplicas", 1);
  },
};
