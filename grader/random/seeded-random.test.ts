import { describe, it, expect } from "vitest";
import { SeededRandom, nameSuffixAlphabet } from "./seeded-random";

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("SeededRandom", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const seqA = [a.nextUint32(), a.nextUint32(), a.uuid()];
    expect([b.nextUint32(), b.nextUint32(), b.uuid()]).toEqual(seqA);
    expect([c.nextUint32(), c.nextUint32(), c.uuid()]).not.toEqual(seqA);
  });

  it("produces RFC 4122 version-4 UUIDs as a real cluster's metadata.uid", () => {
    const r = new SeededRandom("uids");
    for (let i = 0; i < 200; i++) expect(r.uuid()).toMatch(uuidV4);
  });

  it("builds name suffixes only from upstream's alphabet bcdfghjklmnpqrstvwxz2456789", () => {
    const r = new SeededRandom(7);
    const s = r.string(500);
    expect(s).toHaveLength(500);
    for (const ch of s) expect(nameSuffixAlphabet).toContain(ch);
    expect(new Set(s).size).toBe(nameSuffixAlphabet.length);
  });

  it("continues the same sequence after its state is saved and restored", () => {
    const r = new SeededRandom(5);
    r.uuid();
    const copy = SeededRandom.fromState(r.state());
    expect(copy.string(20)).toBe(r.string(20));
  });

  it("keeps intn within bounds", () => {
    const r = new SeededRandom(9);
    for (let i = 0; i < 1000; i++) {
      const x = r.intn(27);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(27);
    }
  });
});
