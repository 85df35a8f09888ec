// The fast path and just-bash must give the same logs, files and exit codes.
import { describe, expect, it } from "vitest";
import { pullImage } from "../images/catalog";
import { startContainer } from "../container";
import { ManualClock } from "../testing/manual-clock";
import type { ContainerNetwork } from "../programs/network-tools";
import { buildShopScenario } from "../../network/testing/shop-scenario";
import { containerNetworkFor } from "../../network/container-network";

const scripts: Array<{ name: string; script: string; files: string[] }> = [
  { name: "echo then exit 0", script: "echo hello; exit 0", files: [] },
  { name: "a failing cat sets the exit status", script: "cat /nope", files: [] },
  { name: "&& and || choose what runs", script: "cat /nope && echo yes || echo no", files: [] },
  { name: "redirections write and append files", script: "echo a > /tmp/f; echo b >> /tmp/f; cat /tmp/f; cat /nope 2> /tmp/err", files: ["/tmp/f", "/tmp/err"] },
  { name: "2>&1 sends errors to the same place", script: "cat /nope > /tmp/all 2>&1; exit 4", files: ["/tmp/all"] },
  { name: "touch, rm -f and mkdir -p", script: "mkdir -p /data/x; touch /data/x/a; rm -f /data/x/a /data/x/none; touch /data/b", files: ["/data/b"] },
  { name: "a periodic writer with sleep", script: "while true; do date >> /tmp/log; sleep 5; done", files: ["/tmp/log"] },
  { name: "a finite sequence of sleeps and dates", script: "date; sleep 2; date; sleep 3; echo done; exit 7", files: [] },
  { name: "env expansion quoted and unquoted", script: 'echo "$GREETING" $GREETING; echo $MISSING end', files: [] },
  { name: "id and whoami", script: "id; whoami; hostname", files: [] },
  { name: "a periodic writer of \"$(date) x\" lines: the substitution is captured, nothing leaks to the log", script: 'while true; do echo "$(date) x" >> /tmp/app.log; sleep 5; done', files: ["/tmp/app.log"] },
  { name: "an unquoted $(...) splits into words, a quoted one keeps its spaces", script: 'echo host: $(hostname) $(id -u) $(printenv GREETING); echo "[$(printenv GREETING)]"', files: [] },
  { name: "a redirection into a missing directory fails that command only, with the shell's message", script: "echo x > /nope/y; date >> /var/log/app.log; echo after", files: [] },
  { name: "a periodic writer into a missing directory keeps running and complains each time", script: "while true; do echo \"$(date) x\" >> /var/log/app.log; sleep 5; done", files: [] },
  { name: "an adapter loop rewrites a growing file with sed s/^OLD/NEW/ into another file", script: "echo temperature=21 > /tmp/raw.txt; while true; do sed 's/^temperature=/thermo_temperature_celsius /' /tmp/raw.txt > /tmp/metrics.txt; echo temperature=22 >> /tmp/raw.txt; sleep 5; done", files: ["/tmp/raw.txt", "/tmp/metrics.txt"] },
  { name: "sed with g replaces every match, keeps a missing final newline, and prints nothing for an empty file", script: "echo -n a-b-a > /tmp/in; sed 's/a/x/g' /tmp/in; echo; sed 's/a/x/' /tmp/in; touch /tmp/empty; sed 's/a$/x/' /tmp/empty; echo end", files: [] },
  { name: "sed on a missing file or a directory prints just-bash's message and fails", script: "sed 's/a/b/' /nope || echo failed; sed 's/a/b/' /tmp && echo ok || echo failed again", files: [] },
  { name: "an endless loop without sleep writes up to the loop budget and stays busy", script: "while true; do echo x >> /tmp/spin; done", files: ["/tmp/spin"] },
  { name: "a counting writer: i=0, then i=$((i+1)) and \"order $i processed\" lines every 5 s", script: 'mkdir -p /var/log/orders; i=0; while true; do i=$((i+1)); echo "order $i processed" >> /var/log/orders/app.log; sleep 5; done', files: ["/var/log/orders/app.log"] },
  { name: "arithmetic with parentheses, unary minus and unset variables; variables quoted, unquoted and empty", script: 'a=3; b=$(( (a + 2) * -4 )); echo $b "$((b - a))" $((u+1)) $(( +a )); x=; y=\'\'; echo "[$x$y]" $x end; msg="two  words"; echo $msg; echo "$msg" $HOSTNAME', files: [] },
  { name: "a counter in file names and a variable in $(...) arguments", script: "n=0; while true; do n=$((n+1)); echo tick > /tmp/t$n; name=t$n; cat /tmp/$name; echo \"$(cat /tmp/t$n) $n\"; sleep 7; done", files: ["/tmp/t1", "/tmp/t2", "/tmp/t3"] },
];

async function run(script: string, path: "fast" | "just-bash", image = "busybox", network?: ContainerNetwork) {
  const pulled = pullImage(image);
  if (!pulled.ok) throw new Error(pulled.message);
  const clock = new ManualClock();
  const started = startContainer({ image: pulled.image, command: ["sh", "-c", script], env: { GREETING: "hi  there" }, hostname: "web-0", clock, shellPath: path, network });
  if (!started.ok) throw new Error(started.message);
  const c = started.container;
  await clock.settleFor(21_000);
  return { c, logs: c.logs.entries.map((e) => `${e.timeMs} ${e.stream} ${e.line}`), exit: [c.state, c.exitCode, c.busy] };
}

describe("fast path and just-bash agree", () => {
  it.each(scripts)("$name", async ({ script, files }) => {
    const fast = await run(script, "fast");
    const slow = await run(script, "just-bash");
    expect(fast.c.shellPathTaken).toBe("fast");
    expect(slow.c.shellPathTaken).toBe("just-bash");
    expect(fast.logs).toEqual(slow.logs);
    expect(fast.exit).toEqual(slow.exit);
    for (const f of files) expect([f, fast.c.fs.node(f) && fast.c.fs.readFile(f)]).toEqual([f, slow.c.fs.node(f) && slow.c.fs.readFile(f)]);
  });
});

// Network tools take the virtual time the network says (a -T timeout, a DNS wait) before they print.
const networkScripts: Array<{ name: string; image: string; script: string; files: string[] }> = [
  { name: "wget -qO- of a Service prints its page, then the next command runs", image: "busybox", script: "wget -qO- http://web.shop; echo done", files: [] },
  { name: "an unknown host fails and || runs the fallback", image: "busybox", script: "wget -qO- http://nope || echo failed", files: [] },
  { name: "a port nobody serves times out after -T, then date shows the time it took", image: "busybox", script: "date; wget -qO- -T 2 http://web.shop:81; date", files: [] },
  { name: "wget -O writes the page into the container and 2> captures the errors", image: "busybox", script: "wget -q -O /tmp/page http://web.shop; wget -q -T 1 http://10.1.2.3 2> /tmp/err; exit 3", files: ["/tmp/page", "/tmp/err"] },
  { name: "a polling loop of timed-out wgets and sleeps", image: "busybox", script: "while true; do wget -qO- -T 3 http://10.1.2.3; sleep 1; done", files: [] },
  { name: "nslookup and nc -z -v", image: "busybox", script: "nslookup web.shop.svc.cluster.local; nc -z -v -w 2 web.shop 80; nc -z -vv -w 2 empty.shop 80", files: [] },
  { name: "curl in the curlimages/curl image, redirected to a file", image: "curlimages/curl:8.17.0", script: "curl -s http://web.shop > /tmp/page; curl -s -o /dev/null -w '%{http_code}' http://web.shop/missing; curl -m 2 http://10.1.2.3", files: ["/tmp/page"] },
];

describe("fast path and just-bash agree on network tools", () => {
  const shop = buildShopScenario();
  const network = containerNetworkFor(shop.network, { namespace: "default" });
  it.each(networkScripts)("$name", async ({ script, image, files }) => {
    const fast = await run(script, "fast", image, network);
    const slow = await run(script, "just-bash", image, network);
    expect(fast.c.shellPathTaken).toBe("fast");
    expect(slow.c.shellPathTaken).toBe("just-bash");
    expect(fast.logs).toEqual(slow.logs);
    expect(fast.exit).toEqual(slow.exit);
    for (const f of files) expect([f, fast.c.fs.node(f) && fast.c.fs.readFile(f)]).toEqual([f, slow.c.fs.node(f) && slow.c.fs.readFile(f)]);
  });
});
