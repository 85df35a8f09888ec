// The strategies' create and update validation, checked through the message a
// real API server returns (errors.NewInvalid). Each case cites the upstream file
// whose wording it reproduces (kubernetes v1.34 / apimachinery v0.34).
import { describe, expect, it } from "vitest";
import { newInvalid } from "../errors";
import type { KubeObject } from "../types";
import type { PodSpec } from "../validation/pod-types";
import { strategyFor } from "./index";
import {
  configMap,
  container,
  cronJob,
  deployment,
  job,
  namespace,
  pod,
  secret,
  service,
  stored,
} from "./test-fixtures";

const groupOf = (o: KubeObject) => (o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "");

/** Runs prepareForCreate + validate as the API core does and returns the Invalid message ("" when valid). */
function createMessage(obj: KubeObject): string {
  const group = groupOf(obj);
  const s = strategyFor(group, obj.kind);
  const o = structuredClone(obj);
  s.prepareForCreate?.(o);
  const errs = s.validate?.(o) ?? [];
  return errs.length ? newInvalid(group, o.kind, o.metadata.name ?? "", errs).message : "";
}

/** Runs prepareForUpdate + validateUpdate against the stored `old`. */
function updateMessage(old: KubeObject, next: KubeObject): string {
  const group = groupOf(next);
  const s = strategyFor(group, next.kind);
  const o = structuredClone(next);
  // What rest.BeforeUpdate does before the strategy: uid, resourceVersion and generation come from storage.
  o.metadata = { ...o.metadata, uid: old.metadata.uid, resourceVersion: old.metadata.resourceVersion, generation: old.metadata.generation };
  s.prepareForUpdate?.(o, old);
  const errs = s.validateUpdate?.(o, old) ?? [];
  return errs.length ? newInvalid(group, o.kind, o.metadata.name ?? "", errs).message : "";
}

const dns1123Subdomain =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const dns1123Label =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

const long64 = "a".repeat(64);
const long254 = "a".repeat(254);

interface CreateCase {
  name: string;
  obj: KubeObject;
  want: string;
}

const createCases: CreateCase[] = [
  // --- ObjectMeta: apimachinery pkg/api/validation/objectmeta.go + pkg/util/validation/validation.go
  {
    name: "a pod name with capitals and an underscore is not a DNS-1123 subdomain (util/validation IsDNS1123Subdomain)",
    obj: pod("My_Pod"),
    want: `Pod "My_Pod" is invalid: metadata.name: Invalid value: "My_Pod": ${dns1123Subdomain}`,
  },
  {
    name: "a name of 254 characters is over the 253 limit of a subdomain (util/validation MaxLenError)",
    obj: pod(long254),
    want: `Pod "${long254}" is invalid: metadata.name: Invalid value: "${long254}": must be no more than 253 characters`,
  },
  {
    name: "an object without name or generateName is rejected (objectmeta.go ValidateObjectMetaAccessor)",
    obj: pod(""),
    want: `Pod "" is invalid: metadata.name: Required value: name or generateName is required`,
  },
  {
    name: "a label value of 64 characters is over the 63 limit (meta/v1/validation ValidateLabels)",
    obj: pod("web", {}, { app: long64 }),
    want: `Pod "web" is invalid: metadata.labels: Invalid value: "${long64}": must be no more than 63 characters`,
  },
  {
    name: "a label key starting with a dash is not a qualified name (util/validation IsQualifiedName)",
    obj: pod("web", {}, { "-bad": "x" }),
    want: `Pod "web" is invalid: metadata.labels: Invalid value: "-bad": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
  },
  {
    name: "a namespace name with capitals is not a DNS-1123 label (api/validation/generic.go ValidateNamespaceName)",
    obj: namespace("Dev"),
    want: `Namespace "Dev" is invalid: metadata.name: Invalid value: "Dev": ${dns1123Label}`,
  },
  {
    name: "a namespace name with dots is a subdomain but not a label (util/validation IsDNS1123Label)",
    obj: namespace("a.b"),
    want: `Namespace "a.b" is invalid: metadata.name: Invalid value: "a.b": must not contain dots`,
  },
  {
    name: "a cluster-scoped object may not carry a namespace (objectmeta.go)",
    obj: namespace("dev", { namespace: "default" }),
    want: `Namespace "dev" is invalid: metadata.namespace: Forbidden: not allowed on this type`,
  },
  // --- Pod: pkg/apis/core/validation/validation.go
  {
    name: "a container without image is rejected (validation.go validateContainerCommon)",
    obj: pod("web", { containers: [container("app", { image: "" })] }),
    want: `Pod "web" is invalid: spec.containers[0].image: Required value`,
  },
  {
    name: "a pod without containers is rejected (validation.go validateContainers)",
    obj: pod("web", { containers: [] }),
    want: `Pod "web" is invalid: spec.containers: Required value`,
  },
  {
    name: "a containerPort over 65535 is out of range (validation.go validateContainerPorts)",
    obj: pod("web", { containers: [container("app", { ports: [{ containerPort: 70000, protocol: "TCP" }] })] }),
    want: `Pod "web" is invalid: spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive`,
  },
  {
    name: "a port protocol other than TCP, UDP or SCTP is unsupported (validation.go validateContainerPorts)",
    obj: pod("web", { containers: [container("app", { ports: [{ containerPort: 80, protocol: "HTTP" }] })] }),
    want: `Pod "web" is invalid: spec.containers[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"`,
  },
  {
    name: "two containers with the same name are a duplicate (validation.go validateContainers)",
    obj: pod("web", { containers: [container("app"), container("app")] }),
    want: `Pod "web" is invalid: spec.containers[1].name: Duplicate value: "app"`,
  },
  {
    name: "a container name with capitals is not a DNS-1123 label (validation.go validateContainerCommon)",
    obj: pod("web", { containers: [container("App")] }),
    want: `Pod "web" is invalid: spec.containers[0].name: Invalid value: "App": ${dns1123Label}`,
  },
  {
    name: "a volumeMount naming a volume the pod does not have is not found (validation.go ValidateVolumeMounts)",
    obj: pod("web", { containers: [container("app", { volumeMounts: [{ name: "data", mountPath: "/data" }] })] }),
    want: `Pod "web" is invalid: spec.containers[0].volumeMounts[0].name: Not found: "data"`,
  },
  {
    name: "a volume with two sources is forbidden (validation.go validateVolumeSource)",
    obj: pod("web", { volumes: [{ name: "data", emptyDir: {}, configMap: { name: "cfg" } }] }),
    want: `Pod "web" is invalid: spec.volumes[0].configMap: Forbidden: may not specify more than 1 volume type`,
  },
  {
    name: "a volume without a source must name a type (validation.go validateVolumeSource)",
    obj: pod("web", { volumes: [{ name: "data" }] }),
    want: `Pod "web" is invalid: spec.volumes[0]: Required value: must specify a volume type`,
  },
  {
    name: "a request above its limit is invalid (validation.go ValidateResourceRequirements)",
    obj: pod("web", { containers: [container("app", { resources: { requests: { cpu: "2" }, limits: { cpu: "1" } } })] }),
    want: `Pod "web" is invalid: spec.containers[0].resources.requests: Invalid value: "2": must be less than or equal to cpu limit of 1`,
  },
  {
    name: "a memory request above its limit prints canonical quantities (validation.go ValidateResourceRequirements)",
    obj: pod("web", { containers: [container("app", { resources: { requests: { memory: "1Gi" }, limits: { memory: "512Mi" } } })] }),
    want: `Pod "web" is invalid: spec.containers[0].resources.requests: Invalid value: "1Gi": must be less than or equal to memory limit of 512Mi`,
  },
  {
    name: "an env var name containing '=' is invalid (util/validation IsRelaxedEnvVarName)",
    obj: pod("web", { containers: [container("app", { env: [{ name: "MY=VAR", value: "1" }] })] }),
    want: `Pod "web" is invalid: spec.containers[0].env[0].name: Invalid value: "MY=VAR": a valid environment variable name must consist only of printable ASCII characters other than '='`,
  },
  {
    name: "a liveness probe must have successThreshold 1 (validation.go validateLivenessProbe)",
    obj: pod("web", {
      containers: [
        container("app", {
          livenessProbe: { httpGet: { path: "/", port: 80, scheme: "HTTP" }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 2, failureThreshold: 3 },
        }),
      ],
    }),
    want: `Pod "web" is invalid: spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1`,
  },
  {
    name: "a probe without a handler is rejected (validation.go validateHandler)",
    obj: pod("web", { containers: [container("app", { readinessProbe: { timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 } })] }),
    want: `Pod "web" is invalid: spec.containers[0].readinessProbe: Required value: must specify a handler type`,
  },
  {
    name: "a restartPolicy outside Always, OnFailure, Never is unsupported (validation.go validateRestartPolicy)",
    obj: pod("web", { restartPolicy: "Sometimes" }),
    want: `Pod "web" is invalid: spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"`,
  },
  {
    name: "tolerationSeconds requires the NoExecute effect (validation.go ValidateTolerations)",
    obj: pod("web", { tolerations: [{ key: "k", operator: "Exists", effect: "NoSchedule", tolerationSeconds: 30 }] }),
    want: `Pod "web" is invalid: spec.tolerations[0].effect: Invalid value: "NoSchedule": effect must be 'NoExecute' when \`tolerationSeconds\` is set`,
  },
  {
    name: "a toleration without key must use the Exists operator (validation.go ValidateTolerations)",
    obj: pod("web", { tolerations: [{ operator: "Equal", value: "x" }] }),
    want: `Pod "web" is invalid: spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when \`key\` is empty, which means "match all values and all keys"`,
  },
  {
    name: "an init container restartPolicy other than Always is unsupported (validation.go validateInitContainerRestartPolicy)",
    obj: pod("web", { initContainers: [container("init", { restartPolicy: "OnFailure" })] }),
    want: `Pod "web" is invalid: spec.initContainers[0].restartPolicy: Unsupported value: "OnFailure": supported values: "Always"`,
  },
  {
    name: "a plain init container may not have a readiness probe (validation.go validateInitContainers)",
    obj: pod("web", {
      initContainers: [container("init", { readinessProbe: { exec: { command: ["true"] }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 } })],
    }),
    want: `Pod "web" is invalid: spec.initContainers[0].readinessProbe: Forbidden: may not be set for init containers without restartPolicy=Always`,
  },
  {
    name: "an init container may not reuse a regular container's name (validation.go validateInitContainers)",
    obj: pod("web", { initContainers: [container("app", { restartPolicy: "Always" })] }),
    want: `Pod "web" is invalid: spec.initContainers[0].name: Duplicate value: "app"`,
  },
  {
    name: "a nodeSelector value with a space is not a label value (validation.go ValidatePodSpec nodeSelector)",
    obj: pod("web", { nodeSelector: { disk: "fast ssd" } }),
    want: `Pod "web" is invalid: spec.nodeSelector: Invalid value: "fast ssd": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
  },
  {
    name: "a required node affinity needs at least one term (validation.go validateNodeSelector)",
    obj: pod("web", { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } } } }),
    want: `Pod "web" is invalid: spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Required value: must have at least one node selector term`,
  },
  // --- Service: validation.go ValidateService
  {
    name: "a Service without ports is rejected (validation.go ValidateService)",
    obj: service("web", { ports: [] }),
    want: `Service "web" is invalid: spec.ports: Required value`,
  },
  {
    name: "a Service port over 65535 is out of range (validation.go validateServicePort)",
    obj: service("web", { ports: [{ protocol: "TCP", port: 70000, targetPort: 80 }] }),
    want: `Service "web" is invalid: spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive`,
  },
  {
    name: "an unknown Service type is unsupported (validation.go ValidateService)",
    obj: service("web", { type: "Foo" }),
    want: `Service "web" is invalid: spec.type: Unsupported value: "Foo": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`,
  },
  {
    name: "a ClusterIP Service may not set a nodePort (validation.go ValidateService)",
    obj: service("web", { ports: [{ protocol: "TCP", port: 80, targetPort: 80, nodePort: 30080 }] }),
    want: `Service "web" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when \`type\` is 'ClusterIP'`,
  },
  {
    name: "a Service name must be a DNS-1035 label (validation.go ValidateServiceName)",
    obj: service("1web"),
    want: `Service "1web" is invalid: metadata.name: Invalid value: "1web": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
  },
  {
    name: "several Service ports each need a name (validation.go validateServicePort)",
    obj: service("web", { ports: [{ protocol: "TCP", port: 80, targetPort: 80 }, { name: "https", protocol: "TCP", port: 443, targetPort: 443 }] }),
    want: `Service "web" is invalid: spec.ports[0].name: Required value`,
  },
  {
    name: "an ExternalName Service needs externalName (validation.go ValidateService)",
    obj: service("db", { type: "ExternalName", ports: undefined, selector: undefined }),
    want: `Service "db" is invalid: spec.externalName: Required value`,
  },
  // --- Deployment: pkg/apis/apps/validation/validation.go
  {
    name: "a Deployment whose selector does not match its template labels is rejected (apps validation ValidatePodTemplateSpecForReplicaSet)",
    obj: deployment("web", {}, { app: "x" }),
    want: 'Deployment.apps "web" is invalid: spec.template.metadata.labels: Invalid value: {"app":"x"}: `selector` does not match template `labels`',
  },
  {
    name: "a Deployment without selector gets both the required and the mismatch errors (apps validation ValidateDeploymentSpec)",
    obj: deployment("web", { selector: undefined }),
    want: 'Deployment.apps "web" is invalid: [spec.selector: Required value, spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`]',
  },
  {
    name: "negative replicas are invalid (apps validation ValidateDeploymentSpec)",
    obj: deployment("web", { replicas: -1 }),
    want: `Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0`,
  },
  {
    name: "maxSurge and maxUnavailable may not both be 0 (apps validation ValidateRollingUpdateDeployment)",
    obj: deployment("web", { strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 0 } } }),
    want: "Deployment.apps \"web\" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0",
  },
  {
    name: "maxUnavailable above 100% is invalid (apps validation IsNotMoreThan100Percent)",
    obj: deployment("web", { strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: "120%", maxSurge: "25%" } } }),
    want: `Deployment.apps "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "120%": must not be greater than 100%`,
  },
  {
    name: "an unknown strategy type prints the internal struct (apps validation ValidateDeploymentStrategy)",
    obj: deployment("web", { strategy: { type: "Blue" } }),
    want: `Deployment.apps "web" is invalid: spec.strategy: Unsupported value: {"Type":"Blue","RollingUpdate":null}: supported values: "Recreate", "RollingUpdate"`,
  },
  {
    name: "Recreate may not carry rollingUpdate parameters (apps validation ValidateDeploymentStrategy)",
    obj: deployment("web", { strategy: { type: "Recreate", rollingUpdate: { maxSurge: 1 } } }),
    want: "Deployment.apps \"web\" is invalid: spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'",
  },
  {
    name: "a Deployment's pods must restart Always (apps validation ValidatePodTemplateSpecForReplicaSet)",
    obj: deployment("web", { template: { metadata: { labels: { app: "web" } }, spec: { containers: [container()], restartPolicy: "Never", dnsPolicy: "ClusterFirst" } } }),
    want: `Deployment.apps "web" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"`,
  },
  {
    name: "a template's container errors carry the template path (core validation ValidatePodTemplateSpec)",
    obj: deployment("web", { template: { metadata: { labels: { app: "web" } }, spec: { containers: [container("app", { image: "" })], restartPolicy: "Always", dnsPolicy: "ClusterFirst" } } }),
    want: `Deployment.apps "web" is invalid: spec.template.spec.containers[0].image: Required value`,
  },
  // --- Job and CronJob: pkg/apis/batch/validation/validation.go
  {
    name: "a Job whose pods restart Always is rejected with the valid values (batch validation validateJobSpec)",
    obj: job("pi", { restartPolicy: "Always" }),
    want: `Job.batch "pi" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"`,
  },
  {
    name: "a negative parallelism is invalid (batch validation validateJobSpec)",
    obj: job("pi", {}, { parallelism: -1 }),
    want: `Job.batch "pi" is invalid: spec.parallelism: Invalid value: -1: must be greater than or equal to 0`,
  },
  {
    name: "a schedule of one field reports the cron library's field count (robfig/cron parser.go normalizeFields)",
    obj: cronJob("tick", "x"),
    want: `CronJob.batch "tick" is invalid: spec.schedule: Invalid value: "x": expected exactly 5 fields, found 1: [x]`,
  },
  {
    name: "a minute of 61 is above the maximum (robfig/cron parser.go getRange)",
    obj: cronJob("tick", "61 * * * *"),
    want: `CronJob.batch "tick" is invalid: spec.schedule: Invalid value: "61 * * * *": end of range (61) above maximum (59): 61`,
  },
  {
    name: "a non-numeric hour cannot be parsed (robfig/cron parser.go mustParseInt)",
    obj: cronJob("tick", "0 x * * *"),
    want: `CronJob.batch "tick" is invalid: spec.schedule: Invalid value: "0 x * * *": failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax`,
  },
  {
    name: "an unknown time zone is rejected (batch validation validateTimeZone)",
    obj: cronJob("tick", "*/5 * * * *", { timeZone: "Mars/Base" }),
    want: `CronJob.batch "tick" is invalid: spec.timeZone: Invalid value: "Mars/Base": unknown time zone Mars/Base`,
  },
  {
    name: "TZ= in the schedule is refused in favour of timeZone (batch validation validateScheduleFormat)",
    obj: cronJob("tick", "TZ=UTC 0 * * * *"),
    want: `CronJob.batch "tick" is invalid: spec.schedule: Invalid value: "TZ=UTC 0 * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead`,
  },
  // --- ConfigMap and Secret: validation.go ValidateConfigMap / ValidateSecret
  {
    name: "a ConfigMap key with a space is invalid under data[key] (validation.go ValidateConfigMap)",
    obj: configMap("cfg", { "a b": "1" }),
    want: `ConfigMap "cfg" is invalid: data[a b]: Invalid value: "a b": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
  },
  {
    name: "a ConfigMap over 1 MiB is too long as a whole object (validation.go ValidateConfigMap)",
    obj: configMap("cfg", { big: "x".repeat(1024 * 1024 + 1) }),
    want: `ConfigMap "cfg" is invalid: : Too long: may not be more than 1048576 bytes`,
  },
  {
    name: "a TLS Secret needs tls.key (validation.go ValidateSecret)",
    obj: secret("tls", { "tls.crt": "Y2VydA==" }, { type: "kubernetes.io/tls" }),
    want: `Secret "tls" is invalid: data[tls.key]: Required value`,
  },
  {
    name: "a dockerconfigjson Secret needs .dockerconfigjson (validation.go ValidateSecret)",
    obj: secret("regcred", {}, { type: "kubernetes.io/dockerconfigjson" }),
    want: `Secret "regcred" is invalid: data[.dockerconfigjson]: Required value`,
  },
];

describe("strategy validation on create", () => {
  it.each(createCases)("$name", ({ obj, want }) => {
    expect(createMessage(obj)).toBe(want);
  });

  it("accepts each valid builder object as it is", () => {
    for (const obj of [pod(), deployment(), service(), job(), cronJob(), configMap(), secret(), namespace("dev")])
      expect(createMessage(obj)).toBe("");
  });
});

interface UpdateCase {
  name: string;
  old: KubeObject;
  next: KubeObject;
  want: string;
}

/** The object as stored after create (the Job's generated selector, for instance). */
function created(obj: KubeObject): KubeObject {
  const o = structuredClone(obj);
  strategyFor(groupOf(o), o.kind).prepareForCreate?.(o);
  return o;
}

function withSpec(obj: KubeObject, fields: Record<string, unknown>): KubeObject {
  return { ...obj, spec: { ...(obj.spec as object), ...fields } };
}

const webPod = stored(pod("web", { containers: [container("app", { ports: [{ containerPort: 80, protocol: "TCP" }] })] }));

const updateCases: UpdateCase[] = [
  {
    name: "changing a Deployment's selector is refused as immutable (registry/apps/deployment/strategy.go ValidateUpdate)",
    old: stored(deployment("web")),
    next: deployment("web", { selector: { matchLabels: { app: "web2" } } }, { app: "web2" }),
    want: 'Deployment.apps "web" is invalid: spec.selector: Invalid value: {"matchLabels":{"app":"web2"}}: field is immutable',
  },
  {
    name: "adding a container to a pod is forbidden (validation.go ValidateContainerUpdates)",
    old: webPod,
    next: pod("web", { containers: [container("app", { ports: [{ containerPort: 80, protocol: "TCP" }] }), container("b")] }),
    want: `Pod "web" is invalid: spec.containers: Forbidden: pod updates may not add or remove containers`,
  },
  {
    name: "a pod's existing toleration may not change (validation.go validateOnlyAddedTolerations)",
    old: stored(pod("web", { tolerations: [{ key: "k", operator: "Exists", effect: "NoSchedule" }] })),
    next: pod("web", { tolerations: [{ key: "k", operator: "Exists", effect: "NoExecute" }] }),
    want: `Pod "web" is invalid: spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds`,
  },
  {
    name: "raising activeDeadlineSeconds is refused (validation.go ValidatePodUpdate)",
    old: stored(pod("web", { activeDeadlineSeconds: 30 })),
    next: pod("web", { activeDeadlineSeconds: 60 }),
    want: `Pod "web" is invalid: spec.activeDeadlineSeconds: Invalid value: 60: must be less than or equal to previous value`,
  },
  {
    name: "changing data of an immutable ConfigMap is forbidden (validation.go ValidateConfigMapUpdate)",
    old: stored(configMap("cfg", { a: "1" }, { immutable: true })),
    next: configMap("cfg", { a: "2" }, { immutable: true }),
    want: "ConfigMap \"cfg\" is invalid: data: Forbidden: field is immutable when `immutable` is set",
  },
  {
    name: "unsetting immutable on a ConfigMap is forbidden (validation.go ValidateConfigMapUpdate)",
    old: stored(configMap("cfg", { a: "1" }, { immutable: true })),
    next: configMap("cfg", { a: "1" }),
    want: "ConfigMap \"cfg\" is invalid: immutable: Forbidden: field is immutable when `immutable` is set",
  },
  {
    name: "changing data of an immutable Secret is forbidden (validation.go ValidateSecretUpdate)",
    old: stored(secret("s", { a: "MQ==" }, { immutable: true })),
    next: secret("s", { a: "Mg==" }, { immutable: true }),
    want: "Secret \"s\" is invalid: data: Forbidden: field is immutable when `immutable` is set",
  },
  {
    name: "changing a Secret's type is refused as immutable (validation.go ValidateSecretUpdate)",
    old: stored(secret("s", { a: "MQ==" })),
    next: secret("s", { a: "MQ==" }, { type: "example.com/custom" }),
    want: `Secret "s" is invalid: type: Invalid value: "example.com/custom": field is immutable`,
  },
  {
    name: "changing a Job's completions is refused as immutable (batch validation ValidateJobSpecUpdate)",
    old: stored(created(job("pi"))),
    next: withSpec(created(job("pi")), { completions: 5 }),
    want: `Job.batch "pi" is invalid: spec.completions: Invalid value: 5: field is immutable`,
  },
  {
    name: "changing a Service's clusterIP is refused (validation.go validateUpgradeDowngradeClusterIPs)",
    old: stored(service("web", { clusterIP: "10.96.0.2", clusterIPs: ["10.96.0.2"], ipFamilies: ["IPv4"], ipFamilyPolicy: "SingleStack" })),
    next: service("web", { clusterIP: "10.96.0.3" }),
    want: `Service "web" is invalid: spec.clusterIPs[0]: Invalid value: ["10.96.0.3"]: may not change once set`,
  },
];

describe("strategy validation on update", () => {
  it.each(updateCases)("$name", ({ old, next, want }) => {
    expect(updateMessage(old, next)).toBe(want);
  });

  it("lets a pod change only its image (validation.go ValidatePodUpdate)", () => {
    const next = pod("web", { containers: [container("app", { image: "nginx:1.28", ports: [{ containerPort: 80, protocol: "TCP" }] })] });
    expect(updateMessage(webPod, next)).toBe("");
  });

  it("refuses any other pod spec change with upstream's list of updatable fields and a diff (validation.go ValidatePodUpdate)", () => {
    const next = pod("web", { containers: [container("app", { ports: [{ containerPort: 8080, protocol: "TCP" }] })] });
    const message = updateMessage(webPod, next);
    const [first, ...diff] = message.split("\n");
    expect(first).toBe(
      'Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
    );
    // go-cmp's report shape (not byte-exact upstream: see go-diff.ts).
    expect(diff).toContain("- \t\t\t\t\tContainerPort: 80,");
    expect(diff).toContain("+ \t\t\t\t\tContainerPort: 8080,");
    expect(diff[0]).toBe("  core.PodSpec{");
  });
});

describe("prepareForCreate and prepareForUpdate", () => {
  it("bumps a Deployment's generation on a spec change and keeps it on a status-only change (registry/apps/deployment/strategy.go)", () => {
    const s = strategyFor("apps", "Deployment");
    const old = stored(deployment("web"));
    old.status = { replicas: 1 };
    const scaled = deployment("web", { replicas: 3 });
    s.prepareForUpdate!(scaled, old);
    expect(scaled.metadata.generation).toBe(2);
    expect(scaled.status).toEqual({ replicas: 1 });
    const same = deployment("web");
    s.prepareForUpdate!(same, old);
    expect(same.metadata.generation).toBe(1);
  });

  it("clears the status a client sends on create and starts generation at 1 (registry/apps/deployment/strategy.go)", () => {
    const d = deployment("web");
    d.status = { replicas: 7 };
    strategyFor("apps", "Deployment").prepareForCreate!(d);
    expect(d.status).toBeUndefined();
    expect(d.metadata.generation).toBe(1);
  });

  it("gives a new pod phase Pending and its QoS class (registry/core/pod/strategy.go, helper/qos)", () => {
    const p = pod("web", { containers: [container("app", { resources: { requests: { cpu: "1", memory: "1Gi" }, limits: { cpu: "1", memory: "1Gi" } } })] });
    strategyFor("", "Pod").prepareForCreate!(p);
    expect(p.status).toEqual({ phase: "Pending", qosClass: "Guaranteed" });
    const b = pod("web");
    strategyFor("", "Pod").prepareForCreate!(b);
    expect((b.status as { qosClass: string }).qosClass).toBe("BestEffort");
  });

  it("labels a namespace with its name and adds the kubernetes finalizer (registry/core/namespace/strategy.go)", () => {
    const ns = namespace("dev");
    strategyFor("", "Namespace").prepareForCreate!(ns);
    expect(ns.metadata.labels).toEqual({ "kubernetes.io/metadata.name": "dev" });
    expect(ns.spec).toEqual({ finalizers: ["kubernetes"] });
    expect(ns.status).toEqual({ phase: "Active" });
  });

  it("generates a Job's selector and template labels from its uid (registry/batch/job/strategy.go generateSelector)", () => {
    const j = job("pi");
    strategyFor("batch", "Job").prepareForCreate!(j);
    const spec = j.spec as { selector: unknown; template: { metadata: { labels: Record<string, string> } } };
    expect(spec.selector).toEqual({ matchLabels: { "batch.kubernetes.io/controller-uid": "0b4e1a5c-1111-4222-8333-944455556666" } });
    expect(spec.template.metadata.labels).toEqual({
      "job-name": "pi",
      "batch.kubernetes.io/job-name": "pi",
      "controller-uid": "0b4e1a5c-1111-4222-8333-944455556666",
      "batch.kubernetes.io/controller-uid": "0b4e1a5c-1111-4222-8333-944455556666",
    });
  });

  it("keeps the spec on a pod status update (registry/core/pod/strategy.go podStatusStrategy)", () => {
    const old = stored(pod("web"));
    const next = pod("web", { nodeName: "node01" } as Partial<PodSpec>);
    next.status = { phase: "Running" };
    strategyFor("", "Pod").prepareForStatusUpdate!(next, old);
    expect(next.spec).toEqual(old.spec);
    expect(next.status).toEqual({ phase: "Running" });
  });

  it("returns an empty strategy for kinds it does not know", () => {
    expect(strategyFor("example.com", "Widget")).toEqual({});
  });
});
