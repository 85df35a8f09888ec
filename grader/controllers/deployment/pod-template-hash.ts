// The pod-template-hash of a Deployment's template (controller_utils.go
// ComputeHash): FNV-32a over the template, then the collision count as 8
// little-endian bytes when set, printed in decimal and re-encoded with
// rand.SafeEncodeString's alphabet (so the hash uses only 4-9 and b c d f).
//
// Upstream hashes the Go struct as spew prints it (hashutil.DeepHashObject);
// that text depends on every field of the v1.34 Go types, so the same algorithm
// runs here on the template's canonical JSON (keys sorted) instead: names look
// and behave as upstream's (stable per template, 8-10 characters of the same
// alphabet), but are not byte-identical to a real cluster's for the same template.
import { nameSuffixAlphabet } from "../../random";
import { canonicalJson } from "../framework/canonical-json";

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

export function fnv32a(bytes: Uint8Array, hash = fnvOffset): number {
  let h = hash;
  for (const b of bytes) h = Math.imul(h ^ b, fnvPrime) >>> 0;
  return h;
}

/** JSON with object keys sorted at every level: one text per value. */
export { canonicalJson };

/** rand.SafeEncodeString: every byte becomes alphabet[byte % 27]. */
export function safeEncodeString(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += nameSuffixAlphabet[s.charCodeAt(i) % nameSuffixAlphabet.length];
  return out;
}

export function computePodTemplateHash(template: unknown, collisionCount?: number): string {
  let h = fnv32a(new TextEncoder().encode(canonicalJson(template ?? {})));
  if (collisionCount !== undefined) {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setUint32(0, collisionCount >>> 0, true);
    h = fnv32a(bytes, h);
  }
  return safeEncodeString(String(h));
}
