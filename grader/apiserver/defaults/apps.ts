// Defaults of apps/v1 types: pkg/apis/apps/v1/defaults.go (v1.34). Pod template
// defaults come from the core/v1 types they contain (PodSpec, Container, ...).
import type { DefaulterTable } from "./defaulter";
import { defaultNil, defaultZero, ensureObject } from "./json-helpers";

export const appsDefaulters: DefaulterTable = {
  V1Deployment(d) {
    const spec = ensureObject(d, "spec");
    defaultNil(spec, "replicas", 1);
    const strategy = ensureObject(spec, "strategy");
    defaultZero(strategy, "type", "RollingUpdate");
    if (strategy.type === "RollingUpdate") {
      const rollingUpdate = ensureObject(strategy, "rollingUpdate");
      defaultNil(rollingUpdate, "maxUnavailable", "25%");
      defaultNil(rollingUpdate, "maxSurge", "25%");
    }
    defaultNil(spec, "revisionHistoryLimit", 10);
    defaultNil(spec, "progressDeadlineSeconds", 600);
  },
  V1DaemonSet(ds) {
    const spec = ensureObject(ds, "spec");
    const strategy = ensureObject(spec, "updateStrategy");
    defaultZero(strategy, "type", "RollingUpdate");
    if (strategy.type === "RollingUpdate") {
      const rollingUpdate = ensureObject(strategy, "rollingUpdate");
      defaultNil(rollingUpdate, "maxUnavailable", 1);
      defaultNil(rollingUpdate, "maxSurge", 0);
    }
    defaultNil(spec, "revisionHistoryLimit", 10);
  },
  V1StatefulSet(sts) {
    const spec = ensureObject(sts, "spec");
    defaultZero(spec, "podManagementPolicy", "OrderedReady");
    const strategy = ensureObject(spec, "updateStrategy");
    if (!strategy.type) {
      strategy.type = "RollingUpdate";
      ensureObject(strategy, "rollingUpdate");
    }
    const rollingUpdate = strategy.rollingUpdate;
    if (strategy.type === "RollingUpdate" && rollingUpdate && typeof rollingUpdate === "object") {
      defaultNil(rollingUpdate as Record<string, unknown>, "partition", 0);
    }
    // StatefulSetAutoDeletePVC is GA (on) in v1.34.
    const retention = ensureObject(spec, "persistentVolumeClaimRetentionPolicy");
    defaultZero(retention, "whenDeleted", "Retain");
    defaultZero(retention, "whenScaled", "Retain");
    defaultNil(spec, "replicas", 1);
    defaultNil(spec, "revisionHistoryLimit", 10);
  },
  V1ReplicaSet(rs) {
    defaultNil(ensureObject(rs, "spec"), "replicas", 1);
  },
};
