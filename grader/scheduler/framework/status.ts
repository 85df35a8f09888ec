// A plugin's verdict, as fwk.Status in k8s.io/kube-scheduler/framework:
// a code plus reasons. Success is the absence of a Status (undefined).

export type Code =
  | "Error"
  | "Unschedulable" // preemption might help
  | "UnschedulableAndUnresolvable" // preemption cannot help
  | "Skip" // the plugin has nothing to do for this pod (PreFilter/PreScore)
  | "Pending";

export interface Status {
  readonly code: Code;
  readonly reasons: readonly string[];
  /** The plugin that returned it; set by the framework. */
  plugin?: string;
}

export function newStatus(code: Code, ...reasons: string[]): Status {
  return { code, reasons };
}

/** Reasons joined as upstream's Status.Message(). */
export function statusMessage(status: Status | undefined): string {
  return status ? status.reasons.join(", ") : "";
}

/** Unschedulable or UnschedulableAndUnresolvable: the node (or pod) is rejected, not broken. */
export function isRejected(status: Status | undefined): boolean {
  return !!status && (status.code === "Unschedulable" || status.code === "UnschedulableAndUnresolvable");
}

export function withPlugin(status: Status, plugin: string): Status {
  return { ...status, plugin };
}
