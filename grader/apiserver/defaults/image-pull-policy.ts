// imagePullPolicy by tag (pkg/apis/core/v1/defaults.go SetDefaults_Container with
// pkg/util/parsers ParseImageName): Always when the tag is "latest" or there is
// neither tag nor digest, IfNotPresent otherwise (and for unparsable names).

// distribution/reference: lowercase path components, optional registry host.
const referencePattern =
  /^(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::([\w][\w.-]{0,127}))?(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$/;

/** The tag ParseImageName reports: "latest" when neither tag nor digest is given, "" when unparsable. */
export function imageTag(image: string): string {
  const m = referencePattern.exec(image);
  if (!m) return "";
  const [, tag, digest] = m;
  if (tag) return tag;
  return digest ? "" : "latest";
}

export function defaultImagePullPolicy(image: string): "Always" | "IfNotPresent" {
  const known = policyByImage.get(image);
  if (known !== undefined) return known;
  const policy = imageTag(image) === "latest" ? "Always" : "IfNotPresent";
  if (policyByImage.size >= policyByImageLimit) policyByImage.clear();
  policyByImage.set(image, policy);
  return policy;
}

// Every container create asks again for the same few images: the answers are
// remembered (bounded) instead of matching the long reference pattern each time.
const policyByImage = new Map<string, "Always" | "IfNotPresent">();
const policyByImageLimit = 4096;
