// Expected text from printControllerRevision and its column definitions in
// kubernetes pkg/printers/internalversion/printers.go (v1.34), through kubectl's tabwriter.
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../types";
import { agoDays, agoMinutes, kubectlGet } from "./fixtures";

function revision(name: string, rev: number, created: string, owner?: { apiVersion: string; kind: string; name: string; controller?: boolean }): KubeObject {
  const ownerReferences = owner ? [{ uid: "u-1", controller: true, ...owner }] : undefined;
  return { apiVersion: "apps/v1", kind: "ControllerRevision", metadata: { name, namespace: "default", creationTimestamp: created, ownerReferences }, revision: rev };
}

describe("ControllerRevision table (printers.go printControllerRevision)", () => {
  const cases: { name: string; objs: KubeObject[]; want: string }[] = [
    {
      name: "revisions owned by a StatefulSet and a DaemonSet name their controller as kind.group/name",
      objs: [
        revision("web-7b9c6d5f4", 1, agoDays(2), { apiVersion: "apps/v1", kind: "StatefulSet", name: "web" }),
        revision("logs-5d8f7c9b6", 2, agoMinutes(5), { apiVersion: "apps/v1", kind: "DaemonSet", name: "logs" }),
      ],
      want:
        "NAME             CONTROLLER             REVISION   AGE\n" +
        "web-7b9c6d5f4    statefulset.apps/web   1          2d\n" +
        "logs-5d8f7c9b6   daemonset.apps/logs    2          5m\n",
    },
    {
      name: "a revision without a controller reference shows <none>",
      objs: [revision("orphan-1", 3, agoMinutes(1))],
      want: "NAME       CONTROLLER   REVISION   AGE\norphan-1   <none>       3          60s\n",
    },
    {
      name: "an owner that is not the controller does not count (metav1.GetControllerOf)",
      objs: [revision("r", 1, agoMinutes(1), { apiVersion: "apps/v1", kind: "StatefulSet", name: "web", controller: false })],
      want: "NAME   CONTROLLER   REVISION   AGE\nr      <none>       1          60s\n",
    },
    {
      name: "a core-group controller is printed as kind/name, without a group",
      objs: [revision("r", 1, agoMinutes(1), { apiVersion: "v1", kind: "Pod", name: "p" })],
      want: "NAME   CONTROLLER   REVISION   AGE\nr      pod/p        1          60s\n",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(kubectlGet("apps", "ControllerRevision", c.objs)).toBe(c.want);
    });
  }
});
