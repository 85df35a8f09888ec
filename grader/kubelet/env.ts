// A container's environment as the kubelet builds it (makeEnvironmentVariables):
// envFrom first, then env in order with $(VAR) expansion (which also sees the
// service links), then the service links the container did not set itself; a
// missing ConfigMap/Secret or key is a CreateContainerConfigError unless optional.
import type { ClusterApi } from "../apiserver/api-interface";
import type { KubeObject } from "../apiserver/types";
import { ConfigError, configMapData, getConfigMap, getSecret, secretData } from "./config-lookup";
import { fieldRefValue, resourceFieldValue, type PodRuntimeFields } from "./field-ref";
import { serviceEnvVars } from "./service-env";

type Json = Record<string, unknown>;

interface KeyRef {
  name?: string;
  key: string;
  optional?: boolean;
}

/** $(VAR) references expanded against `env`; $$ escapes, unknown references stay as written (expansion.go). */
export function expandVars(input: string, env: Record<string, string>): string {
  return input.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (whole, name: string | undefined) => {
    if (whole === "$$") return "$";
    return name !== undefined && name in env ? env[name] : whole;
  });
}

function fromConfigMap(api: ClusterApi, ns: string, ref: KeyRef): string | undefined {
  const cm = getConfigMap(api, ns, ref.name ?? "");
  if (!cm) {
    if (ref.optional) return undefined;
    throw new ConfigError(`configmap "${ref.name}" not found`);
  }
  const data = configMapData(cm);
  if (!(ref.key in data)) {
    if (ref.optional) return undefined;
    throw new ConfigError(`couldn't find key ${ref.key} in ConfigMap ${ns}/${ref.name}`);
  }
  return data[ref.key];
}

function fromSecret(api: ClusterApi, ns: string, ref: KeyRef): string | undefined {
  const s = getSecret(api, ns, ref.name ?? "");
  if (!s) {
    if (ref.optional) return undefined;
    throw new ConfigError(`secret "${ref.name}" not found`);
  }
  const data = secretData(s);
  if (!(ref.key in data)) {
    if (ref.optional) return undefined;
    throw new ConfigError(`couldn't find key ${ref.key} in Secret ${ns}/${ref.name}`);
  }
  return data[ref.key];
}

/** The container's env; throws ConfigError with the kubelet's message. */
export function resolveEnv(api: ClusterApi, pod: KubeObject, container: Json, rt: PodRuntimeFields): Record<string, string> {
  const ns = pod.metadata.namespace ?? "default";
  const serviceEnv = serviceEnvVars(api, ns, (pod.spec as Json | undefined)?.enableServiceLinks !== false);
  const env: Record<string, string> = {};
  for (const from of (container.envFrom ?? []) as Json[]) {
    const prefix = (from.prefix as string) ?? "";
    const cmRef = from.configMapRef as { name?: string; optional?: boolean } | undefined;
    const secRef = from.secretRef as { name?: string; optional?: boolean } | undefined;
    let data: Record<string, string> | undefined;
    if (cmRef) {
      const cm = getConfigMap(api, ns, cmRef.name ?? "");
      if (!cm && !cmRef.optional) throw new ConfigError(`configmap "${cmRef.name}" not found`);
      data = cm ? configMapData(cm) : undefined;
    } else if (secRef) {
      const s = getSecret(api, ns, secRef.name ?? "");
      if (!s && !secRef.optional) throw new ConfigError(`secret "${secRef.name}" not found`);
      data = s ? secretData(s) : undefined;
    }
    for (const [k, v] of Object.entries(data ?? {})) env[prefix + k] = v;
  }
  for (const e of (container.env ?? []) as Json[]) {
    const name = e.name as string;
    const vf = e.valueFrom as Json | undefined;
    let value: string | undefined;
    if (!vf) value = expandVars((e.value as string) ?? "", { ...serviceEnv, ...env });
    else if (vf.configMapKeyRef) value = fromConfigMap(api, ns, vf.configMapKeyRef as KeyRef);
    else if (vf.secretKeyRef) value = fromSecret(api, ns, vf.secretKeyRef as KeyRef);
    else if (vf.fieldRef) value = fieldRefValue(pod, (vf.fieldRef as { fieldPath: string }).fieldPath, rt);
    else if (vf.resourceFieldRef) {
      const ref = vf.resourceFieldRef as { containerName?: string; resource: string; divisor?: string };
      const target = ref.containerName ? (((pod.spec as Json).containers as Json[]).find((c) => c.name === ref.containerName) ?? container) : container;
      value = resourceFieldValue(target, ref.resource, ref.divisor, rt);
    }
    if (value !== undefined) env[name] = value;
  }
  for (const [k, v] of Object.entries(serviceEnv)) if (!(k in env)) env[k] = v;
  return env;
}
