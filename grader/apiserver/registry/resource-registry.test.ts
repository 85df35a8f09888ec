import { describe, it, expect } from "vitest";
import { ResourceRegistry } from "./resource-registry";
import { apiResourceRows, formatApiResources } from "./api-resources";
import { NoKindMatchError } from "./no-kind-match-error";
import { resourceEntryFromCRD } from "./custom-resources";
import type { KubeObject } from "../types";

// The expected table is `kubectl api-resources` of a v1.34 cluster (kubeadm),
// written from memory of real output and upstream's storage.go short names,
// keeping only the rows of the kinds this simulator serves; the column widths
// are what kubectl's tabwriter gives for those rows.
const expectedApiResources = `
NAME                        SHORTNAMES   APIVERSION                     NAMESPACED   KIND
bindings                                 v1                             true         Binding
configmaps                  cm           v1                             true         ConfigMap
endpoints                   ep           v1                             true         Endpoints
events                      ev           v1                             true         Event
limitranges                 limits       v1                             true         LimitRange
namespaces                  ns           v1                             false        Namespace
nodes                       no           v1                             false        Node
persistentvolumeclaims      pvc          v1                             true         PersistentVolumeClaim
persistentvolumes           pv           v1                             false        PersistentVolume
pods                        po           v1                             true         Pod
resourcequotas              quota        v1                             true         ResourceQuota
secrets                                  v1                             true         Secret
serviceaccounts             sa           v1                             true         ServiceAccount
services                    svc          v1                             true         Service
customresourcedefinitions   crd,crds     apiextensions.k8s.io/v1        false        CustomResourceDefinition
controllerrevisions                      apps/v1                        true         ControllerRevision
daemonsets                  ds           apps/v1                        true         DaemonSet
deployments                 deploy       apps/v1                        true         Deployment
replicasets                 rs           apps/v1                        true         ReplicaSet
statefulsets                sts          apps/v1                        true         StatefulSet
horizontalpodautoscalers    hpa          autoscaling/v2                 true         HorizontalPodAutoscaler
cronjobs                    cj           batch/v1                       true         CronJob
jobs                                     batch/v1                       true         Job
leases                                   coordination.k8s.io/v1         true         Lease
endpointslices                           discovery.k8s.io/v1            true         EndpointSlice
events                      ev           events.k8s.io/v1               true         Event
ingressclasses                           networking.k8s.io/v1           false        IngressClass
ingresses                   ing          networking.k8s.io/v1           true         Ingress
networkpolicies             netpol       networking.k8s.io/v1           true         NetworkPolicy
poddisruptionbudgets        pdb          policy/v1                      true         PodDisruptionBudget
clusterrolebindings                      rbac.authorization.k8s.io/v1   false        ClusterRoleBinding
clusterroles                             rbac.authorization.k8s.io/v1   false        ClusterRole
rolebindings                             rbac.authorization.k8s.io/v1   true         RoleBinding
roles                                    rbac.authorization.k8s.io/v1   true         Role
priorityclasses             pc           scheduling.k8s.io/v1           false        PriorityClass
storageclasses              sc           storage.k8s.io/v1              false        StorageClass
`.slice(1);

describe("kubectl api-resources rows", () => {
  it("list every served built-in kind in upstream's order with its short names, version and scope", () => {
    expect(formatApiResources(apiResourceRows(new ResourceRegistry()))).toBe(expectedApiResources);
  });

  it("put the categories `all` exactly on the kinds `kubectl get all` shows", () => {
    const all = new ResourceRegistry()
      .entries()
      .filter((e) => e.info.categories.includes("all"))
      .map((e) => e.info.resource)
      .sort();
    expect(all).toEqual(["cronjobs", "daemonsets", "deployments", "horizontalpodautoscalers", "jobs", "pods", "replicasets", "services", "statefulsets"]);
  });
});

describe("resolveKind: a manifest's apiVersion and kind", () => {
  const registry = new ResourceRegistry();
  const served: [string, string, string, string][] = [
    ["a core Pod is the pods resource", "v1", "Pod", "pods"],
    ["an apps/v1 Deployment is the deployments.apps resource", "apps/v1", "Deployment", "deployments"],
    ["autoscaling/v1 still serves HorizontalPodAutoscaler", "autoscaling/v1", "HorizontalPodAutoscaler", "horizontalpodautoscalers"],
    ["events.k8s.io/v1 Event is served", "events.k8s.io/v1", "Event", "events"],
  ];
  for (const [name, apiVersion, kind, resource] of served) {
    it(name, () => expect(registry.resolveKind(apiVersion, kind).entry.info.resource).toBe(resource));
  }

  // Texts from meta.NoKindMatchError.Error() (k8s.io/apimachinery/pkg/api/meta/errors.go).
  const removed: [string, string, string, string][] = [
    ["policy/v1beta1 PodDisruptionBudget was removed in v1.25", "policy/v1beta1", "PodDisruptionBudget", 'no matches for kind "PodDisruptionBudget" in version "policy/v1beta1"'],
    ["extensions/v1beta1 Deployment was removed in v1.16", "extensions/v1beta1", "Deployment", 'no matches for kind "Deployment" in version "extensions/v1beta1"'],
    ["batch/v1beta1 CronJob was removed in v1.25", "batch/v1beta1", "CronJob", 'no matches for kind "CronJob" in version "batch/v1beta1"'],
    ["networking.k8s.io/v1beta1 Ingress was removed in v1.22", "networking.k8s.io/v1beta1", "Ingress", 'no matches for kind "Ingress" in version "networking.k8s.io/v1beta1"'],
    ["autoscaling/v2beta2 was removed in v1.26", "autoscaling/v2beta2", "HorizontalPodAutoscaler", 'no matches for kind "HorizontalPodAutoscaler" in version "autoscaling/v2beta2"'],
    ["a misspelled core kind names the core version without a group", "v1", "Pd", 'no matches for kind "Pd" in version "v1"'],
    ["kinds are case-sensitive in manifests", "apps/v1", "deployment", 'no matches for kind "deployment" in version "apps/v1"'],
  ];
  for (const [name, apiVersion, kind, message] of removed) {
    it(name, () => {
      let err: unknown;
      try {
        registry.resolveKind(apiVersion, kind);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(NoKindMatchError);
      expect((err as NoKindMatchError).message).toBe(message);
    });
  }
});

describe("resolveResource: what a person types after kubectl get", () => {
  const registry = new ResourceRegistry();
  const cases: [string, string, string, string][] = [
    ["a short name", "deploy", "apps", "deployments"],
    ["a plural qualified with its group", "deployments.apps", "apps", "deployments"],
    ["a singular", "statefulset", "apps", "statefulsets"],
    ["a kind in any case", "Deployment", "apps", "deployments"],
    ["the core events before events.k8s.io", "ev", "", "events"],
    ["events.k8s.io when the group is named", "events.events.k8s.io", "events.k8s.io", "events"],
    ["a plural with version and group", "hpa.v1.autoscaling", "autoscaling", "horizontalpodautoscalers"],
    ["both short names of CRDs", "crds", "apiextensions.k8s.io", "customresourcedefinitions"],
    ["short name quota for resourcequotas", "quota", "", "resourcequotas"],
  ];
  for (const [name, arg, group, resource] of cases) {
    it(`resolves ${name} (${arg})`, () => {
      const info = registry.resolveResource(arg);
      expect(info && [info.group, info.resource]).toEqual([group, resource]);
    });
  }
  it("keeps the version a person named", () => {
    expect(registry.resolveResource("hpa.v1.autoscaling")?.version).toBe("v1");
  });
  it("finds nothing for an unknown name", () => expect(registry.resolveResource("foos")).toBeUndefined());
});

describe("custom resources from a CRD", () => {
  const crd: KubeObject = {
    apiVersion: "apiextensions.k8s.io/v1",
    kind: "CustomResourceDefinition",
    metadata: { name: "crontabs.stable.example.com" },
    spec: {
      group: "stable.example.com",
      scope: "Namespaced",
      names: { plural: "crontabs", singular: "crontab", kind: "CronTab", shortNames: ["ct"] },
      versions: [
        { name: "v1beta1", served: true, storage: false },
        { name: "v1", served: true, storage: true, subresources: { status: {} } },
        { name: "v2alpha1", served: false, storage: false },
      ],
    },
  };
  it("are served at the highest served version once registered, and gone once removed", () => {
    const registry = new ResourceRegistry();
    const entry = resourceEntryFromCRD(crd)!;
    registry.registerCustom(entry);
    expect(registry.resolveResource("ct")?.version).toBe("v1");
    expect(registry.resolveKind("stable.example.com/v1beta1", "CronTab").entry.info.subresources).toEqual(["status"]);
    expect(() => registry.resolveKind("stable.example.com/v2alpha1", "CronTab")).toThrow(
      'no matches for kind "CronTab" in version "stable.example.com/v2alpha1"',
    );
    registry.unregisterCustom(entry.storageKey);
    expect(registry.resolveResource("crontabs")).toBeUndefined();
  });
});

describe("indexed lookups by kind and by resource", () => {
  // What the lookups meant before they were indexed: the first entry in discovery order that matches.
  const scanKind = (registry: ResourceRegistry, group: string, version: string, kind: string) =>
    registry.entries().find((e) => e.info.group === group && e.info.kind === kind && e.versions.includes(version));
  const scanGVR = (registry: ResourceRegistry, group: string, version: string, resource: string) => {
    for (const e of registry.entries()) {
      if (e.info.group !== group || e.info.resource !== resource) continue;
      if (!version) return { entry: e, version: e.info.version };
      if (e.versions.includes(version)) return { entry: e, version };
    }
    return undefined;
  };

  it("find what a scan of the entries finds, for every served resource and version, with custom resources too", () => {
    const registry = new ResourceRegistry();
    const crd = (group: string, plural: string, kind: string): KubeObject => ({
      apiVersion: "apiextensions.k8s.io/v1",
      kind: "CustomResourceDefinition",
      metadata: { name: `${plural}.${group}` },
      spec: { group, scope: "Namespaced", names: { plural, kind }, versions: [{ name: "v1", served: true, storage: true }] },
    });
    const check = () => {
      let checked = 0;
      for (const e of registry.entries()) {
        for (const version of ["", "v1", "v2", "v1beta1", ...e.versions]) {
          const { group, kind, resource } = e.info;
          expect(registry.byGVR({ group, version, resource })).toEqual(scanGVR(registry, group, version, resource));
          const apiVersion = group ? `${group}/${version}` : version;
          const scanned = scanKind(registry, group, version, kind);
          if (scanned) expect(registry.resolveKind(apiVersion, kind)).toEqual({ entry: scanned, version });
          else expect(() => registry.resolveKind(apiVersion, kind)).toThrow(NoKindMatchError);
          checked++;
        }
      }
      expect(registry.byGVR({ group: "", version: "v1", resource: "nothings" })).toBeUndefined();
      return checked;
    };
    const builtins = check();
    registry.registerCustom(resourceEntryFromCRD(crd("example.com", "widgets", "Widget"))!);
    registry.registerCustom(resourceEntryFromCRD(crd("apps", "gadgets", "Gadget"))!);
    expect(check()).toBeGreaterThan(builtins);
    expect(registry.byGVR({ group: "example.com", version: "v1", resource: "widgets" })?.entry.info.kind).toBe("Widget");
    registry.unregisterCustom("example.com/widgets");
    expect(registry.byGVR({ group: "example.com", version: "v1", resource: "widgets" })).toBeUndefined();
    check();
  });
});
