// Every kubectl command the simulation runs, by canonical command path
// (`get`, `create deployment`, `rollout status`). Helpers adding a command
// add one line here and one file beside this one.
import type { CommandHandler } from "./command";

export const commandHandlers: Record<string, CommandHandler> = {};
