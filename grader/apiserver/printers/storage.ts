// PersistentVolume, PersistentVolumeClaim and StorageClass columns of printers.go.
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn, wideColumn } from "./columns";
import { view } from "./object-view";
import { quantityString } from "./quantities";
import { translateTimestampSince } from "./timestamps";

const betaStorageClassAnnotation = "volume.beta.kubernetes.io/storage-class";
const isDefaultStorageClassAnnotation = "storageclass.kubernetes.io/is-default-class";
const betaIsDefaultStorageClassAnnotation = "storageclass.beta.kubernetes.io/is-default-class";

interface Meta {
  name?: string;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  annotations?: Record<string, string>;
}

interface PvView {
  metadata: Meta;
  spec?: {
    capacity?: Record<string, string>;
    accessModes?: string[];
    persistentVolumeReclaimPolicy?: string;
    claimRef?: { namespace?: string; name?: string } | null;
    storageClassName?: string;
    volumeAttributesClassName?: string | null;
    volumeMode?: string | null;
  };
  status?: { phase?: string; reason?: string };
}

interface PvcView {
  metadata: Meta;
  spec?: {
    volumeName?: string;
    storageClassName?: string | null;
    volumeAttributesClassName?: string | null;
    volumeMode?: string | null;
  };
  status?: { phase?: string; accessModes?: string[]; capacity?: Record<string, string> };
}

interface StorageClassView {
  metadata: Meta;
  provisioner?: string;
  reclaimPolicy?: string | null;
  volumeBindingMode?: string | null;
  allowVolumeExpansion?: boolean | null;
}

const accessModeAbbreviations: [mode: string, short: string][] = [
  ["ReadWriteOnce", "RWO"],
  ["ReadOnlyMany", "ROX"],
  ["ReadWriteMany", "RWX"],
  ["ReadWriteOncePod", "RWOP"],
];

/** helper.GetAccessModesAsString: always in the order RWO,ROX,RWX,RWOP. */
export function accessModesString(modes: string[] | undefined): string {
  const present = new Set(modes ?? []);
  return accessModeAbbreviations.filter(([mode]) => present.has(mode)).map(([, short]) => short).join(",");
}

const orUnset = (v: string | null | undefined): string => (v === undefined || v === null ? "<unset>" : v);

export const persistentVolumePrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Capacity"),
    column("Access Modes"),
    column("Reclaim Policy"),
    column("Status"),
    column("Claim"),
    column("StorageClass", "string", "StorageClass of the pv"),
    column("VolumeAttributesClass", "string", "VolumeAttributesClass of the pv"),
    column("Reason"),
    ageColumn,
    wideColumn("VolumeMode"),
  ],
  row(obj, ctx) {
    const pv = view<PvView>(obj);
    const spec = pv.spec ?? {};
    const claim = spec.claimRef ? `${spec.claimRef.namespace ?? ""}/${spec.claimRef.name ?? ""}` : "";
    const storageClass = pv.metadata.annotations?.[betaStorageClassAnnotation] ?? spec.storageClassName ?? "";
    return [
      pv.metadata.name ?? "",
      quantityString(spec.capacity?.storage),
      accessModesString(spec.accessModes),
      spec.persistentVolumeReclaimPolicy ?? "",
      pv.metadata.deletionTimestamp ? "Terminating" : (pv.status?.phase ?? ""),
      claim,
      storageClass,
      orUnset(spec.volumeAttributesClassName),
      pv.status?.reason ?? "",
      translateTimestampSince(pv.metadata.creationTimestamp, ctx.now),
      orUnset(spec.volumeMode),
    ];
  },
};

export const persistentVolumeClaimPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Status"),
    column("Volume"),
    column("Capacity"),
    column("Access Modes"),
    column("StorageClass", "string", "StorageClass of the pvc"),
    column("VolumeAttributesClass", "string", "VolumeAttributesClass of the pvc"),
    ageColumn,
    wideColumn("VolumeMode"),
  ],
  row(obj, ctx) {
    const pvc = view<PvcView>(obj);
    const spec = pvc.spec ?? {};
    const volumeName = spec.volumeName ?? "";
    // Capacity and access modes are shown only once the claim is bound to a volume.
    const capacity = volumeName !== "" ? quantityString(pvc.status?.capacity?.storage) : "";
    const accessModes = volumeName !== "" ? accessModesString(pvc.status?.accessModes) : "";
    const storageClass = pvc.metadata.annotations?.[betaStorageClassAnnotation] ?? spec.storageClassName ?? "";
    return [
      pvc.metadata.name ?? "",
      pvc.metadata.deletionTimestamp ? "Terminating" : (pvc.status?.phase ?? ""),
      volumeName,
      capacity,
      accessModes,
      storageClass,
      orUnset(spec.volumeAttributesClassName),
      translateTimestampSince(pvc.metadata.creationTimestamp, ctx.now),
      orUnset(spec.volumeMode),
    ];
  },
};

/** storageutil.IsDefaultAnnotation: the GA or the beta annotation set to "true". */
export function isDefaultStorageClass(meta: Meta): boolean {
  const annotations = meta.annotations ?? {};
  return annotations[isDefaultStorageClassAnnotation] === "true" || annotations[betaIsDefaultStorageClassAnnotation] === "true";
}

export const storageClassPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Provisioner"),
    column("ReclaimPolicy"),
    column("VolumeBindingMode"),
    column("AllowVolumeExpansion"),
    ageColumn,
  ],
  row(obj, ctx) {
    const sc = view<StorageClassView>(obj);
    const name = (sc.metadata.name ?? "") + (isDefaultStorageClass(sc.metadata) ? " (default)" : "");
    return [
      name,
      sc.provisioner ?? "",
      sc.reclaimPolicy ?? "Delete",
      sc.volumeBindingMode ?? "Immediate",
      sc.allowVolumeExpansion ?? false,
      translateTimestampSince(sc.metadata.creationTimestamp, ctx.now),
    ];
  },
};
