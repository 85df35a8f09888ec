// `kubectl wait` (k8s.io/kubectl/pkg/cmd/wait/{wait,condition,delete,json}.go
// v0.34.5): --for=delete|create|condition=NAME[=VALUE]|jsonpath='{...}'[=VALUE],
// one deadline (--timeout, default 30s) for all objects, measured on the
// cluster's virtual clock; `pod/x condition met`.
import { isNotFound, newNotFound } from "../../apiserver/errors";
import type { KubeObject } from "../../apiserver/types";
import { formatGoValue, JsonPath } from "../jsonpath";
import { relaxedJsonPathExpression } from "../output/custom-columns";
import type { ParsedCommand } from "../parse-args";
import { objectName, selectObjects, type SelectedObject } from "../resource-builder";
import { formatCommandErrors } from "./check-err";
import { Output, type CommandHandler, type KubectlIO } from "./command";
import { foreverMs, longestSimulatedWaitMs } from "./wait-for";
import { stringFlag } from "./write-flags";

/** Looks at the live object (undefined = gone); true when the wait is over. Throws for an unusable object. */
type Check = (obj: KubeObject | undefined) => boolean;

interface WaitCondition {
  kind: "delete" | "create" | "check";
  check: Check;
}

/** ConditionalWait.checkCondition: the named condition's status, case-folded; a stale observedGeneration is not met. */
function conditionCheck(name: string, status: string): Check {
  return (obj) => {
    if (!obj) return false;
    const conditions = ((obj.status as Record<string, unknown> | undefined)?.conditions as Record<string, unknown>[] | undefined) ?? [];
    for (const c of conditions) {
      if (typeof c.type !== "string" || c.type.toLowerCase() !== name.toLowerCase()) continue;
      if (typeof c.status !== "string") continue;
      const generation = obj.metadata.generation;
      const observed = typeof c.observedGeneration === "number" ? c.observedGeneration : (obj.status as Record<string, unknown>).observedGeneration;
      if (typeof generation === "number" && typeof observed === "number" && observed < generation) return false;
      return c.status.toLowerCase() === status.toLowerCase();
    }
    return false;
  };
}

/** splitJSONPathInput: `=` separates the expression from the value; `==` stays in the expression. */
function splitJsonPathInput(input: string): string[] {
  const out: string[] = [];
  let element = "";
  for (let i = 0; i < input.length; i++) {
    if (input[i] === "=") {
      if (i < input.length - 1 && input[i + 1] === "=") {
        element += "==";
        i++;
        continue;
      }
      out.push(element);
      element = "";
      continue;
    }
    element += input[i];
  }
  out.push(element);
  return out;
}

function jsonPathCheck(input: string): Check {
  const parts = splitJsonPathInput(input);
  if (parts.length < 1 || parts.length > 2) throw new Error("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'");
  const expression = relaxedJsonPathExpression(parts[0]);
  let value = "";
  if (parts.length === 2) {
    value = parts[1].replace(/^['"]+|['"]+$/g, "");
    if (value === "") throw new Error("jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3");
  }
  if (expression === "") throw new Error("jsonpath expression cannot be empty");
  const path = new JsonPath(expression, { allowMissingKeys: true });
  return (obj) => {
    if (!obj) return false;
    const results = path.findResults(obj);
    if (results.length === 0 || results[0].length === 0) return false;
    if (results.length > 1) throw new Error("given jsonpath expression matches more than one list");
    if (results[0].length > 1) throw new Error("given jsonpath expression matches more than one value");
    if (value === "") return true;
    const found = results[0][0];
    if (typeof found === "object" && found !== null && (Array.isArray(found) || Object.getPrototypeOf(found) === Object.prototype)) {
      throw new Error("jsonpath leads to a nested object or list which is not supported");
    }
    return formatGoValue(found, "int64-when-integral").trim() === value.trim();
  };
}

/** conditionFuncFor. */
export function waitConditionFor(condition: string): WaitCondition {
  const lower = condition.toLowerCase();
  if (lower === "delete") return { kind: "delete", check: (obj) => obj === undefined };
  if (lower === "create") return { kind: "create", check: (obj) => obj !== undefined };
  if (condition.startsWith("condition=")) {
    let name = condition.slice("condition=".length);
    let status = "true";
    const eq = name.indexOf("=");
    if (eq !== -1) {
      status = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    return { kind: "check", check: conditionCheck(name, status) };
  }
  if (condition.startsWith("jsonpath=")) return { kind: "check", check: jsonPathCheck(condition.slice("jsonpath=".length)) };
  throw new Error(`unrecognized condition: ${JSON.stringify(condition)}`);
}

/** The virtual clock's deadline shared by every object, as the command's context timeout is. */
class Deadline {
  private waited = 0;
  constructor(
    private readonly io: KubectlIO,
    private readonly timeoutMs: number,
  ) {}
  /** Settles a second at a time until `done()` or the deadline; true when done. */
  until(done: () => boolean): boolean {
    if (done()) return true;
    while (this.waited < this.timeoutMs) {
      const step = Math.min(1000, this.timeoutMs - this.waited);
      this.io.cluster.settle({ forMs: step });
      this.waited += step;
      if (done()) return true;
    }
    return false;
  }
}

function liveObject(io: KubectlIO, target: SelectedObject): KubeObject | undefined {
  try {
    return io.cluster.api.get(target.gvr, target.namespace, target.name);
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

export const waitCommand: CommandHandler = (cmd: ParsedCommand, io) => {
  const out = new Output();
  const condition = waitConditionFor(stringFlag(cmd, "for"));
  const flagTimeout = typeof cmd.flags.timeout === "number" ? cmd.flags.timeout : 30000;
  const timeoutMs = flagTimeout < 0 ? foreverMs : flagTimeout;
  const deadline = new Deadline(io, Math.min(timeoutMs, longestSimulatedWaitMs));

  let selection = selectObjects(cmd, io, cmd.args, { ignoreNotFound: condition.kind === "delete" });
  if (condition.kind === "create") {
    const found = deadline.until(() => {
      selection = selectObjects(cmd, io, cmd.args);
      return selection.objects.length > 0 && !selection.errors.some(isNotFound);
    });
    if (!found) throw new Error("timed out waiting for the condition");
  }
  if (selection.errors.length > 0) {
    out.err(formatCommandErrors([selection.errors[0]]));
    return out.result(1);
  }
  let visited = 0;
  for (const target of selection.objects) {
    visited++;
    const name = objectName(target.resource, target.name);
    const objectRef = `${target.resource.resource}/${target.name}`;
    let met: boolean;
    try {
      if (timeoutMs === 0) {
        const live = liveObject(io, target);
        if (!live && condition.kind !== "delete") throw newNotFound(target.gvr.group, target.gvr.resource, target.name);
        met = condition.check(live);
        if (!met) throw new Error(`condition not met for ${objectRef}`);
      } else {
        met = deadline.until(() => {
          const live = liveObject(io, target);
          // The informer's precondition: an object that vanished while waiting for a condition is NotFound.
          if (!live && condition.kind === "check") throw newNotFound(target.gvr.group, target.gvr.resource, target.name);
          return condition.check(live);
        });
        if (!met) throw new Error(`timed out waiting for the condition on ${objectRef}`);
      }
    } catch (e) {
      out.err(formatCommandErrors([e]));
      return out.result(1);
    }
    out.out(`${name} condition met\n`);
  }
  if (visited === 0 && condition.kind !== "delete") {
    out.err("error: no matching resources found\n");
    return out.result(1);
  }
  return out.result();
};
