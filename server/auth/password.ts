// Password hashing with argon2id (OWASP's first choice), from @node-rs/argon2.
import { hash, verify } from "@node-rs/argon2";

// OWASP's minimum for argon2id: 19 MiB, 2 iterations, 1 lane.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed hash verifies nothing
  }
}
