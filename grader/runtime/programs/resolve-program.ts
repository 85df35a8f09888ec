// Where argv[0] leads inside a container: a program model of the image (by PATH,
// or a path), or a shell script with a shebang. Shared by the container and the
// shells, which must agree on which commands an image has.
import type { ImageSpec } from "../images/types";
import { resolveAgainst, type ContainerFs } from "../vfs/container-fs";

export function resolveProgramName(argv0: string, image: ImageSpec, fs: ContainerFs, env: Record<string, string>, cwd: string): string | undefined {
  const candidates = argv0.includes("/") ? [resolveAgainst(cwd, argv0)] : (env.PATH ?? "/usr/local/bin:/usr/bin:/bin").split(":").map((d) => `${d}/${argv0}`);
  for (const path of candidates) {
    if (image.executables[path] && fs.exists(path)) return image.executables[path];
    const node = fs.node(path);
    if (node?.kind === "file" && argv0.includes("/") && /^#!\s*\/(usr\/)?bin\/(ba|a)?sh/.test(node.content)) return `script:${path}`;
  }
  return undefined;
}
