// The image catalog: every known repository and tag, and the pull result the
// kubelet turns into a pulled image or ErrImagePull / InvalidImageName.
import { createHash } from "node:crypto";
import { agnhostImages } from "./agnhost";
import { alpineImages } from "./alpine";
import { busyboxImages } from "./busybox";
import { curlImages } from "./curl";
import { httpdImages } from "./httpd";
import { mysqlImages } from "./mysql";
import { nginxImages } from "./nginx";
import { nodeImages } from "./node";
import { pauseImages } from "./pause";
import { postgresImages } from "./postgres";
import { pythonImages } from "./python";
import { parseImageReference, type ImageReference } from "./reference";
import { redisImages } from "./redis";
import { stressImages } from "./stress";
import type { ImageSpec } from "./types";

export const imageCatalog: readonly ImageSpec[] = [
  ...nginxImages,
  ...httpdImages,
  ...busyboxImages,
  ...alpineImages,
  ...redisImages,
  ...postgresImages,
  ...mysqlImages,
  ...pythonImages,
  ...nodeImages,
  ...curlImages,
  ...stressImages,
  ...pauseImages,
  ...agnhostImages,
];

/** By image: every pull of a catalog image hashes the same text. */
const digests = new WeakMap<ImageSpec, string>();

/** A stable made-up manifest digest per image (same image, same digest, every run). */
export function imageDigest(image: ImageSpec): string {
  let d = digests.get(image);
  if (d === undefined) {
    d = "sha256:" + createHash("sha256").update(`${image.repository}:${image.tags[0]}:${image.version}`).digest("hex");
    digests.set(image, d);
  }
  return d;
}

/** Registries we model as reachable; any other host fails name resolution. */
const knownRegistries = new Set(["docker.io", "registry.k8s.io", "quay.io", "ghcr.io", "gcr.io", "mcr.microsoft.com", "public.ecr.aws"]);

export type ImagePullResult =
  | { ok: true; image: ImageSpec; ref: ImageReference; /** status.containerStatuses[].imageID */ imageID: string }
  | { ok: false; reason: "ErrImagePull" | "InvalidImageName"; message: string };

function registryPath(ref: ImageReference): string {
  return ref.repository.slice(ref.domain.length + 1);
}

/** What `crictl pull` / the kubelet gets for an image reference. */
export function pullImage(image: string): ImagePullResult {
  const parsed = parseImageReference(image);
  if (!parsed.ok) return { ok: false, reason: "InvalidImageName", message: `Failed to apply default image tag "${image}": ${parsed.message}` };
  const ref = parsed.ref;
  const wrap = (code: string, inner: string) =>
    `rpc error: code = ${code} desc = failed to pull and unpack image "${ref.normalized}": failed to resolve reference "${ref.normalized}": ${inner}`;
  if (!knownRegistries.has(ref.domain)) {
    const target = ref.digest ?? ref.tag;
    return {
      ok: false,
      reason: "ErrImagePull",
      message: wrap("Unknown", `failed to do request: Head "https://${ref.domain}/v2/${registryPath(ref)}/manifests/${target}": dial tcp: lookup ${ref.domain}: no such host`),
    };
  }
  const family = imageCatalog.filter((i) => i.repository === ref.repository);
  if (family.length === 0) {
    const inner =
      ref.domain === "docker.io"
        ? "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"
        : `${ref.normalized}: not found`;
    return { ok: false, reason: "ErrImagePull", message: wrap(ref.domain === "docker.io" ? "Unknown" : "NotFound", inner) };
  }
  const found = ref.digest ? family.find((i) => imageDigest(i) === ref.digest) : family.find((i) => i.tags.includes(ref.tag!));
  if (!found) return { ok: false, reason: "ErrImagePull", message: wrap("NotFound", `${ref.normalized}: not found`) };
  return { ok: true, image: found, ref, imageID: `${ref.repository}@${imageDigest(found)}` };
}
