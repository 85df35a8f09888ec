import { describe, expect, it } from "vitest";
import { buildShopScenario } from "./testing/shop-scenario";
import { probeConnection } from "./connectivity-probe";

const s = buildShopScenario();
const client = s.client.pod!.metadata.name!;
const probe = (from: { namespace: string; pod?: string; labels?: Record<string, string> }, host: string, port: number) =>
  probeConnection(s.cluster.api, s.network, from, host, port);

describe("connectivity checks' connections (nc -z from a pod or a fresh busybox)", () => {
  it("a fresh busybox in default reaches a Service with ready endpoints by name", () => {
    expect(probe({ namespace: "default" }, "web.shop", 80)).toBe(true);
  });
  it("a port the Service does not serve, or an unknown name, fails", () => {
    expect(probe({ namespace: "default" }, "web.shop", 81)).toBe(false);
    expect(probe({ namespace: "default" }, "nope.shop", 80)).toBe(false);
  });
  it("an existing running pod is the client; a missing pod cannot connect at all", () => {
    expect(probe({ namespace: "default", pod: client }, "web.shop", 80)).toBe(true);
    expect(probe({ namespace: "default", pod: "ghost" }, "web.shop", 80)).toBe(false);
  });
  it("a bare Service name resolves through the fresh pod's namespace search list", () => {
    expect(probe({ namespace: "shop" }, "web", 80)).toBe(true);
    expect(probe({ namespace: "default" }, "web", 80)).toBe(false);
  });
});
