// Messages of k8s.io/apiserver/pkg/admission/plugin/resourcequota/controller.go (CheckRequest)
// and pkg/quota/v1/evaluator/core/pods.go (Constraints).
import { describe, expect, it } from "vitest";
import { isStatusError } from "../../errors";
import type { KubeObject } from "../../types";
import { FakeApi } from "../testing/fake-api";
import { attributes, configMapsResource, deploymentsResource, pod, podsResource, servicesResource } from "../testing/attributes";
import { resourceQuotaPlugin } from ".";

function quota(name: string, hard: Record<string, string>, used: Record<string, string> | undefined, spec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: "v1",
    kind: "ResourceQuota",
    metadata: { name, namespace: "shop" },
    spec: { hard, ...spec },
    status: used ? { hard, used } : {},
  };
}

function admit(api: FakeApi, attrs: ReturnType<typeof attributes>): string {
  try {
    resourceQuotaPlugin.validate(attrs, api);
    return "admitted";
  } catch (e) {
    if (isStatusError(e)) return `${e.code} ${e.status.message}`;
    throw e;
  }
}

const sized = (name: string) =>
  pod("shop", name, [{ name: "app", requests: { cpu: "500m", memory: "256Mi" }, limits: { cpu: "1", memory: "512Mi" } }]);

describe("ResourceQuota admission refuses what exceeds a quota", () => {
  it.each([
    [
      "a third pod against pods=2 is an exceeded count",
      [quota("q", { pods: "2" }, { pods: "2" })],
      attributes("CREATE", podsResource, pod("shop", "x", [{ name: "app" }])),
      '403 pods "x" is forbidden: exceeded quota: q, requested: pods=1, used: pods=2, limited: pods=2',
    ],
    [
      "a pod whose memory limit overflows limits.memory names only the exceeded resource",
      [quota("compute", { "limits.memory": "1Gi", "requests.cpu": "2" }, { "limits.memory": "768Mi", "requests.cpu": "0" })],
      attributes("CREATE", podsResource, sized("web")),
      '403 pods "web" is forbidden: exceeded quota: compute, requested: limits.memory=512Mi, used: limits.memory=768Mi, limited: limits.memory=1Gi',
    ],
    [
      "several exceeded resources are listed sorted by name",
      [quota("compute", { "requests.cpu": "1", "requests.memory": "256Mi" }, { "requests.cpu": "800m", "requests.memory": "128Mi" })],
      attributes("CREATE", podsResource, sized("web")),
      '403 pods "web" is forbidden: exceeded quota: compute, requested: requests.cpu=500m,requests.memory=256Mi, used: requests.cpu=800m,requests.memory=128Mi, limited: requests.cpu=1,requests.memory=256Mi',
    ],
    [
      "a quota on limits.cpu and limits.memory requires every container to state them",
      [quota("compute", { "limits.cpu": "2", "limits.memory": "2Gi" }, { "limits.cpu": "0", "limits.memory": "0" })],
      attributes("CREATE", podsResource, pod("shop", "web", [{ name: "c1" }, { name: "c2", limits: { cpu: "1" } }])),
      '403 pods "web" is forbidden: failed quota: compute: must specify limits.cpu for: c1; limits.memory for: c1,c2',
    ],
    [
      "a quota the controller has not synced yet (no status.hard) does not match, as Matches reads status.hard",
      [quota("q", { pods: "5", "count/pods": "5" }, undefined)],
      attributes("CREATE", podsResource, pod("shop", "web", [{ name: "app" }])),
      "admitted",
    ],
    [
      "a quota with hard but no used for a resource is status unknown",
      [{ ...quota("q", { pods: "5", services: "2" }, { pods: "1" }), status: { hard: { pods: "5", services: "2" }, used: {} } }],
      attributes("CREATE", podsResource, pod("shop", "web", [{ name: "app" }])),
      '403 pods "web" is forbidden: status unknown for quota: q, resources: pods',
    ],
    [
      "a NodePort service counts its ports against services.nodeports",
      [quota("svc", { "services.nodeports": "1" }, { "services.nodeports": "0" })],
      attributes("CREATE", servicesResource, {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "web", namespace: "shop" },
        spec: { type: "NodePort", ports: [{ port: 80 }, { port: 443 }] },
      }),
      '403 services "web" is forbidden: exceeded quota: svc, requested: services.nodeports=2, used: services.nodeports=0, limited: services.nodeports=1',
    ],
    [
      "count/deployments.apps counts deployments, named by generateName when unnamed",
      [quota("objects", { "count/deployments.apps": "1" }, { "count/deployments.apps": "1" })],
      attributes("CREATE", deploymentsResource, { apiVersion: "apps/v1", kind: "Deployment", metadata: { generateName: "web-", namespace: "shop" } }),
      '403 deployments.apps "web-" is forbidden: exceeded quota: objects, requested: count/deployments.apps=1, used: count/deployments.apps=1, limited: count/deployments.apps=1',
    ],
    [
      "configmaps are counted under their legacy name too",
      [quota("objects", { configmaps: "0" }, { configmaps: "0" })],
      attributes("CREATE", configMapsResource, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg", namespace: "shop" } }),
      '403 configmaps "cfg" is forbidden: exceeded quota: objects, requested: configmaps=1, used: configmaps=0, limited: configmaps=0',
    ],
  ])("%s", (_name, quotas, attrs, want) => {
    expect(admit(new FakeApi(quotas), attrs)).toBe(want);
  });
});

describe("ResourceQuota admission charges what it admits", () => {
  it("an admitted pod adds its usage to status.used through the status subresource", () => {
    const api = new FakeApi([quota("compute", { pods: "4", "requests.memory": "1Gi", "limits.cpu": "4" }, { pods: "1", "requests.memory": "0", "limits.cpu": "1" })]);
    expect(admit(api, attributes("CREATE", podsResource, sized("web")))).toBe("admitted");
    expect(api.updates.map((u) => [u.subresource, (u.obj.status as { used: unknown }).used])).toEqual([
      ["status", { "limits.cpu": "2", pods: "2", "requests.memory": "256Mi" }],
    ]);
  });

  it("a dry run is checked but not charged", () => {
    const api = new FakeApi([quota("q", { pods: "4" }, { pods: "1" })]);
    expect(admit(api, attributes("CREATE", podsResource, sized("web"), { dryRun: true }))).toBe("admitted");
    expect(api.updates).toEqual([]);
  });

  it.each([
    ["a BestEffort quota ignores a pod with requests", { scopes: ["BestEffort"] }, sized("web"), "admitted"],
    [
      "a BestEffort quota counts a pod without requests",
      { scopes: ["BestEffort"] },
      pod("shop", "web", [{ name: "app" }]),
      '403 pods "web" is forbidden: exceeded quota: q, requested: pods=1, used: pods=1, limited: pods=1',
    ],
    [
      "a NotTerminating quota ignores a pod with activeDeadlineSeconds",
      { scopes: ["NotTerminating"] },
      pod("shop", "web", [{ name: "app" }], { activeDeadlineSeconds: 60 }),
      "admitted",
    ],
    [
      "a PriorityClass scope selector In [high] counts a high pod",
      { scopeSelector: { matchExpressions: [{ scopeName: "PriorityClass", operator: "In", values: ["high"] }] } },
      pod("shop", "web", [{ name: "app" }], { priorityClassName: "high" }),
      '403 pods "web" is forbidden: exceeded quota: q, requested: pods=1, used: pods=1, limited: pods=1',
    ],
  ])("%s", (_name, spec, p, want) => {
    expect(admit(new FakeApi([quota("q", { pods: "1" }, { pods: "1" }, spec)]), attributes("CREATE", podsResource, p))).toBe(want);
  });
});
