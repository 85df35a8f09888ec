// Pull durations and sizes are virtual but stable: derived from the image, so
// the same pull always reads `in 2.345s` with the same byte count.
import { createHash } from "node:crypto";
import type { ImageSpec } from "../runtime";

/** By image: the catalog's ImageSpec objects live as long as the process. */
const seeds = new WeakMap<ImageSpec, number>();

function seed(image: ImageSpec): number {
  let s = seeds.get(image);
  if (s === undefined) {
    s = createHash("sha256").update(`${image.repository}:${image.version}`).digest().readUInt32BE(0);
    seeds.set(image, s);
  }
  return s;
}

/** A plausible compressed size: 2–200 MB, smaller for the small families. */
export function imageSizeBytes(image: ImageSpec): number {
  const small = /busybox|alpine|pause|curl/.test(image.repository) || image.tags.some((t) => t.includes("alpine"));
  const span = small ? 8_000_000 : 190_000_000;
  return (small ? 2_000_000 : 10_000_000) + (seed(image) % span);
}

/** Pull time at ~40 MB/s plus a registry round trip, in whole milliseconds. */
export function pullDurationMs(image: ImageSpec): number {
  return 300 + Math.round(imageSizeBytes(image) / 40_000) + (seed(image) % 700);
}
