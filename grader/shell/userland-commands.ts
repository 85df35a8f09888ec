// The workstation's file commands, from the runtime's GNU userland (an Ubuntu
// host prints what Debian-based images print): just-bash's own `date` and
// `touch` read the host clock (a file touched would carry the real time, and a
// grade would differ from run to run), and its `ls` prints made-up owners and
// modes. These read the cluster's virtual clock and the workstation's files.
import { defineCommand, type Command } from "just-bash";
import { syncCommands } from "../runtime/userland/commands";
import type { CommandContext, SyncCommand } from "../runtime/userland/context";
import { lsCommand, type AccountNames } from "../runtime/userland/ls";
import type { ContainerFs } from "../runtime/vfs/container-fs";

/** The host's accounts as ls names them; the workstation keeps no /etc/passwd and everything in it is root's. */
const hostAccounts: AccountNames = {
  user: (uid) => (uid === 0 ? "root" : undefined),
  group: (gid) => (gid === 0 ? "root" : undefined),
};

const commands: Record<string, SyncCommand> = {
  date: syncCommands.date,
  touch: syncCommands.touch,
  ls: lsCommand(() => hostAccounts),
};

export function workstationUserlandCommands(fs: ContainerFs, now: () => number): Command[] {
  return Object.entries(commands).map(([name, run]) =>
    defineCommand(name, async (args, ctx) => {
      const commandCtx: CommandContext = {
        fs,
        cwd: ctx.cwd,
        env: Object.fromEntries(ctx.env),
        stdin: "",
        user: { uid: 0, gid: 0, groups: [0] },
        userland: "gnu",
        hostname: "controlplane",
        now,
      };
      return run(args, commandCtx);
    }),
  );
}
