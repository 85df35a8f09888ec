// The just-bash view (async IFileSystem) of a ContainerFs: the same nodes, so
// the fast path and just-bash see and change the same files.
import type { BufferEncoding, CpOptions, FileContent, FsStat, IFileSystem, MkdirOptions, RmOptions } from "just-bash";
import { resolveAgainst, type ContainerFs, type StatResult } from "./container-fs";
import { FsError } from "./fs-error";

type EncodingOption = { encoding?: BufferEncoding | null } | BufferEncoding | null | undefined;

function encodingOf(options: EncodingOption): BufferEncoding | null | undefined {
  return typeof options === "string" || options === null || options === undefined ? options : options.encoding;
}

/** Text as the container stores it (UTF-8), from what just-bash hands over. */
function toText(content: FileContent, options?: EncodingOption): string {
  if (typeof content !== "string") return Buffer.from(content).toString("utf8");
  const encoding = encodingOf(options);
  if (encoding === "binary" || encoding === "latin1") return Buffer.from(content, "latin1").toString("utf8");
  if (encoding === "base64" || encoding === "hex") return Buffer.from(content, encoding).toString("utf8");
  return content;
}

function toFsStat(s: StatResult): FsStat {
  return { isFile: s.isFile, isDirectory: s.isDirectory, isSymbolicLink: s.isSymbolicLink, mode: s.mode, size: s.size, mtime: new Date(s.mtimeMs) };
}

/** A redirection's target could not be created: the shell prints why and goes on with its next command. */
export type CannotCreateHandler = (path: string, error: FsError) => void;

export class JustBashFs implements IFileSystem {
  /** Targets whose creation failed: the output of the command they were for goes nowhere. */
  private readonly failedTargets = new Set<string>();

  constructor(
    readonly container: ContainerFs,
    private readonly onCannotCreate?: CannotCreateHandler,
  ) {}

  /**
   * just-bash opens a redirection target by writing "" to it ("binary") and lets
   * any error escape, ending the whole script. A real shell only fails that
   * command, so the failure goes to the handler instead of being thrown.
   */
  private openedAsRedirection(path: string, content: FileContent, options: EncodingOption, write: () => void): boolean {
    if (!this.onCannotCreate || content !== "" || encodingOf(options) !== "binary") return false;
    try {
      write();
      this.failedTargets.delete(path);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      this.failedTargets.add(path);
      this.onCannotCreate(path, e);
    }
    return true;
  }

  async readFile(path: string, options?: EncodingOption): Promise<string> {
    const text = this.container.readFile(path);
    const encoding = encodingOf(options);
    if (encoding === "binary" || encoding === "latin1") return Buffer.from(text, "utf8").toString("latin1");
    return text;
  }
  async readFileBytes(path: string) {
    return Buffer.from(this.container.readFile(path), "utf8").toString("latin1") as never;
  }
  async readFileBuffer(path: string): Promise<Uint8Array> {
    return new Uint8Array(Buffer.from(this.container.readFile(path), "utf8"));
  }
  async writeFile(path: string, content: FileContent, options?: EncodingOption): Promise<void> {
    if (this.openedAsRedirection(path, content, options, () => this.container.writeFile(path, ""))) return;
    this.writeUnlessFailedTarget(path, () => this.container.writeFile(path, toText(content, options)));
  }
  async appendFile(path: string, content: FileContent, options?: EncodingOption): Promise<void> {
    if (this.openedAsRedirection(path, content, options, () => this.container.appendFile(path, ""))) return;
    this.writeUnlessFailedTarget(path, () => this.container.appendFile(path, toText(content, options)));
  }

  private writeUnlessFailedTarget(path: string, write: () => void): void {
    try {
      write();
    } catch (e) {
      if (e instanceof FsError && this.failedTargets.delete(path)) return;
      throw e;
    }
  }
  async exists(path: string): Promise<boolean> {
    return this.container.exists(path);
  }
  async stat(path: string): Promise<FsStat> {
    return toFsStat(this.container.stat(path));
  }
  async lstat(path: string): Promise<FsStat> {
    return toFsStat(this.container.lstat(path));
  }
  async mkdir(path: string, options?: MkdirOptions): Promise<void> {
    this.container.mkdir(path, options?.recursive ?? false);
  }
  async readdir(path: string): Promise<string[]> {
    return this.container.readdir(path);
  }
  async readdirWithFileTypes(path: string) {
    return this.container.readdirTyped(path).map(({ name, node }) => ({
      name,
      isFile: node.kind === "file" || node.kind === "device",
      isDirectory: node.kind === "dir",
      isSymbolicLink: node.kind === "symlink",
    }));
  }
  async rm(path: string, options?: RmOptions): Promise<void> {
    this.container.rm(path, options);
  }
  async cp(src: string, dest: string, options?: CpOptions): Promise<void> {
    this.container.cp(src, dest, options?.recursive ?? false);
  }
  async mv(src: string, dest: string): Promise<void> {
    this.container.mv(src, dest);
  }
  resolvePath(base: string, path: string): string {
    return resolveAgainst(base, path);
  }
  getAllPaths(): string[] {
    return this.container.allPaths();
  }
  async chmod(path: string, mode: number): Promise<void> {
    this.container.chmod(path, mode);
  }
  async symlink(target: string, linkPath: string): Promise<void> {
    this.container.symlink(target, linkPath);
  }
  async link(existingPath: string, newPath: string): Promise<void> {
    this.container.link(existingPath, newPath);
  }
  async readlink(path: string): Promise<string> {
    return this.container.readlink(path);
  }
  async realpath(path: string): Promise<string> {
    return this.container.realpath(path);
  }
  async utimes(path: string, _atime: Date, mtime: Date): Promise<void> {
    this.container.utimes(path, mtime.getTime());
  }
}
