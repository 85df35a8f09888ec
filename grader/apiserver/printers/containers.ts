// layoutContainerCells of printers.go: container names and images on one line each.
import type { ContainerView } from "./object-view";

export function layoutContainerCells(containers: ContainerView[] | undefined): [names: string, images: string] {
  const list = containers ?? [];
  return [list.map((c) => c.name ?? "").join(","), list.map((c) => c.image ?? "").join(",")];
}
