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
  readonly code: FsErrorCode;
  readonly path: string;

  constructor(code: FsErrorCode, syscall: string, path: string) {
    // Shells probe missing paths all the time (just-bash's command hash, PATH searches) and only
    // the code and message are ever read: capturing a stack trace was most of the cost.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`${code}: ${descriptions[code]}, ${syscall} '${path}'`);
    Error.stackTraceLimit = limit;
    this.code = code;
    this.path = path;
  }
}
