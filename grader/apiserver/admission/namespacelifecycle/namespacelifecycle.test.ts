// Texts from k8s.io/apiserver/pkg/admission/plugin/namespace/lifecycle/admission.go.
import { describe, expect, it } from "vitest";
import { isStatusError } from "../../errors";
import type { KubeObject } from "../../types";
import { FakeApi } from "../testing/fake-api";
import { attributes, namespace, namespacesResource, pod, podsResource } from "../testing/attributes";
import { namespaceLifecyclePlugin } from ".";

function run(api: FakeApi, attrs: ReturnType<typeof attributes>): { code: number; reason: string; message: string } | "admitted" {
  try {
    namespaceLifecyclePlugin.admit(attrs, api);
    return "admitted";
  } catch (e) {
    if (!isStatusError(e)) throw e;
    return { code: e.code, reason: e.reason, message: e.status.message };
  }
}

const web = (ns: string): KubeObject => pod(ns, "web", [{ name: "app" }]);

describe("NamespaceLifecycle", () => {
  it.each([
    [
      "creating a pod in a namespace that does not exist is NotFound for the namespace",
      new FakeApi([]),
      attributes("CREATE", podsResource, web("ghost")),
      { code: 404, reason: "NotFound", message: 'namespaces "ghost" not found' },
    ],
    [
      "creating a pod in a terminating namespace is Forbidden",
      new FakeApi([namespace("old", "Terminating")]),
      attributes("CREATE", podsResource, web("old")),
      {
        code: 403,
        reason: "Forbidden",
        message: 'pods "web" is forbidden: unable to create new content in namespace old because it is being terminated',
      },
    ],
    [
      "deleting the default namespace is Forbidden",
      new FakeApi([namespace("default")]),
      attributes("DELETE", namespacesResource, undefined, { name: "default" }),
      { code: 403, reason: "Forbidden", message: 'namespaces "default" is forbidden: this namespace may not be deleted' },
    ],
    [
      "deleting kube-system is Forbidden",
      new FakeApi([namespace("kube-system")]),
      attributes("DELETE", namespacesResource, undefined, { name: "kube-system" }),
      { code: 403, reason: "Forbidden", message: 'namespaces "kube-system" is forbidden: this namespace may not be deleted' },
    ],
  ])("%s", (_name, api, attrs, want) => {
    expect(run(api, attrs)).toEqual(want);
  });

  it.each([
    ["creating a pod in an active namespace", new FakeApi([namespace("shop")]), attributes("CREATE", podsResource, web("shop"))],
    ["updating a pod in a terminating namespace", new FakeApi([namespace("old", "Terminating")]), attributes("UPDATE", podsResource, web("old"))],
    ["deleting a pod in a missing namespace", new FakeApi([]), attributes("DELETE", podsResource, undefined, { namespace: "ghost", name: "web" })],
    ["deleting an ordinary namespace", new FakeApi([namespace("shop")]), attributes("DELETE", namespacesResource, undefined, { name: "shop" })],
  ])("admits %s", (_name, api, attrs) => {
    expect(run(api, attrs)).toBe("admitted");
  });

  it("a pod created by a controller is named by its generateName in the message", () => {
    const p = web("old");
    p.metadata = { generateName: "web-7d9c5-", namespace: "old" };
    expect(run(new FakeApi([namespace("old", "Terminating")]), attributes("CREATE", podsResource, p))).toMatchObject({
      message: 'pods "web-7d9c5-" is forbidden: unable to create new content in namespace old because it is being terminated',
    });
  });
});
