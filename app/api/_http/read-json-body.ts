// Reads a JSON request body with a byte limit enforced while it streams in:
// a declared Content-Length over the limit is refused before reading, and an
// undeclared one is cut off as soon as it passes the limit, so a 20 MB paste
// never sits in memory whole. Bytes that are not UTF-8 are refused, not
// replaced (the grader must see what the candidate wrote).
export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 411 | 413 | 415; message: string };

export const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** `tooLarge` words the refusal for what the body carries ("This answer is 20.0 MB; …"). */
export async function readJsonBody(request: Request, maxBytes: number, tooLargeMessage?: (bytes: number) => string): Promise<BodyResult> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    return { ok: false, status: 415, message: "Send the body as JSON (Content-Type: application/json)." };
  }
  const tooLarge = (bytes: number): BodyResult => ({
    ok: false,
    status: 413,
    message: tooLargeMessage?.(bytes) ?? `The request is ${size(bytes)}; the limit is ${size(maxBytes)}.`,
  });
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return tooLarge(declared);
  }
  if (!request.body) return { ok: false, status: 400, message: "The request has no body." };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(Number.isFinite(declared) ? declared : received);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, message: "The request is not valid UTF-8 text. Remove the characters that were pasted from a binary file and save again." };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: "The request body is not valid JSON." };
  }
}
