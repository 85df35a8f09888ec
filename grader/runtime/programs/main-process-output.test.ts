// A container's main shell writes to the container log as a real sh does
// (fd 1 and 2 are the log): `$(...)` and pipes capture what they must, the rest
// reaches the log as each command finishes. Scripts here run in just-bash.
import { describe, expect, it } from "vitest";
import { pullImage } from "../images/catalog";
import { startContainer } from "../container";
import { ManualClock } from "../testing/manual-clock";
import { routeMainShellOutput } from "./main-process-output";

async function runInJustBash(script: string, forMs = 12_000) {
  const pulled = pullImage("busybox:1.36");
  if (!pulled.ok) throw new Error(pulled.message);
  const clock = new ManualClock();
  const started = startContainer({ image: pulled.image, command: ["sh", "-c", script], env: {}, hostname: "web-0", clock, shellPath: "just-bash" });
  if (!started.ok) throw new Error(started.message);
  await clock.settleFor(forMs);
  const c = started.container;
  expect(c.shellPathTaken).toBe("just-bash");
  return { logs: c.logs.entries.map((e) => `${e.timeMs - 1767225600000} ${e.stream} ${e.line}`), c };
}

describe("the main shell's output in just-bash", () => {
  const cases: Array<{ name: string; script: string; logs: string[]; files?: Record<string, string> }> = [
    {
      name: "a \"$(date) x\" writer loop appends dated lines to its file and nothing to the log",
      script: 'while true; do echo "$(date) x" >> /tmp/app.log; sleep 5; done',
      logs: [],
      files: { "/tmp/app.log": "Thu Jan  1 00:00:00 UTC 2026 x\nThu Jan  1 00:00:05 UTC 2026 x\nThu Jan  1 00:00:10 UTC 2026 x\n" },
    },
    {
      name: "a pipe passes the first command's output to the second, whose output reaches the log",
      script: "echo hello | tr h H; x=$(echo abc | tr a A); echo \"[$x]\"",
      logs: ["0 stdout Hello", "0 stdout [Abc]"],
    },
    {
      name: "each line reaches the log when its command runs, not when the script ends",
      script: "echo one; sleep 3; echo two >&2; sleep 4; echo three",
      logs: ["0 stdout one", "3000 stderr two", "7000 stdout three"],
    },
    {
      name: "a loop's redirection still sends its output to its file, and 2>&1 follows fd 1",
      script: "for i in 1 2; do echo $i; done > /tmp/n; { echo out; cat /nope; } > /tmp/both 2>&1; cat /tmp/n",
      logs: ["0 stdout 1", "0 stdout 2"],
      files: { "/tmp/n": "1\n2\n", "/tmp/both": "out\ncat: can't open '/nope': No such file or directory\n" },
    },
    {
      name: "a function's output reaches the log at its call, and a substitution of it is captured",
      script: 'greet() { echo "hi $1"; }; greet a; v="$(greet b)"; echo "got $v"',
      logs: ["0 stdout hi a", "0 stdout got hi b"],
    },
    {
      // busybox shell/ash.c openredirect: "can't create %s: %s", ENOENT worded "nonexistent directory".
      name: "a redirection into a missing directory prints busybox sh's message and the loop goes on",
      script: 'while true; do echo "$(date) x" >> /var/log/app.log; sleep 5; done',
      logs: ["0 stderr sh: can't create /var/log/app.log: nonexistent directory", "5000 stderr sh: can't create /var/log/app.log: nonexistent directory", "10000 stderr sh: can't create /var/log/app.log: nonexistent directory"],
    },
    {
      name: "a script that redirects the shell itself with exec keeps writing where it said",
      script: "exec > /tmp/out; echo hidden; echo shown >&2",
      logs: ["0 stderr shown"],
      files: { "/tmp/out": "hidden\n" },
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const run = await runInJustBash(c.script);
      expect(run.logs).toEqual(c.logs);
      for (const [path, content] of Object.entries(c.files ?? {})) expect([path, run.c.fs.readFile(path)]).toEqual([path, content]);
    });
  }
});

describe("routeMainShellOutput", () => {
  it("prepends the log redirections to each command that writes to the shell, not inside $(...)", () => {
    expect(routeMainShellOutput('while true; do echo "$(date) x" >> /var/log/app.log; sleep 5; done')).toBe(
      'while true 1>> /proc/1/fd/1 2>> /proc/1/fd/2; do\necho "$(date) x" 1>> /proc/1/fd/1 2>> /proc/1/fd/2 >> /var/log/app.log\nsleep 5 1>> /proc/1/fd/1 2>> /proc/1/fd/2\ndone',
    );
  });
  it("leaves a script that redirects the shell itself to a persistent exec", () => {
    expect(routeMainShellOutput("exec >/tmp/out 2>&1; echo x")).toBeUndefined();
  });
});
