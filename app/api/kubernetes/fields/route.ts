// The Kubernetes field schema for the YAML editor (about 58 KB), fetched once
// per grader version and cached by the browser for a day. Served as plain
// JSON: Next's request handler drops a Content-Encoding header set here, so a
// body gzipped by the route would reach the browser as undecodable bytes.
import { graderVersion } from "@kubedojo/grader/version";
import { kubernetesFieldMap } from "@/server/queries/kubernetes-fields";

let body: string | undefined;

export function GET(): Response {
  body ??= JSON.stringify(kubernetesFieldMap());
  return new Response(body, {
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": "public, max-age=86400",
      ETag: `"fields-${graderVersion}-2"`,
    },
  });
}
