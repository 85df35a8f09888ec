// `date` on the cluster's virtual clock (just-bash's own reads the host clock),
// with the runtime's GNU formatting: `date`, `date -u`, `date +%s`.
import { defineCommand, type Command } from "just-bash";
import { syncCommands } from "../runtime/userland/commands";
import type { ContainerFs } from "../runtime/vfs/container-fs";

export function virtualDateCommand(fs: ContainerFs, now: () => number): Command {
  return defineCommand("date", async (args, ctx) =>
    syncCommands.date(args, {
      fs,
      cwd: ctx.cwd,
      env: Object.fromEntries(ctx.env),
      stdin: "",
      user: { uid: 0, gid: 0, groups: [0] },
      userland: "gnu",
      hostname: "controlplane",
      now,
    }),
  );
}
