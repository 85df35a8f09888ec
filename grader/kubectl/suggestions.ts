// cobra's "Did you mean this?": subcommands within Levenshtein distance 2 (case-insensitive),
// those the typed word prefixes, and those listing it in SuggestFor — in registration order.
import type { CommandSpec } from "./command-spec";

/** kubectl's SuggestFor lists (get.go, wait.go, delete.go). */
const suggestFor: Record<string, string[]> = { get: ["list", "ps"], wait: ["list", "ps"], delete: ["rm"] };

/** Commands cobra never suggests: its own help command. */
const unavailable = new Set(["help"]);

function levenshtein(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = row;
  }
  return previous[t.length] ?? 0;
}

export function suggestionsFor(command: CommandSpec, typed: string): string[] {
  const found: string[] = [];
  for (const sub of command.subcommands ?? []) {
    if (unavailable.has(sub.name)) continue;
    if (levenshtein(typed, sub.name) <= 2 || sub.name.toLowerCase().startsWith(typed.toLowerCase())) found.push(sub.name);
    for (const explicit of suggestFor[sub.name] ?? []) {
      if (explicit.toLowerCase() === typed.toLowerCase()) found.push(sub.name);
    }
  }
  return found;
}
