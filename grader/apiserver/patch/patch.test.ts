// Expectations follow k8s.io/apimachinery/pkg/util/strategicpatch/patch.go (+ patch_test.go),
// evanphx/json-patch v4 (merge.go, patch.go) and the API server's
// staging/src/k8s.io/apiserver/pkg/endpoints/handlers/patch.go error mapping.
import { describe, expect, it } from "vitest";
import { isStatusError, type StatusError } from "../errors";
import type { ResourceInfo } from "../resource-info";
import type { KubeObject } from "../types";
import { applyPatch } from "./index";
import { unprocessablePatchText } from "./errors";

function resource(group: string, version: string, kind: string, resourceName: string): ResourceInfo {
  return {
    group,
    version,
    resource: resourceName,
    singular: kind.toLowerCase(),
    kind,
    listKind: `${kind}List`,
    shortNames: [],
    namespaced: true,
    verbs: [],
    categories: [],
    subresources: [],
  };
}
const pods = resource("", "v1", "Pod", "pods");
const deployments = resource("apps", "v1", "Deployment", "deployments");
const widgets = resource("example.com", "v1", "Widget", "widgets");

function pod(spec: Record<string, unknown>, metadata: Record<string, unknown> = {}): KubeObject {
  return { apiVersion: "v1", kind: "Pod", metadata: { name: "web", namespace: "default", ...metadata }, spec };
}

function statusOf(fn: () => unknown): StatusError["status"] {
  try {
    fn();
  } catch (e) {
    if (isStatusError(e)) return e.status;
    throw e;
  }
  throw new Error("expected a StatusError");
}

const twoContainers = () =>
  pod({
    containers: [
      { name: "app", image: "nginx:1.25", ports: [{ containerPort: 80 }], env: [{ name: "A", value: "1" }, { name: "B", value: "1" }] },
      { name: "log", image: "busybox" },
    ],
    tolerations: [{ key: "k1", operator: "Exists" }],
  });

describe("strategic merge patch applies upstream's strategies and merge keys", () => {
  const cases: [string, KubeObject, unknown, KubeObject][] = [
    [
      "containers merge by name: a patch naming `log` changes only that container",
      twoContainers(),
      { spec: { containers: [{ name: "log", image: "busybox:1.36" }] } },
      pod({
        containers: [
          { name: "app", image: "nginx:1.25", ports: [{ containerPort: 80 }], env: [{ name: "A", value: "1" }, { name: "B", value: "1" }] },
          { name: "log", image: "busybox:1.36" },
        ],
        tolerations: [{ key: "k1", operator: "Exists" }],
      }),
    ],
    [
      "a new container is put first, as normalizeElementOrder places patch-only items before server-only ones",
      pod({ containers: [{ name: "app", image: "nginx" }] }),
      { spec: { containers: [{ name: "sidecar", image: "busybox" }] } },
      pod({ containers: [{ name: "sidecar", image: "busybox" }, { name: "app", image: "nginx" }] }),
    ],
    [
      "env merges by name inside the container matched by name",
      twoContainers(),
      { spec: { containers: [{ name: "app", env: [{ name: "B", value: "2" }, { name: "C", value: "3" }] }] } },
      pod({
        containers: [
          {
            name: "app",
            image: "nginx:1.25",
            ports: [{ containerPort: 80 }],
            env: [{ name: "A", value: "1" }, { name: "B", value: "2" }, { name: "C", value: "3" }],
          },
          { name: "log", image: "busybox" },
        ],
        tolerations: [{ key: "k1", operator: "Exists" }],
      }),
    ],
    [
      "ports merge by containerPort: the same port gets a name, a new one is added first",
      pod({ containers: [{ name: "app", image: "nginx", ports: [{ containerPort: 80 }] }] }),
      { spec: { containers: [{ name: "app", ports: [{ containerPort: 80, name: "http" }, { containerPort: 443 }] }] } },
      pod({ containers: [{ name: "app", image: "nginx", ports: [{ containerPort: 80, name: "http" }, { containerPort: 443 }] }] }),
    ],
    [
      "$patch: delete removes the container with that name",
      twoContainers(),
      { spec: { containers: [{ name: "log", $patch: "delete" }] } },
      pod({
        containers: [
          { name: "app", image: "nginx:1.25", ports: [{ containerPort: 80 }], env: [{ name: "A", value: "1" }, { name: "B", value: "1" }] },
        ],
        tolerations: [{ key: "k1", operator: "Exists" }],
      }),
    ],
    [
      "$patch: replace in a list makes the rest of the patch list the whole list",
      twoContainers(),
      { spec: { containers: [{ name: "only", image: "redis" }, { $patch: "replace" }] } },
      pod({ containers: [{ name: "only", image: "redis" }], tolerations: [{ key: "k1", operator: "Exists" }] }),
    ],
    [
      "tolerations have no patch strategy and are replaced whole",
      twoContainers(),
      { spec: { tolerations: [{ key: "k2", operator: "Exists" }] } },
      { ...twoContainers(), spec: { ...(twoContainers().spec as object), tolerations: [{ key: "k2", operator: "Exists" }] } },
    ],
    [
      "null deletes a label and other labels stay",
      pod({ containers: [] }, { labels: { app: "web", tier: "fe" } }),
      { metadata: { labels: { tier: null, env: "prod" } } },
      pod({ containers: [] }, { labels: { app: "web", env: "prod" } }),
    ],
    [
      "$deleteFromPrimitiveList removes one finalizer from the merged list",
      pod({ containers: [] }, { finalizers: ["a/x", "b/y"] }),
      { metadata: { "$deleteFromPrimitiveList/finalizers": ["a/x"] } },
      pod({ containers: [] }, { finalizers: ["b/y"] }),
    ],
    [
      "$setElementOrder puts the containers in the order it lists",
      twoContainers(),
      { spec: { "$setElementOrder/containers": [{ name: "log" }, { name: "app" }], containers: [{ name: "log", image: "busybox:2" }] } },
      pod({
        containers: [
          { name: "log", image: "busybox:2" },
          { name: "app", image: "nginx:1.25", ports: [{ containerPort: 80 }], env: [{ name: "A", value: "1" }, { name: "B", value: "1" }] },
        ],
        tolerations: [{ key: "k1", operator: "Exists" }],
      }),
    ],
  ];
  it.each(cases)("%s", (_name, current, patch, want) => {
    expect(applyPatch("strategic", current, patch, pods)).toEqual(want);
  });

  it("$retainKeys on a Deployment strategy drops rollingUpdate when switching to Recreate", () => {
    const deploy: KubeObject = {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "web" },
      spec: { replicas: 2, strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: "25%" } } },
    };
    const got = applyPatch("strategic", deploy, { spec: { strategy: { $retainKeys: ["type"], type: "Recreate" } } }, deployments);
    expect(got).toEqual({ ...deploy, spec: { replicas: 2, strategy: { type: "Recreate" } } });
  });

  it("the current object is never modified", () => {
    const current = twoContainers();
    applyPatch("strategic", current, { spec: { containers: [{ name: "log", $patch: "delete" }] } }, pods);
    expect(current).toEqual(twoContainers());
  });
});

describe("strategic merge patch errors read as the API server's", () => {
  it.each([
    [
      "a list element without its merge key is a plain error: ErrNoMergeKey, status 500 with no reason",
      { spec: { containers: [{ image: "x" }] } },
      500,
      "",
      "map: map[image:x] does not contain declared merge key: name",
    ],
    [
      "an unknown $patch directive is ErrBadPatchType",
      { spec: { $patch: "explode" } },
      500,
      "",
      "unknown patch type: explode in map: map[$patch:explode]",
    ],
    [
      "a $retainKeys list missing a patched key is ErrBadPatchFormatForRetainKeys, a BadRequest",
      { spec: { $retainKeys: ["containers"], restartPolicy: "Never" } },
      400,
      "BadRequest",
      "invalid patch format of retainKeys",
    ],
    [
      "a patch that is a list cannot be decoded into a map",
      [{ op: "add" }],
      400,
      "BadRequest",
      "json: cannot unmarshal array into Go value of type map[string]interface {}",
    ],
  ])("%s", (_name, patch, code, reason, message) => {
    const status = statusOf(() => applyPatch("strategic", twoContainers(), patch, pods));
    expect([status.code, status.reason, status.message]).toEqual([code, reason, message]);
  });

  it("a custom resource refuses strategic merge with 415", () => {
    const status = statusOf(() => applyPatch("strategic", { apiVersion: "example.com/v1", kind: "Widget", metadata: {} }, {}, widgets));
    expect(status.code).toBe(415);
    expect(status.message).toBe(
      "the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml",
    );
  });
});

describe("JSON patch applies RFC 6902 and fails as the API server does", () => {
  it("replaces and adds by JSON pointer", () => {
    const got = applyPatch(
      "json",
      twoContainers(),
      [
        { op: "replace", path: "/spec/containers/0/image", value: "nginx:1.27" },
        { op: "add", path: "/metadata/labels", value: { app: "web" } },
      ],
      pods,
    );
    expect((got.spec as { containers: { image: string }[] }).containers[0].image).toBe("nginx:1.27");
    expect(got.metadata.labels).toEqual({ app: "web" });
  });

  it.each([
    ["a failing test operation", [{ op: "test", path: "/spec/containers/0/image", value: "httpd" }]],
    ["removing a path that does not exist", [{ op: "remove", path: "/spec/nodeName" }]],
    ["replacing under a missing parent", [{ op: "replace", path: "/metadata/labels/app", value: "x" }]],
    ["an unknown operation", [{ op: "frobnicate", path: "/spec" }]],
  ])("%s is a 422 with the generic text of NewGenericServerResponse", (_name, patch) => {
    const status = statusOf(() => applyPatch("json", twoContainers(), patch, pods));
    expect([status.code, status.reason, status.message]).toEqual([422, "Invalid", unprocessablePatchText]);
    expect(unprocessablePatchText).toBe("the server rejected our request due to an error in our request");
  });

  it("a JSON patch that is not a list is a BadRequest with Go's unmarshal text", () => {
    const status = statusOf(() => applyPatch("json", twoContainers(), { op: "add" }, pods));
    expect([status.code, status.message]).toEqual([400, "json: cannot unmarshal object into Go value of type jsonpatch.Patch"]);
  });
});

describe("JSON merge patch follows RFC 7386", () => {
  it("replaces lists whole, merges maps, and deletes with null", () => {
    const got = applyPatch(
      "merge",
      pod({ containers: [{ name: "a", image: "x" }, { name: "b", image: "y" }] }, { labels: { app: "web", tier: "fe" } }),
      { metadata: { labels: { tier: null } }, spec: { containers: [{ name: "c", image: "z", args: null }] } },
      pods,
    );
    expect(got).toEqual(pod({ containers: [{ name: "c", image: "z" }] }, { labels: { app: "web" } }));
  });

  it("a merge patch that is a string is ErrBadJSONPatch, a BadRequest", () => {
    const status = statusOf(() => applyPatch("merge", twoContainers(), "oops", pods));
    expect([status.code, status.message]).toEqual([400, "Invalid JSON Patch"]);
  });
});
