// An image as data: what `docker inspect` shows (config), what it ships (files,
// executables) and which coreutils answer inside it.
import type { UserlandKind } from "../userland/context";

/** The OCI image config fields a container start reads. */
export interface ImageConfig {
  entrypoint: string[] | null;
  cmd: string[] | null;
  workingDir: string;
  /** KEY=VALUE, in image order. */
  env: string[];
  /** "" (root), "101", "nginx", "1000:1000". */
  user: string;
  exposedPorts: string[];
}

/** A file the image ships: text, or a symlink. */
export type ImageFile = string | { content: string; mode: number } | { symlink: string };

export interface ImageSpec {
  /** Fully qualified repository, e.g. docker.io/library/nginx. */
  repository: string;
  tags: string[];
  /** The software version the tags point at (nginx 1.29.3). */
  version: string;
  config: ImageConfig;
  /** "none" for images without a shell (pause, distroless). */
  userland: UserlandKind | "none";
  files: Record<string, ImageFile>;
  /** Executable path → program model name (programs/registry.ts). */
  executables: Record<string, string>;
}

/** One family = one file of images/: nginx, busybox, … */
export type ImageFamily = ImageSpec[];
