import { describe, expect, it } from "vitest";
import { buildShopScenario } from "./testing/shop-scenario";
import { networkCommands } from "./commands";
import { podEtcHosts, podResolvConf } from "./dns/resolv-conf";
import { candidateNames } from "./dns/resolver";
import { progressLine, smartSize5 } from "./commands/busybox-progress";
import { gvr } from "./service-endpoints";
import { ClusterNetwork } from "./cluster-network";

const s = buildShopScenario();
const web = s.clusterIP("shop", "web");
const empty = s.clusterIP("shop", "empty");
const idle = s.clusterIP("shop", "idle");
const nginxPage = (s.network.httpGet(s.client, "http://web.shop") as { result: { body: string } }).result.body;
const run = (line: string, origin = s.client) => {
  const [name, ...args] = line.split(" ");
  return networkCommands[name](args, { network: s.network, origin, cwd: "/" });
};
const nodeIP = ((s.cluster.api.get(gvr.nodes, "", "node01").status as { addresses: { address: string }[] }).addresses[0]).address;

describe("busybox wget from a pod (networking/wget.c, libbb/xconnect.c)", () => {
  const cases = [
    { name: "wget -qO- of a Service with a ready endpoint prints nginx's page and nothing else", line: "wget -qO- http://web.shop", stdout: nginxPage, stderr: "", exitCode: 0 },
    { name: "an unknown name is `bad address` (xhost2sockaddr)", line: "wget -qO- http://nope.shop", stdout: "", stderr: "wget: bad address 'nope.shop'\n", exitCode: 1 },
    { name: "a Service without ready endpoints is REJECTed: Connection refused (xconnect)", line: "wget -qO- http://empty.shop", stdout: "", stderr: `wget: can't connect to remote host (${empty}): Connection refused\n`, exitCode: 1 },
    { name: "without -q, the connect line and `writing to stdout` / progress / `written to stdout` (retrieve_file_data)", line: "wget -O- http://web.shop", stdout: nginxPage, stderr: `Connecting to web.shop (${web}:80)\nwriting to stdout\n${progressLine("-", nginxPage.length)}written to stdout\n`, exitCode: 0 },
    { name: "a 404 is `server returned error` with the status line", line: "wget -qO- http://web.shop/missing", stdout: "", stderr: "wget: server returned error: HTTP/1.1 404 Not Found\n", exitCode: 1 },
    { name: "a pod whose Service endpoint listens on nothing refuses", line: "wget -qO- http://idle.shop", stdout: "", stderr: `wget: can't connect to remote host (${idle}): Connection refused\n`, exitCode: 1 },
    { name: "a ClusterIP on a port it does not serve times out after -T", line: "wget -qO- -T 2 http://web.shop:81", stdout: "", stderr: "wget: download timed out\n", exitCode: 1 },
    { name: "a NodePort on a node's IP reaches the backend", line: `wget -qO- http://${nodeIP}:30080`, stdout: nginxPage, stderr: "", exitCode: 0 },
    { name: "the ExternalName's CNAME target is not resolvable in the cluster: bad address", line: "wget -qO- http://ext.shop", stdout: "", stderr: "wget: bad address 'ext.shop'\n", exitCode: 1 },
    { name: "a headless Service name resolves to its ready pod", line: "wget -qO- http://db.shop", stdout: nginxPage, stderr: "", exitCode: 0 },
    { name: "a StatefulSet-style pod name under a headless Service resolves", line: "wget -qO- http://db-0.db.shop.svc.cluster.local", stdout: nginxPage, stderr: "", exitCode: 0 },
    { name: "an unknown IP times out without -T after the kernel's SYN retries", line: "wget -qO- http://10.1.2.3", stdout: "", stderr: "wget: can't connect to remote host (10.1.2.3): Connection timed out\n", exitCode: 1 },
  ];
  it.each(cases)("$name", ({ line, stdout, stderr, exitCode }) => {
    const r = run(line);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout, stderr, exitCode });
  });

  it("a dropped connection costs the tool's timeout in virtual time (-T 3 → 3 s, none → 127 s)", () => {
    expect([run("wget -q -T 3 http://10.1.2.3").elapsedMs, run("wget -q http://10.1.2.3").elapsedMs]).toEqual([3000, 127000]);
  });

  it("wget without -O saves index.html in the container and reports it; a second run finds the file", () => {
    const fsPod = s.pods.podByIP(s.ip("default", "client")) as unknown as { containers: { fs: import("../runtime/vfs/container-fs").ContainerFs }[] };
    const fs = fsPod.containers[0].fs;
    const first = networkCommands.wget(["http://web.shop"], { network: s.network, origin: s.client, cwd: "/tmp", fs });
    expect(first.stderr).toBe(`Connecting to web.shop (${web}:80)\nsaving to 'index.html'\n${progressLine("index.html", nginxPage.length)}'index.html' saved\n`);
    expect(fs.readFile("/tmp/index.html")).toBe(nginxPage);
    const second = networkCommands.wget(["-q", "http://web.shop"], { network: s.network, origin: s.client, cwd: "/tmp", fs });
    expect([second.stderr, second.exitCode]).toEqual(["wget: can't open 'index.html': File exists\n", 1]);
  });
});

describe("cluster DNS names from a pod in default (CoreDNS kubernetes plugin, resolv.conf search)", () => {
  const cases = [
    { name: "svc.ns resolves through the search list", host: "web.shop", ip: () => web },
    { name: "svc.ns.svc resolves through the search list", host: "web.shop.svc", ip: () => web },
    { name: "the fully qualified name resolves", host: "web.shop.svc.cluster.local", ip: () => web },
    { name: "kubernetes.default is the API server's ClusterIP", host: "kubernetes.default", ip: () => "10.96.0.1" },
    { name: "a dashed pod address resolves as CoreDNS does with `pods insecure`", host: "10-244-3-7.shop.pod.cluster.local", ip: () => "10.244.3.7" },
    { name: "a bare Service name of another namespace does not resolve", host: "web", ip: () => undefined },
  ];
  it.each(cases)("$name", ({ host, ip }) => {
    const r = s.network.resolve(s.client, host);
    expect(r.ok ? r.ip : undefined).toBe(ip());
  });

  it("a bare name resolves from a pod in the Service's namespace", () => {
    const r = s.network.resolve({ namespace: "shop" }, "web");
    expect(r.ok && r.fqdn).toBe("web.shop.svc.cluster.local");
  });

  it("ndots:5 tries the search list first for names with fewer than five dots (resolv.conf(5))", () => {
    expect(candidateNames("web.shop", s.network.resolverConfig(s.client))).toEqual(["web.shop.default.svc.cluster.local", "web.shop.svc.cluster.local", "web.shop.cluster.local", "web.shop"]);
  });
});

describe("busybox nslookup output (networking/nslookup.c)", () => {
  const header = "Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n";
  const cases = [
    { name: "a fully qualified Service name: its A record, an empty AAAA reply", line: "nslookup web.shop.svc.cluster.local", stdout: () => `${header}Name:\tweb.shop.svc.cluster.local\nAddress: ${web}\n\n\n`, exitCode: 0 },
    { name: "a dotted short name is not searched: NXDOMAIN for A and AAAA", line: "nslookup web.shop", stdout: () => `${header}** server can't find web.shop: NXDOMAIN\n\n** server can't find web.shop: NXDOMAIN\n\n`, exitCode: 1 },
    { name: "a name without a dot is tried under each search domain; the misses make it exit 1", line: "nslookup kubernetes", stdout: () => `${header}** server can't find kubernetes.default.svc.cluster.local: NXDOMAIN\n\n** server can't find kubernetes.svc.cluster.local: NXDOMAIN\n\n** server can't find kubernetes.cluster.local: NXDOMAIN\n\n`.replace("** server can't find kubernetes.default.svc.cluster.local: NXDOMAIN\n", "Name:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n") + "\n** server can't find kubernetes.svc.cluster.local: NXDOMAIN\n\n** server can't find kubernetes.cluster.local: NXDOMAIN\n\n", exitCode: 1 },
    { name: "an ExternalName Service answers with its CNAME", line: "nslookup ext.shop.svc.cluster.local", stdout: () => `${header}ext.shop.svc.cluster.local\tcanonical name = example.com\n\next.shop.svc.cluster.local\tcanonical name = example.com\n\n`, exitCode: 0 },
    { name: "a headless Service lists its ready pod IPs", line: "nslookup db.shop.svc.cluster.local", stdout: () => `${header}Name:\tdb.shop.svc.cluster.local\nAddress: ${s.ip("shop", "db-0")}\n\n\n`, exitCode: 0 },
  ];
  it.each(cases)("$name", ({ line, stdout, exitCode }) => {
    const r = run(line);
    expect({ stdout: r.stdout, exitCode: r.exitCode }).toEqual({ stdout: stdout(), exitCode });
  });
});

describe("busybox nc -z (networking/nc_bloaty.c)", () => {
  const cases = [
    { name: "an open port prints `HOST (IP:PORT) open` with -v", line: "nc -z -v -w 2 web.shop 80", stderr: () => `web.shop (${web}:80) open\n`, exitCode: 0 },
    { name: "a refusal is silent with a single -v", line: "nc -z -v -w 2 empty.shop 80", stderr: () => "", exitCode: 1 },
    { name: "a refusal is reported with -vv", line: "nc -z -vv -w 2 empty.shop 80", stderr: () => `nc: empty.shop (${empty}:80): Connection refused\nsent 0, rcvd 0\n`, exitCode: 1 },
    { name: "a timeout is reported with -v after -w", line: "nc -z -v -w 2 10.1.2.3 80", stderr: () => "nc: 10.1.2.3 (10.1.2.3:80): Connection timed out\n", exitCode: 1 },
    { name: "an unknown name is a bad address", line: "nc -z -v nope 80", stderr: () => "nc: bad address 'nope'\n", exitCode: 1 },
  ];
  it.each(cases)("$name", ({ line, stderr, exitCode }) => {
    const r = run(line);
    expect({ stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stderr: stderr(), exitCode });
  });
});

describe("curl 8.x (lib/hostip.c, lib/cf-ip-happy.c, lib/multi.c)", () => {
  const cases = [
    { name: "-s prints the body", line: "curl -s http://web.shop", stdout: () => nginxPage, stderr: "", exitCode: 0 },
    { name: "-s -o /dev/null -w %{http_code} prints the status code", line: "curl -s -o /dev/null -w %{http_code} http://web.shop/missing", stdout: () => "404", stderr: "", exitCode: 0 },
    { name: "an unknown host is error 6", line: "curl http://nope", stdout: () => "", stderr: "curl: (6) Could not resolve host: nope\n", exitCode: 6 },
    { name: "-s hides the error, -sS shows it", line: "curl -sS http://nope", stdout: () => "", stderr: "curl: (6) Could not resolve host: nope\n", exitCode: 6 },
    { name: "no ready endpoint is error 7", line: "curl -sS http://empty.shop", stdout: () => "", stderr: "curl: (7) Failed to connect to empty.shop port 80 after 0 ms: Could not connect to server\n", exitCode: 7 },
    { name: "-m 5 on a dropped connection is error 28", line: "curl -sS -m 5 http://10.1.2.3", stdout: () => "", stderr: "curl: (28) Connection timed out after 5001 milliseconds\n", exitCode: 28 },
    { name: "-f turns a 404 into error 22", line: "curl -sSf http://web.shop/missing", stdout: () => "", stderr: "curl: (22) The requested URL returned error: 404\n", exitCode: 22 },
  ];
  it.each(cases)("$name", ({ line, stdout, stderr, exitCode }) => {
    const r = run(line);
    expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({ stdout: stdout(), stderr, exitCode });
  });
});

describe("kube-proxy endpoint choice", () => {
  it("round-robins over ready endpoints in a stable order, the same for the same requests", () => {
    const seq = (network: ClusterNetwork) => [1, 2, 3, 4].map(() => { const o = network.connect(s.client, "web.shop", 80); return o.kind === "connected" ? o.backend.pod.metadata.name : o.kind; });
    const a = seq(new ClusterNetwork(s.cluster.api, s.pods));
    const b = seq(new ClusterNetwork(s.cluster.api, s.pods));
    expect([a, b]).toEqual([["web-1", "web-2", "web-1", "web-2"], ["web-1", "web-2", "web-1", "web-2"]]);
  });
});

describe("NetworkPolicy", () => {
  it("a default-deny ingress policy in shop makes wget time out; allowing the client's namespace lets it through", () => {
    const api = s.cluster.api;
    api.create({ apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "deny", namespace: "shop" }, spec: { podSelector: {}, policyTypes: ["Ingress"] } });
    const denied = run("wget -qO- -T 2 http://web.shop");
    api.create({ apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "allow-default", namespace: "shop" }, spec: { podSelector: { matchLabels: { app: "web" } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "default" } } }], ports: [{ port: "http" }] }] } });
    const allowed = run("wget -qO- -T 2 http://web.shop");
    api.delete(gvr.networkPolicies, "shop", "deny");
    api.delete(gvr.networkPolicies, "shop", "allow-default");
    expect([denied.stderr, denied.elapsedMs, allowed.stdout]).toEqual(["wget: download timed out\n", 2000, nginxPage]);
  });

  it("an egress policy without DNS makes names unresolvable", () => {
    const api = s.cluster.api;
    api.create({ apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "no-egress", namespace: "default" }, spec: { podSelector: { matchLabels: { run: "client" } }, policyTypes: ["Egress"] } });
    const r = run("wget -qO- http://web.shop");
    api.delete(gvr.networkPolicies, "default", "no-egress");
    expect([r.stderr, r.exitCode]).toEqual(["wget: bad address 'web.shop'\n", 1]);
  });
});

describe("files the kubelet writes (kubelet_pods.go, network/dns/dns.go)", () => {
  it("resolv.conf of a ClusterFirst pod searches its namespace first, ndots:5", () => {
    expect(podResolvConf(s.client.pod!)).toBe("search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n");
  });
  it("/etc/hosts of a pod with hostname and subdomain names its FQDN", () => {
    const pod = s.cluster.api.get(gvr.pods, "shop", "db-0");
    expect(podEtcHosts(pod, "10.244.1.5").split("\n").slice(-2)).toEqual(["10.244.1.5\tdb-0.db.shop.svc.cluster.local\tdb-0", ""]);
  });
  it("busybox's size column scales past 99999 (libbb/human_readable.c smart_ulltoa5)", () => {
    expect([smartSize5(615), smartSize5(123456), smartSize5(5_000_000), smartSize5(100_000_000)]).toEqual(["  615", " 120k", "4882k", "95.3M"]);
  });
});
