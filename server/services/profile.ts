// The user's leaderboard identity: a display name, or anonymous on public
// boards (the default: nobody appears by name until they choose to).
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { canEditProfile, type MaybeActor } from "../auth/authorization";
import { refuse, succeed, type ServiceResult } from "./service-result";
import { zodRefusal } from "./zod-refusal";

export interface BoardProfile {
  displayName: string | null;
  boardIdentity: "ANONYMOUS" | "DISPLAY_NAME";
}

// Letters, digits, spaces and a little punctuation: no control or invisible characters, no markup.
const displayNamePattern = /^[\p{L}\p{N}][\p{L}\p{N} ._'-]*$/u;

const boardProfileSchema = z
  .object({
    displayName: z
      .string({ error: "The display name must be text." })
      .trim()
      .min(2, "Use at least 2 characters for your display name.")
      .max(40, "Keep your display name under 40 characters.")
      .regex(displayNamePattern, "Use letters, digits, spaces, dots, dashes, apostrophes or underscores, starting with a letter or digit.")
      .nullable()
      .optional(),
    boardIdentity: z.enum(["ANONYMOUS", "DISPLAY_NAME"], { error: "Choose ANONYMOUS or DISPLAY_NAME." }),
  })
  .refine((p) => p.boardIdentity === "ANONYMOUS" || !!p.displayName, {
    path: ["displayName"],
    message: "Choose a display name to appear on public leaderboards.",
  });

export async function updateBoardProfile(
  deps: { prisma: PrismaClient },
  actor: MaybeActor,
  input: unknown,
): Promise<ServiceResult<BoardProfile>> {
  if (!actor || !canEditProfile(actor, actor.id)) return refuse(403, "Sign in to change your profile.");
  const parsed = boardProfileSchema.safeParse(input ?? {});
  if (!parsed.success) return zodRefusal(parsed.error);
  const { boardIdentity } = parsed.data;
  const data = parsed.data.displayName === undefined ? { boardIdentity } : { boardIdentity, displayName: parsed.data.displayName };
  const user = await deps.prisma.user.update({ where: { id: actor.id }, data, select: { displayName: true, boardIdentity: true } });
  return succeed(user);
}

export async function boardProfile(prisma: PrismaClient, actor: MaybeActor): Promise<BoardProfile | null> {
  if (!actor) return null;
  return prisma.user.findUnique({ where: { id: actor.id }, select: { displayName: true, boardIdentity: true } });
}
