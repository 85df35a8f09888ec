// The ServiceAccountDescriber and describeServiceAccount of k8s.io/kubectl/pkg/describe/describe.go
// v0.34.5: image pull, mountable and token secrets, `(not found)` for referenced secrets that do not exist.
import type { KubeObject } from "../../apiserver/types";
import type { Cluster } from "../../cluster/cluster";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { searchEvents, writeEvents } from "./events";
import type { DescribeSettings } from "./describers";

interface ServiceAccountView {
  metadata: KubeObject["metadata"];
  secrets?: { name?: string }[];
  imagePullSecrets?: { name?: string }[];
}

interface SecretView {
  metadata: KubeObject["metadata"];
  type?: string;
}

export interface ServiceAccountSecrets {
  /** The token Secrets annotated with this account's name and uid. */
  tokens: string[];
  /** Names the account references that no Secret in its namespace has. */
  missing: Set<string>;
}

const secretsResource = { group: "", version: "v1", resource: "secrets" };

/** The token Secrets of a service account and the secrets it references that are missing. */
export function serviceAccountSecrets(cluster: Cluster, obj: KubeObject): ServiceAccountSecrets {
  const sa = obj as unknown as ServiceAccountView;
  const secrets = cluster.api.list(secretsResource, { namespace: obj.metadata.namespace }).items as unknown as SecretView[];
  const existing = new Set(secrets.map((s) => s.metadata.name ?? ""));
  const tokens = secrets
    .filter((s) => s.type === "kubernetes.io/service-account-token")
    .filter((s) => s.metadata.annotations?.["kubernetes.io/service-account.name"] === obj.metadata.name && s.metadata.annotations?.["kubernetes.io/service-account.uid"] === obj.metadata.uid)
    .map((s) => s.metadata.name ?? "");
  const missing = new Set([...(sa.secrets ?? []), ...(sa.imagePullSecrets ?? [])].map((s) => s.name ?? "").filter((n) => !existing.has(n)));
  return { tokens, missing };
}

const emptyHeader = "                   ";

/** `kubectl describe serviceaccount`: the text describeServiceAccount prints, Events included when given. */
export function describeServiceAccount(obj: KubeObject, secrets: ServiceAccountSecrets, events: KubeObject[] | undefined, now: number): string {
  const sa = obj as unknown as ServiceAccountView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${sa.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${sa.metadata.namespace ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", sa.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", sa.metadata.annotations);
  // The three headers are padded to one width and printed in sorted order.
  const sections: [string, string[]][] = [
    ["Image pull secrets:", (sa.imagePullSecrets ?? []).map((s) => s.name ?? "")],
    ["Mountable secrets: ", (sa.secrets ?? []).map((s) => s.name ?? "")],
    ["Tokens:            ", secrets.tokens],
  ];
  for (const [header, names] of sections) {
    if (names.length === 0) {
      w.write(0, `${header}\t<none>\n`);
      continue;
    }
    names.forEach((name, i) => w.write(0, `${i === 0 ? header : emptyHeader}\t${name}${secrets.missing.has(name) ? " (not found)" : ""}\n`));
  }
  if (events) writeEvents(w, events, now);
  return w.toString();
}

export const serviceAccountDescriber = (cluster: Cluster, obj: KubeObject, settings: DescribeSettings): string =>
  describeServiceAccount(obj, serviceAccountSecrets(cluster, obj), settings.showEvents ? searchEvents(cluster, obj) : undefined, cluster.clock.now());
