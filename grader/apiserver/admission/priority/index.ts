// Priority (plugin/pkg/admission/priority/admission.go): resolves a pod's
// priorityClassName to spec.priority and spec.preemptionPolicy; without a class
// the global default class applies, else priority 0.
import { isNotFound } from "../../errors";
import { admissionForbidden } from "../forbidden";
import { priorityClassesGVR } from "../gvr";
import type { MutatingAdmissionPlugin } from "../interface";

interface PriorityClass {
  metadata: { name?: string };
  value: number;
  globalDefault?: boolean;
  preemptionPolicy?: string;
}

// scheduling.SystemPriorityClasses(): built in, even before they are stored.
const systemPriorityClasses: Record<string, number> = {
  "system-node-critical": 2000001000,
  "system-cluster-critical": 2000000000,
};

interface PodSpec {
  priorityClassName?: string;
  priority?: number;
  preemptionPolicy?: string;
}

export const priorityPlugin = {
  name: "Priority",
  handles: (attrs) =>
    attrs.operation === "CREATE" && attrs.subresource === "" && attrs.resource.group === "" && attrs.resource.resource === "pods",
  admit(attrs, api) {
    const spec = attrs.object?.spec as PodSpec | undefined;
    if (!spec) return;
    let value = 0;
    let preemptionPolicy = "PreemptLowerPriority";
    if (!spec.priorityClassName) {
      const classes = api.list(priorityClassesGVR, { readOnly: true }).items as unknown as PriorityClass[];
      const globalDefault = classes.find((c) => c.globalDefault);
      if (globalDefault) {
        spec.priorityClassName = globalDefault.metadata.name;
        value = globalDefault.value;
        preemptionPolicy = globalDefault.preemptionPolicy ?? preemptionPolicy;
      }
    } else {
      try {
        const pc = api.get(priorityClassesGVR, "", spec.priorityClassName, { readOnly: true }) as unknown as PriorityClass;
        value = pc.value;
        preemptionPolicy = pc.preemptionPolicy ?? preemptionPolicy;
      } catch (e) {
        if (!isNotFound(e)) throw e;
        const system = systemPriorityClasses[spec.priorityClassName];
        if (system === undefined) {
          throw admissionForbidden(attrs, `no PriorityClass with name ${spec.priorityClassName} was found`);
        }
        value = system;
      }
    }
    // A pod may state the priority it expects, but only the one its class gives.
    if (spec.priority !== undefined && spec.priority !== value) {
      throw admissionForbidden(
        attrs,
        `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${value} from the given PriorityClass name`,
      );
    }
    spec.priority = value;
    spec.preemptionPolicy ??= preemptionPolicy;
  },
} satisfies MutatingAdmissionPlugin;
