// The status of every node rejected in a cycle, and one shared status for the
// nodes that were not looked at (framework.NodeToStatus).
import type { Status } from "./status";

export class NodeToStatus {
  private readonly statuses = new Map<string, Status>();
  private absent: Status | undefined;

  constructor(absentNodesStatus?: Status) {
    this.absent = absentNodesStatus;
  }

  set(nodeName: string, status: Status): void {
    this.statuses.set(nodeName, status);
  }

  /** The node's own status, or the absent nodes' one. */
  get(nodeName: string): Status | undefined {
    return this.statuses.get(nodeName) ?? this.absent;
  }

  get size(): number {
    return this.statuses.size;
  }

  setAbsentNodesStatus(status: Status): void {
    this.absent = status;
  }

  absentNodesStatus(): Status | undefined {
    return this.absent;
  }

  /** Explicit entries in insertion order. */
  entries(): [string, Status][] {
    return [...this.statuses.entries()];
  }
}
