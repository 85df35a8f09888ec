// describeSecret of k8s.io/kubectl/pkg/describe/describe.go v0.34.5: sizes of the data, never the
// values, except the token of a service-account token Secret.
import type { KubeObject } from "../../apiserver/types";
import { DescribeWriter } from "./describe-writer";
import { writeAnnotationsMultiline, writeLabelsMultiline } from "./describe-format";
import { base64DecodedLength, base64DecodedText } from "./base64-length";
import type { Describer } from "./describers";

interface SecretView {
  metadata: KubeObject["metadata"];
  type?: string;
  data?: Record<string, string>;
}

/** `kubectl describe secret`: the text describeSecret prints (a Secret has no Events section). */
export function describeSecret(obj: KubeObject): string {
  const secret = obj as unknown as SecretView;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${secret.metadata.name ?? ""}\n`);
  w.write(0, `Namespace:\t${secret.metadata.namespace ?? ""}\n`);
  writeLabelsMultiline(w, "Labels", secret.metadata.labels);
  writeAnnotationsMultiline(w, "Annotations", secret.metadata.annotations);
  w.write(0, `\nType:\t${secret.type ?? ""}\n`);
  w.write(0, "\nData\n====\n");
  const data = secret.data ?? {};
  for (const key of Object.keys(data).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (key === "token" && secret.type === "kubernetes.io/service-account-token") w.write(0, `${key}:\t${base64DecodedText(data[key])}\n`);
    else w.write(0, `${key}:\t${base64DecodedLength(data[key])} bytes\n`);
  }
  return w.toString();
}

export const secretDescriber: Describer = (_cluster, obj) => describeSecret(obj);
