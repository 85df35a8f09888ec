// Writes of user accounts: sign-up (validated) and the demo accounts of the seed.
import { z } from "zod";
import type { PrismaClient, Role } from "@/generated/prisma/client";
import { hashPassword } from "../auth/password";

export const signUpSchema = z.object({
  name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(100, "Keep your name under 100 characters."),
  email: z
    .string({ error: "Enter a valid email address, like you@example.com." })
    .trim()
    .toLowerCase()
    .max(254, "That email address is too long.")
    .pipe(z.email("Enter a valid email address, like you@example.com.")),
  password: z
    .string({ error: "Use at least 8 characters for your password." })
    .min(8, "Use at least 8 characters for your password.")
    .max(200, "Keep your password under 200 characters."),
});

export type SignUpInput = z.input<typeof signUpSchema>;
export type FieldErrors = Partial<Record<keyof SignUpInput, string>>;

export type SignUpResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; fieldErrors: FieldErrors };

export const emailTakenMessage = "An account with this email already exists. Sign in instead.";

/** Creates a student account; every problem comes back as a message for its field, nothing is written. */
export async function signUp(db: PrismaClient, input: unknown): Promise<SignUpResult> {
  // A body that is not an object is treated as an empty form: every field says what it needs.
  const parsed = signUpSchema.safeParse(typeof input === "object" && input !== null ? input : {});
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as keyof SignUpInput;
      fieldErrors[key] ??= issue.message;
    }
    return { ok: false, fieldErrors };
  }
  const { name, email, password } = parsed.data;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    return { ok: false, fieldErrors: { email: emailTakenMessage } };
  }
  try {
    const user = await db.user.create({
      data: { name, email, passwordHash: await hashPassword(password), role: "STUDENT" },
      select: { id: true, email: true, name: true, role: true },
    });
    return { ok: true, user };
  } catch (e) {
    // Two sign-ups racing for the same email: the unique index decides.
    if ((e as { code?: string }).code === "P2002") return { ok: false, fieldErrors: { email: emailTakenMessage } };
    throw e;
  }
}

export interface DemoAccount {
  email: string;
  password: string;
  name: string;
  role: Role;
}

export const demoAccounts: DemoAccount[] = [
  { email: "student@kubedojo.local", password: "kubedojo-student", name: "Demo Student", role: "STUDENT" },
  { email: "instructor@kubedojo.local", password: "kubedojo-instructor", name: "Demo Instructor", role: "INSTRUCTOR" },
];

/** Creates the demo accounts that do not exist yet; returns those created. */
export async function seedDemoAccounts(db: PrismaClient): Promise<DemoAccount[]> {
  const created: DemoAccount[] = [];
  for (const account of demoAccounts) {
    const existing = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
    if (existing) continue;
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash: await hashPassword(account.password),
      },
    });
    created.push(account);
  }
  return created;
}
