// The one source of randomness of a simulated cluster: sfc32, a small fast
// PRNG whose whole state is four 32-bit words, so a cluster snapshot can carry
// it and a restored cluster continues the same sequence.

export type RandomState = [number, number, number, number];

/** Characters of generated name suffixes (k8s.io/apimachinery/pkg/util/rand: no vowels, no confusable digits). */
export const nameSuffixAlphabet = "bcdfghjklmnpqrstvwxz2456789";

// A seed of any size or a string becomes four well-mixed words (splitmix32).
function seedWords(seed: number | string): RandomState {
  let h = 0x9e3779b9;
  const text = typeof seed === "number" ? `n:${seed}` : `s:${seed}`;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x85ebca6b) >>> 0;
  const next = () => {
    h = (h + 0x9e3779b9) >>> 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  return [next(), next(), next(), next()];
}

const hex: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string = 1) {
    [this.a, this.b, this.c, this.d] = seedWords(seed);
    for (let i = 0; i < 12; i++) this.nextUint32(); // warm up as sfc32 recommends
  }

  static fromState(state: RandomState): SeededRandom {
    const r = new SeededRandom(0);
    [r.a, r.b, r.c, r.d] = state;
    return r;
  }

  state(): RandomState {
    return [this.a, this.b, this.c, this.d];
  }

  /** Continues from a state taken with state() (to draw from a side stream and come back). */
  restore(state: RandomState): void {
    [this.a, this.b, this.c, this.d] = state;
  }

  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A uniform integer in [0, n) for n ≤ 2^32, without modulo bias. */
  intn(n: number): number {
    if (!(n > 0 && n <= 0x100000000)) throw new RangeError(`intn(${n})`);
    const limit = 0x100000000 - (0x100000000 % n);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % n;
    }
  }

  /** A random RFC 4122 version-4 UUID, as types.UID values look on a real cluster. */
  uuid(): string {
    const w0 = this.nextUint32();
    const w1 = this.nextUint32();
    const w2 = this.nextUint32();
    const w3 = this.nextUint32();
    const b = [
      w0 >>> 24, (w0 >>> 16) & 255, (w0 >>> 8) & 255, w0 & 255,
      w1 >>> 24, (w1 >>> 16) & 255, (w1 >>> 8) & 255, w1 & 255,
      w2 >>> 24, (w2 >>> 16) & 255, (w2 >>> 8) & 255, w2 & 255,
      w3 >>> 24, (w3 >>> 16) & 255, (w3 >>> 8) & 255, w3 & 255,
    ];
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    const h = b.map((x) => hex[x]);
    return `${h[0]}${h[1]}${h[2]}${h[3]}-${h[4]}${h[5]}-${h[6]}${h[7]}-${h[8]}${h[9]}-${h[10]}${h[11]}${h[12]}${h[13]}${h[14]}${h[15]}`;
  }

  /** `n` characters of `alphabet` (default: upstream's name-suffix alphabet). */
  string(n: number, alphabet: string = nameSuffixAlphabet): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[this.intn(alphabet.length)];
    return s;
  }
}
