// A tail without -f is not the fast path's: it runs in just-bash, as busybox's tail prints the last lines and exits.
import { describe, expect, it } from "vitest";
import { parse } from "just-bash";
import { pullImage, startContainer } from "../index";
import { ManualClock } from "../testing/manual-clock";
import { isFastPathScript } from "./supported";

describe("tail without -f", () => {
  it("only tail -f / -F / -nNf are fast-path scripts", () => {
    expect(isFastPathScript(parse("tail -f /var/log/app.log"))).toBe(true);
    expect(isFastPathScript(parse("tail -n 1 -F /var/log/app.log"))).toBe(true);
    expect(isFastPathScript(parse("tail -n 3 /var/log/app.log"))).toBe(false);
    expect(isFastPathScript(parse("tail /var/log/app.log"))).toBe(false);
  });

  it("kubectl exec POD -- tail -n 2 FILE prints the last two lines and exits 0", async () => {
    const pulled = pullImage("busybox:1.36");
    if (!pulled.ok) throw new Error(pulled.message);
    const started = startContainer({ image: pulled.image, clock: new ManualClock(), command: ["sleep", "3600"] });
    if (!started.ok) throw new Error(started.message);
    const c = started.container;
    await c.exec(["sh", "-c", "echo one > /tmp/a.log; echo two >> /tmp/a.log; echo three >> /tmp/a.log"]);
    expect(await c.exec(["tail", "-n", "2", "/tmp/a.log"])).toMatchObject({ stdout: "two\nthree\n", exitCode: 0 });
  });
});
