import { describe, expect, it } from "vitest";
import { newEmptyDir, pullImage, startContainer, type ContainerProcess, type StartContainerOptions } from "./index";
import { ManualClock } from "./testing/manual-clock";
import { formatLogTimestamp, formatRFC3339Nano } from "./log-sink";

const second = 1000;

function image(ref: string) {
  const pulled = pullImage(ref);
  if (!pulled.ok) throw new Error(pulled.message);
  return pulled.image;
}

function start(ref: string, clock: ManualClock, options: Partial<StartContainerOptions> = {}): ContainerProcess {
  const started = startContainer({ image: image(ref), clock, ...options });
  if (!started.ok) throw new Error(started.message);
  return started.container;
}

function execNow(c: ContainerProcess, argv: string[]) {
  const result = c.exec(argv);
  if (result instanceof Promise) throw new Error("expected a synchronous exec");
  return result;
}

describe("image references and pulls (containerd's wording, client/pull.go + CRI image_pull.go)", () => {
  const cases: Array<{ name: string; image: string; ok: boolean; expect: string }> = [
    { name: "a bare name is docker.io/library/NAME:latest", image: "nginx", ok: true, expect: "docker.io/library/nginx:latest" },
    { name: "a user repository gets no library/ prefix", image: "curlimages/curl:8.16.0", ok: true, expect: "docker.io/curlimages/curl:8.16.0" },
    { name: "a registry host is kept as is", image: "registry.k8s.io/pause:3.10", ok: true, expect: "registry.k8s.io/pause:3.10" },
    {
      name: "an unknown tag of a known repository is NotFound",
      image: "nginx:1.99.99",
      ok: false,
      expect: 'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.99.99": failed to resolve reference "docker.io/library/nginx:1.99.99": docker.io/library/nginx:1.99.99: not found',
    },
    {
      name: "an unknown Docker Hub repository is pull access denied",
      image: "nginxx",
      ok: false,
      expect: 'rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/nginxx:latest": failed to resolve reference "docker.io/library/nginxx:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    },
    {
      name: "an upper-case name is an InvalidImageName (distribution/reference)",
      image: "Nginx",
      ok: false,
      expect: 'Failed to apply default image tag "Nginx": couldn\'t parse image name "Nginx": invalid reference format: repository name (library/Nginx) must be lowercase',
    },
  ];
  it.each(cases)("$name", ({ image: ref, ok, expect: expected }) => {
    const pulled = pullImage(ref);
    expect(pulled.ok).toBe(ok);
    if (pulled.ok) expect(pulled.ref.normalized).toBe(expected);
    else expect(pulled.message).toBe(expected);
  });

  it("a pull by the digest the catalog reports finds the same image", () => {
    const first = pullImage("nginx:1.27");
    if (!first.ok) throw new Error("nginx:1.27 must exist");
    const digest = first.imageID.split("@")[1];
    const byDigest = pullImage(`nginx@${digest}`);
    expect(byDigest.ok && byDigest.image).toBe(first.image);
  });
});

describe("servers of the catalog", () => {
  const cases = [
    { name: "nginx serves its welcome page on 80", ref: "nginx", port: 80, path: "/", status: 200, contains: "<title>Welcome to nginx!</title>" },
    { name: "nginx answers 404 for a missing file with its version in the page", ref: "nginx:1.27", port: 80, path: "/healthz", status: 404, contains: "<hr><center>nginx/1.27.5</center>" },
    { name: "httpd serves It works! on 80", ref: "httpd", port: 80, path: "/", status: 200, contains: "<h1>It works!</h1>" },
  ];
  it.each(cases)("$name", ({ ref, port, path, status, contains }) => {
    const c = start(ref, new ManualClock());
    const res = c.httpGet(port, path);
    expect(res.kind).toBe("response");
    if (res.kind === "response") {
      expect(res.status).toBe(status);
      expect(res.body).toContain(contains);
    }
  });

  it("nginx listens on nothing but 80: 8080 is refused", () => {
    const c = start("nginx", new ManualClock());
    expect([c.listens(80), c.listens(8080), c.httpGet(8080, "/").kind]).toEqual([true, false, "refused"]);
  });

  it("nginx logs its docker-entrypoint lines on stdout then its notices on stderr", () => {
    const c = start("nginx:1.27", new ManualClock());
    expect(c.logs.entries[0]).toMatchObject({ stream: "stdout", line: "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration" });
    expect(c.logs.entries.find((e) => e.line.endsWith("nginx/1.27.5"))?.stream).toBe("stderr");
  });

  it("a probe request shows in nginx's access log", () => {
    const c = start("nginx", new ManualClock());
    c.httpGet(80, "/", { clientIp: "10.244.1.1" });
    expect(c.logs.entries.at(-1)?.line).toBe('10.244.1.1 - - [01/Jan/2026:00:00:00 +0000] "GET / HTTP/1.1" 200 615 "-" "kube-probe/1.34" "-"');
  });

  it("python -m http.server 8080 serves the working directory", () => {
    const clock = new ManualClock();
    const c = start("python:3.12", clock, { command: ["python", "-m", "http.server", "8080"], workingDir: "/srv" });
    c.fs.writeFile("/srv/index.html", "hi\n");
    const res = c.httpGet(8080, "/");
    expect(res.kind === "response" && [res.status, res.body]).toEqual([200, "hi\n"]);
  });

  it("busybox nc -l -p 8080 listens on 8080 for TCP only", () => {
    const c = start("busybox", new ManualClock(), { command: ["nc", "-l", "-p", "8080"] });
    expect([c.tcpConnect(8080), c.httpGet(8080, "/").kind, c.state]).toEqual([true, "not-http", "running"]);
  });
});

describe("programs that exit", () => {
  it("mysql without a password option prints the entrypoint error (docker-library/mysql docker-entrypoint.sh) and exits 1", () => {
    const c = start("mysql:8.4", new ManualClock());
    expect([c.state, c.exitCode, c.reason]).toEqual(["exited", 1, "Error"]);
    expect(c.logs.text()).toBe(
      [
        "2026-01-01 00:00:00+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.7-1.el9 started.",
        "2026-01-01 00:00:00+00:00 [Note] [Entrypoint]: Switching to dedicated user 'mysql'",
        "2026-01-01 00:00:00+00:00 [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.4.7-1.el9 started.",
        "2026-01-01 00:00:00+00:00 [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified",
        "\tYou need to specify one of the following as an environment variable:",
        "\t- MYSQL_ROOT_PASSWORD",
        "\t- MYSQL_ALLOW_EMPTY_PASSWORD",
        "\t- MYSQL_RANDOM_ROOT_PASSWORD",
        "",
      ].join("\n"),
    );
  });

  it("mysql with MYSQL_ROOT_PASSWORD keeps running and listens on 3306", () => {
    const c = start("mysql", new ManualClock(), { env: { MYSQL_ROOT_PASSWORD: "s3cret" } });
    expect([c.state, c.listens(3306)]).toEqual(["running", true]);
  });

  it("postgres without POSTGRES_PASSWORD prints the entrypoint error (docker-library/postgres docker-entrypoint.sh) and exits 1", () => {
    const c = start("postgres:16", new ManualClock());
    expect(c.exitCode).toBe(1);
    expect(c.logs.entries.slice(0, 3).map((e) => e.line)).toEqual([
      "Error: Database is uninitialized and superuser password is not specified.",
      "       You must specify POSTGRES_PASSWORD to a non-empty value for the",
      '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
    ]);
  });

  const exits = [
    { name: "sh -c 'exit 0' completes with 0", argv: ["sh", "-c", "exit 0"], code: 0, reason: "Completed" },
    { name: "sh -c 'exit 1' is an Error with 1", argv: ["sh", "-c", "exit 1"], code: 1, reason: "Error" },
    { name: "false as the command exits 1", argv: ["false"], code: 1, reason: "Error" },
    { name: "busybox's default CMD sh exits 0 at once without a TTY", argv: [], code: 0, reason: "Completed" },
  ];
  it.each(exits)("$name", ({ argv, code, reason }) => {
    const c = start("busybox", new ManualClock(), argv.length ? { command: argv } : {});
    expect([c.exitCode, c.reason]).toEqual([code, reason]);
  });

  it("SIGKILL ends a sleeping container with 137", () => {
    const c = start("busybox", new ManualClock(), { command: ["sleep", "3600"] });
    expect(c.signal("SIGTERM")).toBe(false); // sleep as PID 1 ignores SIGTERM
    c.signal("SIGKILL");
    expect([c.exitCode, c.reason]).toEqual([137, "Error"]);
  });

  it("nginx exits 0 on SIGTERM (its stop signal is handled)", () => {
    const c = start("nginx", new ManualClock());
    expect([c.signal("SIGTERM"), c.exitCode]).toEqual([true, 0]);
  });

  it("stress --vm-bytes 250M over a 100Mi limit is OOMKilled with 137 and a 250M peak", () => {
    const c = start("polinux/stress", new ManualClock(), { command: ["stress"], args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"], memoryLimitBytes: 100 * 1024 * 1024 });
    expect([c.exitCode, c.reason]).toEqual([137, "OOMKilled"]);
    expect(c.peakMemoryBytes).toBe(1024 * 1024 + 250 * 1024 * 1024);
  });

  it("an executable missing from the image is containerd's StartError (exit 128)", () => {
    const started = startContainer({ image: image("busybox"), command: ["nginx"], clock: new ManualClock() });
    expect(started).toEqual({
      ok: false,
      exitCode: 128,
      message: 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "nginx": executable file not found in $PATH: unknown',
    });
  });
});

describe("shell commands on the virtual clock", () => {
  it("busybox sh -c 'echo hello; sleep 3600' logs hello and keeps running", () => {
    const clock = new ManualClock();
    const c = start("busybox", clock, { command: ["sh", "-c", "echo hello; sleep 3600"] });
    clock.runUntil(clock.now() + 3599 * second);
    expect([c.logs.text(), c.state, c.shellPathTaken]).toEqual(["hello\n", "running", "fast"]);
    clock.runUntil(clock.now() + second);
    expect(c.exitCode).toBe(0);
  });

  it("sh -c 'sleep 5; exec nginx -g ...': the exec'd server replaces the shell after 5 s; exec sleep's status ends the script", () => {
    const clock = new ManualClock();
    const c = start("nginx:1.27", clock, { command: ["sh", "-c", "sleep 5; exec nginx -g 'daemon off;'"] });
    expect([c.listens(80), c.shellPathTaken]).toEqual([false, "fast"]);
    clock.runUntil(clock.now() + 5 * second);
    expect([c.listens(80), c.state]).toEqual([true, "running"]);
    const b = start("busybox", clock, { command: ["sh", "-c", "exec sleep 2; echo never"] });
    clock.runUntil(clock.now() + 2 * second);
    expect([b.logs.text(), b.exitCode]).toEqual(["", 0]);
  });

  it("touch, sleep 30, rm: cat /tmp/healthy succeeds until t=30s, then fails with busybox's wording", () => {
    const clock = new ManualClock();
    const c = start("busybox", clock, { command: ["sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"] });
    const at = (s: number) => {
      clock.runUntil(Date.UTC(2026, 0, 1) + s * second);
      return execNow(c, ["cat", "/tmp/healthy"]);
    };
    expect(at(29)).toEqual({ stdout: "", stderr: "", exitCode: 0 });
    expect(at(30)).toEqual({ stdout: "", stderr: "cat: can't open '/tmp/healthy': No such file or directory\n", exitCode: 1 });
  });

  it("GNU cat in a Debian image says 'cat: FILE: No such file or directory'", () => {
    const c = start("nginx", new ManualClock());
    expect(execNow(c, ["cat", "/tmp/healthy"]).stderr).toBe("cat: /tmp/healthy: No such file or directory\n");
  });

  it("an emptyDir shared by a writer and a tail -f reader carries the writer's lines", () => {
    const clock = new ManualClock();
    const shared = newEmptyDir();
    start("busybox", clock, { command: ["sh", "-c", "while true; do date >> /var/log/app.log; sleep 5; done"], volumes: [{ mountPath: "/var/log", dir: shared }] });
    const reader = start("busybox", clock, { command: ["sh", "-c", "tail -f /logs/app.log"], volumes: [{ mountPath: "/logs", dir: shared }] });
    clock.runUntil(clock.now() + 11 * second);
    expect(reader.logs.text()).toBe("Thu Jan  1 00:00:00 UTC 2026\nThu Jan  1 00:00:05 UTC 2026\nThu Jan  1 00:00:10 UTC 2026\n");
  });

  it("an endless loop without sleep is bounded: the container stays running, busy, and costs nothing afterwards", () => {
    const clock = new ManualClock();
    const c = start("busybox", clock, { command: ["sh", "-c", "while true; do :; done"] });
    expect([c.state, c.busy, clock.pendingTimers]).toEqual(["running", true, 0]);
  });

  it("id prints busybox root with the wheel group from /etc/group", () => {
    const c = start("busybox", new ManualClock(), { command: ["sleep", "infinity"] });
    expect(execNow(c, ["id"]).stdout).toBe("uid=0(root) gid=0(root) groups=0(root),10(wheel)\n");
  });

  it("id under runAsUser 1000 / runAsGroup 3000 / fsGroup 2000 prints numbers for unnamed ids", () => {
    const c = start("busybox:1.28", new ManualClock(), { command: ["sleep", "1h"], user: { uid: 1000, gid: 3000, supplementalGroups: [2000] } });
    expect(execNow(c, ["id"]).stdout).toBe("uid=1000 gid=3000 groups=2000,3000\n");
  });

  it("readOnlyRootFilesystem: writes to the image's files fail with EROFS, a mounted emptyDir stays writable", () => {
    // runc mounts the rootfs read-only (libcontainer/rootfs_linux.go, readonlyPath / MS_RDONLY remount); busybox touch reports strerror(EROFS).
    const c = start("busybox", new ManualClock(), { command: ["sleep", "1h"], readOnlyRootFilesystem: true, volumes: [{ mountPath: "/tmp", dir: newEmptyDir() }] });
    expect(execNow(c, ["touch", "/data.txt"])).toEqual({ stdout: "", stderr: "touch: /data.txt: Read-only file system\n", exitCode: 1 });
    expect(execNow(c, ["sh", "-c", "echo x > /etc/app.conf"]).stderr).toBe("sh: can't create /etc/app.conf: Read-only file system\n");
    expect(execNow(c, ["sh", "-c", "echo x > /tmp/ok && cat /tmp/ok"])).toEqual({ stdout: "x\n", stderr: "", exitCode: 0 });
    expect(execNow(c, ["sh", "-c", "echo x > /dev/null"]).exitCode).toBe(0);
  });

  it("nginx (Debian) runs its master as root: id says uid=0(root) gid=0(root) groups=0(root)", () => {
    const c = start("nginx", new ManualClock());
    expect(execNow(c, ["id"]).stdout).toBe("uid=0(root) gid=0(root) groups=0(root)\n");
  });

  it("env vars of the container are visible to the command", () => {
    const c = start("busybox", new ManualClock(), { command: ["sh", "-c", 'echo "greeting=$GREETING"; sleep 10'], env: { GREETING: "hi there" } });
    expect(c.logs.text()).toBe("greeting=hi there\n");
  });

  it("exec of a missing executable is an OCI runtime exec error", () => {
    const c = start("busybox", new ManualClock(), { command: ["sleep", "60"] });
    expect(execNow(c, ["curl", "x"]).error).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in $PATH: unknown');
  });

  it("a script the fast path does not handle runs in just-bash with sleep on the virtual clock", async () => {
    const clock = new ManualClock();
    const c = start("busybox", clock, { command: ["sh", "-c", "for i in 1 2; do echo line $i; sleep 2; done; exit 3"] });
    await clock.settleFor(10 * second);
    expect(c.shellPathTaken).toBe("just-bash");
    expect(c.logs.entries.map((e) => [e.timeMs - Date.UTC(2026, 0, 1), e.line])).toEqual([
      [0, "line 1"],
      [2000, "line 2"],
    ]);
    expect(c.exitCode).toBe(3);
  });
});

describe("log timestamps", () => {
  it.each([
    { name: "whole seconds drop the fraction in RFC3339Nano (CRI log files)", ms: Date.UTC(2026, 0, 1, 0, 0, 5), nano: "2026-01-01T00:00:05Z", kubectl: "2026-01-01T00:00:05.000000000Z" },
    { name: "milliseconds keep only significant digits in RFC3339Nano", ms: Date.UTC(2026, 0, 1, 0, 0, 5, 250), nano: "2026-01-01T00:00:05.25Z", kubectl: "2026-01-01T00:00:05.250000000Z" },
  ])("$name", ({ ms, nano, kubectl }) => {
    expect([formatRFC3339Nano(ms), formatLogTimestamp(ms)]).toEqual([nano, kubectl]);
  });
});
