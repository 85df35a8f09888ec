// component-helpers/storage/volume/pv_helpers.go FindMatchingVolume, the PV
// controller's access-mode index (persistentvolume/index.go) and
// checkVolumeSatisfyClaim (pv_controller.go), v1.34.
import { describe, expect, it } from "vitest";
import { findBestMatchForClaim, volumeSatisfyClaimError } from "./volume-match";
import type { PersistentVolume, PersistentVolumeClaim } from "./types";

function pv(name: string, size: string, extra: Partial<NonNullable<PersistentVolume["spec"]>> = {}, labels?: Record<string, string>, phase = "Available"): PersistentVolume {
  return {
    apiVersion: "v1",
    kind: "PersistentVolume",
    metadata: { name, ...(labels ? { labels } : {}) },
    spec: { accessModes: ["ReadWriteOnce"], capacity: { storage: size }, storageClassName: "manual", hostPath: { path: `/mnt/${name}` }, ...extra },
    status: { phase },
  };
}

function pvc(size: string, extra: Partial<NonNullable<PersistentVolumeClaim["spec"]>> = {}): PersistentVolumeClaim {
  return {
    apiVersion: "v1",
    kind: "PersistentVolumeClaim",
    metadata: { name: "data", namespace: "default", uid: "claim-uid" },
    spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: size } }, storageClassName: "manual", ...extra },
  };
}

describe("findBestMatchForClaim", () => {
  it.each<[string, PersistentVolumeClaim, PersistentVolume[], boolean, string | undefined]>([
    ["the smallest Available volume that fits wins", pvc("1Gi"), [pv("big", "5Gi"), pv("small", "2Gi"), pv("tiny", "500Mi")], false, "small"],
    ["a volume of another class never matches", pvc("1Gi"), [pv("other", "5Gi", { storageClassName: "fast" })], false, undefined],
    ["a claim with no class matches only volumes with no class", pvc("1Gi", { storageClassName: "" }), [pv("manual", "1Gi"), pv("none", "1Gi", { storageClassName: undefined })], false, "none"],
    ["a volume missing an asked access mode never matches", pvc("1Gi", { accessModes: ["ReadWriteMany"] }), [pv("rwo", "1Gi")], false, undefined],
    [
      "the group with the fewest access modes is tried first, even when a larger group has a smaller volume",
      pvc("1Gi"),
      [pv("rwo-5g", "5Gi"), pv("rwx-1g", "1Gi", { accessModes: ["ReadWriteOnce", "ReadWriteMany"] })],
      false,
      "rwo-5g",
    ],
    ["the claim's selector filters volumes by label", pvc("1Gi", { selector: { matchLabels: { tier: "db" } } }), [pv("web", "1Gi", {}, { tier: "web" }), pv("db", "2Gi", {}, { tier: "db" })], false, "db"],
    ["a volume not yet Available (just created, phase Pending) is skipped", pvc("1Gi"), [pv("new", "1Gi", {}, undefined, "Pending")], false, undefined],
    ["a volume bound to another claim is skipped", pvc("1Gi"), [pv("taken", "1Gi", { claimRef: { name: "other", namespace: "default", uid: "x" } })], false, undefined],
    [
      "a volume pre-bound to this claim by the user wins over a smaller free one",
      pvc("1Gi"),
      [pv("free", "1Gi"), pv("reserved", "10Gi", { claimRef: { name: "data", namespace: "default" } })],
      false,
      "reserved",
    ],
    ["with WaitForFirstConsumer the controller leaves free volumes to the scheduler", pvc("1Gi"), [pv("free", "1Gi")], true, undefined],
    [
      "with WaitForFirstConsumer a volume provisioned for this claim still binds",
      pvc("1Gi"),
      [pv("pvc-claim-uid", "1Gi", { claimRef: { name: "data", namespace: "default", uid: "claim-uid" } }, undefined, "Pending")],
      true,
      "pvc-claim-uid",
    ],
    ["a Block volume does not serve a Filesystem claim", pvc("1Gi"), [pv("block", "1Gi", { volumeMode: "Block" })], false, undefined],
  ])("%s", (_name, claim, volumes, delayBinding, want) => {
    expect(findBestMatchForClaim(claim, volumes, delayBinding)?.metadata.name).toBe(want);
  });
});

describe("checkVolumeSatisfyClaim for a claim naming its volume", () => {
  it.each<[string, PersistentVolume, PersistentVolumeClaim, string | undefined]>([
    ["a fitting volume satisfies the claim", pv("pv", "1Gi"), pvc("1Gi"), undefined],
    ["a smaller volume is too small", pv("pv", "100Mi"), pvc("150Mi"), "requested PV is too small"],
    ["another class does not match", pv("pv", "1Gi", { storageClassName: "fast" }), pvc("1Gi"), "storageClassName does not match"],
    ["a Block volume for a Filesystem claim", pv("pv", "1Gi", { volumeMode: "Block" }), pvc("1Gi"), "incompatible volumeMode"],
    ["a ReadOnlyMany volume for a ReadWriteOnce claim", pv("pv", "1Gi", { accessModes: ["ReadOnlyMany"] }), pvc("1Gi"), "incompatible accessMode"],
  ])("%s", (_name, volume, claim, want) => {
    expect(volumeSatisfyClaimError(volume, claim)).toBe(want);
  });
});
