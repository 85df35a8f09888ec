// Reading `-f FILE|DIR|-|URL` as kubectl's resource builder does
// (k8s.io/cli-runtime/pkg/resource/visitor.go, k8s.io/apimachinery/pkg/util/yaml):
// a directory lists its .json/.yaml/.yml files in lexical order (-R descends),
// a stream splits into `---` documents, empty documents are skipped, a List's
// items are expanded. A broken document stops its file, not the others.
import { YAMLException } from "js-yaml";
import type { KubeObject } from "../../apiserver/types";
import type { KubectlIO } from "../commands/command";
import { excessiveAliasingText, hasExcessiveAliasing } from "./alias-expansion";
import { goYamlErrorText } from "./yaml-errors";
import { loadYamlDocument } from "./yaml-document-cache";

export interface ManifestObject {
  /** The file name as given (`-` is `STDIN`), as kubectl names the source in errors. */
  source: string;
  object: KubeObject;
}

export interface ReadResult {
  objects: ManifestObject[];
  errors: Error[];
}

const manifestExtensions = [".json", ".yaml", ".yml"];

function isUrl(path: string): boolean {
  return path.startsWith("http://") || path.startsWith("https://");
}

/** The files `-f path` stands for (a directory's manifests, sorted; nested ones with -R). */
function expandPath(path: string, io: KubectlIO, recursive: boolean, top: boolean): string[] {
  const entries = io.listDir?.(path);
  if (entries === undefined) return [path];
  const files: string[] = [];
  for (const name of [...entries].sort()) {
    const child = path.endsWith("/") ? `${path}${name}` : `${path}/${name}`;
    if (io.listDir?.(child) !== undefined) {
      if (recursive) files.push(...expandPath(child, io, recursive, false));
      continue;
    }
    if (manifestExtensions.some((ext) => name.endsWith(ext))) files.push(child);
  }
  void top;
  return files;
}

/** Splits a stream into documents at lines starting with `---` (yaml.YAMLReader). */
export function splitYamlDocuments(text: string): string[] {
  const docs: string[] = [];
  let current: string[] = [];
  for (const line of text.split("\n")) {
    if (line.startsWith("---")) {
      const rest = line.slice(3).trim();
      if (rest === "" || rest.startsWith("#")) {
        docs.push(current.join("\n"));
        current = [];
        continue;
      }
    }
    current.push(line);
  }
  docs.push(current.join("\n"));
  return docs;
}

function jsonErrorText(e: unknown, text: string): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/Unexpected end of JSON input|Unterminated/.test(message)) return "unexpected EOF";
  const at = /position (\d+)/.exec(message);
  if (at && Number(at[1]) >= text.trimEnd().length) return "unexpected EOF";
  const ch = at ? text[Number(at[1])] : undefined;
  return ch ? `invalid character '${ch}' looking for beginning of value` : message;
}

function validationError(source: string, value: Record<string, unknown>): Error | undefined {
  const missing = !value.kind ? "kind" : !value.apiVersion ? "apiVersion" : undefined;
  if (!missing) return undefined;
  return new Error(
    `error validating "${source}": error validating data: ${missing} not set; if you choose to ignore these errors, turn validation off with --validate=false`,
  );
}

function expandList(source: string, value: Record<string, unknown>, into: ReadResult): void {
  if (typeof value.kind === "string" && value.kind.endsWith("List") && Array.isArray(value.items)) {
    for (const item of value.items) {
      if (item && typeof item === "object") expandList(source, item as Record<string, unknown>, into);
    }
    return;
  }
  const invalid = validationError(source, value);
  if (invalid) {
    into.errors.push(invalid);
    return;
  }
  if (!value.metadata || typeof value.metadata !== "object") value.metadata = {};
  into.objects.push({ source, object: value as KubeObject });
}

/** Decodes one file's (or stdin's) text into objects; stops at its first broken document. */
export function decodeManifests(source: string, text: string, into: ReadResult): void {
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      into.errors.push(new Error(`error parsing ${source}: ${jsonErrorText(e, text)}`));
      return;
    }
    if (value && typeof value === "object" && !Array.isArray(value)) expandList(source, value as Record<string, unknown>, into);
    return;
  }
  for (const doc of splitYamlDocuments(text)) {
    let value: unknown;
    try {
      value = loadYamlDocument(doc);
    } catch (e) {
      if (!(e instanceof YAMLException)) throw e;
      if (e.reason === "expected a document, but the input is empty") continue;
      into.errors.push(new Error(`error parsing ${source}: error converting YAML to JSON: ${goYamlErrorText(e, doc)}`));
      return;
    }
    if (value === null || value === undefined) continue;
    if (hasExcessiveAliasing(value)) {
      into.errors.push(new Error(`error parsing ${source}: error converting YAML to JSON: ${excessiveAliasingText}`));
      return;
    }
    if (typeof value !== "object" || Array.isArray(value)) {
      into.errors.push(new Error(`error parsing ${source}: json: cannot unmarshal ${Array.isArray(value) ? "array" : typeof value} into Go value of type map[string]interface {}`));
      return;
    }
    expandList(source, value as Record<string, unknown>, into);
  }
}

/** Everything `-f` names, in command-line order; errors are kubectl's texts without the `error: ` prefix. */
export function readManifests(filenames: string[], io: KubectlIO, recursive = false): ReadResult {
  const result: ReadResult = { objects: [], errors: [] };
  for (const name of filenames) {
    if (name === "-") {
      decodeManifests("STDIN", io.stdin, result);
      continue;
    }
    if (isUrl(name)) {
      result.errors.push(new Error(`unable to read URL "${name}", server reported 404 Not Found, status code=404`));
      continue;
    }
    let files: string[];
    try {
      files = expandPath(name, io, recursive, true);
    } catch (e) {
      result.errors.push(e instanceof Error ? e : new Error(String(e)));
      continue;
    }
    for (const file of files) {
      let text: string;
      try {
        text = io.readFile(file);
      } catch (e) {
        result.errors.push(e instanceof Error ? e : new Error(String(e)));
        break;
      }
      decodeManifests(file, text, result);
    }
  }
  return result;
}
