// Go's crypto/tls.X509KeyPair as `kubectl create secret tls` calls it: find the CERTIFICATE
// blocks of the certificate input and the first `... PRIVATE KEY` block of the key input
// (encoding/pem.Decode), parse both, and check that the key belongs to the certificate.
// Parsing and key comparison use node:crypto; the error texts are Go's.
import { X509Certificate, createPrivateKey, type KeyObject } from "node:crypto";

interface PemBlock {
  type: string;
  bytes: Buffer;
}

const pemBlock = /-----BEGIN ([^\n-]*)-----\r?\n([\s\S]*?)-----END \1-----/g;

/** pem.Decode over the whole input: the blocks in order; a block whose body is not base64 is skipped. */
export function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const m of text.matchAll(pemBlock)) {
    // Headers (`Proc-Type: ...`) end at a blank line; the body is base64 with any line breaks.
    const body = m[2].includes(":") && /\r?\n\r?\n/.test(m[2]) ? m[2].slice(m[2].search(/\r?\n\r?\n/)).trim() : m[2];
    const compact = body.replace(/\s+/g, "");
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) continue;
    blocks.push({ type: m[1], bytes: Buffer.from(compact, "base64") });
  }
  return blocks;
}

/** Go's %v of a []string: `[A B]`. */
const goList = (items: string[]): string => `[${items.join(" ")}]`;

function certificateDer(certPem: string): Buffer {
  const blocks = pemBlocks(certPem);
  const certs = blocks.filter((b) => b.type === "CERTIFICATE");
  if (certs.length > 0) return certs[0].bytes;
  const skipped = blocks.map((b) => b.type);
  if (skipped.length === 0) throw new Error("tls: failed to find any PEM data in certificate input");
  if (skipped.length === 1 && skipped[0].endsWith("PRIVATE KEY")) {
    throw new Error("tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched");
  }
  throw new Error(`tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: ${goList(skipped)}`);
}

function keyDer(keyPem: string): Buffer {
  const skipped: string[] = [];
  for (const block of pemBlocks(keyPem)) {
    if (block.type === "PRIVATE KEY" || block.type.endsWith(" PRIVATE KEY")) return block.bytes;
    skipped.push(block.type);
  }
  if (skipped.length === 0) throw new Error("tls: failed to find any PEM data in key input");
  if (skipped.length === 1 && skipped[0] === "CERTIFICATE") throw new Error("tls: found a certificate rather than a key in the PEM for the private key");
  throw new Error(`tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: ${goList(skipped)}`);
}

/** parsePrivateKey: PKCS #1, then PKCS #8, then SEC 1 (EC), whatever the PEM type said. */
function parsePrivateKey(der: Buffer): KeyObject {
  const formats = [
    { type: "pkcs1", check: (k: KeyObject) => k.asymmetricKeyType === "rsa" },
    { type: "pkcs8", check: (k: KeyObject) => ["rsa", "ec", "ed25519"].includes(k.asymmetricKeyType ?? "") },
    { type: "sec1", check: (k: KeyObject) => k.asymmetricKeyType === "ec" },
  ] as const;
  for (const f of formats) {
    let key: KeyObject;
    try {
      key = createPrivateKey({ key: der, format: "der", type: f.type });
    } catch {
      continue;
    }
    if (f.type === "pkcs8" && !f.check(key)) throw new Error("tls: found unknown private key type in PKCS#8 wrapping");
    return key;
  }
  throw new Error("tls: failed to parse private key");
}

/** The public half as JWK members that identify it: n for RSA, x/y for EC, x for Ed25519. */
function publicIdentity(key: KeyObject): string {
  const jwk = key.export({ format: "jwk" });
  return JSON.stringify([jwk.crv ?? "", jwk.n ?? "", jwk.x ?? "", jwk.y ?? ""]);
}

/** Throws Go's error when the PEM inputs are not a matching certificate and private key. */
export function checkX509KeyPair(certPem: string, keyPem: string): void {
  const certBytes = certificateDer(certPem);
  const keyBytes = keyDer(keyPem);
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certBytes);
  } catch {
    throw new Error("x509: malformed certificate");
  }
  const privateKey = parsePrivateKey(keyBytes);
  const publicKey = cert.publicKey;
  const kind = publicKey.asymmetricKeyType;
  if (kind !== "rsa" && kind !== "ec" && kind !== "ed25519") throw new Error("tls: unknown public key algorithm");
  if (privateKey.asymmetricKeyType !== kind) throw new Error("tls: private key type does not match public key type");
  const derivedPublic = publicIdentity(privateKey);
  if (publicIdentity(publicKey) !== derivedPublic) throw new Error("tls: private key does not match public key");
}
