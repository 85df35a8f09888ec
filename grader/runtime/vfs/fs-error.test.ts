import { statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FsError } from "./fs-error";

describe("FsError", () => {
  it("reads as Node's own error does (code, path, message) without a captured stack", () => {
    const missing = "/no/such/path/for/fs-error-test";
    let node: NodeJS.ErrnoException | undefined;
    try {
      statSync(missing);
    } catch (e) {
      node = e as NodeJS.ErrnoException;
    }
    const e = new FsError("ENOENT", "stat", missing);
    expect([e.message, e.code, e.path]).toEqual([node!.message, node!.code, node!.path]);
    expect(e).toBeInstanceOf(Error);
    expect(Object.keys(e)).toEqual(["code", "path"]);
    expect(e.stack).toBe(`Error: ${e.message}`);
  });

  it("leaves other errors' stack traces as they were", () => {
    const limit = Error.stackTraceLimit;
    void new FsError("EROFS", "open", "/x");
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error("other").stack).toContain("\n    at ");
  });
});
