// ControllerRevision columns of printers.go (printControllerRevision): the owning
// controller as `kind.group/name` (formatResourceName with kind) and the revision number.
import type { KubeObject } from "../types";
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn } from "./columns";
import { translateTimestampSince } from "./timestamps";

interface ControllerRevisionView {
  metadata: KubeObject["metadata"];
  revision?: number;
}

/** metav1.GetControllerOf, then formatResourceName(GroupKind, name, true): `statefulset.apps/web`; `<none>` without one. */
export function controllerNameOf(obj: KubeObject): string {
  const ref = (obj.metadata.ownerReferences ?? []).find((r) => r.controller === true);
  if (!ref) return "<none>";
  const slash = ref.apiVersion.indexOf("/");
  const group = slash >= 0 ? ref.apiVersion.slice(0, slash) : "";
  if (ref.kind === "" && group === "") return ref.name;
  return `${(group === "" ? ref.kind : `${ref.kind}.${group}`).toLowerCase()}/${ref.name}`;
}

export const controllerRevisionPrinter: TablePrinter = {
  // Upstream declares REVISION as a string column though the cell is the int64 revision.
  columns: [nameColumn, column("Controller", "string", "Controller of the object"), column("Revision"), ageColumn],
  row(obj, ctx) {
    const cr = obj as unknown as ControllerRevisionView;
    return [cr.metadata.name ?? "", controllerNameOf(obj), cr.revision ?? 0, translateTimestampSince(cr.metadata.creationTimestamp, ctx.now)];
  },
};
