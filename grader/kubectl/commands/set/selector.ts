// `kubectl set selector (-f FILE | TYPE NAME) EXPRESSIONS` (k8s.io/kubectl/pkg/cmd/set/
// set_selector.go): the last argument is a label selector (metav1.ParseToLabelSelector), the
// Service's spec.selector is replaced by its equality requirements, and the change goes to the
// server as a patch; `service/web selector updated`. Only Services have a settable selector.
import { parseLabelSelector, type LabelRequirement } from "../../../apiserver/selectors";
import type { KubeObject } from "../../../apiserver/types";
import { selectObjects } from "../../resource-builder";
import { formatCommandErrors } from "../check-err";
import { Output, type CommandHandler } from "../command";
import { boolFlag, dryRunStrategy, operationLine, outputFormat, printsObjects, printWriteObjects, stringFlag } from "../write-flags";

/** metav1.LabelSelectorOperator of each selection.Operator a LabelSelector can hold. */
const expressionOperators: Partial<Record<LabelRequirement["operator"], string>> = { in: "In", notin: "NotIn", exists: "Exists", "!": "DoesNotExist" };

interface ParsedSelector {
  matchLabels: Record<string, string>;
  /** The match expressions as Go's %v prints the []LabelSelectorRequirement: `{app In [a b]}`. */
  matchExpressions: string[];
}

/** metav1.ParseToLabelSelector; throws its errors. */
export function parseToLabelSelector(text: string): ParsedSelector {
  let requirements: LabelRequirement[];
  try {
    requirements = parseLabelSelector(text).requirements;
  } catch (e) {
    throw new Error(`couldn't parse the selector string "${text}": ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const selector: ParsedSelector = { matchLabels: {}, matchExpressions: [] };
  for (const r of requirements) {
    if (r.operator === "=" || r.operator === "==") {
      if (r.values.length !== 1) throw new Error("equals operator must have exactly one value");
      selector.matchLabels[r.key] = r.values[0];
      continue;
    }
    if (r.operator === "gt" || r.operator === "lt") throw new Error(`"${r.operator}" isn't supported in label selectors`);
    const op = expressionOperators[r.operator];
    if (!op) throw new Error(`"${r.operator}" is not a valid label selector operator`);
    selector.matchExpressions.push(`{${r.key} ${op} [${r.values.join(" ")}]}`);
  }
  return selector;
}

/** updateSelectorForObject: the new spec.selector of a Service, or its error. */
function serviceSelector(obj: KubeObject, selector: ParsedSelector): Record<string, string> {
  if (selector.matchExpressions.length > 0) throw new Error(`match expression [${selector.matchExpressions.join(" ")}] not supported on this object`);
  if (obj.kind !== "Service" || obj.apiVersion !== "v1") throw new Error("setting a selector is only supported for Services");
  return { ...selector.matchLabels };
}

/** The two-way patch from the old selector to the new one: keys that went away are set to null. */
function selectorPatch(old: Record<string, string> | undefined, next: Record<string, string>, resourceVersion: string): Record<string, unknown> {
  const selector: Record<string, string | null> = {};
  for (const key of Object.keys(old ?? {})) if (!(key in next)) selector[key] = null;
  Object.assign(selector, next);
  const patch: Record<string, unknown> = { spec: { selector } };
  if (resourceVersion) patch.metadata = { resourceVersion };
  return patch;
}

export const setSelectorCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const dryRun = dryRunStrategy(cmd);
  // getResourcesAndSelector: everything before the last argument names resources.
  const resources = cmd.args.slice(0, -1);
  const selector = cmd.args.length > 0 ? parseToLabelSelector(cmd.args[cmd.args.length - 1]) : undefined;
  const format = outputFormat(cmd, io);
  if (!selector) throw new Error("one selector is required");
  const local = boolFlag(cmd, "local");
  const files = Array.isArray(cmd.flags.filename) ? (cmd.flags.filename as string[]) : [];
  if (local && resources.length > 0) {
    throw new Error("you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'");
  }
  if (resources.length === 0 && files.length === 0) {
    throw new Error("You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
  }
  const writeToServer = !(local || dryRun === "client");
  const resourceVersion = stringFlag(cmd, "resource-version");
  const selection = selectObjects(cmd, io, resources, { local });
  const printed: KubeObject[] = [];
  const print = (obj: KubeObject) => {
    if (printsObjects(format)) printed.push(obj);
    else out.out(operationLine(obj, "selector updated", format, dryRun));
  };
  // r.Visit stops at the first error.
  let failure: unknown = selection.errors[0];
  for (const target of failure === undefined ? selection.objects : []) {
    try {
      const next = serviceSelector(target.live, selector);
      if (!writeToServer) {
        const updated = structuredClone(target.live);
        updated.spec = { ...(updated.spec ?? {}), selector: next };
        print(updated);
        continue;
      }
      const old = (target.live.spec as { selector?: Record<string, string> } | undefined)?.selector;
      print(io.cluster.api.patch(target.gvr, target.namespace, target.name, "merge", selectorPatch(old, next, resourceVersion), { dryRun: dryRun === "server" }));
    } catch (e) {
      failure = e;
      break;
    }
  }
  if (printed.length > 0) out.out(printWriteObjects(printed, format, cmd, io, { typed: !writeToServer }));
  if (failure !== undefined) out.err(formatCommandErrors([failure]));
  return out.result(failure !== undefined ? 1 : 0);
};
