// Deployment, ReplicaSet, StatefulSet and DaemonSet columns of printers.go.
import type { TablePrinter } from "./interface";
import { ageColumn, column, containersColumn, imagesColumn, nameColumn, wideColumn } from "./columns";
import { layoutContainerCells } from "./containers";
import { formatLabelSelector, formatLabels, labelSelectorString } from "./labels";
import type { LabelSelectorView, PodTemplateView } from "./object-view";
import { view } from "./object-view";
import { translateTimestampSince } from "./timestamps";

interface WorkloadView {
  metadata: { name?: string; creationTimestamp?: string };
  spec?: { replicas?: number; selector?: LabelSelectorView; template?: PodTemplateView };
  status?: {
    replicas?: number;
    readyReplicas?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    desiredNumberScheduled?: number;
    currentNumberScheduled?: number;
    numberReady?: number;
    updatedNumberScheduled?: number;
    numberAvailable?: number;
  };
}

// spec.replicas is always set on stored objects (defaulted to 1); the fallback mirrors that default.
const desiredReplicas = (w: WorkloadView): number => w.spec?.replicas ?? 1;

export const deploymentPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Ready", "string", "Number of the pod with ready state"),
    column("Up-to-date"),
    column("Available"),
    ageColumn,
    containersColumn,
    imagesColumn,
    wideColumn("Selector"),
  ],
  row(obj, ctx) {
    const d = view<WorkloadView>(obj);
    const [names, images] = layoutContainerCells(d.spec?.template?.spec?.containers);
    return [
      d.metadata.name ?? "",
      `${d.status?.readyReplicas ?? 0}/${desiredReplicas(d)}`,
      d.status?.updatedReplicas ?? 0,
      d.status?.availableReplicas ?? 0,
      translateTimestampSince(d.metadata.creationTimestamp, ctx.now),
      names,
      images,
      // printDeployment prints the bare selector string: "" rather than <none>.
      labelSelectorString(d.spec?.selector),
    ];
  },
};

export const replicaSetPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Desired", "integer"),
    column("Current", "integer"),
    column("Ready", "integer"),
    ageColumn,
    containersColumn,
    imagesColumn,
    wideColumn("Selector"),
  ],
  row(obj, ctx) {
    const rs = view<WorkloadView>(obj);
    const [names, images] = layoutContainerCells(rs.spec?.template?.spec?.containers);
    return [
      rs.metadata.name ?? "",
      desiredReplicas(rs),
      rs.status?.replicas ?? 0,
      rs.status?.readyReplicas ?? 0,
      translateTimestampSince(rs.metadata.creationTimestamp, ctx.now),
      names,
      images,
      formatLabelSelector(rs.spec?.selector),
    ];
  },
};

export const statefulSetPrinter: TablePrinter = {
  columns: [nameColumn, column("Ready", "string", "Number of the pod with ready state"), ageColumn, containersColumn, imagesColumn],
  row(obj, ctx) {
    const sts = view<WorkloadView>(obj);
    const [names, images] = layoutContainerCells(sts.spec?.template?.spec?.containers);
    return [
      sts.metadata.name ?? "",
      `${sts.status?.readyReplicas ?? 0}/${desiredReplicas(sts)}`,
      translateTimestampSince(sts.metadata.creationTimestamp, ctx.now),
      names,
      images,
    ];
  },
};

export const daemonSetPrinter: TablePrinter = {
  columns: [
    nameColumn,
    column("Desired", "integer"),
    column("Current", "integer"),
    column("Ready", "integer"),
    column("Up-to-date", "integer"),
    column("Available", "integer"),
    column("Node Selector"),
    ageColumn,
    containersColumn,
    imagesColumn,
    wideColumn("Selector"),
  ],
  row(obj, ctx) {
    const ds = view<WorkloadView>(obj);
    const status = ds.status ?? {};
    const [names, images] = layoutContainerCells(ds.spec?.template?.spec?.containers);
    return [
      ds.metadata.name ?? "",
      status.desiredNumberScheduled ?? 0,
      status.currentNumberScheduled ?? 0,
      status.numberReady ?? 0,
      status.updatedNumberScheduled ?? 0,
      status.numberAvailable ?? 0,
      formatLabels(ds.spec?.template?.spec?.nodeSelector),
      translateTimestampSince(ds.metadata.creationTimestamp, ctx.now),
      names,
      images,
      formatLabelSelector(ds.spec?.selector),
    ];
  },
};
