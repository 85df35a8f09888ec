// Probes dial podIP:port (pkg/probe/http, pkg/probe/tcp): the pod's containers
// share one network namespace, so a port another container of the pod listens
// on answers the probe as well.
import { describe, expect, it } from "vitest";
import { pullImage, startContainer, type ContainerProcess } from "../runtime";
import { ManualClock } from "../runtime/testing/manual-clock";
import { checkProbe } from "./probe-check";

function start(ref: string, clock: ManualClock, args?: string[]): ContainerProcess {
  const pulled = pullImage(ref);
  if (!pulled.ok) throw new Error(pulled.message);
  const started = startContainer({ image: pulled.image, clock, args });
  if (!started.ok) throw new Error(started.message);
  return started.container;
}

describe("httpGet and tcpSocket probes in a pod with several containers", () => {
  const clock = new ManualClock();
  const web = start("nginx:1.27", clock);
  const api = start("registry.k8s.io/e2e-test-images/agnhost:2.56", clock, ["netexec", "--http-port=8080"]);
  const container = { name: "web", image: "nginx:1.27" };

  it("an HTTP GET on a port of another container of the pod succeeds", () => {
    expect(checkProbe({ httpGet: { path: "/hostname", port: 8080 } }, container, web, "192.168.1.4", "172.30.2.2", [api])).toEqual({ ok: true });
  });

  it("a TCP probe on that port succeeds too", () => {
    expect(checkProbe({ tcpSocket: { port: 8080 } }, container, web, "192.168.1.4", "172.30.2.2", [api])).toEqual({ ok: true });
  });

  it("a port no container listens on is refused, in the prober's words", () => {
    expect(checkProbe({ httpGet: { path: "/", port: 9090 } }, container, web, "192.168.1.4", "172.30.2.2", [api])).toEqual({
      ok: false,
      output: 'Get "http://192.168.1.4:9090/": dial tcp 192.168.1.4:9090: connect: connection refused',
    });
  });

  it("without the other container the port is refused", () => {
    expect(checkProbe({ tcpSocket: { port: 8080 } }, container, web, "192.168.1.4", "172.30.2.2")).toEqual({
      ok: false,
      output: "dial tcp 192.168.1.4:8080: connect: connection refused",
    });
  });
});
