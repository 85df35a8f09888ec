// The kubelet of every node, as one component (events carry each node's name
// as source.host). Watch handlers enqueue pod keys; sync(key) is syncPod:
// volumes and the sandbox (pod IP), init containers in order, native sidecars,
// app containers with restart back-off, probes, status; graceful termination.
import { ClusterNetwork } from "../network/cluster-network";
import { containerNetworkFor } from "../network/container-network";
import { podEtcHosts, podResolvConf } from "../network/dns/resolv-conf";
import { hash } from "node:crypto";
import type { KubeObject } from "../apiserver/types";
import { parseQuantity } from "../apiserver/quantity";
import type { ComponentContext } from "../controllers/framework/component";
import { EventRecorder, type EventType } from "../controllers/framework/event-recorder";
import { QueuedController } from "../controllers/framework/queued-controller";
import { objectKey, splitKey } from "../controllers/framework/key-queue";
import { pullImage, startContainer, LogSink, type ExecResult, type ImageSpec } from "../runtime";
import { containerLogs, execInContainer, runningContainers, type LogOptions, type RunningContainer } from "./pod-access";
import { BackOff, goDuration } from "./backoff";
import { ConfigError } from "./config-lookup";
import { expandVars, resolveEnv } from "./env";
import { formatPod, messages, reasons } from "./events";
import type { PodRuntimeFields } from "./field-ref";
import { installGracefulPodDeletion } from "./graceful-deletion";
import { pullDurationMs, imageSizeBytes } from "./image-pull-timing";
import { PodIPAllocator } from "./pod-ip";
import type { ContainerKind, ContainerRecord, Json, PodRecord } from "./pod-state";
import { checkProbe, execTimeoutOutput, type ProbeOutcome } from "./probe-check";
import { generatePodStatus } from "./status";
import { recordFields, steady, stillQuiet, volumesReadRuntime } from "./quiet-sync";
import { sameJson } from "./same-json";
import { MountError, mountsFor, setUpVolumes, VolumeNotReady } from "./volumes";
import { NodeFilesystems } from "./node-filesystems";

const pods = { group: "", version: "v1", resource: "pods" };
const nodes = { group: "", version: "v1", resource: "nodes" };
const configMaps = { group: "", version: "v1", resource: "configmaps" };
const secrets = { group: "", version: "v1", resource: "secrets" };
/** The pod worker's retry after a sync error (CreateContainerConfigError, FailedMount). */
const retryAfterErrorMs = 10_000;
/** ErrImagePull shows until the next sync, which finds the image in back-off. */
const imagePullResyncMs = 1_000;
/** How soon the kubelet looks again at a pod whose claim is not bound yet. */
const volumeNotReadyRetryMs = 1_000;

interface NodeInfo {
  hostIP: string;
  cidr: string;
  allocatable: Record<string, string>;
}

export class Kubelet extends QueuedController {
  readonly name = "kubelet";
  private readonly records = new Map<string, PodRecord>();
  private readonly recorders = new Map<string, EventRecorder>();
  private readonly ips = new PodIPAllocator();
  private readonly imagesOnNode = new Map<string, Set<string>>();
  /** Host paths and network storage the pods' volumes share. */
  readonly nodeFilesystems = new NodeFilesystems();
  private crashBackOff!: BackOff;
  private pullBackOff!: BackOff;
  /** Pods that were running before this kubelet started and that it cannot run (system pods): left alone. */
  private readonly foreign = new Set<string>();
  /** What the pods need of each node (addresses, pod CIDR, allocatable), read once and forgotten when the node changes. */
  private readonly nodeInfos = new Map<string, NodeInfo | undefined>();
  /** Bumped by every ConfigMap or Secret change: a volume made from one may need writing again. */
  private configRevision = 0;
  /** Tests turn this off to run every sync in full (see quiet-sync.ts). */
  skipQuietSyncs = true;
  /** How many syncs were skipped as quiet. */
  quietSyncsSkipped = 0;

  /** The pod network as seen from this cluster's pods: DNS, Services, NetworkPolicies. */
  network!: ClusterNetwork;

  protected watch(ctx: ComponentContext): () => void {
    this.network = new ClusterNetwork(ctx.api, {
      podByIP: (ip) => {
        const found = this.podByIP(ip);
        return found && { pod: found.pod, containers: this.containersOf(found.namespace, found.name).map((c) => c.process) };
      },
    });
    this.crashBackOff = new BackOff(() => ctx.clock.now());
    this.pullBackOff = new BackOff(() => ctx.clock.now());
    const uninstall = installGracefulPodDeletion(ctx.api);
    for (const pod of ctx.api.list(pods, { readOnly: true }).items) {
      const status = (pod.status ?? {}) as { podIP?: string };
      const nodeName = (pod.spec as Json).nodeName as string | undefined;
      if (nodeName && status.podIP) this.ips.reserve(nodeName, this.nodeInfo(nodeName)?.cidr ?? "", status.podIP);
      if (nodeName && (pod.status as Json | undefined)?.startTime) this.foreign.add(pod.metadata.uid ?? "");
      this.queue.add(objectKey(pod.metadata.namespace, pod.metadata.name));
    }
    const stop = ctx.api.watch(pods, {}, (e) => {
      const key = objectKey(e.object.metadata.namespace, e.object.metadata.name);
      if (e.type === "DELETED" || (e.object.spec as Json | undefined)?.nodeName) this.queue.add(key);
    });
    const stopNodes = ctx.api.watch(nodes, {}, (e) => this.nodeInfos.delete(e.object.metadata.name ?? ""));
    const bumpConfig = () => void this.configRevision++;
    const stopConfigMaps = ctx.api.watch(configMaps, {}, bumpConfig);
    const stopSecrets = ctx.api.watch(secrets, {}, bumpConfig);
    return () => {
      stop();
      stopNodes();
      stopConfigMaps();
      stopSecrets();
      uninstall();
    };
  }

  // ---------------------------------------------------------------------------
  // Reading the world

  private nodeInfo(name: string): NodeInfo | undefined {
    if (this.nodeInfos.has(name)) return this.nodeInfos.get(name);
    const info = this.readNodeInfo(name);
    this.nodeInfos.set(name, info);
    return info;
  }

  private readNodeInfo(name: string): NodeInfo | undefined {
    try {
      const n = this.ctx.api.get(nodes, "", name, { readOnly: true }); // read only: the stored (frozen) node
      const addresses = ((n.status as Json | undefined)?.addresses ?? []) as { type: string; address: string }[];
      return {
        hostIP: addresses.find((a) => a.type === "InternalIP")?.address ?? "",
        cidr: ((n.spec as Json | undefined)?.podCIDR as string) ?? "10.244.0.0/24",
        allocatable: ((n.status as Json | undefined)?.allocatable as Record<string, string>) ?? {},
      };
    } catch {
      return undefined;
    }
  }

  private recorder(node: string): EventRecorder {
    let r = this.recorders.get(node);
    if (!r) {
      r = new EventRecorder(this.ctx.api, this.ctx.clock, { component: "kubelet", host: node });
      this.recorders.set(node, r);
    }
    return r;
  }

  private event(rec: PodRecord, type: EventType, reason: string, message: string, c?: ContainerRecord): void {
    const fieldPath = c ? `spec.${c.kind === "app" ? "containers" : "initContainers"}{${c.name}}` : undefined;
    this.recorder(rec.node).record(rec.pod, type, reason, message, fieldPath);
  }

  private now(): number {
    return this.ctx.clock.now();
  }

  /** Wakes the pod's sync at `atMs` (a back-off ending, a grace period, a retry). */
  private wakeAt(rec: PodRecord, atMs: number): void {
    const id = this.ctx.clock.schedule(atMs, () => {
      rec.timers.delete(id);
      this.queue.add(rec.key);
    });
    rec.timers.add(id);
  }

  private timer(rec: PodRecord, atMs: number, fn: () => void): void {
    const id = this.ctx.clock.schedule(atMs, () => {
      rec.timers.delete(id);
      if (this.records.get(rec.key) === rec) fn();
    });
    rec.timers.add(id);
  }

  // ---------------------------------------------------------------------------
  // syncPod

  protected sync(key: string): void {
    const { namespace, name } = splitKey(key);
    let pod: KubeObject | undefined;
    try {
      pod = this.ctx.api.get(pods, namespace, name, { readOnly: true });
    } catch {
      pod = undefined;
    }
    let rec = this.records.get(key);
    if (rec && (!pod || pod.metadata.uid !== rec.uid)) {
      this.forget(rec);
      rec = undefined;
    }
    if (!pod) return;
    const nodeName = (pod.spec as Json).nodeName as string | undefined;
    if (!nodeName || this.foreign.has(pod.metadata.uid ?? "")) return;
    if (!rec) {
      if (pod.metadata.deletionTimestamp) {
        this.deleteNow(pod);
        return;
      }
      const phase = (pod.status as Json | undefined)?.phase;
      if (phase === "Succeeded" || phase === "Failed") return;
      rec = this.admit(key, pod, nodeName);
    }
    rec.pod = pod;
    const r = rec;
    if (this.skipQuietSyncs && stillQuiet(r.quiet, r, this.configRevision, () => this.nodeInfo(r.node))) {
      this.quietSyncsSkipped++;
      return;
    }
    rec.quiet = undefined;
    if (!pod.metadata.deletionTimestamp && !rec.terminal) this.applyImageChanges(rec);
    if (pod.metadata.deletionTimestamp) {
      this.terminate(rec);
      return;
    }
    const configRevision = this.configRevision;
    const runtime = !rec.terminal && volumesReadRuntime(pod) ? { podIP: rec.podIP, nodeInfo: this.nodeInfo(rec.node) } : undefined;
    const complete = !rec.terminal && this.syncContainers(rec);
    const seen = this.writeStatus(rec);
    // Remembered only when the status just written (or found) was generated from the pod this sync started with.
    if (complete && seen !== undefined && seen === pod.metadata.resourceVersion && steady(rec)) {
      rec.quiet = { resourceVersion: rec.pod.metadata.resourceVersion, configRevision, runtime, fields: recordFields(rec) };
    }
  }

  /**
   * An image is the one field of a container a pod update may change (`kubectl
   * set image pod/x`, `kubectl edit`). kuberuntime_manager.go computePodActions:
   * a changed container hash kills a running container with "Container %s
   * definition changed, will be restarted" and restarts it whatever the
   * restartPolicy; a waiting one is pulled again with the new image (the pull
   * back-off is per image, the crash back-off per container hash).
   */
  private applyImageChanges(rec: PodRecord): void {
    const spec = rec.pod.spec as Json;
    for (const s of [...((spec.initContainers ?? []) as Json[]), ...((spec.containers ?? []) as Json[])]) {
      const c = rec.containers.get(s.name as string);
      if (!c || c.spec.image === s.image) continue;
      c.spec = s;
      c.notBefore = undefined;
      if (c.state.kind === "waiting" && c.state.reason === "CrashLoopBackOff") this.crashBackOff.forget(`${rec.uid}/${c.name}`);
      if (c.process?.state === "running" && !c.busy) {
        this.event(rec, "Normal", reasons.killing, `Container ${c.name} definition changed, will be restarted`, c);
        c.probeKilled = true;
        this.crashBackOff.forget(`${rec.uid}/${c.name}`);
        this.kill(rec, c, (spec.terminationGracePeriodSeconds as number) ?? 30, true);
      }
    }
  }

  private admit(key: string, pod: KubeObject, node: string): PodRecord {
    const spec = pod.spec as Json;
    const containers = new Map<string, ContainerRecord>();
    const hasInit = ((spec.initContainers ?? []) as Json[]).length > 0;
    const add = (c: Json, kind: ContainerKind) =>
      containers.set(c.name as string, {
        name: c.name as string,
        kind,
        spec: c,
        state: { kind: "waiting", reason: hasInit ? "PodInitializing" : "ContainerCreating" },
        restartCount: 0,
        instances: 0,
        ready: false,
        started: false,
        busy: false,
        probes: new Map(),
      });
    for (const c of (spec.initContainers ?? []) as Json[]) add(c, c.restartPolicy === "Always" ? "sidecar" : "init");
    for (const c of (spec.containers ?? []) as Json[]) add(c, "app");
    const rec: PodRecord = {
      key,
      uid: pod.metadata.uid ?? "",
      node,
      pod,
      hostIP: this.nodeInfo(node)?.hostIP ?? "",
      startTime: this.now(),
      containers,
      initialized: !hasInit,
      timers: new Set(),
    };
    this.records.set(key, rec);
    return rec;
  }

  private runtimeFields(rec: PodRecord): PodRuntimeFields {
    return { podIP: rec.podIP ?? "", hostIP: rec.hostIP, nodeAllocatable: this.nodeInfo(rec.node)?.allocatable ?? {} };
  }

  /** Returns whether the volumes were set up (false: a mount failed or waits, and nothing started). */
  private syncContainers(rec: PodRecord): boolean {
    // Volumes first (WaitForAttachAndMount), then the sandbox with its IP.
    try {
      rec.volumes = setUpVolumes(this.ctx.api, rec.pod, this.runtimeFields(rec), rec.volumes ?? new Map(), this.now(), this.nodeFilesystems.hostFor(rec.node));
    } catch (e) {
      if (e instanceof VolumeNotReady) {
        // The volume manager polls until the claim is bound (its 2-minute FailedMount timeout is not modelled).
        this.wakeAt(rec, this.now() + volumeNotReadyRetryMs);
        return false;
      }
      if (!(e instanceof MountError)) throw e;
      this.event(rec, "Warning", reasons.failedMount, messages.mountFailed(e.volume, e.message));
      this.wakeAt(rec, this.now() + retryAfterErrorMs);
      return false;
    }
    if (!rec.podIP) rec.podIP = this.ips.allocate(rec.node, this.nodeInfo(rec.node)?.cidr ?? "");
    const restartPolicy = ((rec.pod.spec as Json).restartPolicy as string) ?? "Always";
    const all = [...rec.containers.values()];
    if (!rec.initialized) {
      for (const c of all.filter((x) => x.kind !== "app")) {
        if (c.kind === "sidecar") {
          if (c.state.kind !== "running") this.maybeStart(rec, c);
          if (!c.started) return true;
          continue;
        }
        if (c.state.kind === "terminated" && c.state.t.exitCode === 0) continue;
        if (c.state.kind === "running" || c.busy) return true;
        const failedBefore = c.state.kind === "terminated" || !!c.lastTerminated;
        if (failedBefore && restartPolicy === "Never") {
          this.finishPod(rec, "Failed");
          return true;
        }
        this.maybeStart(rec, c);
        return true;
      }
      rec.initialized = true;
      for (const c of all.filter((x) => x.kind === "app")) if (c.state.kind === "waiting" && c.state.reason === "PodInitializing") c.state = { kind: "waiting", reason: "ContainerCreating" };
    }
    for (const c of all) {
      if (c.kind === "init") continue;
      if (c.state.kind === "running" || c.busy) continue;
      if (c.kind === "sidecar") {
        this.maybeStart(rec, c);
        continue;
      }
      const exited = c.state.kind === "terminated" ? c.state.t : undefined;
      const restart = !exited || restartPolicy === "Always" || (restartPolicy === "OnFailure" && (exited.exitCode !== 0 || !!c.probeKilled));
      if (restart) this.maybeStart(rec, c);
    }
    const apps = all.filter((c) => c.kind === "app");
    if (apps.every((c) => c.state.kind === "terminated" && !c.busy)) {
      const restartable = restartPolicy === "Always" || (restartPolicy === "OnFailure" && apps.some((c) => c.state.kind === "terminated" && c.state.t.exitCode !== 0));
      if (!restartable) this.finishPod(rec, apps.every((c) => c.state.kind === "terminated" && c.state.t.exitCode === 0) ? "Succeeded" : "Failed");
    }
    return true;
  }

  /** A finished pod: sidecars stop, the sandbox goes (no more PodReadyToStartContainers). */
  private finishPod(rec: PodRecord, phase: "Succeeded" | "Failed"): void {
    rec.terminal = phase;
    for (const c of rec.containers.values()) if (c.kind === "sidecar" && c.process?.state === "running") this.kill(rec, c, 0);
  }

  // ---------------------------------------------------------------------------
  // Starting a container: back-off, image, config, start, hooks, probes

  private maybeStart(rec: PodRecord, c: ContainerRecord): void {
    if (c.busy || (c.notBefore !== undefined && this.now() < c.notBefore)) return;
    const exited = c.state.kind === "terminated" ? c.state.t : c.lastTerminated && c.state.kind === "waiting" && c.state.reason === "CrashLoopBackOff" ? c.lastTerminated : undefined;
    if (exited) {
      const key = `${rec.uid}/${c.name}`;
      if (this.crashBackOff.isInBackOffSince(key, exited.finishedAt)) {
        const delay = this.crashBackOff.get(key);
        if (c.state.kind === "terminated") c.lastTerminated = c.state.t;
        c.state = { kind: "waiting", reason: "CrashLoopBackOff", message: `back-off ${goDuration(delay)} restarting failed container=${c.name} pod=${formatPod(rec.pod)}` };
        this.event(rec, "Warning", reasons.backOff, messages.backOffRestart(c.name, formatPod(rec.pod)), c);
        this.wakeAt(rec, this.crashBackOff.until(key, exited.finishedAt));
        return;
      }
      this.crashBackOff.next(key, exited.finishedAt);
    }
    this.pullAndStart(rec, c);
  }

  private pullAndStart(rec: PodRecord, c: ContainerRecord): void {
    const image = (c.spec.image as string) ?? "";
    const policy = (c.spec.imagePullPolicy as string) ?? "IfNotPresent";
    const onNode = this.imagesOnNode.get(rec.node) ?? new Set<string>();
    this.imagesOnNode.set(rec.node, onNode);
    const pulled = pullImage(image);
    const present = pulled.ok && onNode.has(pulled.imageID);
    const waitingReason = c.kind === "app" && c.state.kind === "waiting" && !c.lastTerminated && c.instances === 0 ? c.state.reason : undefined;
    const keepWaiting = () => {
      if (c.state.kind === "waiting" && (c.state.reason === "ErrImagePull" || c.state.reason === "ImagePullBackOff")) return;
      if (c.state.kind === "waiting" && c.state.reason === "CrashLoopBackOff") return;
      if (waitingReason && c.state.kind === "waiting") c.state = { kind: "waiting", reason: waitingReason };
    };
    if (!pulled.ok && pulled.reason === "InvalidImageName") {
      this.setWaiting(c, "InvalidImageName", pulled.message);
      this.event(rec, "Warning", reasons.inspectFailed, pulled.message, c);
      return;
    }
    if (policy === "Never" && !present) {
      const msg = messages.neverPull(image);
      this.setWaiting(c, "ErrImageNeverPull", msg);
      this.event(rec, "Warning", "ErrImageNeverPull", msg, c);
      this.wakeAt(rec, this.now() + retryAfterErrorMs);
      return;
    }
    if (present && policy !== "Always") {
      this.event(rec, "Normal", reasons.pulled, messages.alreadyPresent(image), c);
      if (pulled.ok) this.createAndStart(rec, c, pulled.image, pulled.ref.normalized, pulled.imageID);
      return;
    }
    const backKey = `${rec.node}/${image}`;
    if (this.pullBackOff.isInBackOffSinceUpdate(backKey)) {
      const last = c.state.kind === "waiting" ? c.state.message ?? "" : "";
      this.setWaiting(c, "ImagePullBackOff", `Back-off pulling image "${image}": ErrImagePull: ${last.replace(/^Back-off pulling image "[^"]*": ErrImagePull: /, "")}`);
      this.event(rec, "Normal", reasons.backOff, messages.backOffPull(image), c);
      this.event(rec, "Warning", reasons.failed, messages.error("ImagePullBackOff"), c);
      this.wakeAt(rec, this.pullBackOffEnd(backKey));
      return;
    }
    this.event(rec, "Normal", reasons.pulling, messages.pulling(image), c);
    keepWaiting();
    c.busy = true;
    const took = pulled.ok ? pullDurationMs(pulled.image) : 1_000;
    this.timer(rec, this.now() + took, () => {
      c.busy = false;
      if (rec.pod.metadata.deletionTimestamp) return this.queue.add(rec.key);
      if (!pulled.ok) {
        this.pullBackOff.next(backKey, this.now());
        this.event(rec, "Warning", reasons.failed, messages.failedPull(image, pulled.message), c);
        this.event(rec, "Warning", reasons.failed, messages.error("ErrImagePull"), c);
        this.setWaiting(c, "ErrImagePull", pulled.message);
        c.notBefore = this.now() + imagePullResyncMs;
        this.wakeAt(rec, c.notBefore);
        this.queue.add(rec.key);
        return;
      }
      onNode.add(pulled.imageID);
      this.event(rec, "Normal", reasons.pulled, messages.pulled(image, took, imageSizeBytes(pulled.image)), c);
      this.createAndStart(rec, c, pulled.image, pulled.ref.normalized, pulled.imageID);
      this.queue.add(rec.key);
    });
  }

  /** When the pull back-off of `key` ends (it counts from the failed pull, one resync ago). */
  private pullBackOffEnd(key: string): number {
    return this.now() + Math.max(1000, this.pullBackOff.get(key) - imagePullResyncMs);
  }

  private setWaiting(c: ContainerRecord, reason: string, message?: string): void {
    if (c.state.kind === "terminated") c.lastTerminated = c.state.t;
    c.state = { kind: "waiting", reason, ...(message ? { message } : {}) };
  }

  private configError(rec: PodRecord, c: ContainerRecord, message: string): void {
    this.setWaiting(c, "CreateContainerConfigError", message);
    this.event(rec, "Warning", reasons.failed, messages.error(message), c);
    this.wakeAt(rec, this.now() + retryAfterErrorMs);
  }

  private createAndStart(rec: PodRecord, c: ContainerRecord, image: ImageSpec, imageName: string, imageID: string): void {
    const pod = rec.pod;
    const podSpec = pod.spec as Json;
    let env: Record<string, string>;
    try {
      env = resolveEnv(this.ctx.api, pod, c.spec, this.runtimeFields(rec));
    } catch (e) {
      if (e instanceof ConfigError) return this.configError(rec, c, e.message);
      throw e;
    }
    const psc = (podSpec.securityContext ?? {}) as Json;
    const csc = (c.spec.securityContext ?? {}) as Json;
    const runAsUser = (csc.runAsUser ?? psc.runAsUser) as number | undefined;
    const runAsGroup = (csc.runAsGroup ?? psc.runAsGroup) as number | undefined;
    const runAsNonRoot = (csc.runAsNonRoot ?? psc.runAsNonRoot) as boolean | undefined;
    if (runAsNonRoot) {
      const imageUser = image.config.user.split(":")[0];
      const uid = runAsUser ?? (/^\d+$/.test(imageUser) ? Number(imageUser) : imageUser === "" || imageUser === "root" ? 0 : undefined);
      if (uid === undefined) return this.configError(rec, c, `container has runAsNonRoot and image has non-numeric user (${imageUser}), cannot verify user is non-root (pod: "${formatPod(pod)}", container: ${c.name})`);
      if (uid === 0) return this.configError(rec, c, `container has runAsNonRoot and image will run as root (pod: "${formatPod(pod)}", container: ${c.name})`);
    }
    const supplementalGroups = [...(((psc.supplementalGroups as number[]) ?? [])), ...(psc.fsGroup !== undefined ? [psc.fsGroup as number] : [])];
    const memLimit = ((c.spec.resources as Json | undefined)?.limits as Record<string, string> | undefined)?.memory;
    const expand = (xs: unknown) => (xs as string[] | undefined)?.map((s) => expandVars(s, env));
    const started = startContainer({
      image,
      command: expand(c.spec.command),
      args: expand(c.spec.args),
      env,
      workingDir: c.spec.workingDir as string | undefined,
      user: { uid: runAsUser, gid: runAsGroup, supplementalGroups },
      hostname: (podSpec.hostname as string) ?? pod.metadata.name,
      volumes: mountsFor(c.spec, rec.volumes ?? new Map()),
      clock: this.ctx.clock,
      memoryLimitBytes: memLimit ? Number(parseQuantity(memLimit).value()) : undefined,
      readOnlyRootFilesystem: csc.readOnlyRootFilesystem === true,
      network: containerNetworkFor(this.network, { namespace: pod.metadata.namespace ?? "default", pod, ip: rec.podIP }),
    });
    c.instances++;
    const id = containerID(rec.uid, c.name, c.instances);
    c.containerID = `containerd://${id}`;
    c.image = imageName;
    c.imageID = imageID;
    c.previousLogs = c.logs;
    if (c.state.kind === "terminated") c.lastTerminated = c.state.t;
    else if (c.state.kind === "waiting" && c.lastTerminated === undefined) c.lastTerminated = undefined;
    if (c.instances > 1) c.restartCount++;
    c.probeKilled = false;
    c.ready = false;
    c.started = false;
    c.probes.clear();
    this.event(rec, "Normal", reasons.created, messages.created(), c);
    if (!started.ok) {
      c.logs = new LogSink(() => this.now());
      c.process = undefined;
      c.state = { kind: "terminated", t: { containerID: c.containerID, exitCode: started.exitCode, finishedAt: this.now(), reason: "StartError", message: started.message, startedAt: 0 } };
      this.event(rec, "Warning", reasons.failed, messages.error(started.message), c);
      return;
    }
    const proc = started.container;
    // The files the kubelet bind-mounts into every container (kubelet_pods.go makeMounts: /etc/hosts unless hostNetwork; the CRI adds resolv.conf and hostname).
    const etcFile = (content: string) => ({ kind: "file" as const, content, mode: 0o644, mtimeMs: this.now() });
    proc.fs.mountNode("/etc/resolv.conf", etcFile(podResolvConf(pod)));
    proc.fs.mountNode("/etc/hostname", etcFile(`${(podSpec.hostname as string) ?? pod.metadata.name}\n`));
    if (!podSpec.hostNetwork) proc.fs.mountNode("/etc/hosts", etcFile(podEtcHosts(pod, rec.podIP ?? "")));
    c.process = proc;
    c.logs = proc.logs;
    c.user = { uid: proc.user.uid, gid: proc.user.gid, supplementalGroups: [...proc.user.groups].filter((g) => g !== proc.user.gid || true).sort((a, b) => a - b) };
    const startedAt = this.now();
    c.state = { kind: "running", startedAt };
    this.event(rec, "Normal", reasons.started, messages.started(), c);
    const onExit = (p: typeof proc) => {
      if (c.process !== p) return;
      c.state = { kind: "terminated", t: { containerID: c.containerID ?? "", exitCode: p.exitCode ?? 0, finishedAt: this.now(), reason: p.reason ?? "Error", startedAt } };
      c.ready = false;
      c.started = false;
      this.queue.add(rec.key);
    };
    // A program that needs no virtual time (`exit 1`, `echo done`) has already exited here.
    if (proc.state === "exited") onExit(proc);
    else proc.onExit(onExit);
    const postStart = ((c.spec.lifecycle as Json | undefined)?.postStart as Json | undefined)?.exec as Json | undefined;
    if (postStart && proc.state === "running") {
      const r = proc.exec((postStart.command ?? []) as string[]);
      if (!(r instanceof Promise) && r.exitCode !== 0) {
        this.event(rec, "Warning", reasons.failedPostStartHook, `PostStartHook failed`, c);
        this.kill(rec, c, 0);
        return;
      }
    }
    if (proc.state === "running") this.startProbes(rec, c, proc);
  }

  // ---------------------------------------------------------------------------
  // Probes (prober/worker.go): a tick every periodSeconds from the start,
  // skipped until initialDelaySeconds; liveness/readiness wait for startup.

  private startProbes(rec: PodRecord, c: ContainerRecord, proc: NonNullable<ContainerRecord["process"]>): void {
    const startedAt = this.now();
    const has = (k: string) => !!c.spec[k];
    c.started = !has("startupProbe");
    c.ready = c.started && !has("readinessProbe");
    for (const kind of ["startupProbe", "livenessProbe", "readinessProbe"] as const) {
      const probe = c.spec[kind] as Json | undefined;
      if (!probe) continue;
      const period = ((probe.periodSeconds as number) ?? 10) * 1000;
      const initial = ((probe.initialDelaySeconds as number) ?? 0) * 1000;
      const first = Math.ceil(initial / period) * period;
      c.probes.set(kind, { successes: 0, failures: 0 });
      const tick = (at: number) =>
        this.timer(rec, at, () => {
          if (c.process !== proc || proc.state !== "running") return;
          if (kind === "startupProbe" && c.started) return;
          if (kind !== "startupProbe" && !c.started) return tick(at + period);
          this.runProbe(rec, c, kind, probe, proc, () => tick(at + period));
        });
      tick(startedAt + first);
    }
  }

  private runProbe(rec: PodRecord, c: ContainerRecord, kind: "startupProbe" | "livenessProbe" | "readinessProbe", probe: Json, proc: NonNullable<ContainerRecord["process"]>, next: () => void): void {
    const peers = [...rec.containers.values()].flatMap((other) => (other !== c && other.process ? [other.process] : []));
    const outcome = checkProbe(probe, c.spec, proc, rec.podIP ?? "", rec.hostIP, peers);
    if (!(outcome instanceof Promise)) return this.probeResult(rec, c, kind, probe, proc, outcome, next);
    let settled = false;
    const timeoutMs = ((probe.timeoutSeconds as number) ?? 1) * 1000;
    this.timer(rec, this.now() + timeoutMs, () => {
      if (settled) return;
      settled = true;
      this.probeResult(rec, c, kind, probe, proc, { ok: false, output: execTimeoutOutput(probe) }, next);
    });
    void outcome.then((o) => {
      if (settled) return;
      settled = true;
      this.probeResult(rec, c, kind, probe, proc, o, next);
    });
  }

  private probeResult(rec: PodRecord, c: ContainerRecord, kind: "startupProbe" | "livenessProbe" | "readinessProbe", probe: Json, proc: NonNullable<ContainerRecord["process"]>, o: ProbeOutcome, next: () => void): void {
    if (c.process !== proc || proc.state !== "running") return;
    const counters = c.probes.get(kind)!;
    const label = kind === "startupProbe" ? "Startup" : kind === "livenessProbe" ? "Liveness" : "Readiness";
    const before = `${c.ready}/${c.started}`;
    if (o.ok) {
      counters.failures = 0;
      counters.successes++;
      if (counters.successes >= ((probe.successThreshold as number) ?? 1)) {
        if (kind === "startupProbe") {
          c.started = true;
          c.ready = !c.spec.readinessProbe;
        }
        if (kind === "readinessProbe") c.ready = true;
      }
    } else {
      counters.successes = 0;
      counters.failures++;
      const msg = o.errored ? `${label} probe errored and resulted in unknown state: ${o.output}` : messages.probeFailed(label, o.output);
      this.event(rec, "Warning", reasons.unhealthy, msg, c);
      if (counters.failures >= ((probe.failureThreshold as number) ?? 3)) {
        if (kind === "readinessProbe") c.ready = false;
        else {
          this.event(rec, "Normal", reasons.killing, messages.probeKill(c.name, kind === "livenessProbe" ? "liveness" : "startup"), c);
          c.probeKilled = true;
          const grace = (probe.terminationGracePeriodSeconds as number) ?? ((rec.pod.spec as Json).terminationGracePeriodSeconds as number) ?? 30;
          this.kill(rec, c, grace, true);
          return;
        }
      }
    }
    if (`${c.ready}/${c.started}` !== before) this.queue.add(rec.key);
    next();
  }

  // ---------------------------------------------------------------------------
  // Stopping: preStop, SIGTERM, SIGKILL after the grace period

  private kill(rec: PodRecord, c: ContainerRecord, graceSeconds: number, quiet = false): void {
    const proc = c.process;
    if (!proc || proc.state !== "running") return;
    if (!quiet) this.event(rec, "Normal", reasons.killing, messages.stopping(c.name), c);
    c.busy = true;
    proc.onExit(() => {
      c.busy = false;
      this.queue.add(rec.key);
    });
    const preStop = ((c.spec.lifecycle as Json | undefined)?.preStop as Json | undefined)?.exec as Json | undefined;
    const deadline = this.now() + graceSeconds * 1000;
    const term = () => {
      if (proc.state === "running") proc.signal("SIGTERM");
      if (proc.state === "running") this.timer(rec, Math.max(deadline, this.now()), () => proc.signal("SIGKILL"));
      // A record forgotten meanwhile still must not leave a process behind.
      if (proc.state === "running" && graceSeconds === 0) proc.signal("SIGKILL");
    };
    if (preStop) {
      const r = proc.exec((preStop.command ?? []) as string[]);
      if (r instanceof Promise) {
        let done = false;
        void r.then(() => {
          if (!done) {
            done = true;
            term();
          }
        });
        this.timer(rec, deadline, () => {
          if (!done) {
            done = true;
            term();
          }
        });
        return;
      }
    }
    term();
  }

  private terminate(rec: PodRecord): void {
    const spec = rec.pod.spec as Json;
    const grace = rec.pod.metadata.deletionGracePeriodSeconds ?? (spec.terminationGracePeriodSeconds as number) ?? 30;
    if (!rec.terminating) {
      rec.terminating = { killAt: this.now() + grace * 1000 };
      for (const c of rec.containers.values()) if (c.process?.state === "running") this.kill(rec, c, grace);
      this.writeStatus(rec);
    }
    const running = [...rec.containers.values()].some((c) => c.process?.state === "running");
    if (running) return;
    this.deleteNow(rec.pod);
    this.forget(rec);
  }

  private deleteNow(pod: KubeObject): void {
    try {
      this.ctx.api.delete(pods, pod.metadata.namespace ?? "", pod.metadata.name ?? "", { gracePeriodSeconds: 0 });
    } catch {
      // already gone
    }
  }

  private forget(rec: PodRecord): void {
    for (const id of rec.timers) this.ctx.clock.cancel(id);
    rec.timers.clear();
    for (const c of rec.containers.values()) if (c.process?.state === "running") c.process.signal("SIGKILL");
    this.crashBackOff.forget(`${rec.uid}/`);
    this.records.delete(rec.key);
  }

  // ---------------------------------------------------------------------------
  // Status

  /** Returns the resourceVersion of the pod whose status it generated, once that status is stored (undefined: not stored). */
  private writeStatus(rec: PodRecord): string | undefined {
    let current: KubeObject;
    try {
      // The stored pod itself (frozen): only read, and its spec goes back unchanged with the new status.
      current = this.ctx.api.get(pods, rec.pod.metadata.namespace ?? "", rec.pod.metadata.name ?? "", { readOnly: true });
    } catch {
      return undefined;
    }
    if (current.metadata.uid !== rec.uid) return undefined;
    rec.pod = current;
    const status = generatePodStatus(rec, this.now());
    if (sameJson(status, current.status)) return current.metadata.resourceVersion;
    try {
      rec.pod = this.ctx.api.update({ ...current, status }, { subresource: "status", readOnlyResult: true });
      return current.metadata.resourceVersion;
    } catch {
      this.queue.addAfter(rec.key, 1000);
      return undefined;
    }
  }

  // ---------------------------------------------------------------------------
  // For kubectl and the network

  /** The kubelet's record of a pod, if it runs it. */
  podRecord(namespace: string, name: string): PodRecord | undefined {
    return this.records.get(objectKey(namespace, name));
  }

  allRecords(): IterableIterator<PodRecord> {
    return this.records.values();
  }

  /** What `kubectl logs` prints; throws StatusError with upstream's text. */
  logs(namespace: string, pod: string, container?: string, opts: LogOptions = {}): string {
    return containerLogs(this.ctx.api, this.podRecord(namespace, pod), namespace, pod, container, opts, this.now());
  }

  /** `kubectl exec`: throws StatusError (unknown pod/container) or ExecError (not running). */
  exec(namespace: string, pod: string, container: string | undefined, argv: string[]): ExecResult | Promise<ExecResult> {
    return execInContainer(this.ctx.api, this.podRecord(namespace, pod), namespace, pod, container, argv);
  }

  /** The pod that holds `ip`, for the network layer. */
  podByIP(ip: string): { namespace: string; name: string; pod: KubeObject } | undefined {
    for (const rec of this.records.values()) if (rec.podIP === ip && !rec.terminal) return { namespace: rec.pod.metadata.namespace ?? "", name: rec.pod.metadata.name ?? "", pod: rec.pod };
    return undefined;
  }

  /** The running containers of a pod (listeners, exec), for the network layer. */
  containersOf(namespace: string, pod: string): RunningContainer[] {
    return runningContainers(this.podRecord(namespace, pod));
  }
}

/** A container id as containerd shows it: 64 hex digits, stable per pod uid, container and instance. */
export function containerID(podUID: string, container: string, instance: number): string {
  return hash("sha256", `${podUID}/${container}/${instance}`, "hex");
}
