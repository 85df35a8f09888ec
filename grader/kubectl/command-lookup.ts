// cobra's Command.Find: which command a command line names, skipping flags (and the
// value of any flag that takes one) wherever they stand, as cobra's stripFlags does.
import type { CommandSpec } from "./command-spec";
import { flagSetOf } from "./flag-set";

/** Positional words of args as cobra sees them when looking for subcommands. */
function stripFlags(args: string[], command: CommandSpec): string[] {
  const flags = flagSetOf(command);
  const words: string[] = [];
  let rest = args;
  while (rest.length > 0) {
    const s = rest[0] ?? "";
    rest = rest.slice(1);
    if (s === "--") break;
    const longTakesValue = s.startsWith("--") && !s.includes("=") && !flags.hasNoOptDefault(s.slice(2));
    const shortTakesValue = s.startsWith("-") && !s.includes("=") && s.length === 2 && !flags.shorthandHasNoOptDefault(s.slice(1));
    if (longTakesValue || shortTakesValue) {
      // cobra stops altogether when such a flag is the last but one argument.
      if (rest.length <= 1) break;
      rest = rest.slice(1);
      continue;
    }
    if (s !== "" && !s.startsWith("-")) words.push(s);
  }
  return words;
}

/** args without the first positional occurrence of `word` (cobra's argsMinusFirstX). */
function withoutFirst(args: string[], word: string, command: CommandSpec): string[] {
  const flags = flagSetOf(command);
  for (let pos = 0; pos < args.length; pos++) {
    const s = args[pos] ?? "";
    if (s === "--") break;
    const longTakesValue = s.startsWith("--") && !s.includes("=") && !flags.hasNoOptDefault(s.slice(2));
    const shortTakesValue = s.startsWith("-") && !s.includes("=") && s.length === 2 && !flags.shorthandHasNoOptDefault(s.slice(1));
    if (longTakesValue || shortTakesValue) {
      pos += 1;
      continue;
    }
    if (!s.startsWith("-") && s === word) return [...args.slice(0, pos), ...args.slice(pos + 1)];
  }
  return args;
}

function findSubcommand(command: CommandSpec, word: string): CommandSpec | undefined {
  return command.subcommands?.find((sub) => sub.name === word || (sub.aliases ?? []).includes(word));
}

export interface FoundCommand {
  /** Root first: [kubectl, create, deployment]. */
  chain: CommandSpec[];
  /** The command line without the words that named the command. */
  args: string[];
}

export function findCommand(root: CommandSpec, args: string[]): FoundCommand {
  const chain = [root];
  let current = root;
  let rest = args;
  for (;;) {
    const words = stripFlags(rest, current);
    const next = words.length > 0 ? findSubcommand(current, words[0] ?? "") : undefined;
    if (!next) return { chain, args: rest };
    rest = withoutFirst(rest, words[0] ?? "", current);
    chain.push(next);
    current = next;
  }
}

/** Positional words left once the command is found, for the unknown-command check. */
export function positionalWords(args: string[], command: CommandSpec): string[] {
  return stripFlags(args, command);
}
