import { describe, expect, it } from "vitest";
import { parseServerEnv } from "./env";

const good = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db", NEXTAUTH_SECRET: "x".repeat(32) };

describe("parseServerEnv", () => {
  it("accepts a complete environment and defaults NODE_ENV to development", () => {
    expect(parseServerEnv(good)).toEqual({ ...good, NODE_ENV: "development" });
  });
  it.each([
    ["a missing DATABASE_URL", { ...good, DATABASE_URL: undefined }, "DATABASE_URL: DATABASE_URL is not set"],
    ["a DATABASE_URL that is not postgres", { ...good, DATABASE_URL: "mysql://x" }, "DATABASE_URL must be a postgresql:// URL"],
    ["a short NEXTAUTH_SECRET", { ...good, NEXTAUTH_SECRET: "short" }, "NEXTAUTH_SECRET must be at least 32 characters"],
    ["a malformed NEXTAUTH_URL", { ...good, NEXTAUTH_URL: "not a url" }, "NEXTAUTH_URL"],
  ])("rejects %s with a message naming the variable", (_name, env, message) => {
    expect(() => parseServerEnv(env)).toThrow(message);
  });
});
