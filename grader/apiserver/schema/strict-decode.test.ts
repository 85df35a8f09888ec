import { describe, expect, it } from "vitest";
import { isStatusError } from "../errors";
import type { KubeObject } from "../types";
import { decodeStrict } from "./index";

// Expected texts: apiserver handlers/rest.go transformDecodeError
// (`%s in version %q cannot be handled as a %s: %v`), runtime/error.go
// strictDecodingError, sigs.k8s.io/json kubernetes_patch.go (unknown field
// paths) and encoding/json UnmarshalTypeError (Go struct field S.path of type T).

const pod = (spec: Record<string, unknown>, metadata: Record<string, unknown> = { name: "p" }): KubeObject => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata,
  spec,
});
const deployment = (spec: Record<string, unknown>): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "d" },
  spec,
});
const podPrefix = 'Pod in version "v1" cannot be handled as a Pod: ';
const deployPrefix = 'Deployment in version "v1" cannot be handled as a Deployment: ';
const template = (container: Record<string, unknown>) => ({
  selector: { matchLabels: { app: "a" } },
  template: { metadata: { labels: { app: "a" } }, spec: { containers: [{ name: "a", image: "nginx", ...container }] } },
});
const quantityRegexText =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

function decodeMessage(obj: KubeObject): string | undefined {
  try {
    decodeStrict(obj);
    return undefined;
  } catch (e) {
    if (!isStatusError(e)) throw e;
    expect(e.code).toBe(400);
    expect(e.reason).toBe("BadRequest");
    return e.message;
  }
}

describe("decodeStrict", () => {
  const cases: { name: string; obj: KubeObject; message: string | undefined }[] = [
    {
      name: "a well-formed pod decodes without error",
      obj: pod({ containers: [{ name: "a", image: "nginx", ports: [{ containerPort: 80 }] }] }),
      message: undefined,
    },
    {
      name: "a misspelled container field is an unknown field with its indexed path (FIDELITY.md, sigs.k8s.io/json)",
      obj: pod({ containers: [{ name: "a", imagee: "nginx" }] }),
      message: podPrefix + 'strict decoding error: unknown field "spec.containers[0].imagee"',
    },
    {
      name: "several unknown fields are joined with commas in the order of the (key-sorted) body",
      obj: { ...pod({ containers: [{ name: "a", image: "x" }], zeta: 1 }, { name: "p", labelz: {} }), extra: true },
      message: podPrefix + 'strict decoding error: unknown field "extra", unknown field "metadata.labelz", unknown field "spec.zeta"',
    },
    {
      name: "field names are case-sensitive (sigs.k8s.io/json CaseSensitive)",
      obj: pod({ containers: [{ name: "a", Image: "nginx" }] }),
      message: podPrefix + 'strict decoding error: unknown field "spec.containers[0].Image"',
    },
    {
      name: "fields inside an unknown field are not reported again",
      obj: pod({ containers: [{ name: "a", image: "x" }], extras: { deeper: { nope: 1 } } }),
      message: podPrefix + 'strict decoding error: unknown field "spec.extras"',
    },
    {
      name: "an unknown field deep in a deployment's pod template carries the whole path",
      obj: deployment(template({ resources: { limit: { cpu: "1" } } })),
      message: deployPrefix + 'strict decoding error: unknown field "spec.template.spec.containers[0].resources.limit"',
    },
    {
      name: "a string where a list of containers is expected names the slice type (brief, encoding/json)",
      obj: pod({ containers: "nginx" }),
      message: podPrefix + "json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type []v1.Container",
    },
    {
      name: "a string as a list element names the element type",
      obj: pod({ containers: ["nginx"] }),
      message: podPrefix + "json: cannot unmarshal string into Go struct field PodSpec.spec.containers of type v1.Container",
    },
    {
      name: "a quoted number where an int32 is expected: the path has no indices",
      obj: pod({ containers: [{ name: "a", image: "x", ports: [{ containerPort: "80" }] }] }),
      message:
        podPrefix +
        "json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32",
    },
    {
      name: "a string replica count in a deployment",
      obj: deployment({ ...template({}), replicas: "3" }),
      message: deployPrefix + "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32",
    },
    {
      name: "a fractional number where an int32 is expected quotes the number",
      obj: deployment({ ...template({}), replicas: 1.5 }),
      message: deployPrefix + "json: cannot unmarshal number 1.5 into Go struct field DeploymentSpec.spec.replicas of type int32",
    },
    {
      name: "a number too large for int32",
      obj: deployment({ ...template({}), replicas: 3000000000 }),
      message:
        deployPrefix + "json: cannot unmarshal number 3000000000 into Go struct field DeploymentSpec.spec.replicas of type int32",
    },
    {
      name: "a number where a string is expected",
      obj: pod({ containers: [{ name: "a", image: 42 }] }),
      message: podPrefix + "json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string",
    },
    {
      name: "a named string type is printed with its Go name (v1.RestartPolicy, from kubernetes/api types.go)",
      obj: pod({ containers: [{ name: "a", image: "x" }], restartPolicy: 1 }),
      message: podPrefix + "json: cannot unmarshal number into Go struct field PodSpec.spec.restartPolicy of type v1.RestartPolicy",
    },
    {
      name: "a label value must be a string: map keys are not part of the path",
      obj: pod({ containers: [{ name: "a", image: "x" }] }, { name: "p", labels: { tier: 1 } }),
      message: podPrefix + "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string",
    },
    {
      name: "an object where a list of strings is expected",
      obj: pod({ containers: [{ name: "a", image: "x", args: { a: 1 } }] }),
      message: podPrefix + "json: cannot unmarshal object into Go struct field Container.spec.containers.args of type []string",
    },
    {
      name: "a list where an object is expected",
      obj: { apiVersion: "v1", kind: "Pod", metadata: [] as unknown as KubeObject["metadata"] },
      message: podPrefix + "json: cannot unmarshal array into Go struct field Pod.metadata of type v1.ObjectMeta",
    },
    {
      name: "a bool in a list of strings",
      obj: pod({ containers: [{ name: "a", image: "x", command: ["sh", true] }] }),
      message: podPrefix + "json: cannot unmarshal bool into Go struct field Container.spec.containers.command of type string",
    },
    {
      name: "a type error wins over unknown fields (encoding/json returns savedError first)",
      obj: pod({ containers: [{ name: "a", imagee: "x", ports: [{ containerPort: "80" }] }] }),
      message:
        podPrefix +
        "json: cannot unmarshal string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32",
    },
    {
      name: "the first type error in body order is the one reported",
      obj: pod({ containers: [{ name: "a", image: 1, command: "sh" }] }),
      message: podPrefix + "json: cannot unmarshal string into Go struct field Container.spec.containers.command of type []string",
    },
    {
      name: "IntOrString takes a string or a number",
      obj: {
        apiVersion: "v1",
        kind: "Service",
        metadata: { name: "s" },
        spec: { ports: [{ port: 80, targetPort: "http" }, { port: 81, targetPort: 8081 }] },
      },
      message: undefined,
    },
    {
      name: "IntOrString rejects a bool with int32 as the type (intstr.go UnmarshalJSON)",
      obj: { apiVersion: "v1", kind: "Service", metadata: { name: "s" }, spec: { ports: [{ port: 80, targetPort: true }] } },
      message:
        'Service in version "v1" cannot be handled as a Service: ' +
        "json: cannot unmarshal bool into Go struct field ServicePort.spec.ports.targetPort of type int32",
    },
    {
      name: "quantities take strings and numbers",
      obj: pod({ containers: [{ name: "a", image: "x", resources: { limits: { cpu: 0.5, memory: "128Mi" } } }] }),
      message: undefined,
    },
    {
      name: "a malformed quantity stops decoding with ParseQuantity's text (resource/quantity.go)",
      obj: pod({ containers: [{ name: "a", image: "x", resources: { requests: { memory: "128 MB" } } }] }),
      message: podPrefix + quantityRegexText,
    },
    {
      name: "a quantity with an unknown suffix",
      obj: pod({ containers: [{ name: "a", image: "x", resources: { requests: { memory: "1mi" } } }] }),
      message: podPrefix + "unable to parse quantity's suffix",
    },
    {
      name: "a quantity error wins over an earlier saved type error (custom unmarshalers abort decoding)",
      obj: deployment({ ...template({ resources: { limits: { cpu: "lots" } } }), replicas: "3" }),
      message: deployPrefix + quantityRegexText,
    },
    {
      name: "secret data must be base64 (encoding/base64 CorruptInputError, no field context)",
      obj: { apiVersion: "v1", kind: "Secret", metadata: { name: "s" }, data: { password: "abc!" } },
      message: 'Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 3',
    },
    {
      name: "a malformed timestamp reports time.Parse's error (metav1.Time UnmarshalJSON)",
      obj: pod({ containers: [{ name: "a", image: "x" }] }, { name: "p", creationTimestamp: "yesterday" }),
      message:
        podPrefix + 'parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"',
    },
    {
      name: "null is accepted for any field",
      obj: pod({ containers: [{ name: "a", image: "x", ports: null, resources: { limits: null } }], nodeSelector: null }),
      message: undefined,
    },
    {
      name: "a role's rules and a binding's subjects decode under their rbac group",
      obj: {
        apiVersion: "rbac.authorization.k8s.io/v1",
        kind: "RoleBinding",
        metadata: { name: "rb" },
        roleRef: { kind: "Role", name: "r", apiGroup: "rbac.authorization.k8s.io" },
        subjects: [{ kind: "User", name: "jane", namespace: "x", verbs: ["get"] }],
      },
      message:
        'RoleBinding in version "v1" cannot be handled as a RoleBinding: strict decoding error: unknown field "subjects[0].verbs"',
    },
    {
      name: "an autoscaling/v2 HPA names the v2 package in type errors",
      obj: {
        apiVersion: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        metadata: { name: "h" },
        spec: { maxReplicas: 3, scaleTargetRef: "web" },
      },
      message:
        'HorizontalPodAutoscaler in version "v2" cannot be handled as a HorizontalPodAutoscaler: ' +
        "json: cannot unmarshal string into Go struct field HorizontalPodAutoscalerSpec.spec.scaleTargetRef of type v2.CrossVersionObjectReference",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(decodeMessage(c.obj)).toBe(c.message);
    });
  }

  it("passes custom resources through, to the custom-resource decoder when one is given", () => {
    const cr = { apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" }, spec: { anything: 1 } };
    expect(() => decodeStrict(cr)).not.toThrow();
    const seen: string[] = [];
    decodeStrict(cr, (o) => seen.push(o.kind));
    expect(seen).toEqual(["Widget"]);
  });

  it("stops at 100 distinct unknown fields and drops duplicates (kubernetes_patch.go saveStrictError)", () => {
    const containers = Array.from({ length: 150 }, (_, i) => ({ name: `c${i}`, [`bad${i}`]: 1 }));
    const message = decodeMessage(pod({ containers }))!;
    expect(message.match(/unknown field/g)).toHaveLength(100);
  });

  it("decodes a very deep free-form value and a long list in bounded time", () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 20000; i++) deep = { x: deep };
    const crd = {
      apiVersion: "apiextensions.k8s.io/v1",
      kind: "CustomResourceDefinition",
      metadata: { name: "w" },
      spec: { versions: [{ name: "v1", schema: { openAPIV3Schema: { default: deep } } }] },
    };
    const containers = Array.from({ length: 20000 }, (_, i) => ({ name: `c${i}`, image: "x" }));
    const start = performance.now();
    expect(decodeMessage(crd)).toBeUndefined();
    expect(decodeMessage(pod({ containers }))).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
