// ConfigMap, Secret and ServiceAccount columns of printers.go: counts of what they hold.
import type { TablePrinter } from "./interface";
import { ageColumn, column, nameColumn } from "./columns";
import { view } from "./object-view";
import { translateTimestampSince } from "./timestamps";

interface ConfigMapView {
  metadata: { name?: string; creationTimestamp?: string };
  data?: Record<string, string>;
  binaryData?: Record<string, string>;
}

interface SecretView {
  metadata: { name?: string; creationTimestamp?: string };
  type?: string;
  data?: Record<string, string>;
}

interface ServiceAccountView {
  metadata: { name?: string; creationTimestamp?: string };
  secrets?: unknown[];
}

const count = (map: Record<string, unknown> | undefined): number => Object.keys(map ?? {}).length;

export const configMapPrinter: TablePrinter = {
  columns: [nameColumn, column("Data"), ageColumn],
  row(obj, ctx) {
    const cm = view<ConfigMapView>(obj);
    return [
      cm.metadata.name ?? "",
      count(cm.data) + count(cm.binaryData),
      translateTimestampSince(cm.metadata.creationTimestamp, ctx.now),
    ];
  },
};

export const secretPrinter: TablePrinter = {
  columns: [nameColumn, column("Type"), column("Data"), ageColumn],
  row(obj, ctx) {
    const secret = view<SecretView>(obj);
    return [
      secret.metadata.name ?? "",
      secret.type ?? "",
      count(secret.data),
      translateTimestampSince(secret.metadata.creationTimestamp, ctx.now),
    ];
  },
};

export const serviceAccountPrinter: TablePrinter = {
  columns: [nameColumn, column("Secrets"), ageColumn],
  row(obj, ctx) {
    const sa = view<ServiceAccountView>(obj);
    return [sa.metadata.name ?? "", (sa.secrets ?? []).length, translateTimestampSince(sa.metadata.creationTimestamp, ctx.now)];
  },
};
