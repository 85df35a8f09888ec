// strerror() texts for the errors our filesystem raises, as glibc and musl print them.
import { FsError } from "../vfs/fs-error";

const strerror: Record<string, string> = {
  ENOENT: "No such file or directory",
  EEXIST: "File exists",
  EISDIR: "Is a directory",
  ENOTDIR: "Not a directory",
  ENOTEMPTY: "Directory not empty",
  EROFS: "Read-only file system",
  ELOOP: "Symbolic link loop",
  EINVAL: "Invalid argument",
};

export function errnoText(error: unknown): string {
  if (error instanceof FsError) return strerror[error.code] ?? error.message;
  throw error;
}
