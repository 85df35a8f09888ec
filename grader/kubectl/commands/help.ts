// `kubectl help [command...]`: cobra's help command finds the command the words name (aliases
// and extra words allowed, as Command.Find) and prints its help; no match is an unknown topic.
import type { CommandHandler } from "./command";
import { rootCommand } from "../command-table";
import { findCommand } from "../command-lookup";

/** Go's %#q of a []string: [`a` `b`]. */
function backquotedList(words: string[]): string {
  return `[${words.map((w) => `\`${w}\``).join(" ")}]`;
}

export const helpCommand: CommandHandler = async (cmd) => {
  const { commandHelpText, rootUsageText } = await import("../help/help-text");
  const { chain } = findCommand(rootCommand, cmd.args);
  const path = chain.slice(1).map((c) => c.name);
  // Only the root refuses leftover words (cobra's legacyArgs): `help get pods` is get's help.
  if (path.length === 0 && cmd.args.length > 0) {
    return { stdout: "", stderr: `Unknown help topic ${backquotedList(cmd.args)}\n${rootUsageText()}`, exitCode: 0 };
  }
  return { stdout: commandHelpText(path) ?? "", stderr: "", exitCode: 0 };
};
