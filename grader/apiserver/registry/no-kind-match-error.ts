// meta.NoKindMatchError (k8s.io/apimachinery/pkg/api/meta/errors.go): what the
// REST mapper says for a kind the server does not serve at that version.
// kubectl prints it after `resource mapping not found for name: "x" namespace:
// "y" from "file.yaml": ` and adds `\nensure CRDs are installed first`.
// Upstream it never reaches the server; here create() throws it, so it is a
// StatusError (404, the server has no such endpoint) carrying the mapper's text.
import { StatusError } from "../errors";

export class NoKindMatchError extends StatusError {
  readonly group: string;
  readonly kind: string;
  readonly searchedVersions: string[];

  constructor(group: string, kind: string, searchedVersions: string[]) {
    super({
      kind: "Status",
      apiVersion: "v1",
      metadata: {},
      status: "Failure",
      message: noKindMatchText(group, kind, searchedVersions),
      reason: "NotFound",
      details: { group: group || undefined, kind },
      code: 404,
    });
    this.name = "NoKindMatchError";
    this.group = group;
    this.kind = kind;
    this.searchedVersions = searchedVersions;
  }
}

export function isNoKindMatchError(e: unknown): e is NoKindMatchError {
  return e instanceof NoKindMatchError;
}

function groupVersionString(group: string, version: string): string {
  return group ? `${group}/${version}` : version;
}

function noKindMatchText(group: string, kind: string, versions: string[]): string {
  const searched = [...new Set(versions.map((v) => groupVersionString(group, v)))].sort();
  if (searched.length === 0) return `no matches for kind "${kind}" in group "${group}"`;
  if (searched.length === 1) return `no matches for kind "${kind}" in version "${searched[0]}"`;
  return `no matches for kind "${kind}" in versions [${searched.map((s) => `"${s}"`).join(" ")}]`;
}
