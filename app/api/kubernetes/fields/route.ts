// The Kubernetes field schema for the YAML editor, fetched once per grader
// version and cached by the browser; gzipped here (52 KB → about 10 KB) since
// the app's own server does not compress responses.
import { gzipSync } from "node:zlib";
import { graderVersion } from "@kubedojo/grader/version";
import { kubernetesFieldMap } from "@/server/queries/kubernetes-fields";

let body: { plain: string; gzip: Uint8Array } | undefined;

export function GET(request: Request): Response {
  if (!body) {
    const plain = JSON.stringify(kubernetesFieldMap());
    body = { plain, gzip: new Uint8Array(gzipSync(plain)) };
  }
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "Cache-Control": "public, max-age=86400",
    ETag: `"fields-${graderVersion}-2"`,
    Vary: "Accept-Encoding",
  };
  if (/\bgzip\b/.test(request.headers.get("accept-encoding") ?? "")) {
    return new Response(body.gzip as BodyInit, { headers: { ...headers, "Content-Encoding": "gzip" } });
  }
  return new Response(body.plain, { headers });
}
