import { describe, it, expect } from "vitest";
import { ApiServer } from "../../apiserver/server/api-server";
import { startServiceAccountController } from "./controller";
import { startRootCAPublisher, rootCAConfigMapName, simulatedRootCA } from "./root-ca-publisher";

const namespaces = { group: "", version: "v1", resource: "namespaces" };
const serviceAccounts = { group: "", version: "v1", resource: "serviceaccounts" };
const ns = (name: string) => ({ apiVersion: "v1", kind: "Namespace", metadata: { name } });
const accounts = (api: ApiServer) => api.list(serviceAccounts).items.map((s) => `${s.metadata.namespace}/${s.metadata.name}`);

// pkg/controller/serviceaccount/serviceaccounts_controller.go: ensure `default` in every active namespace.
describe("the ServiceAccounts controller", () => {
  it("creates default in namespaces that exist when it starts and in each new one", () => {
    const api = new ApiServer();
    api.create(ns("before"));
    const stop = startServiceAccountController(api);
    api.create(ns("after"));
    expect(accounts(api)).toEqual(["after/default", "before/default"]);
    stop();
    api.create(ns("stopped"));
    expect(accounts(api)).toEqual(["after/default", "before/default"]);
  });

  it("recreates default when it is deleted, but leaves other accounts alone", () => {
    const api = new ApiServer();
    startServiceAccountController(api);
    api.create(ns("dev"));
    api.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "builder", namespace: "dev" } });
    api.delete(serviceAccounts, "dev", "builder");
    api.delete(serviceAccounts, "dev", "default");
    expect(accounts(api)).toEqual(["dev/default"]);
  });

  it("does not recreate default in a namespace being deleted", () => {
    const api = new ApiServer();
    startServiceAccountController(api);
    api.create(ns("gone"));
    api.delete(namespaces, "", "gone");
    expect(accounts(api)).toEqual([]);
    expect(api.list(namespaces).items).toEqual([]);
  });
});

// pkg/controller/certificates/rootcacertpublisher/publisher.go
describe("the root CA publisher", () => {
  const configMaps = { group: "", version: "v1", resource: "configmaps" };
  it("puts kube-root-ca.crt in every namespace and restores it when deleted or edited", () => {
    const api = new ApiServer();
    api.create(ns("a"));
    startRootCAPublisher(api);
    api.create(ns("b"));
    const names = () => api.list(configMaps).items.map((c) => `${c.metadata.namespace}/${c.metadata.name}`);
    expect(names()).toEqual(["a/kube-root-ca.crt", "b/kube-root-ca.crt"]);
    api.delete(configMaps, "a", rootCAConfigMapName);
    const edited = api.get(configMaps, "b", rootCAConfigMapName);
    api.update({ ...edited, data: { "ca.crt": "tampered" } });
    expect(names()).toEqual(["a/kube-root-ca.crt", "b/kube-root-ca.crt"]);
    expect(api.get(configMaps, "b", rootCAConfigMapName).data).toEqual({ "ca.crt": simulatedRootCA });
    expect(simulatedRootCA).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n$/);
  });
});
