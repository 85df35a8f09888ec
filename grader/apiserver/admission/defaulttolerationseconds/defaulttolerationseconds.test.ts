// plugin/pkg/admission/defaulttolerationseconds/admission.go and plugin/pkg/admission/priority/admission.go.
import { describe, expect, it } from "vitest";
import { isStatusError } from "../../errors";
import { FakeApi } from "../testing/fake-api";
import { attributes, pod, podsResource } from "../testing/attributes";
import { priorityPlugin } from "../priority";
import { defaultTolerationSecondsPlugin } from ".";

const notReady = { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 };
const unreachable = { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 };

describe("DefaultTolerationSeconds", () => {
  it.each([
    ["a pod without tolerations gets both for 300 s", undefined, [notReady, unreachable]],
    [
      "a pod tolerating not-ready keeps its own and gets only unreachable",
      [{ key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 60 }],
      [{ key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 60 }, unreachable],
    ],
    ["a pod tolerating everything gets nothing more", [{ operator: "Exists" }], [{ operator: "Exists" }]],
  ])("%s", (_name, tolerations, want) => {
    const p = pod("shop", "web", [{ name: "app" }], tolerations ? { tolerations } : {});
    defaultTolerationSecondsPlugin.admit(attributes("CREATE", podsResource, p));
    expect((p.spec as { tolerations?: unknown }).tolerations).toEqual(want);
  });
});

describe("Priority", () => {
  it("a pod without a class gets priority 0 and PreemptLowerPriority", () => {
    const p = pod("shop", "web", [{ name: "app" }]);
    priorityPlugin.admit(attributes("CREATE", podsResource, p), new FakeApi());
    expect(p.spec).toMatchObject({ priority: 0, preemptionPolicy: "PreemptLowerPriority" });
  });

  it("a class resolves to its value and policy", () => {
    const pc = { apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name: "high" }, value: 1000, preemptionPolicy: "Never" };
    const p = pod("shop", "web", [{ name: "app" }], { priorityClassName: "high" });
    priorityPlugin.admit(attributes("CREATE", podsResource, p), new FakeApi([pc]));
    expect(p.spec).toMatchObject({ priority: 1000, preemptionPolicy: "Never" });
  });

  it("a missing class is Forbidden", () => {
    const p = pod("shop", "web", [{ name: "app" }], { priorityClassName: "gold" });
    let message = "";
    try {
      priorityPlugin.admit(attributes("CREATE", podsResource, p), new FakeApi());
    } catch (e) {
      if (isStatusError(e)) message = e.status.message;
    }
    expect(message).toBe('pods "web" is forbidden: no PriorityClass with name gold was found');
  });
});
