// `kubectl options`: the global command-line flags every command accepts.
import type { CommandHandler } from "./command";
import { globalOptionsText } from "../help/help-text";

export const optionsCommand: CommandHandler = () => ({ stdout: globalOptionsText(), stderr: "", exitCode: 0 });
