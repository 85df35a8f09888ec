// Class invite codes: 10 symbols of Crockford's base32 (no I, L, O, U) from
// crypto.randomBytes — 50 bits, so guessing one is hopeless — shown as
// `ABCDE-FGHJK`; what a student types is read back case- and dash-insensitively.
import { randomBytes } from "node:crypto";

const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const inviteCodeLength = 10;

export function newInviteCode(): string {
  // 256 is a multiple of 32, so `byte & 31` is uniform.
  const symbols = [...randomBytes(inviteCodeLength)].map((b) => alphabet[b & 31]);
  return `${symbols.slice(0, 5).join("")}-${symbols.slice(5).join("")}`;
}

/** The stored form of what someone typed, or null when it cannot be a code. */
export function normalizeInviteCode(typed: unknown): string | null {
  if (typeof typed !== "string" || typed.length > 40) return null;
  const plain = typed
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
  if (plain.length !== inviteCodeLength || [...plain].some((c) => !alphabet.includes(c))) return null;
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}
