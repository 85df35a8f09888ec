// The simulated API server: ClusterApi over the object store, with the
// request pipeline of upstream's create/update handlers
// (staging/src/k8s.io/apiserver/pkg/endpoints/handlers/{create,update,patch,delete}.go,
// pkg/registry/generic/registry/store.go, pkg/registry/rest/{create,update}.go):
//
//   resolve kind → size limits → strict decode → defaults → (convert to the
//   storage version) → mutating admission → strategy.prepareForCreate/Update →
//   generateName → system metadata → strategy.validate/validateUpdate →
//   validating admission → store → watch events.
import type {
  ClusterApi,
  DeleteOptions,
  GetOptions,
  ListOptions,
  ObjectList,
  PatchType,
  PropagationPolicy,
  WatchEvent,
  WatchEventType,
  WriteOptions,
} from "../api-interface";
import type { AdmissionAttributes } from "../admission/interface";
import { mutatingAdmissionPlugins, validatingAdmissionPlugins } from "../admission/chain";
import { applyPatch } from "../patch";
import { decodeStrict, schemaFor } from "../schema";
import { fieldDecodesCleanly } from "../schema/strict-decode-fast";
import { applyDefaults, strategyFor } from "../strategies";
import { allocateServiceOnCreate, allocateServiceOnUpdate, serviceAllocatorsFor } from "../strategies/service/allocate";
import {
  conflictModifiedText,
  fieldErrors,
  goQuote,
  newAlreadyExists,
  newMethodNotSupported,
  newBadRequest,
  newConflict,
  newInvalid,
  newNotFound,
  type FieldError,
} from "../errors";
import type { GroupVersionResource, KubeObject, Operation, OwnerReference } from "../types";
import type { ResourceInfo } from "../resource-info";
import { ResourceRegistry, apiVersionOf, type ResolvedKind } from "../registry/resource-registry";
import type { ResourceEntry } from "../registry/builtin-resources";
import { builtinResources } from "../registry/builtin-resources";
import { resourceEntryFromCRD } from "../registry/custom-resources";
import { fromStorageVersion, toStorageVersion } from "../registry/version-conversion";
import { ObjectStore } from "../storage/object-store";
import { deepCopyJson, deepFreeze, freezeAndCopy } from "../storage/deep-copy";
import { compileFieldSelector, FieldSelectorError } from "../selectors/field-selector";
import { labelSelectorMatches, parseLabelSelector, LabelSelectorParseError } from "../selectors/label-selector";
import { collectDependents, orphanDependents, type GarbageCollectionHost, type StoredRef } from "../gc/owner-references";
import { VirtualClock } from "../../clock/virtual-clock";
import { formatRFC3339 } from "../../clock/rfc3339";
import { SeededRandom } from "../../random/seeded-random";
import { checkRequestLimits } from "./request-limits";
import { copyWithinRequestLimits } from "./copy-within-limits";
import { fillSystemFields, generateName } from "./object-meta";
import { WatchHub } from "./watch-hub";
import { jsonEqual } from "./json-equal";
import { establishedCrdStatus } from "./crd-status";
import { newNamespaceMismatch, newResourceNotServed, newResourceVersionSetOnCreate } from "./status-errors";
import { warningsOnCreate, warningsOnUpdate } from "../warnings/object-warnings";
import { builtinDeprecationWarning, crdDeprecationWarning } from "../warnings/deprecated-apis";

export interface ApiServerOptions {
  clock?: VirtualClock;
  random?: SeededRandom;
  store?: ObjectStore;
  registry?: ResourceRegistry;
}

/**
 * Kinds whose defaulting reads the spec to fill fields outside it (a Job's and a
 * ReplicationController's labels from the template, a LoadBalancer Service's
 * status ingress ipMode): their status writes decode the spec the body carries.
 */
const specDependentDefaults = new Set(["batch/jobs", "/replicationcontrollers", "/services"]);

/** How many names generateName tries before giving up on a collision (store.go, RetryGenerateName). */
const generateNameAttempts = 8;

const crdGroup = "apiextensions.k8s.io";

/**
 * Seconds a delete waits before the object is gone. Upstream pods wait for the
 * kubelet (deletionTimestamp + grace period); the seam for that model is here:
 * 0 removes at once.
 */
export type GracefulDeletion = (entry: ResourceEntry, obj: KubeObject, opts: DeleteOptions) => number;

export class ApiServer implements ClusterApi {
  readonly clock: VirtualClock;
  readonly random: SeededRandom;
  readonly registry: ResourceRegistry;
  store: ObjectStore;
  /** Replace to model graceful pod deletion; the default deletes at once. */
  gracefulDeletion: GracefulDeletion = () => 0;
  /**
   * ClusterIP/NodePort allocation for Services. The cluster bootstrap turns it
   * off while it writes `kubernetes` and `kube-dns`, whose addresses kubeadm
   * fixes (the allocator keeps those two addresses reserved).
   */
  allocateServices = true;
  /**
   * Receives the warnings of the request being served (upstream's `Warning` response
   * headers, apiserver/pkg/warning AddWarning). Unset, nothing computes warnings: a
   * client sets it around its own calls (kubectl/api-warnings.ts).
   */
  warningSink: ((text: string) => void) | undefined = undefined;
  private readonly hub = new WatchHub();
  /** While a namespace's content is being deleted, the per-object "is it empty yet?" check waits for the end. */
  private emptyingNamespace: string | undefined;

  constructor(opts: ApiServerOptions = {}) {
    this.clock = opts.clock ?? new VirtualClock();
    this.random = opts.random ?? new SeededRandom(1);
    this.store = opts.store ?? new ObjectStore();
    this.registry = opts.registry ?? new ResourceRegistry();
    // A store copied from elsewhere may hold CRDs: serve what they define.
    for (const crd of this.store.list(`${crdGroup}/customresourcedefinitions`)) this.serveCustomResource(crd);
  }

  // -------------------------------------------------------------------------
  // ClusterApi

  create(input: KubeObject, opts: WriteOptions & { namespace?: string } = {}): KubeObject {
    const resolved = this.registry.resolveKind(input.apiVersion, input.kind);
    const { entry } = resolved;
    if (entry.storageKey === "/bindings") return this.bindPod(input, opts);
    if (this.warningSink) this.warnIfDeprecated(resolved);
    const info = entry.info;
    // The body's copy and its size and depth check in one walk; the separate check only for a body it cannot vouch for.
    const copy = copyWithinRequestLimits(input);
    if (copy === undefined) checkRequestLimits(input);
    const obj = this.decode(input, entry, copy);
    const namespace = this.requestNamespace(info, obj, opts.namespace);
    const dryRun = !!opts.dryRun;

    this.admitMutating(this.attributes("CREATE", info, "", namespace, obj, undefined, dryRun));

    // rest.BeforeCreate
    const strategy = strategyFor(info.group, info.kind);
    delete obj.metadata.deletionTimestamp;
    delete obj.metadata.deletionGracePeriodSeconds;
    // uid and creation time first: a Job's generated selector is made from its uid.
    fillSystemFields(obj.metadata, formatRFC3339(this.clock.now()), this.random.uuid());
    strategy.prepareForCreate?.(obj);
    if (entry.storageKey === "/services" && this.allocateServices) {
      // The Service storage's BeginCreate allocates before validating (registry/core/service/storage).
      const errs = allocateServiceOnCreate(obj, serviceAllocatorsFor(this.store.list("/services")));
      if (errs.length) throw newInvalid(info.group, info.kind, obj.metadata.name ?? "", errs);
    }
    const generated = !obj.metadata.name && !!obj.metadata.generateName;
    if (generated) obj.metadata.name = generateName(obj.metadata.generateName!, this.random);
    this.throwIfInvalid(info, obj, strategy.validate?.(obj) ?? []);
    // rest.BeforeCreate: WarningsOnCreate once validation passed.
    if (this.warningSink) for (const w of warningsOnCreate(obj)) this.warningSink(w);

    this.admitValidating(this.attributes("CREATE", info, "", namespace, obj, undefined, dryRun));

    // store.Create
    if (obj.metadata.resourceVersion) throw newResourceVersionSetOnCreate();
    for (let attempt = 1; this.store.get(entry.storageKey, namespace, obj.metadata.name!); attempt++) {
      if (!generated || attempt >= generateNameAttempts) throw newAlreadyExists(info.group, info.resource, obj.metadata.name!);
      obj.metadata.name = generateName(obj.metadata.generateName!, this.random);
    }
    if (dryRun) return this.output(entry, resolved.version, obj);
    obj.metadata.resourceVersion = String(this.store.nextResourceVersion());
    const result = this.storeAndReturn(entry, resolved.version, obj, opts);
    this.afterWrite(entry, obj, undefined);
    return result;
  }

  get(gvr: GroupVersionResource, namespace: string, name: string, opts: GetOptions = {}): KubeObject {
    const resolved = this.resolveGVR(gvr, "get");
    const ns = resolved.entry.info.namespaced ? namespace : "";
    const stored = this.store.get(resolved.entry.storageKey, ns, name);
    if (!stored) throw newNotFound(resolved.entry.info.group, resolved.entry.info.resource, name);
    if (opts.readOnly) return this.watchOutput(resolved.entry, resolved.version, stored);
    return this.output(resolved.entry, resolved.version, stored);
  }

  list(gvr: GroupVersionResource, opts: ListOptions = {}): ObjectList {
    const resolved = this.resolveGVR(gvr, "list");
    const { entry, version } = resolved;
    const accepts = this.filter(entry, opts);
    const ns = entry.info.namespaced ? opts.namespace || undefined : undefined;
    const items: KubeObject[] = [];
    for (const stored of this.store.list(entry.storageKey, ns)) {
      if (accepts(stored)) items.push(opts.readOnly ? this.watchOutput(entry, version, stored) : this.output(entry, version, stored));
    }
    return {
      apiVersion: apiVersionOf(entry.info.group, version),
      kind: entry.info.listKind,
      metadata: { resourceVersion: String(this.store.currentResourceVersion()) },
      items,
    };
  }

  update(input: KubeObject, opts: WriteOptions & { subresource?: string } = {}): KubeObject {
    const resolved = this.registry.resolveKind(input.apiVersion, input.kind);
    const info = resolved.entry.info;
    if (!info.verbs.includes("update")) throw newMethodNotSupported(info.group, info.resource, "update");
    if (this.warningSink) this.warnIfDeprecated(resolved);
    checkRequestLimits(input);
    const obj = opts.subresource === "status" ? this.decodeStatusWrite(input, resolved.entry) : this.decode(input, resolved.entry);
    return this.updateDecoded(resolved, obj, opts);
  }

  patch(
    gvr: GroupVersionResource,
    namespace: string,
    name: string,
    type: PatchType,
    patch: unknown,
    opts: WriteOptions & { subresource?: string } = {},
  ): KubeObject {
    const resolved = this.resolveGVR(gvr, "patch");
    const { entry, version } = resolved;
    checkRequestLimits(patch);
    const ns = entry.info.namespaced ? namespace : "";
    const stored = this.store.get(entry.storageKey, ns, name);
    if (!stored) throw newNotFound(entry.info.group, entry.info.resource, name);
    const current = this.output(entry, version, stored);
    const patched = applyPatch(type, current, patch, { ...entry.info, version });
    if (patched.metadata?.name !== undefined && patched.metadata.name !== name) {
      throw newBadRequest(`the name of the object (${patched.metadata.name}) does not match the name on the URL (${name})`);
    }
    const obj = this.decode(patched, entry);
    if (entry.info.namespaced) obj.metadata.namespace = ns;
    return this.updateDecoded(resolved, obj, opts);
  }

  delete(gvr: GroupVersionResource, namespace: string, name: string, opts: DeleteOptions = {}): KubeObject {
    const resolved = this.resolveGVR(gvr, "delete");
    const { entry, version } = resolved;
    const ns = entry.info.namespaced ? namespace : "";
    const stored = this.store.get(entry.storageKey, ns, name);
    if (!stored) throw newNotFound(entry.info.group, entry.info.resource, name);
    const result = this.deleteStored(entry, stored, opts);
    return this.output(entry, version, result);
  }

  watch(gvr: GroupVersionResource, opts: ListOptions, onEvent: (e: WatchEvent) => void): () => void {
    const { entry, version } = this.resolveGVR(gvr, "watch");
    const accepts = this.filter(entry, opts);
    return this.hub.add({
      storageKey: entry.storageKey,
      accepts,
      deliver: (type, stored) => onEvent(this.watchEvent(type, this.watchOutput(entry, version, stored))),
    });
  }

  // The watchers of one change in one version share one frozen event, as they share its object.
  private lastWatchEvent: WatchEvent | undefined;

  private watchEvent(type: WatchEventType, object: KubeObject): WatchEvent {
    const last = this.lastWatchEvent;
    if (last?.type === type && last.object === object) return last;
    return (this.lastWatchEvent = Object.freeze({ type, object }));
  }

  // -------------------------------------------------------------------------
  // Extras the cluster uses

  /**
   * POST pods/<name>/binding, as the scheduler binds a pod to a node
   * (pkg/registry/core/pod/storage/storage.go BindingREST): sets spec.nodeName,
   * merges the binding's annotations, marks PodScheduled. Returns the Binding.
   */
  private bindPod(binding: KubeObject, opts: WriteOptions & { namespace?: string }): KubeObject {
    const namespace = opts.namespace || binding.metadata.namespace || "default";
    const name = binding.metadata.name ?? "";
    const target = (binding.target ?? {}) as { kind?: string; name?: string };
    if (!target.name) throw newInvalid("", "Binding", name, [fieldErrors.required("target.name")]);
    const pod = this.store.get("/pods", namespace, name);
    if (!pod) throw newNotFound("", "pods", name);
    const conflict = (cause: string) => newConflict("", "pods/binding", name, cause);
    if (pod.metadata.deletionTimestamp) throw conflict(`pod ${name} is being deleted, cannot be assigned to a host`);
    const spec = (pod.spec ?? {}) as { nodeName?: string; schedulingGates?: unknown[] };
    if (spec.nodeName) throw conflict(`pod ${name} is already assigned to node ${goQuote(spec.nodeName)}`);
    if (spec.schedulingGates?.length) throw conflict(`pod ${name} has non-empty .spec.schedulingGates`);
    if (opts.dryRun) return deepCopyJson(binding);
    // The bound pod shares every frozen part it does not change with the stored one (no copy, no refreeze).
    const next: KubeObject = { ...pod, metadata: { ...pod.metadata }, spec: { ...(pod.spec as object), nodeName: target.name } };
    const annotations = binding.metadata.annotations;
    if (annotations && Object.keys(annotations).length) next.metadata.annotations = { ...next.metadata.annotations, ...annotations };
    const status = (next.status ?? {}) as { conditions?: Record<string, unknown>[] };
    const conditions = (status.conditions ?? []).filter((c) => c.type !== "PodScheduled");
    const previous = (status.conditions ?? []).find((c) => c.type === "PodScheduled");
    const now = formatRFC3339(this.clock.now());
    conditions.push({
      lastProbeTime: null,
      lastTransitionTime: previous?.status === "True" ? previous.lastTransitionTime : now,
      status: "True",
      type: "PodScheduled",
    });
    next.status = { ...status, conditions };
    next.metadata.resourceVersion = String(this.store.nextResourceVersion());
    this.store.put("/pods", next);
    this.hub.publish({ storageKey: "/pods", type: "MODIFIED", object: next, old: pod });
    return opts.readOnlyResult ? binding : deepCopyJson(binding);
  }

  /** Deletes every object whose owners are all gone (what the garbage collector does in the background). */
  collectGarbage(): number {
    const host = this.gcHost();
    let deleted = 0;
    for (const ref of host.allObjects()) {
      const refs = ref.object.metadata.ownerReferences;
      if (!refs?.length || refs.some((o) => this.store.byUid(o.uid))) continue;
      const still = this.store.get(ref.storageKey, ref.object.metadata.namespace ?? "", ref.object.metadata.name ?? "");
      if (still !== ref.object) continue;
      host.deleteDependent(ref, "Background");
      deleted++;
    }
    return deleted;
  }

  // -------------------------------------------------------------------------
  // Pipeline pieces

  /** The served resource of a request, refusing verbs it does not serve (bindings: create only). */
  private resolveGVR(gvr: GroupVersionResource, verb: string): ResolvedKind {
    const resolved = this.registry.byGVR(gvr);
    if (!resolved) throw newResourceNotServed();
    if (!resolved.entry.info.verbs.includes(verb)) throw newMethodNotSupported(resolved.entry.info.group, resolved.entry.info.resource, verb);
    if (this.warningSink) this.warnIfDeprecated(resolved);
    return resolved;
  }

  /** Every request to a deprecated version carries its deprecation warning (installer.go, crd handler). */
  private warnIfDeprecated({ entry, version }: ResolvedKind): void {
    const { group, resource, kind } = entry.info;
    let warning = builtinDeprecationWarning(group, version, resource);
    if (warning === undefined && group.includes(".")) {
      const crd = this.store.get(`${crdGroup}/customresourcedefinitions`, "", `${resource}.${group}`);
      const versions = (crd?.spec as { versions?: { name: string; served?: boolean; deprecated?: boolean; deprecationWarning?: string }[] } | undefined)?.versions;
      if (versions) warning = crdDeprecationWarning(group, kind, versions, version);
    }
    if (warning !== undefined) this.warningSink?.(warning);
  }

  /** Decoding as the handler does: strict fields, scheme defaults, then the storage version. */
  private decode(input: KubeObject, entry: ResourceEntry, copied?: KubeObject): KubeObject {
    let obj = copied ?? deepCopyJson(input);
    if (!obj.metadata || typeof obj.metadata !== "object") obj.metadata = {};
    decodeStrict(obj);
    applyDefaults(obj);
    obj = toStorageVersion(entry, obj);
    return obj;
  }

  /**
   * decode() for a write to /status. Every status strategy puts the stored spec
   * back, so when the body carries the stored spec (itself, as a client that read
   * the object and spread it, or an equal copy, as a controller that copied it),
   * decoding and defaulting a copy of it is work thrown away: only its decode
   * errors could show, and a spec that decodes cleanly has none. The spec keeps
   * its place among the object's keys.
   */
  private decodeStatusWrite(input: KubeObject, entry: ResourceEntry): KubeObject {
    const spec = input.spec;
    if (spec === null || typeof spec !== "object") return this.decode(input, entry);
    const meta = input.metadata as KubeObject["metadata"] | undefined;
    if (!meta || typeof meta !== "object") return this.decode(input, entry);
    if (specDependentDefaults.has(entry.storageKey)) return this.decode(input, entry);
    const stored = this.store.get(entry.storageKey, entry.info.namespaced ? meta.namespace || "default" : "", meta.name ?? "");
    if (!stored || stored.apiVersion !== input.apiVersion || stored.kind !== input.kind) return this.decode(input, entry);
    if (stored.spec !== spec && !jsonEqual(spec, stored.spec)) return this.decode(input, entry);
    const schema = schemaFor(input.apiVersion, input.kind);
    if (!schema || !fieldDecodesCleanly(schema, "spec", stored.spec)) return this.decode(input, entry);
    const obj = this.decode({ ...input, spec: {} }, entry);
    obj.spec = stored.spec;
    return obj;
  }

  /** The namespace of a request: the option, else the object's, else "default"; "" for cluster-scoped kinds. */
  private requestNamespace(info: ResourceInfo, obj: KubeObject, requested: string | undefined): string {
    if (!info.namespaced) {
      delete obj.metadata.namespace;
      return "";
    }
    const own = obj.metadata.namespace;
    if (requested && own && requested !== own) throw newNamespaceMismatch();
    const ns = requested || own || "default";
    obj.metadata.namespace = ns;
    return ns;
  }

  private attributes(
    operation: Operation,
    resource: ResourceInfo,
    subresource: string,
    namespace: string,
    object: KubeObject | undefined,
    oldObject: KubeObject | undefined,
    dryRun: boolean,
  ): AdmissionAttributes {
    const name = object?.metadata.name ?? oldObject?.metadata.name ?? "";
    return { operation, resource, subresource, namespace, name, object, oldObject, dryRun };
  }

  private admitMutating(attrs: AdmissionAttributes): void {
    for (const plugin of mutatingAdmissionPlugins) if (plugin.handles(attrs)) plugin.admit(attrs, this);
  }

  private admitValidating(attrs: AdmissionAttributes): void {
    for (const plugin of validatingAdmissionPlugins) if (plugin.handles(attrs)) plugin.validate(attrs, this);
  }

  private throwIfInvalid(info: ResourceInfo, obj: KubeObject, errs: FieldError[]): void {
    // ValidateObjectMeta's first rule, in case the kind's strategy leaves it out.
    if (!obj.metadata.name && !errs.some((e) => e.field === "metadata.name")) {
      errs = [fieldErrors.required("metadata.name", "name or generateName is required"), ...errs];
    }
    if (errs.length > 0) throw newInvalid(info.group, info.kind, obj.metadata.name ?? "", errs);
  }

  private updateDecoded(resolved: ResolvedKind, obj: KubeObject, opts: WriteOptions & { subresource?: string }): KubeObject {
    const { entry, version } = resolved;
    const info = entry.info;
    const subresource = opts.subresource ?? "";
    const dryRun = !!opts.dryRun;
    const namespace = info.namespaced ? obj.metadata.namespace || "default" : "";
    if (info.namespaced) obj.metadata.namespace = namespace;
    else delete obj.metadata.namespace;
    const name = obj.metadata.name ?? "";
    if (!name) this.throwIfInvalid(info, obj, []);
    const old = this.store.get(entry.storageKey, namespace, name);
    if (!old) throw newNotFound(info.group, info.resource, name);
    // Optimistic concurrency: a resourceVersion, when given, must be the stored one.
    const rv = obj.metadata.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) throw newConflict(info.group, info.resource, name, conflictModifiedText);

    // Plugins read the stored object itself: it is frozen, so none can change it.
    this.admitMutating(this.attributes("UPDATE", info, subresource, namespace, obj, old, dryRun));

    // rest.BeforeUpdate: system fields stay as stored; the strategy decides the rest.
    const strategy = strategyFor(info.group, info.kind);
    obj.metadata.generation = old.metadata.generation;
    if (obj.metadata.generation === undefined) delete obj.metadata.generation;
    if (subresource === "status") {
      if (strategy.prepareForStatusUpdate) strategy.prepareForStatusUpdate(obj, old);
      else keepAllButStatus(obj, old);
    } else {
      strategy.prepareForUpdate?.(obj, old);
    }
    if (entry.storageKey === "/services" && this.allocateServices && subresource === "") {
      const others = this.store.list("/services").filter((o) => o !== old);
      const errs = allocateServiceOnUpdate(obj, old, serviceAllocatorsFor(others));
      if (errs.length) throw newInvalid(info.group, info.kind, name, errs);
    }
    if (!obj.metadata.uid) obj.metadata.uid = old.metadata.uid;
    restoreOrDelete(obj.metadata, old.metadata, "creationTimestamp");
    restoreOrDelete(obj.metadata, old.metadata, "deletionTimestamp");
    restoreOrDelete(obj.metadata, old.metadata, "deletionGracePeriodSeconds");
    const errs =
      (subresource === "status" && strategy.validateStatusUpdate
        ? strategy.validateStatusUpdate(obj, old)
        : strategy.validateUpdate?.(obj, old)) ?? [];
    if (obj.metadata.uid !== old.metadata.uid) {
      errs.push(fieldErrors.invalid("metadata.uid", obj.metadata.uid, "field is immutable"));
    }
    this.throwIfInvalid(info, obj, errs);
    // rest.BeforeUpdate: WarningsOnUpdate (the status subresource's strategies have none).
    if (this.warningSink && subresource === "") for (const w of warningsOnUpdate(obj, old)) this.warningSink(w);

    this.admitValidating(this.attributes("UPDATE", info, subresource, namespace, obj, old, dryRun));

    // A write that changes nothing keeps the resourceVersion and raises no event, as etcd3's GuaranteedUpdate.
    obj.metadata.resourceVersion = old.metadata.resourceVersion;
    if (jsonEqual(obj, old)) return opts.readOnlyResult ? this.watchOutput(entry, version, old) : this.output(entry, version, old);
    if (dryRun) return this.output(entry, version, obj);
    obj.metadata.resourceVersion = String(this.store.nextResourceVersion());
    // The last finalizer gone from an object being deleted, its grace period over: it is deleted now
    // (registry/generic/registry/store.go shouldDeleteDuringUpdate). A pod still in its grace period stays.
    if (obj.metadata.deletionTimestamp && !(obj.metadata.finalizers?.length ?? 0) && old.metadata.deletionGracePeriodSeconds === 0) {
      this.removeStored(entry, obj);
      collectDependents(this.gcHost(), obj.metadata.uid ?? "", "Background");
      return this.output(entry, version, obj);
    }
    const result = this.storeAndReturn(entry, version, obj, opts);
    this.afterWrite(entry, obj, old);
    return result;
  }

  /** Stores `obj` (freezing it) and returns the write's result: a copy, or the frozen object itself when asked for. */
  private storeAndReturn(entry: ResourceEntry, version: string, obj: KubeObject, opts: WriteOptions): KubeObject {
    if (!opts.readOnlyResult) return this.storeAndCopy(entry, version, obj);
    this.store.put(entry.storageKey, deepFreeze(obj));
    return this.watchOutput(entry, version, obj);
  }

  /** Stores `obj` (freezing it) and returns what output() would return for it, in one walk. */
  private storeAndCopy(entry: ResourceEntry, version: string, obj: KubeObject): KubeObject {
    const copy = freezeAndCopy(obj);
    this.store.put(entry.storageKey, obj);
    return fromStorageVersion(entry, copy, version);
  }

  /** A stored object as a caller may keep it: converted to `version` and copied. */
  private output(entry: ResourceEntry, version: string, stored: KubeObject): KubeObject {
    const copy = deepCopyJson(stored);
    return fromStorageVersion(entry, copy, version);
  }

  // Every watcher of a change (and every read-only list) gets the same frozen
  // copy (per version) instead of a copy each: a write watched by ten
  // controllers costs one copy, not ten.
  // Stored objects are replaced on write, never changed in place, so the cache
  // keyed by them stays right.
  private readonly watchCopies = new WeakMap<KubeObject, Map<string, KubeObject>>();

  private watchOutput(entry: ResourceEntry, version: string, stored: KubeObject): KubeObject {
    // Stored objects are frozen: in their storage version they are their own read-only copy.
    if (Object.isFrozen(stored) && fromStorageVersion(entry, stored, version) === stored) return stored;
    let byVersion = this.watchCopies.get(stored);
    if (!byVersion) this.watchCopies.set(stored, (byVersion = new Map()));
    let copy = byVersion.get(version);
    if (!copy) byVersion.set(version, (copy = deepFreeze(this.output(entry, version, stored))));
    return copy;
  }

  private filter(entry: ResourceEntry, opts: ListOptions): (obj: KubeObject) => boolean {
    const info = entry.info;
    let labels: ReturnType<typeof parseLabelSelector> | undefined;
    let fields: ((o: KubeObject) => boolean) | undefined;
    try {
      if (opts.labelSelector) labels = parseLabelSelector(opts.labelSelector);
      if (opts.fieldSelector) {
        const builtin = builtinResources.some((b) => b.storageKey === entry.storageKey);
        fields = compileFieldSelector(opts.fieldSelector, { group: info.group, kind: info.kind, namespaced: info.namespaced, builtin });
      }
    } catch (e) {
      if (e instanceof LabelSelectorParseError || e instanceof FieldSelectorError) throw newBadRequest(e.message);
      throw e;
    }
    const ns = info.namespaced ? opts.namespace || "" : "";
    return (obj) =>
      (!ns || obj.metadata.namespace === ns) &&
      (!labels || labelSelectorMatches(labels, obj.metadata.labels)) &&
      (!fields || fields(obj));
  }

  /** Side effects of a stored write: CRDs serve their resources; watchers hear of it. */
  private afterWrite(entry: ResourceEntry, obj: KubeObject, old: KubeObject | undefined): void {
    this.hub.publish({ storageKey: entry.storageKey, type: old ? "MODIFIED" : "ADDED", object: obj, old });
    if (entry.storageKey === `${crdGroup}/customresourcedefinitions`) {
      this.serveCustomResource(obj);
      this.establishCustomResource(entry, obj);
    }
  }

  /** The CRD status controllers' write, as a status update of their own. */
  private establishCustomResource(entry: ResourceEntry, crd: KubeObject): void {
    if (crd.metadata.deletionTimestamp) return;
    const status = establishedCrdStatus(crd, formatRFC3339(this.clock.now()));
    if (jsonEqual(status, crd.status)) return;
    const next = deepCopyJson(crd);
    next.status = status;
    next.metadata.resourceVersion = String(this.store.nextResourceVersion());
    this.store.put(entry.storageKey, next);
    this.hub.publish({ storageKey: entry.storageKey, type: "MODIFIED", object: next, old: crd });
  }

  private serveCustomResource(crd: KubeObject): void {
    const custom = resourceEntryFromCRD(crd);
    if (custom) this.registry.registerCustom(custom);
  }

  // -------------------------------------------------------------------------
  // Deletion and garbage collection

  /** Default propagation when the request names none (DefaultGarbageCollectionPolicy): batch/v1 Jobs orphan. */
  private defaultPropagation(entry: ResourceEntry): PropagationPolicy {
    return entry.info.group === "batch" && entry.info.kind === "Job" ? "Orphan" : "Background";
  }

  private deleteStored(entry: ResourceEntry, stored: KubeObject, opts: DeleteOptions): KubeObject {
    const info = entry.info;
    const namespace = stored.metadata.namespace ?? "";
    const dryRun = !!opts.dryRun;
    // The delete handler runs both halves of admission (handlers/delete.go), with no new object.
    const attrs = this.attributes("DELETE", info, "", namespace, undefined, stored, dryRun);
    this.admitMutating(attrs);
    this.admitValidating(attrs);
    if (dryRun) return stored;
    if (entry.storageKey === "/namespaces") return this.deleteNamespace(entry, stored);

    // Already being deleted (finalizers pending): nothing more to do — unless a
    // grace of 0 ends a graceful deletion (the kubelet's final delete, --force --grace-period=0).
    if (stored.metadata.deletionTimestamp) {
      const endsGrace = opts.gracePeriodSeconds === 0 && (stored.metadata.finalizers?.length ?? 0) === 0;
      if (!endsGrace) return stored;
      this.removeStored(entry, stored);
      collectDependents(this.gcHost(), stored.metadata.uid ?? "", "Background");
      return stored;
    }
    const policy = opts.propagationPolicy ?? this.defaultPropagation(entry);
    const uid = stored.metadata.uid ?? "";
    const host = this.gcHost();
    if (policy === "Orphan") orphanDependents(host, uid);
    if (policy === "Foreground") collectDependents(host, uid, "Foreground");

    const grace = this.gracefulDeletion(entry, stored, opts);
    const current = this.store.get(entry.storageKey, namespace, stored.metadata.name ?? "") ?? stored;
    if ((current.metadata.finalizers?.length ?? 0) > 0 || grace > 0) {
      // Kept until its finalizers are removed (or the grace period ends): marked, not removed.
      const marked = deepCopyJson(current);
      marked.metadata.deletionTimestamp = formatRFC3339(this.clock.now() + grace * 1000);
      marked.metadata.deletionGracePeriodSeconds = grace;
      marked.metadata.resourceVersion = String(this.store.nextResourceVersion());
      this.store.put(entry.storageKey, marked);
      this.hub.publish({ storageKey: entry.storageKey, type: "MODIFIED", object: marked, old: current });
      return marked;
    }
    this.removeStored(entry, current);
    if (policy === "Background") collectDependents(host, uid, "Background");
    return current;
  }

  /** Removes a stored object for good: DELETED event, CRD and namespace follow-ups. */
  private removeStored(entry: ResourceEntry, obj: KubeObject): void {
    const namespace = obj.metadata.namespace ?? "";
    this.store.remove(entry.storageKey, namespace, obj.metadata.name ?? "");
    const gone = deepCopyJson(obj);
    gone.metadata.resourceVersion = String(this.store.nextResourceVersion());
    this.hub.publish({ storageKey: entry.storageKey, type: "DELETED", object: gone });
    if (entry.storageKey === `${crdGroup}/customresourcedefinitions`) this.stopServingCustomResource(obj);
    if (namespace) this.finishNamespaceIfEmpty(namespace);
  }

  private stopServingCustomResource(crd: KubeObject): void {
    const custom = resourceEntryFromCRD(crd);
    if (!custom) return;
    for (const obj of this.store.list(custom.storageKey)) this.removeStored(custom, obj);
    this.store.dropBucket(custom.storageKey);
    this.registry.unregisterCustom(custom.storageKey);
  }

  /**
   * Namespace deletion, done at once rather than by a namespace controller
   * later: the namespace turns Terminating (deletionTimestamp, status.phase),
   * its content is deleted, then the namespace itself. What the call returns is
   * the Terminating namespace, as upstream's DELETE does.
   */
  private deleteNamespace(entry: ResourceEntry, stored: KubeObject): KubeObject {
    if (stored.metadata.deletionTimestamp) return stored;
    const terminating = deepCopyJson(stored);
    terminating.metadata.deletionTimestamp = formatRFC3339(this.clock.now());
    terminating.metadata.deletionGracePeriodSeconds = 0;
    terminating.status = { ...((terminating.status as object) ?? {}), phase: "Terminating" };
    terminating.metadata.resourceVersion = String(this.store.nextResourceVersion());
    this.store.put(entry.storageKey, terminating);
    this.hub.publish({ storageKey: entry.storageKey, type: "MODIFIED", object: terminating, old: stored });
    const name = stored.metadata.name ?? "";
    const host = this.gcHost();
    this.emptyingNamespace = name;
    try {
      for (const key of this.store.storageKeys()) {
        for (const obj of this.store.list(key, name)) {
          const still = this.store.get(key, name, obj.metadata.name ?? "");
          if (still) host.deleteDependent({ storageKey: key, object: still }, "Background");
        }
      }
    } finally {
      this.emptyingNamespace = undefined;
    }
    this.finishNamespaceIfEmpty(name);
    return terminating;
  }

  private finishNamespaceIfEmpty(namespace: string): void {
    if (this.emptyingNamespace === namespace) return;
    const ns = this.store.get("/namespaces", "", namespace);
    if (!ns?.metadata.deletionTimestamp) return;
    for (const key of this.store.storageKeys()) if (this.store.list(key, namespace).length > 0) return;
    const nsEntry = builtinResources.find((b) => b.storageKey === "/namespaces")!;
    this.store.remove("/namespaces", "", namespace);
    const gone = deepCopyJson(ns);
    gone.metadata.resourceVersion = String(this.store.nextResourceVersion());
    this.hub.publish({ storageKey: nsEntry.storageKey, type: "DELETED", object: gone });
  }

  private entryByStorageKey(storageKey: string): ResourceEntry | undefined {
    return this.registry.entries().find((e) => e.storageKey === storageKey);
  }

  private gcHost(): GarbageCollectionHost {
    return {
      allObjects: () => {
        const refs: StoredRef[] = [];
        for (const key of this.store.storageKeys()) for (const object of this.store.list(key)) refs.push({ storageKey: key, object });
        return refs;
      },
      uidExists: (uid) => this.store.byUid(uid) !== undefined,
      deleteDependent: (ref, propagation) => {
        const entry = this.entryByStorageKey(ref.storageKey);
        const current = this.store.get(ref.storageKey, ref.object.metadata.namespace ?? "", ref.object.metadata.name ?? "");
        if (entry && current) this.deleteStored(entry, current, { propagationPolicy: propagation });
      },
      replaceOwnerReferences: (ref, refs: OwnerReference[]) => {
        const entry = this.entryByStorageKey(ref.storageKey);
        const current = this.store.get(ref.storageKey, ref.object.metadata.namespace ?? "", ref.object.metadata.name ?? "");
        if (!entry || !current) return;
        const next = deepCopyJson(current);
        if (refs.length) next.metadata.ownerReferences = refs;
        else delete next.metadata.ownerReferences;
        next.metadata.resourceVersion = String(this.store.nextResourceVersion());
        this.store.put(ref.storageKey, next);
        this.hub.publish({ storageKey: ref.storageKey, type: "MODIFIED", object: next, old: current });
      },
    };
  }
}

/** Status-only write without a strategy of its own: everything but status stays as stored. */
function keepAllButStatus(obj: KubeObject, old: KubeObject): void {
  const status = obj.status;
  for (const key of Object.keys(obj)) delete obj[key];
  Object.assign(obj, deepCopyJson(old));
  if (status === undefined) delete obj.status;
  else obj.status = status;
}

function restoreOrDelete<K extends "creationTimestamp" | "deletionTimestamp" | "deletionGracePeriodSeconds">(
  meta: KubeObject["metadata"],
  old: KubeObject["metadata"],
  key: K,
): void {
  if (old[key] === undefined) delete meta[key];
  else meta[key] = old[key];
}
