// A small highlighter for shell transcripts: comments, strings, variables,
// flags, heredoc markers and the commands a CKAD candidate types.
import { StreamLanguage, type StringStream } from "@codemirror/language";

const commands = new Set(["kubectl", "k", "helm", "cat", "echo", "sed", "grep", "awk", "vi", "vim", "nano", "cp", "mv", "rm", "mkdir", "touch", "export", "sleep", "base64", "curl", "wget", "tee", "head", "tail"]);

interface ShellState {
  /** At the first word of a command. */
  commandStart: boolean;
  /** Inside a here-document until this terminator line. */
  heredoc?: string;
}

export const shellLanguage = StreamLanguage.define<ShellState>({
  name: "shell",
  startState: () => ({ commandStart: true }),
  token(stream: StringStream, state: ShellState) {
    if (state.heredoc) {
      if (stream.sol() && stream.match(new RegExp(`^\\s*${state.heredoc}\\s*$`))) {
        state.heredoc = undefined;
        state.commandStart = true;
        return "keyword";
      }
      stream.skipToEnd();
      return "string";
    }
    if (stream.sol()) state.commandStart = true;
    if (stream.eatSpace()) return null;
    if (stream.match(/^#.*/)) return "comment";
    const heredoc = stream.match(/^<<-?\s*['"]?(\w+)['"]?/) as RegExpMatchArray | null;
    if (heredoc) {
      state.heredoc = heredoc[1];
      return "keyword";
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^'[^']*'?/)) return "string";
    if (stream.match(/^\$\{?[\w@#?*!$-]+\}?/)) return "variableName";
    if (stream.match(/^(?:\|\|?|&&|;|>>?|<)/)) {
      state.commandStart = true;
      return "operator";
    }
    if (stream.match(/^--?[\w-]+(=)?/)) return "attributeName";
    const word = stream.match(/^[^\s|&;<>"'$#]+/) as RegExpMatchArray | null;
    if (word) {
      const isCommand = state.commandStart && commands.has(word[0]);
      state.commandStart = false;
      return isCommand ? "keyword" : null;
    }
    stream.next();
    return null;
  },
  languageData: { commentTokens: { line: "#" } },
});
