// create deployment / job / cronjob (pkg/cmd/create/create_deployment.go, create_job.go, create_cronjob.go).
import type { KubeObject } from "../../apiserver/types";
import type { ParsedCommand } from "../parse-args";
import { isUsageError, type KubectlUsageError } from "../usage-error";
import { container } from "./container";
import { flagList, flagNumber, flagString, type GeneratorContext } from "./context";
import { commandAfterDash, nameFromArgs } from "./name-arg";
import { explicitNamespace, objectMeta, typed } from "./object-meta";

/** A container named after the image's last path segment, without tag or digest. */
function containerNameForImage(image: string, ctx: GeneratorContext): string {
  let name = image.split("/").pop() ?? image;
  name = name.split(":")[0] ?? name;
  name = name.split("@")[0] ?? name;
  // sanitizeAndUniquify: '_' and '.' become '-', plus a random 5-character suffix.
  if (/[_.]/.test(name)) name = `${name.replaceAll("_", "-").replaceAll(".", "-")}-${ctx.randomSuffix(5)}`;
  return name;
}

export function generateDeployment(parsed: ParsedCommand, ctx: GeneratorContext): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  const labels = { app: name };
  const command = commandAfterDash(parsed);
  const port = flagNumber(parsed, "port");
  const containers = flagList(parsed, "image").map((image, i) =>
    container({ name: containerNameForImage(image, ctx), image, command, ports: i === 0 && port >= 0 ? [{ containerPort: port }] : undefined }),
  );
  return typed("Deployment", "apps/v1", {
    metadata: objectMeta(name, explicitNamespace(parsed), labels),
    spec: {
      replicas: flagNumber(parsed, "replicas"),
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers } },
      strategy: {},
    },
    status: {},
  });
}

function jobSpec(name: string, image: string, command: string[], restartPolicy: string): Record<string, unknown> {
  return {
    template: {
      metadata: {},
      spec: { containers: [container({ name, image, command })], restartPolicy },
    },
  };
}

export function generateJob(parsed: ParsedCommand): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  return typed("Job", "batch/v1", {
    metadata: objectMeta(name, explicitNamespace(parsed)),
    spec: jobSpec(name, flagString(parsed, "image"), commandAfterDash(parsed), "Never"),
    status: {},
  });
}

export function generateCronJob(parsed: ParsedCommand): KubeObject | KubectlUsageError {
  const name = nameFromArgs(parsed);
  if (isUsageError(name)) return name;
  const namespace = explicitNamespace(parsed);
  const restart = flagString(parsed, "restart") || "OnFailure";
  return typed("CronJob", "batch/v1", {
    metadata: objectMeta(name, namespace),
    spec: {
      schedule: flagString(parsed, "schedule"),
      jobTemplate: { metadata: objectMeta(name), spec: jobSpec(name, flagString(parsed, "image"), commandAfterDash(parsed), restart) },
    },
    status: {},
  });
}
