// `kubectl config view|get-contexts|current-context|use-context`
// (kubectl pkg/cmd/config/{view,get_contexts,current_context,use_context}.go)
// over the workstation's kubeadm admin kubeconfig. The shell owns the state
// (grader/shell/kubeconfig.ts); without io.kubeconfig the context is the
// kubeadm default with io.namespace.
import { alignTabs } from "../../apiserver/printers/tabwriter";
import { toJson } from "../output/json";
import { toYaml } from "../output/yaml";
import { printerForOutput } from "../output/output-format";
import { goQuote } from "../go-quote";
import { apiServerHost } from "./cluster-info";
import type { CommandHandler, KubectlIO, KubectlResult } from "./command";
import { writeAllowedFormats } from "./write-flags";

const clusterName = "kubernetes";
const userName = "kubernetes-admin";
/** What `config view` prints in place of certificate and key bytes unless --raw. */
const omitted = "DATA+OMITTED";

function contextOf(io: KubectlIO): { name: string; namespace: string } {
  return { name: io.kubeconfig?.currentContext ?? "kubernetes-admin@kubernetes", namespace: io.kubeconfig?.namespace ?? io.namespace };
}

function ok(stdout: string): KubectlResult {
  return { stdout, stderr: "", exitCode: 0 };
}

function fail(stderr: string): KubectlResult {
  return { stdout: "", stderr, exitCode: 1 };
}

/** The kubeconfig as clientcmdapi v1 serialises it (JSON field order; YAML sorts keys). */
function kubeconfigDocument(io: KubectlIO): Record<string, unknown> {
  const ctx = contextOf(io);
  const context: Record<string, string> = { cluster: clusterName, user: userName };
  // An unset namespace is omitted; the shell stores "default" for it.
  if (ctx.namespace !== "" && ctx.namespace !== "default") context["namespace"] = ctx.namespace;
  return {
    kind: "Config",
    apiVersion: "v1",
    clusters: [{ name: clusterName, cluster: { server: apiServerHost, "certificate-authority-data": omitted } }],
    users: [{ name: userName, user: { "client-certificate-data": omitted, "client-key-data": omitted } }],
    contexts: [{ name: ctx.name, context }],
    "current-context": ctx.name,
  };
}

export const configViewCommand: CommandHandler = (cmd, io) => {
  if (cmd.flags["raw"] === true) return fail('error: "kubectl config view --raw" is not supported by this simulated cluster yet\n');
  const template = String(cmd.flags["template"] ?? "");
  // PrintFlags.ToPrinter: -o defaults to yaml, and a --template without -o on the command line is a go-template.
  const output = template !== "" && !cmd.changed.includes("output") ? "go-template" : String(cmd.flags["output"] ?? "yaml");
  const doc = kubeconfigDocument(io);
  switch (output.toLowerCase()) {
    case "json":
      return ok(toJson(doc, { sortKeys: false }));
    case "yaml":
      return ok(toYaml(JSON.parse(toJson(doc, { sortKeys: true }))));
    // NamePrinter (with no operation for an empty -o): the Config has no name.
    case "name":
    case "":
      return ok("config/<unknown>\n");
    case "wide":
      throw new Error(`unable to match a printer suitable for the output format ${goQuote(output)}, allowed formats are: ${writeAllowedFormats.join(",")}`);
  }
  const printer = printerForOutput(output, {
    allowMissingKeys: cmd.flags["allow-missing-template-keys"] !== false,
    typed: true,
    allowedFormats: writeAllowedFormats,
    readFile: (path) => io.readFile(path),
    templateArgument: template,
  });
  return ok(printer ? printer.print(doc) : "");
};

export const configGetContextsCommand: CommandHandler = (cmd, io) => {
  const ctx = contextOf(io);
  const output = String(cmd.flags["output"] ?? "");
  let stderr = "";
  let format = output;
  if (output !== "" && output !== "name") {
    stderr = `error: --output ${output} is not available in kubectl config get-contexts; resetting to default output format\n`;
    format = "";
  }
  const wanted = cmd.args;
  const missing = wanted.filter((n) => n !== ctx.name);
  const shown = wanted.length === 0 || wanted.includes(ctx.name);
  let stdout = "";
  if (format === "name") {
    if (shown) stdout = `${ctx.name}\n`;
  } else {
    let text = cmd.flags["no-headers"] === true ? "" : "CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n";
    const namespace = ctx.namespace === "default" ? "" : ctx.namespace;
    if (shown) text += `*\t${ctx.name}\t${clusterName}\t${userName}\t${namespace}\n`;
    stdout = alignTabs(text);
  }
  if (missing.length > 0) {
    stderr += missing.map((n) => `error: context ${n} not found\n`).join("");
    return { stdout, stderr, exitCode: 1 };
  }
  return { stdout, stderr, exitCode: 0 };
};

export const configCurrentContextCommand: CommandHandler = (_cmd, io) => ok(`${contextOf(io).name}\n`);

export const configUseContextCommand: CommandHandler = (cmd, io) => {
  if (cmd.args.length !== 1) return fail(`error: Unexpected args: [${cmd.args.join(" ")}]\n`);
  const name = cmd.args[0] ?? "";
  if (name !== contextOf(io).name) return fail(`error: no context exists with the name: "${name}"\n`);
  return ok(`Switched to context "${name}".\n`);
};
