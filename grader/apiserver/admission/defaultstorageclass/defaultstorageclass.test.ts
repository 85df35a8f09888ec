// plugin/pkg/admission/storage/storageclass/setdefault/admission.go and
// pkg/apis/storage/util/helpers.go GetDefaultClass (v1.34).
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../types";
import { FakeApi } from "../testing/fake-api";
import { attributes, pvcsResource } from "../testing/attributes";
import { defaultStorageClassPlugin } from ".";

function storageClass(name: string, created: string, annotations: Record<string, string> = {}): KubeObject {
  return { apiVersion: "storage.k8s.io/v1", kind: "StorageClass", metadata: { name, creationTimestamp: created, annotations }, provisioner: "rancher.io/local-path" };
}

function claim(spec: Record<string, unknown> = {}, annotations?: Record<string, string>): KubeObject {
  return {
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: { name: "data", namespace: "default", ...(annotations ? { annotations } : {}) },
    spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "1Gi" } }, ...spec },
  };
}

const isDefault = { "storageclass.kubernetes.io/is-default-class": "true" };
const betaDefault = { "storageclass.beta.kubernetes.io/is-default-class": "true" };

describe("DefaultStorageClass admission", () => {
  it.each([
    ["a claim without a class gets the one default class", [storageClass("local-path", "2026-01-01T00:00:00Z", isDefault)], claim(), "local-path"],
    ["the beta default annotation counts as well", [storageClass("old", "2026-01-01T00:00:00Z", betaDefault)], claim(), "old"],
    [
      "with two defaults the newest wins (GetDefaultClass sorts by creationTimestamp, newest first)",
      [storageClass("older", "2026-01-01T00:00:00Z", isDefault), storageClass("newer", "2026-01-02T00:00:00Z", isDefault)],
      claim(),
      "newer",
    ],
    [
      "with two defaults created at the same time the first by name wins",
      [storageClass("b-class", "2026-01-01T00:00:00Z", isDefault), storageClass("a-class", "2026-01-01T00:00:00Z", isDefault)],
      claim(),
      "a-class",
    ],
    ["a class not marked default is never chosen", [storageClass("plain", "2026-01-01T00:00:00Z", { "storageclass.kubernetes.io/is-default-class": "false" })], claim(), undefined],
    ["an explicit empty storageClassName means no class and is kept", [storageClass("local-path", "2026-01-01T00:00:00Z", isDefault)], claim({ storageClassName: "" }), ""],
    ["an explicit class is kept", [storageClass("local-path", "2026-01-01T00:00:00Z", isDefault)], claim({ storageClassName: "fast" }), "fast"],
    [
      "the beta storage-class annotation on the claim counts as a class (PersistentVolumeClaimHasClass)",
      [storageClass("local-path", "2026-01-01T00:00:00Z", isDefault)],
      claim({}, { "volume.beta.kubernetes.io/storage-class": "slow" }),
      undefined,
    ],
  ])("%s", (_name, classes, pvc, want) => {
    defaultStorageClassPlugin.admit(attributes("CREATE", pvcsResource, pvc), new FakeApi(classes));
    expect((pvc.spec as { storageClassName?: string }).storageClassName).toBe(want);
  });

  it("acts on create only, not on update", () => {
    const attrs = attributes("UPDATE", pvcsResource, claim());
    expect(defaultStorageClassPlugin.handles(attrs)).toBe(false);
    expect(defaultStorageClassPlugin.handles(attributes("CREATE", pvcsResource, claim()))).toBe(true);
  });
});
