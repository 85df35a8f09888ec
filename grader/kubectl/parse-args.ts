// kubectl's command line as cobra and pflag read it: find the command, parse its flags
// (interspersed with positional arguments, `--` ending them), then cobra's checks.
import type { CommandSpec } from "./command-spec";
import { rootCommand } from "./command-table";
import { findCommand, positionalWords } from "./command-lookup";
import { FlagSet, flagSetOf } from "./flag-set";
import { defaultFlagValue, setFlagValue, type FlagState, type FlagValue } from "./flag-values";
import { suggestionsFor } from "./suggestions";
import { goQuote } from "./go-quote";
import { commandUsageError, flagError, usageError, type KubectlUsageError } from "./usage-error";

export interface ParsedCommand {
  kind: "command";
  /** Canonical command names under kubectl, aliases resolved: ["create", "deployment"]. */
  path: string[];
  /** As kubectl prints it in messages: "kubectl create deployment". */
  commandPath: string;
  /** Every flag the command accepts, with its typed value (the default unless set). */
  flags: Record<string, FlagValue>;
  /** Flags given on the command line (pflag's Changed), in the order first seen. */
  changed: string[];
  /** Positional arguments, in order, including those after `--`. */
  args: string[];
  /** How many positional arguments came before `--`; -1 without `--` (cobra's ArgsLenAtDash). */
  argsLenAtDash: number;
  /** Set when kubectl would print the command's help instead of running it. */
  help?: { exitCode: number };
  /** Lines kubectl writes to stderr while parsing (deprecated flags, underscores). */
  warnings: string[];
}

/** Commands whose Run is cmdutil.DefaultSubCommandRun: help without args, an error with them. */
const groupCommands = new Set(["rollout", "set", "config", "top", "auth", "plugin", "create secret", "create service"]);

interface FlagParse {
  states: Map<string, FlagState>;
  changed: string[];
  args: string[];
  argsLenAtDash: number;
  warnings: string[];
}

function parseFlags(args: string[], command: CommandSpec): FlagParse | string {
  const flags = flagSetOf(command);
  const states = new Map<string, FlagState>();
  for (const spec of flags.byName.values()) states.set(spec.name, { spec, value: defaultFlagValue(spec), changed: false });
  const result: FlagParse = { states, changed: [], args: [], argsLenAtDash: -1, warnings: [] };

  const set = (name: string, value: string): string | undefined => {
    const state = states.get(name);
    if (!state) return `unknown flag: --${name}`;
    const error = setFlagValue(state, value);
    if (error !== undefined) {
      const label = state.spec.shorthand ? `-${state.spec.shorthand}, --${state.spec.name}` : `--${state.spec.name}`;
      return `invalid argument ${goQuote(value)} for "${label}" flag: ${error}`;
    }
    if (!result.changed.includes(name)) result.changed.push(name);
    if (state.spec.deprecated) result.warnings.push(`Flag --${name} has been deprecated, ${state.spec.deprecated}`);
    return undefined;
  };

  let rest = args;
  while (rest.length > 0) {
    const s = rest[0] ?? "";
    rest = rest.slice(1);
    if (s.length <= 1 || !s.startsWith("-")) {
      result.args.push(s);
      continue;
    }
    if (s === "--") {
      result.argsLenAtDash = result.args.length;
      result.args.push(...rest);
      break;
    }
    if (s.startsWith("--")) {
      const body = s.slice(2);
      if (body.startsWith("-") || body.startsWith("=")) return `bad flag syntax: ${s}`;
      const eq = body.indexOf("=");
      const typedName = eq < 0 ? body : body.slice(0, eq);
      // kubectl normalises `--dry_run` to `--dry-run` silently: component-base/cli/run.go replaces
      // kubectl's WarnWordSepNormalizeFunc with WordSepNormalizeFunc (v1.34.5 prints no warning).
      const name = typedName.replaceAll("_", "-");
      const spec = flags.byName.get(name);
      if (!spec) return `unknown flag: --${typedName}`;
      let value: string;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (FlagSet.noOptDefault(spec) !== "") value = FlagSet.noOptDefault(spec);
      else if (rest.length > 0) {
        value = rest[0] ?? "";
        rest = rest.slice(1);
      } else return `flag needs an argument: ${s}`;
      const error = set(name, value);
      if (error) return error;
      continue;
    }
    // A cluster of shorthands: `-it`, `-oyaml`, `-o=yaml`, `-n ns`.
    let shorthands = s.slice(1);
    while (shorthands.length > 0) {
      const letter = shorthands.slice(0, 1);
      const spec = flags.byShorthand.get(letter);
      if (!spec) return `unknown shorthand flag: '${letter}' in -${shorthands}`;
      let value: string;
      let remaining = shorthands.slice(1);
      if (shorthands.length > 2 && shorthands[1] === "=") {
        value = shorthands.slice(2);
        remaining = "";
      } else if (FlagSet.noOptDefault(spec) !== "") value = FlagSet.noOptDefault(spec);
      else if (shorthands.length > 1) {
        value = shorthands.slice(1);
        remaining = "";
      } else if (rest.length > 0) {
        value = rest[0] ?? "";
        rest = rest.slice(1);
      } else return `flag needs an argument: '${letter}' in -${shorthands}`;
      const error = set(spec.name, value);
      if (error) return error;
      shorthands = remaining;
    }
  }
  return result;
}

/** Parses a kubectl command line (without the leading "kubectl"). */
export function parseKubectlArgs(argv: string[]): ParsedCommand | KubectlUsageError {
  const { chain, args } = findCommand(rootCommand, argv);
  const command = chain[chain.length - 1] ?? rootCommand;
  const path = chain.slice(1).map((c) => c.name);
  const commandPath = ["kubectl", ...path].join(" ");

  if (chain.length === 1) {
    const words = positionalWords(args, rootCommand);
    if (words.length > 0) {
      // kubectl first looks for a plugin named by the leading words (cmd.go HandlePluginCommand).
      if (argv[0]?.startsWith("-")) {
        return { kind: "usage-error", stderr: `Error: flags cannot be placed before plugin name: ${argv[0]}\n`, exitCode: 1 };
      }
      const suggestions = suggestionsFor(rootCommand, words[0] ?? "");
      const hint = suggestions.length > 0 ? `\n\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join("")}` : "";
      return usageError(`unknown command ${goQuote(words[0] ?? "")} for "kubectl"${hint}`);
    }
  }

  const parsed = parseFlags(args, command);
  if (typeof parsed === "string") return flagError(parsed, commandPath);

  const flags: Record<string, FlagValue> = {};
  for (const [name, state] of parsed.states) flags[name] = state.value;
  const result: ParsedCommand = {
    kind: "command",
    path,
    commandPath,
    flags,
    changed: parsed.changed,
    args: parsed.args,
    argsLenAtDash: parsed.argsLenAtDash,
    warnings: parsed.warnings,
  };
  if (flags["help"] === true) return { ...result, help: { exitCode: 0 } };
  if (path.length === 0) return { ...result, help: { exitCode: 0 } };

  // certificates.go's Run prints the help whatever the arguments, and succeeds.
  if (path.join(" ") === "certificate") return { ...result, help: { exitCode: 0 } };
  if (groupCommands.has(path.join(" "))) {
    if (parsed.args.length > 0) return commandUsageError(`unknown command ${goQuote(parsed.args.join(" "))}`, commandPath);
    return { ...result, help: { exitCode: 1 } };
  }

  const missing = (command.requiredFlags ?? []).filter((name) => !parsed.changed.includes(name)).sort();
  if (missing.length > 0) return usageError(`required flag(s) ${missing.map((m) => `"${m}"`).join(", ")} not set`);

  if (path.length === 1 && path[0] === "create" && parsed.args.length > 0) {
    return commandUsageError(`Unexpected args: [${parsed.args.join(" ")}]`, commandPath);
  }
  return result;
}
