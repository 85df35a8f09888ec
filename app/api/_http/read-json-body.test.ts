import { describe, expect, it } from "vitest";
import { readJsonBody } from "./read-json-body";

const json = { "Content-Type": "application/json" };

/** A request whose body streams in chunks and declares no length, as a chunked upload does. */
function streamed(chunks: Uint8Array[], onPull?: () => void): Request {
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull?.();
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
  });
  return new Request("http://x/", { method: "PUT", headers: json, body, duplex: "half" } as RequestInit);
}

describe("readJsonBody", () => {
  it("parses a JSON body under the limit", async () => {
    const r = await readJsonBody(new Request("http://x/", { method: "PUT", headers: json, body: '{"a":1}' }), 100);
    expect(r).toEqual({ ok: true, value: { a: 1 } });
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    let pulled = 0;
    const request = streamed([new Uint8Array(10)], () => pulled++);
    request.headers.set("content-length", String(20 * 1024 * 1024));
    const r = await readJsonBody(request, 1024 * 1024, (n) => `This answer is ${(n / 1048576).toFixed(1)} MB`);
    expect(r).toEqual({ ok: false, status: 413, message: "This answer is 20.0 MB" });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading an undeclared body as soon as it passes the limit", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const r = await readJsonBody(streamed(Array.from({ length: 320 }, () => chunk), () => pulled++), 1024 * 1024);
    expect(r).toMatchObject({ ok: false, status: 413 });
    expect(pulled).toBeLessThan(20); // 17 chunks pass 1 MB; the other 300 are never read
  });

  it("refuses bytes that are not UTF-8 instead of replacing them", async () => {
    const body = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]);
    const r = await readJsonBody(new Request("http://x/", { method: "PUT", headers: json, body }), 100);
    expect(r).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/not valid UTF-8/) });
  });

  it.each([
    ["not JSON", json, "{a", 400],
    ["no JSON content type", { "Content-Type": "text/plain" }, "{}", 415],
  ])("refuses a body that is %s", async (_name, headers, body, status) => {
    const r = await readJsonBody(new Request("http://x/", { method: "PUT", headers, body }), 100);
    expect(r).toMatchObject({ ok: false, status });
  });
});
