// Behaviour of plugin/pkg/admission/serviceaccount/admission.go (Admit, TokenVolumeSource).
import { describe, expect, it } from "vitest";
import { isStatusError } from "../../errors";
import { FakeApi } from "../testing/fake-api";
import { attributes, pod, podsResource, serviceAccount } from "../testing/attributes";
import { createServiceAccountPlugin, deterministicSuffix, serviceAccountPlugin } from ".";

const fixedSuffix = createServiceAccountPlugin(() => "abcde");

describe("ServiceAccount admission", () => {
  it("a pod without an account runs as default and mounts the projected API token in every container", () => {
    const p = pod("shop", "web", [{ name: "app" }], { initContainers: [{ name: "init", image: "busybox" }] });
    fixedSuffix.admit(attributes("CREATE", podsResource, p), new FakeApi([serviceAccount("shop", "default")]));
    const mount = { name: "kube-api-access-abcde", readOnly: true, mountPath: "/var/run/secrets/kubernetes.io/serviceaccount" };
    expect(p.spec).toEqual({
      containers: [{ name: "app", image: "nginx", volumeMounts: [mount] }],
      initContainers: [{ name: "init", image: "busybox", volumeMounts: [mount] }],
      serviceAccountName: "default",
      serviceAccount: "default",
      volumes: [
        {
          name: "kube-api-access-abcde",
          projected: {
            defaultMode: 420,
            sources: [
              { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
              { configMap: { name: "kube-root-ca.crt", items: [{ key: "ca.crt", path: "ca.crt" }] } },
              { downwardAPI: { items: [{ path: "namespace", fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" } }] } },
            ],
          },
        },
      ],
    });
  });

  it("a pod naming a missing account is Forbidden with the lister's singular NotFound text", () => {
    const p = pod("shop", "web", [{ name: "app" }], { serviceAccountName: "robot" });
    let message = "";
    try {
      serviceAccountPlugin.admit(attributes("CREATE", podsResource, p), new FakeApi([serviceAccount("shop", "default")]));
    } catch (e) {
      if (isStatusError(e)) message = `${e.code} ${e.status.message}`;
    }
    expect(message).toBe('403 pods "web" is forbidden: error looking up service account shop/robot: serviceaccount "robot" not found');
  });

  it.each([
    ["automountServiceAccountToken: false on the pod wins", { automountServiceAccountToken: false }, {}],
    ["automountServiceAccountToken: false on the account applies", {}, { automountServiceAccountToken: false }],
  ])("no token is mounted when %s", (_name, podSpec, saExtra) => {
    const p = pod("shop", "web", [{ name: "app" }], podSpec);
    fixedSuffix.admit(attributes("CREATE", podsResource, p), new FakeApi([serviceAccount("shop", "default", saExtra)]));
    expect((p.spec as { volumes?: unknown }).volumes).toBeUndefined();
  });

  it("the account's imagePullSecrets are copied to a pod that has none", () => {
    const p = pod("shop", "web", [{ name: "app" }]);
    fixedSuffix.admit(
      attributes("CREATE", podsResource, p),
      new FakeApi([serviceAccount("shop", "default", { imagePullSecrets: [{ name: "regcred" }] })]),
    );
    expect((p.spec as { imagePullSecrets?: unknown }).imagePullSecrets).toEqual([{ name: "regcred" }]);
  });

  it("the default suffix is 5 characters of the name generator's alphabet and stable for the same pod", () => {
    const s = deterministicSuffix("shop/web/");
    expect(s).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(deterministicSuffix("shop/web/")).toBe(s);
    expect(deterministicSuffix("shop/api/")).not.toBe(s);
  });
});
