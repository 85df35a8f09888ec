// Which tools an image has on PATH: busybox's applets (the docker-library
// build's `busybox --list`), Debian's coreutils, and curl in nginx (both of
// nginx/docker-nginx's Dockerfiles install it).
import { describe, expect, it } from "vitest";
import { pullImage } from "./catalog";
import { startContainer } from "../container";
import { ManualClock } from "../testing/manual-clock";
import { buildShopScenario } from "../../network/testing/shop-scenario";
import { containerNetworkFor } from "../../network/container-network";
import type { ContainerNetwork } from "../programs/network-tools";

async function runScript(image: string, script: string, network?: ContainerNetwork) {
  const pulled = pullImage(image);
  if (!pulled.ok) throw new Error(pulled.message);
  const clock = new ManualClock();
  const started = startContainer({ image: pulled.image, command: ["sh", "-c", script], env: {}, hostname: "web-0", clock, network });
  if (!started.ok) throw new Error(started.message);
  await clock.settleFor(5_000);
  return started.container;
}

describe("busybox applets a CKAD script uses", () => {
  const cases = [
    { name: "printf formats its arguments", script: "printf '%s-%03d\\n' a 7", out: "a-007\n" },
    { name: "seq counts", script: "seq 3", out: "1\n2\n3\n" },
    { name: "tr, cut, sort and uniq filter a pipe", script: "printf 'b:1\\na:2\\nb:3\\n' | cut -d: -f1 | sort | uniq | tr a-z A-Z", out: "A\nB\n" },
    { name: "wc and head count and cut lines", script: "seq 10 | head -n 4 | wc -l", out: "4\n" },
    { name: "basename, dirname and expr", script: "basename /a/b.txt; dirname /a/b.txt; expr 2 + 3", out: "b.txt\n/a\n5\n" },
  ];
  for (const image of ["busybox:1.36", "nginx:1.27"]) {
    for (const c of cases) {
      it(`${image}: ${c.name}`, async () => {
        const container = await runScript(image, c.script);
        expect(container.logs.text()).toBe(c.out);
        expect(container.exitCode).toBe(0);
      });
    }
  }
});

describe("curl in the nginx images", () => {
  const shop = buildShopScenario();
  const network = containerNetworkFor(shop.network, { namespace: "default" });
  for (const image of ["nginx:1.27", "nginx:1.27-alpine"]) {
    it(`${image} has curl, which reaches a Service as in curlimages/curl`, async () => {
      const inNginx = await runScript(image, "curl -s http://web.shop; echo rc=$?", network);
      const inCurlImage = await runScript("curlimages/curl:8.17.0", "curl -s http://web.shop; echo rc=$?", network);
      expect(inNginx.logs.text()).toContain("<title>Welcome to nginx!</title>");
      expect(inNginx.logs.text()).toBe(inCurlImage.logs.text());
    });
  }
  it("busybox still has no curl: the shell exits 127", async () => {
    const c = await runScript("busybox:1.36", "curl -s http://web.shop", network);
    expect(c.exitCode).toBe(127);
  });
});
