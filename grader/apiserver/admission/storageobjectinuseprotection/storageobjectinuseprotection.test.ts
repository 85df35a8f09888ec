// plugin/pkg/admission/storage/storageobjectinuseprotection/admission.go (v1.34).
import { describe, expect, it } from "vitest";
import type { KubeObject } from "../../types";
import { attributes, pvcsResource, resourceInfo } from "../testing/attributes";
import { storageObjectInUseProtectionPlugin } from ".";

const pvsResource = resourceInfo("", "PersistentVolume", "persistentvolumes", false);

function object(kind: string, finalizers?: string[]): KubeObject {
  return { apiVersion: "v1", kind, metadata: { name: "x", ...(finalizers ? { finalizers } : {}) } };
}

describe("StorageObjectInUseProtection admission", () => {
  it.each([
    ["a new claim gets kubernetes.io/pvc-protection", pvcsResource, object("PersistentVolumeClaim"), ["kubernetes.io/pvc-protection"]],
    ["a new volume gets kubernetes.io/pv-protection", pvsResource, object("PersistentVolume"), ["kubernetes.io/pv-protection"]],
    ["a claim's own finalizers are kept, the protection one appended", pvcsResource, object("PersistentVolumeClaim", ["example.com/keep"]), ["example.com/keep", "kubernetes.io/pvc-protection"]],
    ["a finalizer already there is not added twice", pvcsResource, object("PersistentVolumeClaim", ["kubernetes.io/pvc-protection"]), ["kubernetes.io/pvc-protection"]],
  ])("%s", (_name, resource, obj, want) => {
    storageObjectInUseProtectionPlugin.admit(attributes("CREATE", resource, obj));
    expect(obj.metadata.finalizers).toEqual(want);
  });

  it("leaves updates and status writes alone", () => {
    expect(storageObjectInUseProtectionPlugin.handles(attributes("UPDATE", pvcsResource, object("PersistentVolumeClaim")))).toBe(false);
    expect(storageObjectInUseProtectionPlugin.handles(attributes("CREATE", pvcsResource, object("PersistentVolumeClaim"), { subresource: "status" }))).toBe(false);
  });
});
