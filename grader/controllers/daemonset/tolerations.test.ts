// util.AddOrUpdateDaemonPodTolerations and v1helper.AddOrUpdateTolerationInPodSpec (pkg/controller/daemon/util/daemonset_util.go).
import { describe, it, expect } from "vitest";
import { withDaemonTolerations } from "./tolerations";

const defaults = [
  "node.kubernetes.io/not-ready:NoExecute",
  "node.kubernetes.io/unreachable:NoExecute",
  "node.kubernetes.io/disk-pressure:NoSchedule",
  "node.kubernetes.io/memory-pressure:NoSchedule",
  "node.kubernetes.io/pid-pressure:NoSchedule",
  "node.kubernetes.io/unschedulable:NoSchedule",
];

describe("withDaemonTolerations", () => {
  const keys = (ts: { key?: string; effect?: string }[]) => ts.map((t) => `${t.key ?? "*"}:${t.effect ?? "*"}`);
  const cases: [string, Parameters<typeof withDaemonTolerations>, string[]][] = [
    ["appends the six daemon tolerations to a pod without any", [undefined, false], defaults],
    ["keeps the template's tolerations first", [[{ operator: "Exists" }], false], ["*:*", ...defaults]],
    ["adds network-unavailable for host-network pods", [[], true], [...defaults, "node.kubernetes.io/network-unavailable:NoSchedule"]],
    [
      "replaces an identical toleration in place instead of adding it twice",
      [[{ key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" }], false],
      ["node.kubernetes.io/unschedulable:NoSchedule", ...defaults.slice(0, 5)],
    ],
  ];
  for (const [name, args, want] of cases) it(name, () => expect(keys(withDaemonTolerations(...args))).toEqual(want));

  it("drops tolerationSeconds from a matching not-ready toleration, as the replacement has none", () => {
    const out = withDaemonTolerations([{ key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 }], false);
    expect(out[0]).toEqual({ key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute" });
  });
});
