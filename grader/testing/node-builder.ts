// makeNode(): a builder for Node objects in tests (st.MakeNode() in
// pkg/scheduler/testing/wrappers.go). Defaults: 2 CPUs, 4Gi, 110 pods, the
// kubernetes.io/hostname label.
import type { KubeObject } from "../apiserver/types";

type Resources = Record<string, string>;

export class NodeBuilder {
  private readonly node: {
    apiVersion: string;
    kind: string;
    metadata: { name: string; labels: Record<string, string>; uid?: string };
    spec: { taints?: { key: string; value?: string; effect: string }[]; unschedulable?: boolean };
    status: { capacity: Resources; allocatable: Resources };
  };

  constructor() {
    const resources = { cpu: "2", memory: "4Gi", pods: "110" };
    this.node = {
      apiVersion: "v1",
      kind: "Node",
      metadata: { name: "node", labels: { "kubernetes.io/hostname": "node" } },
      spec: {},
      status: { capacity: { ...resources }, allocatable: { ...resources } },
    };
  }

  /** Sets the name and the kubernetes.io/hostname label. */
  name(name: string): this {
    this.node.metadata.name = name;
    this.node.metadata.labels["kubernetes.io/hostname"] = name;
    return this;
  }

  label(key: string, value: string): this {
    this.node.metadata.labels[key] = value;
    return this;
  }

  labels(labels: Record<string, string>): this {
    Object.assign(this.node.metadata.labels, labels);
    return this;
  }

  /** Capacity and allocatable alike. */
  capacity(resources: Resources): this {
    Object.assign(this.node.status.capacity, resources);
    Object.assign(this.node.status.allocatable, resources);
    return this;
  }

  taint(key: string, value: string | undefined, effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute"): this {
    (this.node.spec.taints ??= []).push(value === undefined ? { key, effect } : { key, value, effect });
    return this;
  }

  /** kubectl cordon. */
  unschedulable(): this {
    this.node.spec.unschedulable = true;
    return this;
  }

  /** A kubeadm control plane: the role label and the control-plane NoSchedule taint. */
  controlPlane(): this {
    this.label("node-role.kubernetes.io/control-plane", "");
    return this.taint("node-role.kubernetes.io/control-plane", undefined, "NoSchedule");
  }

  obj(): KubeObject {
    return structuredClone(this.node) as KubeObject;
  }
}

export function makeNode(): NodeBuilder {
  return new NodeBuilder();
}
