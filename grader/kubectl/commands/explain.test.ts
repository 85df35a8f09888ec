// kubectl explain (kubectl pkg/cmd/explain/explain.go and the plaintext template
// pkg/explain/v2/templates/plaintext.tmpl, v0.34.5). Expected outputs are the template
// rendered by hand over the v1.34 OpenAPI descriptions (kubernetes/api v0.34.5
// types_swagger_doc_generated.go); `explain pods` is the output the Kubernetes docs show.
import { describe, expect, it } from "vitest";
import { testWorkstation } from "./write-test-io";

const explainPods = `KIND:       Pod
VERSION:    v1

DESCRIPTION:
    Pod is a collection of containers that can run on a host. This resource is
    created by clients and scheduled onto hosts.
    
FIELDS:
  apiVersion\t<string>
    APIVersion defines the versioned schema of this representation of an object.
    Servers should convert recognized schemas to the latest internal value, and
    may reject unrecognized values. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources

  kind\t<string>
    Kind is a string value representing the REST resource this object
    represents. Servers may infer this from the endpoint the client submits
    requests to. Cannot be updated. In CamelCase. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

  metadata\t<ObjectMeta>
    Standard object's metadata. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

  spec\t<PodSpec>
    Specification of the desired behavior of the pod. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

  status\t<PodStatus>
    Most recently observed status of the pod. This data may not be up to date.
    Populated by the system. Read-only. More info:
    https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status


`;

const explainConfigMapRecursive = `KIND:       ConfigMap
VERSION:    v1

DESCRIPTION:
    ConfigMap holds configuration data for pods to consume.
    
FIELDS:
  apiVersion\t<string>
  binaryData\t<map[string]string>
  data\t<map[string]string>
  immutable\t<boolean>
  kind\t<string>
  metadata\t<ObjectMeta>
    annotations\t<map[string]string>
    creationTimestamp\t<string>
    deletionGracePeriodSeconds\t<integer>
    deletionTimestamp\t<string>
    finalizers\t<[]string>
    generateName\t<string>
    generation\t<integer>
    labels\t<map[string]string>
    managedFields\t<[]ManagedFieldsEntry>
      apiVersion\t<string>
      fieldsType\t<string>
      fieldsV1\t<FieldsV1>
      manager\t<string>
      operation\t<string>
      subresource\t<string>
      time\t<string>
    name\t<string>
    namespace\t<string>
    ownerReferences\t<[]OwnerReference>
      apiVersion\t<string> -required-
      blockOwnerDeletion\t<boolean>
      controller\t<boolean>
      kind\t<string> -required-
      name\t<string> -required-
      uid\t<string> -required-
    resourceVersion\t<string>
    selfLink\t<string>
    uid\t<string>

`;

const explainServiceType = `KIND:       Service
VERSION:    v1

FIELD: type <string>
ENUM:
    ClusterIP
    ExternalName
    LoadBalancer
    NodePort

DESCRIPTION:
`;

const explainReplicas = `GROUP:      apps
KIND:       Deployment
VERSION:    v1

FIELD: replicas <integer>


DESCRIPTION:
    Number of desired pods. This is a pointer to distinguish between explicit
    zero and not specified. Defaults to 1.
    

`;

describe("kubectl explain", () => {
  const cases: { name: string; argv: string[]; stdout?: string; stdoutStartsWith?: string; stderr: string; exitCode: number }[] = [
    { name: "a kind prints KIND, VERSION, its description and every field with its wrapped description", argv: ["explain", "pods"], stdout: explainPods, stderr: "", exitCode: 0 },
    { name: "--recursive prints the field tree without descriptions, required fields marked (ownerReferences)", argv: ["explain", "cm", "--recursive"], stdout: explainConfigMapRecursive, stderr: "", exitCode: 0 },
    { name: "an enum field lists its values under ENUM in the long view", argv: ["explain", "svc.spec.type"], stdoutStartsWith: explainServiceType, stderr: "", exitCode: 0 },
    { name: "a group/resource prefix (deployments.apps) is not taken for fields; GROUP is printed for a named group", argv: ["explain", "deployments.apps.spec.replicas"], stdout: explainReplicas, stderr: "", exitCode: 0 },
    { name: "a short name maps to its resource (deploy)", argv: ["explain", "deploy.spec.replicas"], stdout: explainReplicas, stderr: "", exitCode: 0 },
    { name: "a missing field is the template's throw: the last path element is named", argv: ["explain", "pods.spec.foo.bar"], stderr: 'error: field "bar" does not exist\n', exitCode: 1 },
    { name: "a field below a scalar does not exist either", argv: ["explain", "pods.metadata.name.x"], stderr: 'error: field "x" does not exist\n', exitCode: 1 },
    { name: "an unknown resource is the RESTMapper's error", argv: ["explain", "foo"], stderr: 'error: the server doesn\'t have a resource type "foo"\n', exitCode: 1 },
    { name: "no argument is Validate's error (explain.go)", argv: ["explain"], stderr: 'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n', exitCode: 1 },
    { name: "two arguments are Validate's error (explain.go)", argv: ["explain", "pods", "svc"], stderr: "error: We accept only this format: explain RESOURCE\n", exitCode: 1 },
    { name: "an unknown -o is the generator's error (generator.go)", argv: ["explain", "pods", "-o", "yaml"], stderr: "error: unrecognized format: yaml\n", exitCode: 1 },
    { name: "--api-version of a group/version the server does not serve cannot be found (v2/explain.go)", argv: ["explain", "pods", "--api-version=apps/v9"], stderr: 'error: couldn\'t find resource for "apps/v9, Resource=pods"\n', exitCode: 1 },
    { name: "--api-version of a served group without the resource is the template's GVR error", argv: ["explain", "pods", "--api-version=apps/v1"], stderr: "error: GVR (apps/v1, Resource=pods) not found in OpenAPI schema\n", exitCode: 1 },
    { name: "--api-version picks an older served version (autoscaling/v1 HPA)", argv: ["explain", "hpa.spec.targetCPUUtilizationPercentage", "--api-version=autoscaling/v1"], stdoutStartsWith: "GROUP:      autoscaling\nKIND:       HorizontalPodAutoscaler\nVERSION:    v1\n\nFIELD: targetCPUUtilizationPercentage <integer>\n", stderr: "", exitCode: 0 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await testWorkstation().kubectl(...c.argv);
      expect(r.stderr).toBe(c.stderr);
      expect(r.exitCode).toBe(c.exitCode);
      if (c.stdout !== undefined) expect(r.stdout).toBe(c.stdout);
      if (c.stdoutStartsWith !== undefined) expect(r.stdout.startsWith(c.stdoutStartsWith)).toBe(true);
    });
  }
});
