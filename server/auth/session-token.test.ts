import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { userOfSessionToken } from "./session-token";

vi.mock("next/headers", () => ({ cookies: () => Promise.reject(new Error("not in a request")) }));

const secret = "a-test-secret-that-is-long-enough-1234";
const claims = { uid: "user-1", role: "STUDENT", name: "Ada", email: "ada@example.com" };
const cookie = (token: string) => ({ "next-auth.session-token": token });

describe("userOfSessionToken", () => {
  afterEach(() => vi.useRealTimers());

  it("reads the user next-auth put in the session cookie", async () => {
    const token = await encode({ token: claims, secret });
    expect(await userOfSessionToken(cookie(token), secret)).toEqual({ id: "user-1", role: "STUDENT", name: "Ada", email: "ada@example.com" });
    // The second read is served from memory and gives the same user.
    expect(await userOfSessionToken(cookie(token), secret)).toEqual({ id: "user-1", role: "STUDENT", name: "Ada", email: "ada@example.com" });
  });

  it("joins a session cookie next-auth split into chunks", async () => {
    const token = await encode({ token: claims, secret });
    const half = Math.floor(token.length / 2);
    const chunked = { "next-auth.session-token.0": token.slice(0, half), "next-auth.session-token.1": token.slice(half) };
    expect(await userOfSessionToken(chunked, secret)).toMatchObject({ id: "user-1" });
  });

  it.each([
    ["no cookie", async () => ({})],
    ["a cookie that is not a token", async () => cookie("not-a-token")],
    ["a token signed with another secret", async () => cookie(await encode({ token: claims, secret: "another-secret-that-is-long-enough-99" }))],
    ["a token without a user id", async () => cookie(await encode({ token: { role: "STUDENT" }, secret }))],
    ["a token whose bytes were altered", async () => {
      const token = await encode({ token: claims, secret });
      const i = token.length - 5;
      return cookie(token.slice(0, i) + (token[i] === "A" ? "B" : "A") + token.slice(i + 1));
    }],
  ])("gives no user for %s", async (_name, cookies) => {
    expect(await userOfSessionToken(await cookies(), secret)).toBeNull();
  });

  it("stops accepting a remembered token once it expires", async () => {
    const token = await encode({ token: claims, secret, maxAge: 60 });
    expect(await userOfSessionToken(cookie(token), secret)).toMatchObject({ id: "user-1" });
    vi.useFakeTimers({ now: Date.now() + 60_000 + 16_000, toFake: ["Date"] });
    expect(await userOfSessionToken(cookie(token), secret)).toBeNull();
  });
});
