// kubectl's help texts (v1.34.5, stdout not a terminal so nothing is word-wrapped), rebuilt
// from help-data.ts: `kubectl <cmd> --help`, `kubectl help <cmd>`, `kubectl options`.
import { commandHelp, optionBlocks, optionsHelp } from "./help-data";
import { joinHelpEntry } from "./help-entry";

/** `kubectl <path...> --help`, path canonical (aliases resolved); undefined for a path kubectl does not have. */
export function commandHelpText(path: readonly string[]): string | undefined {
  const entry = commandHelp[path.join(" ")];
  return entry ? joinHelpEntry(entry, optionBlocks) : undefined;
}

/** `kubectl options`: the global flags. */
export function globalOptionsText(): string {
  return joinHelpEntry(optionsHelp, optionBlocks);
}

/** The root command's usage (its help without the Long description), as cobra's Usage() prints it. */
export function rootUsageText(): string {
  const help = commandHelpText([]) ?? "";
  // The Long text is two paragraphs: the tagline and "Find more information at: ...".
  const longEnd = help.indexOf("\n\n", help.indexOf(" Find more information at:"));
  return `\n${help.slice(longEnd + 1)}`;
}
