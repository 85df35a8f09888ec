// wget, curl, nc and nslookup run inside runtime containers reach the cluster
// network through containerNetworkFor (what the kubelet binds to each container).
import { describe, expect, it } from "vitest";
import { pullImage, startContainer, type ContainerNetwork, type ContainerProcess, type ExecResult } from "../runtime";
import { ManualClock } from "../runtime/testing/manual-clock";
import { containerNetworkFor } from "./container-network";
import { buildShopScenario } from "./testing/shop-scenario";

const s = buildShopScenario();
const web = s.clusterIP("shop", "web");
const network = containerNetworkFor(s.network, { namespace: "default" });
const nginxPage = (s.network.httpGet({ namespace: "default" }, "http://web.shop") as { result: { body: string } }).result.body;

function start(image: string, clock: ManualClock, options: { command?: string[]; args?: string[]; network?: ContainerNetwork; shellPath?: "fast" | "just-bash" } = {}): ContainerProcess {
  const pulled = pullImage(image);
  if (!pulled.ok) throw new Error(pulled.message);
  const started = startContainer({ image: pulled.image, clock, command: options.command, args: options.args, network: options.network, shellPath: options.shellPath });
  if (!started.ok) throw new Error(started.message);
  return started.container;
}

/** kubectl exec into a fresh busybox (sleep 3600) bound to the network, settling the clock until the command returns. */
async function execIn(argv: string[], image = "busybox", options: { network?: ContainerNetwork; shellPath?: "fast" | "just-bash" } = { network }): Promise<ExecResult> {
  const clock = new ManualClock();
  const c = start(image, clock, { command: ["sleep", "3600"], ...options });
  const pending = c.exec(argv);
  await clock.settleFor(200_000);
  return pending;
}

describe("network tools inside a busybox container bound to namespace default", () => {
  const cases = [
    { name: "wget -qO- of Service web in shop prints nginx's welcome page (networking/wget.c)", argv: ["wget", "-qO-", "http://web.shop"], stdout: nginxPage, stderr: "", exitCode: 0 },
    { name: "wget of a name no one serves is `bad address` and exits 1 (libbb/xconnect.c xhost2sockaddr)", argv: ["wget", "-qO-", "http://nope"], stdout: "", stderr: "wget: bad address 'nope'\n", exitCode: 1 },
    {
      name: "nslookup of the Service's FQDN prints busybox's Server/Address header, the A record and the empty AAAA reply (networking/nslookup.c)",
      argv: ["nslookup", "web.shop.svc.cluster.local"],
      stdout: `Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tweb.shop.svc.cluster.local\nAddress: ${web}\n\n\n`,
      stderr: "",
      exitCode: 0,
    },
    { name: "nc -z -v reports the open Service port (networking/nc_bloaty.c)", argv: ["nc", "-z", "-v", "-w", "2", "web.shop", "80"], stdout: "", stderr: `web.shop (${web}:80) open\n`, exitCode: 0 },
    { name: "the same wget from sh -c on the fast path", argv: ["sh", "-c", "wget -qO- http://nope"], stdout: "", stderr: "wget: bad address 'nope'\n", exitCode: 1 },
  ];
  it.each(cases)("$name", async ({ argv, stdout, stderr, exitCode }) => {
    const r = await execIn(argv);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout, stderr, exitCode });
  });

  it("the welcome page is nginx's own (its title), so the page above really came from the nginx pod", () => {
    expect(nginxPage).toContain("<title>Welcome to nginx!</title>");
  });

  it("a wget that times out after -T 3 returns only once 3 s of virtual time have passed, and prints then", async () => {
    const clock = new ManualClock();
    const c = start("busybox", clock, { command: ["sleep", "3600"], network });
    const pending = c.exec(["wget", "-qO-", "-T", "3", "http://10.1.2.3"]);
    expect(pending).toBeInstanceOf(Promise);
    let settled: ExecResult | undefined;
    void (pending as Promise<ExecResult>).then((r) => (settled = r));
    await clock.settleFor(2_999);
    expect(settled).toBeUndefined();
    await clock.settleFor(1);
    expect(settled).toEqual({ stdout: "", stderr: "wget: download timed out\n", exitCode: 1 });
  });

  it("a main process logs the timeout at the time it happened, then goes on", async () => {
    const clock = new ManualClock();
    const t0 = clock.now();
    const c = start("busybox", clock, { command: ["sh", "-c", "wget -q -T 3 http://10.1.2.3; echo after"], network });
    await clock.settleFor(10_000);
    expect(c.logs.entries.map((e) => [e.timeMs - t0, e.stream, e.line])).toEqual([
      [3000, "stderr", "wget: download timed out"],
      [3000, "stdout", "after"],
    ]);
    expect([c.state, c.exitCode]).toEqual(["exited", 0]);
  });
});

describe("a just-bash script with a loop and a pipe gives what the fast path gives", () => {
  // As kubectl exec: a main process's just-bash has a pipe bug of its own (see the runtime report), not the network's.
  it("for i in 1 2; do wget -qO- -T 2 http://web.shop | head -1; done prints the page's first line twice, as two fast-path wgets would", async () => {
    const fast = await execIn(["wget", "-qO-", "-T", "2", "http://web.shop"], "busybox", { network, shellPath: "fast" });
    const firstLine = fast.stdout.split("\n")[0];
    expect(firstLine).toBe("<!DOCTYPE html>");
    const loop = await execIn(["sh", "-c", "for i in 1 2; do wget -qO- -T 2 http://web.shop | head -1; done"]);
    expect(loop).toEqual({ stdout: `${firstLine}\n${firstLine}\n`, stderr: "", exitCode: 0 });
  });

  it("the same loop against a port nobody serves waits -T each time, on both paths alike", async () => {
    const loop = await execIn(["sh", "-c", "for i in 1 2; do wget -qO- -T 2 http://web.shop:81 | head -1; done; date"], "busybox", { network });
    const straight = await execIn(["sh", "-c", "wget -qO- -T 2 http://web.shop:81; wget -qO- -T 2 http://web.shop:81; date"], "busybox", { network, shellPath: "fast" });
    expect(loop).toEqual(straight);
    expect(straight).toEqual({ stdout: "Thu Jan  1 00:00:04 UTC 2026\n", stderr: "wget: download timed out\nwget: download timed out\n", exitCode: 0 });
  });
});

describe("curl of curlimages/curl uses the same network call", () => {
  it("the image's curl program (ENTRYPOINT /entrypoint.sh, args curl -s URL) logs the page and exits 0", async () => {
    const clock = new ManualClock();
    const c = start("curlimages/curl:8.17.0", clock, { args: ["curl", "-s", "http://web.shop"], network });
    await clock.settleFor(1_000);
    expect(c.logs.entries.map((e) => e.line).join("\n") + "\n").toBe(nginxPage);
    expect([c.state, c.exitCode]).toEqual(["exited", 0]);
  });

  it("kubectl exec curl -s -w of a missing page prints the 404 code (curl's -w %{http_code})", async () => {
    const r = await execIn(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "http://web.shop/missing"], "curlimages/curl:8.17.0");
    expect(r).toEqual({ stdout: "404", stderr: "", exitCode: 0 });
  });

  it("busybox has no curl: with a network, sh still reports it missing", async () => {
    const r = await execIn(["curl", "http://web.shop"]);
    expect([r.exitCode, r.error]).toEqual([126, 'OCI runtime exec failed: exec failed: unable to start container process: exec: "curl": executable file not found in $PATH: unknown']);
  });
});

describe("without a network the runtime behaves as before", () => {
  it("curl in curlimages/curl cannot resolve any host (lib/hostip.c wording)", async () => {
    const r = await execIn(["curl", "-s", "-S", "http://web.shop"], "curlimages/curl:8.17.0", {});
    expect(r).toEqual({ stdout: "", stderr: "curl: (6) Could not resolve host: web.shop\n", exitCode: 6 });
  });

  it("nc as a client has nothing to connect to", async () => {
    const r = await execIn(["nc", "-z", "web.shop", "80"], "busybox", {});
    expect(r).toEqual({ stdout: "", stderr: "nc: bad address\n", exitCode: 1 });
  });
});
