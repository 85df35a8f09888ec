// Cases follow k8s.io/apimachinery/pkg/util/strategicpatch/patch_test.go
// (createThreeWayMergePatch and two-way cases), on the Pod and Deployment schemas.
import { describe, expect, it } from "vitest";
import { createThreeWayMergePatch, createTwoWayMergePatch } from "./three-way";
import { patchSchemaFor } from "./patch-meta";
import { strategicMergeMapPatch, type JsonMap } from "./strategic-merge";

const podSchema = patchSchemaFor({ group: "", version: "v1", kind: "Pod" })!;
const deploySchema = patchSchemaFor({ group: "apps", version: "v1", kind: "Deployment" })!;

const pod = (containers: unknown[], extra: JsonMap = {}): JsonMap => ({ apiVersion: "v1", kind: "Pod", metadata: { name: "x" }, spec: { containers, ...extra } });

describe("createThreeWayMergePatch", () => {
  const cases: { name: string; original: JsonMap; modified: JsonMap; current: JsonMap; patch: JsonMap }[] = [
    {
      name: "an identical manifest, last-applied and live object give an empty patch",
      original: pod([{ name: "c", image: "nginx" }]),
      modified: pod([{ name: "c", image: "nginx" }]),
      current: pod([{ name: "c", image: "nginx" }]),
      patch: {},
    },
    {
      name: "a changed image is sent with the container's merge key and the list's element order",
      original: pod([{ name: "c", image: "nginx" }]),
      modified: pod([{ name: "c", image: "nginx:1.26" }]),
      current: pod([{ name: "c", image: "nginx", imagePullPolicy: "Always" }]),
      patch: { spec: { containers: [{ name: "c", image: "nginx:1.26" }], "$setElementOrder/containers": [{ name: "c" }] } },
    },
    {
      name: "an env var removed from the manifest is deleted with $patch: delete",
      original: pod([{ name: "c", image: "i", env: [{ name: "A", value: "1" }, { name: "B", value: "2" }] }]),
      modified: pod([{ name: "c", image: "i", env: [{ name: "A", value: "1" }] }]),
      current: pod([{ name: "c", image: "i", env: [{ name: "A", value: "1" }, { name: "B", value: "2" }] }]),
      patch: {
        spec: {
          "$setElementOrder/containers": [{ name: "c" }],
          containers: [{ name: "c", env: [{ name: "B", $patch: "delete" }], "$setElementOrder/env": [{ name: "A" }] }],
        },
      },
    },
    {
      name: "a port removed from the manifest is deleted by its containerPort merge key",
      original: pod([{ name: "c", image: "i", ports: [{ containerPort: 80 }, { containerPort: 443 }] }]),
      modified: pod([{ name: "c", image: "i", ports: [{ containerPort: 80 }] }]),
      current: pod([{ name: "c", image: "i", ports: [{ containerPort: 80, protocol: "TCP" }, { containerPort: 443, protocol: "TCP" }] }]),
      patch: {
        spec: {
          "$setElementOrder/containers": [{ name: "c" }],
          containers: [{ name: "c", ports: [{ containerPort: 443, $patch: "delete" }], "$setElementOrder/ports": [{ containerPort: 80 }] }],
        },
      },
    },
    {
      name: "a field only the live object has (set by a controller or defaulting) is left alone",
      original: pod([{ name: "c", image: "i" }]),
      modified: pod([{ name: "c", image: "i" }]),
      current: pod([{ name: "c", image: "i", terminationMessagePath: "/dev/termination-log" }], { nodeName: "node01" }),
      patch: {},
    },
    {
      name: "a field removed from the manifest that last-applied had is set to null",
      original: pod([{ name: "c", image: "i" }], { restartPolicy: "Never" }),
      modified: pod([{ name: "c", image: "i" }]),
      current: pod([{ name: "c", image: "i" }], { restartPolicy: "Never" }),
      patch: { spec: { restartPolicy: null } },
    },
    {
      name: "a container added to the manifest is added in the manifest's order",
      original: pod([{ name: "a", image: "i" }]),
      modified: pod([{ name: "a", image: "i" }, { name: "b", image: "j" }]),
      current: pod([{ name: "a", image: "i" }]),
      patch: { spec: { "$setElementOrder/containers": [{ name: "a" }, { name: "b" }], containers: [{ name: "b", image: "j" }] } },
    },
    {
      name: "a label changed by someone else is set back to the manifest's value",
      original: { metadata: { labels: { app: "web" } } },
      modified: { metadata: { labels: { app: "web" } } },
      current: { metadata: { labels: { app: "db" } } },
      patch: { metadata: { labels: { app: "web" } } },
    },
    {
      name: "a deployment strategy switched to Recreate clears rollingUpdate through $retainKeys",
      original: { spec: { strategy: { type: "RollingUpdate" } } },
      modified: { spec: { strategy: { type: "Recreate" } } },
      current: { spec: { strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" } } } },
      patch: { spec: { strategy: { $retainKeys: ["type"], type: "Recreate" } } },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const schema = c.original.kind === "Pod" || c.modified.kind === "Pod" ? podSchema : deploySchema;
      expect(createThreeWayMergePatch(c.original, c.modified, c.current, schema)).toEqual(c.patch);
    });
  }

  it("applying the three-way patch to the live object removes the dropped env var and keeps defaulted fields", () => {
    const current = pod([{ name: "c", image: "i", imagePullPolicy: "Always", env: [{ name: "A", value: "1" }, { name: "B", value: "2" }] }]);
    const original = pod([{ name: "c", image: "i", env: [{ name: "A", value: "1" }, { name: "B", value: "2" }] }]);
    const modified = pod([{ name: "c", image: "i", env: [{ name: "A", value: "1" }] }]);
    const patch = createThreeWayMergePatch(original, modified, current, podSchema);
    const result = strategicMergeMapPatch(structuredClone(current), patch, podSchema);
    expect(result).toEqual(pod([{ name: "c", image: "i", imagePullPolicy: "Always", env: [{ name: "A", value: "1" }] }]));
  });
});

describe("createTwoWayMergePatch", () => {
  it("a primitive merge list (finalizers) gets a $deleteFromPrimitiveList for a removed value", () => {
    const patch = createTwoWayMergePatch({ metadata: { finalizers: ["a", "b"] } }, { metadata: { finalizers: ["a"] } }, podSchema);
    expect(patch).toEqual({ metadata: { "$deleteFromPrimitiveList/finalizers": ["b"], "$setElementOrder/finalizers": ["a"] } });
  });
  it("a list without a merge strategy (args) is replaced whole", () => {
    const patch = createTwoWayMergePatch(pod([{ name: "c", args: ["a", "b"] }]), pod([{ name: "c", args: ["b"] }]), podSchema);
    expect(patch).toEqual({ spec: { "$setElementOrder/containers": [{ name: "c" }], containers: [{ name: "c", args: ["b"] }] } });
  });
});
