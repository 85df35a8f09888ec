// `kubectl rollout history` (k8s.io/kubectl/pkg/cmd/rollout/rollout_history.go,
// polymorphichelpers/history.go; DaemonSets and StatefulSets through controller-history.ts).
// Deployments (DeploymentHistoryViewer):
// a REVISION / CHANGE-CAUSE table from the owned ReplicaSets' revision and
// kubernetes.io/change-cause annotations, printed after `deployment.apps/web `.
import type { KubeObject } from "../../../apiserver/types";
import { DescribeWriter } from "../../describe/describe-writer";
import { writePodTemplate, type PodTemplateView } from "../../describe/pod-template";
import { printerForOutput, type OutputOptions } from "../../output/output-format";
import { printObjects } from "../../output/print-objects";
import { formatCommandErrors } from "../check-err";
import { Output, type CommandHandler } from "../command";
import { kindName, numberFlag, outputFormat, stringFlag } from "../write-flags";
import { ownedReplicaSets, revisionOf, rolloutTargets } from "./rollout-targets";
import { appliedRevision, controlledRevisions, hasControllerHistory, revisionsByNumber, templateText } from "./controller-history";

const changeCauseAnnotation = "kubernetes.io/change-cause";

/** Revision → ReplicaSet (GetHistory); a later ReplicaSet with the same revision wins, as in the map upstream. */
export function deploymentHistory(rsList: KubeObject[]): Map<number, KubeObject> {
  const history = new Map<number, KubeObject>();
  for (const rs of rsList) {
    const revision = revisionOf(rs);
    if (revision !== undefined) history.set(revision, rs);
  }
  return new Map([...history.entries()].sort((a, b) => a[0] - b[0]));
}

/** The table tabwriter (minwidth 0, padding 2) makes of REVISION and CHANGE-CAUSE. */
export function historyTable(history: Map<number, KubeObject>): string {
  const rows: [string, string][] = [["REVISION", "CHANGE-CAUSE"]];
  for (const [revision, rs] of history) rows.push([String(revision), rs.metadata.annotations?.[changeCauseAnnotation] || "<none>"]);
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  return rows.map(([a, b]) => `${a.padEnd(width)}${b}\n`).join("");
}

/** PrintFlags of rollout_history.go: json/yaml, name and the template printers (no custom-columns). */
const historyFormats = ["go-template", "go-template-file", "json", "jsonpath", "jsonpath-as-json", "jsonpath-file", "name", "template", "templatefile", "yaml"];

/** printTemplate (history.go): DescribePodTemplate of the revision's template, with its change-cause, through a bare PrefixWriter (tabs kept). */
function revisionTemplate(rs: KubeObject): string {
  const template = structuredClone((rs.spec as { template?: PodTemplateView } | undefined)?.template ?? {});
  const cause = rs.metadata.annotations?.[changeCauseAnnotation];
  if (cause) template.metadata = { ...template.metadata, annotations: { ...template.metadata?.annotations, [changeCauseAnnotation]: cause } };
  const w = new DescribeWriter();
  writePodTemplate(w, template);
  return w.raw();
}

export const rolloutHistoryCommand: CommandHandler = (cmd, io) => {
  const out = new Output();
  const revision = numberFlag(cmd, "revision");
  const output = String(cmd.flags["output"] ?? "");
  const template = stringFlag(cmd, "template");
  const outputSpecified = cmd.changed.includes("output");
  // -o jsonpath=..., go-template=... and friends print each revision's ReplicaSet through cli-runtime's printer.
  const options: OutputOptions = {
    allowMissingKeys: cmd.flags["allow-missing-template-keys"] !== false,
    allowedFormats: historyFormats,
    readFile: (path) => io.readFile(path),
    templateArgument: template,
  };
  const templatePrinter = /^(jsonpath|jsonpath-as-json|jsonpath-file|go-template|go-template-file|template|templatefile)(=|$)/.test(output)
    ? printerForOutput(output, options)
    : undefined;
  // Without -o, PrintFlags turns a --template into the go-template that prints the object in the history text's place.
  const objectTemplate = !outputSpecified && template !== "" ? printerForOutput("go-template", options) : undefined;
  // The template formats never reach outputFormat's "template": templatePrinter takes them first.
  const format = templatePrinter ? "json" : objectTemplate ? "" : outputFormat(cmd);
  if (revision < 0) throw new Error(`revision must be a positive integer: ${revision}`);
  const selection = rolloutTargets(cmd, io);
  const errors: unknown[] = [...selection.errors];
  for (const target of selection.objects) {
    let history: Map<number, KubeObject>;
    // What -o prints per revision, and the template --revision describes.
    let printable = (rev: KubeObject): KubeObject => rev;
    let describeRevision = revisionTemplate;
    if (hasControllerHistory(target.resource)) {
      history = revisionsByNumber(controlledRevisions(io, target.live));
      printable = (rev) => appliedRevision(target.live, rev, target.resource);
      describeRevision = (rev) => templateText(printable(rev));
    } else if (target.live.kind === "Deployment") {
      history = deploymentHistory(ownedReplicaSets(io, target.live));
    } else {
      const group = target.resource.group ? `.${target.resource.group}` : "";
      errors.push(new Error(`no history viewer has been implemented for "${target.resource.kind}${group}"`));
      continue;
    }
    if (format !== "") {
      const chosen = revision > 0 ? history.get(revision) : undefined;
      if (revision > 0 && !chosen) {
        errors.push(new Error("unable to find the specified revision"));
        continue;
      }
      const objects = (chosen ? [chosen] : [...history.values()]).map(printable);
      // Each revision is its own PrintObj call: YAML documents separated by `---`, JSON objects one after another.
      if (templatePrinter) out.out(objects.map((o) => templatePrinter.print(o)).join(""));
      else if (format === "name") out.out(objects.map((o) => `${kindName(o)}\n`).join(""));
      else out.out(objects.map((o) => printObjects([o], format as "yaml" | "json")).join(format === "yaml" ? "---\n" : ""));
      continue;
    }
    if (objectTemplate) {
      if (revision > 0 && !history.has(revision)) errors.push(new Error("unable to find the specified revision"));
      else out.out(objectTemplate.print(target.live));
      continue;
    }
    if (history.size === 0) {
      out.out(`${kindName(target.live)} \nNo rollout history found.\n`);
      continue;
    }
    if (revision > 0) {
      const chosen = history.get(revision);
      if (!chosen) errors.push(new Error("unable to find the specified revision"));
      else out.out(`${kindName(target.live)} with revision #${revision}\n${describeRevision(chosen)}\n`);
      continue;
    }
    out.out(`${kindName(target.live)} \n${historyTable(history)}\n`);
  }
  out.err(formatCommandErrors(errors));
  return out.result(errors.length > 0 ? 1 : 0);
};
