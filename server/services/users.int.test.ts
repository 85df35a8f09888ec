// Sign-up and sign-in against a real PostgreSQL (see test/global-postgres.ts).
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "../db";
import { findUserByCredentials } from "../queries/users";
import { emailTakenMessage, seedDemoAccounts, demoAccounts, signUp } from "./users";

const prisma = createPrismaClient(inject("databaseUrl"));
afterAll(() => prisma.$disconnect());
beforeEach(async () => {
  await prisma.user.deleteMany();
});

const valid = { name: "Ada", email: "ada@example.com", password: "s3cret-pass" };

describe("signUp", () => {
  it("creates a student with a hashed password, storing the email in lower case", async () => {
    const result = await signUp(prisma, { ...valid, email: "  Ada@Example.COM " });
    expect(result).toMatchObject({ ok: true, user: { email: "ada@example.com", name: "Ada", role: "STUDENT" } });
    const row = await prisma.user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(valid.password);
  });

  it.each([
    ["a password under 8 characters", { ...valid, password: "1234567" }, { password: "Use at least 8 characters for your password." }],
    ["a malformed email", { ...valid, email: "ada-at-example" }, { email: "Enter a valid email address, like you@example.com." }],
    ["an empty name", { ...valid, name: "   " }, { name: "Enter your name." }],
    ["a 20 MB password", { ...valid, password: "x".repeat(20_000_000) }, { password: "Keep your password under 200 characters." }],
    ["a body that is not an object", "ada", { name: "Enter your name.", password: "Use at least 8 characters for your password." }],
  ])("refuses %s with a message on the field and writes nothing", async (_name, input, fieldErrors) => {
    const result = await signUp(prisma, input);
    expect(result).toEqual({ ok: false, fieldErrors: expect.objectContaining(fieldErrors) });
    expect(await prisma.user.count()).toBe(0);
  });

  it("refuses an email already taken, whatever its case, and keeps the first account", async () => {
    await signUp(prisma, valid);
    const again = await signUp(prisma, { ...valid, email: "ADA@example.com", name: "Impostor" });
    expect(again).toEqual({ ok: false, fieldErrors: { email: emailTakenMessage } });
    const users = await prisma.user.findMany();
    expect(users.map((u) => u.name)).toEqual(["Ada"]);
  });

  it("lets exactly one of two simultaneous sign-ups with the same email win", async () => {
    const results = await Promise.all([signUp(prisma, valid), signUp(prisma, { ...valid, name: "Twin" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await prisma.user.count()).toBe(1);
  });
});

describe("findUserByCredentials", () => {
  it("finds the user for the right password only", async () => {
    await signUp(prisma, valid);
    expect(await findUserByCredentials(prisma, "ADA@example.com", valid.password)).toMatchObject({ name: "Ada", role: "STUDENT" });
    expect(await findUserByCredentials(prisma, valid.email, "wrong-password")).toBeNull();
    expect(await findUserByCredentials(prisma, "nobody@example.com", valid.password)).toBeNull();
  });
});

describe("seedDemoAccounts", () => {
  it("creates the demo student and instructor once, and they can sign in", async () => {
    expect((await seedDemoAccounts(prisma)).map((a) => a.role)).toEqual(["STUDENT", "INSTRUCTOR"]);
    expect(await seedDemoAccounts(prisma)).toEqual([]);
    for (const a of demoAccounts) {
      expect(await findUserByCredentials(prisma, a.email, a.password)).toMatchObject({ role: a.role });
    }
  });
});
