// Errors shaped like Node's (code + "ENOENT: no such file or directory, open '/x'"),
// which is what just-bash's commands read to print their messages.

export type FsErrorCode = "ENOENT" | "EEXIST" | "EISDIR" | "ENOTDIR" | "ENOTEMPTY" | "EROFS" | "ELOOP" | "EINVAL";

const descriptions: Record<FsErrorCode, string> = {
  ENOENT: "no such file or directory",
  EEXIST: "file already exists",
  EISDIR: "illegal operation on a directory",
  ENOTDIR: "not a directory",
  ENOTEMPTY: "directory not empty",
  EROFS: "read-only file system",
  ELOOP: "too many symbolic links encountered",
  EINVAL: "invalid argument",
};

export class FsError extends Error {
  constructor(
    readonly code: FsErrorCode,
    syscall: string,
    readonly path: string,
  ) {
    super(`${code}: ${descriptions[code]}, ${syscall} '${path}'`);
  }
}
