// `kubectl options`: the global command-line flags every command accepts.
import type { CommandHandler } from "./command";

export const optionsCommand: CommandHandler = async () => ({ stdout: (await import("../help/help-text")).globalOptionsText(), stderr: "", exitCode: 0 });
