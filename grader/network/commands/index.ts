// The network tools by the name a container runs them under.
import type { NetworkCommand } from "./command";
import { curl } from "./curl";
import { nc } from "./nc";
import { nslookup } from "./nslookup";
import { wget } from "./wget";

export const networkCommands: Record<string, NetworkCommand> = { wget, curl, nc, nslookup };

export type { NetworkCommand, NetworkCommandContext, NetworkCommandResult } from "./command";
