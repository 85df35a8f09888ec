// The objects of `-f FILE|DIR|-` (and `-R`) as create, apply and replace read
// them: cmdutil's "must specify one of -f and -k" first, then every document
// mapped to its resource, with the read and mapping errors kept for the end.
import type { ParsedCommand } from "../parse-args";
import type { KubectlIO } from "../commands/command";
import { boolFlag, listFlag, stringFlag } from "../commands/write-flags";
import { mapObjects, namespaceChoice, readManifests } from "./index";

export type ObjectsFromFlags =
  | { ok: false; stderr: string }
  | { ok: true; infos: ReturnType<typeof mapObjects>["infos"]; errors: unknown[] };

export function objectsFromFileFlags(cmd: ParsedCommand, io: KubectlIO): ObjectsFromFlags {
  const filenames = listFlag(cmd, "filename");
  if (filenames.length === 0 && !stringFlag(cmd, "kustomize")) return { ok: false, stderr: "error: must specify one of -f and -k\n" };
  const read = readManifests(filenames, io, boolFlag(cmd, "recursive"));
  const mapped = mapObjects(read.objects, io, namespaceChoice(cmd.flags, io));
  return { ok: true, infos: mapped.infos, errors: [...read.errors, ...mapped.errors] };
}
