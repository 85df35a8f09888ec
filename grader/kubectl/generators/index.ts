// The object `kubectl run|create <kind> ... --dry-run=client` would send, by command path.
import type { KubeObject } from "../../apiserver/types";
import type { ParsedCommand } from "../parse-args";
import type { KubectlUsageError } from "../usage-error";
import { generateNamespace, generatePodDisruptionBudget, generatePriorityClass, generateQuota, generateServiceAccount } from "./cluster";
import { generateConfigMap, generateDockerRegistrySecret, generateGenericSecret } from "./config-data";
import type { GeneratorContext } from "./context";
import { generateClusterRole, generateRole, generateRoleBinding } from "./rbac";
import { generateIngress } from "./ingress";
import { generateRunPod } from "./run";
import { generateService } from "./service";
import { generateTlsSecret } from "./tls-secret";
import { generateCronJob, generateDeployment, generateJob } from "./workloads";

export type { GeneratorContext } from "./context";

type Generator = (parsed: ParsedCommand, ctx: GeneratorContext) => KubeObject | KubectlUsageError;

const generators: Record<string, Generator> = {
  run: generateRunPod,
  "create deployment": generateDeployment,
  "create job": generateJob,
  "create cronjob": generateCronJob,
  "create configmap": generateConfigMap,
  "create secret generic": generateGenericSecret,
  "create secret docker-registry": generateDockerRegistrySecret,
  "create secret tls": generateTlsSecret,
  "create serviceaccount": generateServiceAccount,
  "create namespace": generateNamespace,
  "create quota": generateQuota,
  "create poddisruptionbudget": generatePodDisruptionBudget,
  "create priorityclass": generatePriorityClass,
  "create role": generateRole,
  "create clusterrole": generateClusterRole,
  "create rolebinding": (parsed) => generateRoleBinding(parsed, false),
  "create clusterrolebinding": (parsed) => generateRoleBinding(parsed, true),
  "create service clusterip": generateService,
  "create service nodeport": generateService,
  "create service loadbalancer": generateService,
  "create service externalname": generateService,
  "create ingress": generateIngress,
};

/** Whether the command builds its object on the client (so generateObject applies). */
export function hasGenerator(parsed: ParsedCommand): boolean {
  return generators[parsed.path.join(" ")] !== undefined;
}

/** The object the command would create; a usage error when its arguments are refused as kubectl refuses them. */
export function generateObject(parsed: ParsedCommand, ctx: GeneratorContext): KubeObject | KubectlUsageError {
  const generator = generators[parsed.path.join(" ")];
  if (!generator) throw new Error(`no generator for kubectl ${parsed.path.join(" ")}`);
  return generator(parsed, ctx);
}
