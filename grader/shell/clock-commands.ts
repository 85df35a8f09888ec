// The workstation's commands that read the clock, on the cluster's virtual
// clock: just-bash's own `date` and `touch` read the host clock (a file touched
// would carry the real time, and a grade would differ from run to run). They
// are the runtime's GNU userland: `date`, `date -u`, `date +%s`, `touch FILE`.
import { defineCommand, type Command } from "just-bash";
import { syncCommands } from "../runtime/userland/commands";
import type { ContainerFs } from "../runtime/vfs/container-fs";

export function virtualClockCommands(fs: ContainerFs, now: () => number): Command[] {
  return (["date", "touch"] as const).map((name) =>
    defineCommand(name, async (args, ctx) =>
      syncCommands[name](args, {
        fs,
        cwd: ctx.cwd,
        env: Object.fromEntries(ctx.env),
        stdin: "",
        user: { uid: 0, gid: 0, groups: [0] },
        userland: "gnu",
        hostname: "controlplane",
        now,
      }),
    ),
  );
}
