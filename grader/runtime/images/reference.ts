// Image references as containerd reads them (distribution/reference's
// ParseNormalizedNamed): "nginx" is docker.io/library/nginx:latest.

export interface ImageReference {
  /** docker.io/library/nginx */
  repository: string;
  /** Registry host: docker.io, registry.k8s.io, … */
  domain: string;
  tag?: string;
  digest?: string;
  /** What containerd pulls: repository@digest when a digest is given, else repository:tag. */
  normalized: string;
}

export type ParsedReference = { ok: true; ref: ImageReference } | { ok: false; message: string };

const componentPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^sha256:[a-f0-9]{64}$/;

/** Parses a Pod's `image` the way the kubelet and containerd do. */
export function parseImageReference(image: string): ParsedReference {
  const invalid = (reason: string): ParsedReference => ({ ok: false, message: `couldn't parse image name "${image}": ${reason}` });
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digestPattern.test(digest)) return invalid("invalid reference format");
  }
  let tag: string | undefined;
  const lastColon = rest.lastIndexOf(":");
  if (lastColon > rest.lastIndexOf("/")) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!tagPattern.test(tag)) return invalid("invalid reference format");
  }
  if (rest === "") return invalid("invalid reference format");
  const slash = rest.indexOf("/");
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  const hasDomain = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost");
  let domain = hasDomain ? first : "docker.io";
  let path = hasDomain ? rest.slice(slash + 1) : rest;
  if (domain === "index.docker.io") domain = "docker.io";
  if (domain === "docker.io" && !path.includes("/")) path = `library/${path}`;
  if (path !== path.toLowerCase()) return invalid(`invalid reference format: repository name (${path}) must be lowercase`);
  if (!path.split("/").every((c) => componentPattern.test(c))) return invalid("invalid reference format");
  const repository = `${domain}/${path}`;
  if (!tag && !digest) tag = "latest";
  const normalized = digest ? `${repository}@${digest}` : `${repository}:${tag}`;
  return { ok: true, ref: { repository, domain, tag, digest, normalized } };
}
