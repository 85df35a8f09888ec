// Classes: an instructor creates one (with an invite code), students join
// with the code, the instructor renames it, rotates the code, removes a member.
// A class someone may not manage answers like one that does not exist (404).
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { canCreateClass, canJoinClass, canManageClass, type MaybeActor } from "../auth/authorization";
import { newInviteCode, normalizeInviteCode } from "./invite-code";
import { plausibleId } from "./plausible-id";
import { clockOf } from "./service-deps";
import { refuse, succeed, type ServiceResult } from "./service-result";
import { zodRefusal } from "./zod-refusal";

export interface ClassDeps {
  prisma: PrismaClient;
  now?: () => Date;
}

export interface ClassSummary {
  id: string;
  name: string;
  inviteCode: string;
}

export const classNotFound = "This class does not exist.";
export const inviteCodeNotFound = "No class has this invite code. Check it with your instructor.";

const classNameSchema = z.object({
  name: z.string({ error: "Enter the class's name." }).trim().min(1, "Enter the class's name.").max(120, "Keep the name under 120 characters."),
});

const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === "P2002";

export async function createClass(deps: ClassDeps, actor: MaybeActor, input: unknown): Promise<ServiceResult<ClassSummary>> {
  if (!actor || !canCreateClass(actor)) return refuse(403, "Only instructors can create classes.");
  const parsed = classNameSchema.safeParse(input ?? {});
  if (!parsed.success) return zodRefusal(parsed.error);
  // A collision of 50 random bits is all but impossible; retry rather than fail if it happens.
  for (let tries = 0; ; tries++) {
    try {
      const created = await deps.prisma.class.create({
        data: { name: parsed.data.name, ownerId: actor.id, inviteCode: newInviteCode(), createdAt: clockOf(deps) },
        select: { id: true, name: true, inviteCode: true },
      });
      return succeed(created);
    } catch (e) {
      if (!isUniqueViolation(e) || tries >= 3) throw e;
    }
  }
}

/** The class if `actor` manages it, or a 404 refusal. */
async function managedClass(prisma: PrismaClient, actor: MaybeActor, classId: string) {
  if (!plausibleId(classId)) return null;
  const cls = await prisma.class.findUnique({ where: { id: classId }, select: { id: true, ownerId: true, name: true } });
  return cls && canManageClass(actor, cls) ? cls : null;
}

export async function renameClass(deps: ClassDeps, actor: MaybeActor, classId: string, input: unknown): Promise<ServiceResult<ClassSummary>> {
  if (!(await managedClass(deps.prisma, actor, classId))) return refuse(404, classNotFound);
  const parsed = classNameSchema.safeParse(input ?? {});
  if (!parsed.success) return zodRefusal(parsed.error);
  const cls = await deps.prisma.class.update({ where: { id: classId }, data: { name: parsed.data.name }, select: { id: true, name: true, inviteCode: true } });
  return succeed(cls);
}

/** A new invite code; the old one stops working (a code that leaked). Members stay. */
export async function rotateInviteCode(deps: ClassDeps, actor: MaybeActor, classId: string): Promise<ServiceResult<ClassSummary>> {
  if (!(await managedClass(deps.prisma, actor, classId))) return refuse(404, classNotFound);
  for (let tries = 0; ; tries++) {
    try {
      const cls = await deps.prisma.class.update({ where: { id: classId }, data: { inviteCode: newInviteCode() }, select: { id: true, name: true, inviteCode: true } });
      return succeed(cls);
    } catch (e) {
      if (!isUniqueViolation(e) || tries >= 3) throw e;
    }
  }
}

/** Joins the class of an invite code; joining again is harmless. The class's own instructor does not join it. */
export async function joinClass(deps: ClassDeps, actor: MaybeActor, typedCode: unknown): Promise<ServiceResult<{ classId: string; name: string; alreadyMember: boolean }>> {
  if (!actor || !canJoinClass(actor)) return refuse(403, "Sign in to join a class.");
  const code = normalizeInviteCode(typedCode);
  if (!code) return refuse(400, "An invite code has 10 letters and digits, like ABCDE-FGHJK.");
  const cls = await deps.prisma.class.findUnique({ where: { inviteCode: code }, select: { id: true, name: true, ownerId: true } });
  if (!cls) return refuse(404, inviteCodeNotFound);
  if (cls.ownerId === actor.id) return refuse(409, "You teach this class; your students join it with this code.");
  const created = await deps.prisma.classMember.createMany({ data: [{ classId: cls.id, userId: actor.id, joinedAt: clockOf(deps) }], skipDuplicates: true });
  return succeed({ classId: cls.id, name: cls.name, alreadyMember: created.count === 0 });
}

/** Removes a member (their past attempts stay, and stay on the class's reports). */
export async function removeMember(deps: ClassDeps, actor: MaybeActor, classId: string, userId: string): Promise<ServiceResult<{ removed: boolean }>> {
  if (!(await managedClass(deps.prisma, actor, classId))) return refuse(404, classNotFound);
  if (!plausibleId(userId)) return refuse(404, "This user is not a member of the class.");
  const { count } = await deps.prisma.classMember.deleteMany({ where: { classId, userId } });
  return count ? succeed({ removed: true }) : refuse(404, "This user is not a member of the class.");
}

/** A student leaves a class. */
export async function leaveClass(deps: ClassDeps, actor: MaybeActor, classId: string): Promise<ServiceResult<{ left: boolean }>> {
  if (!actor) return refuse(403, "Sign in to leave a class.");
  if (!plausibleId(classId)) return refuse(404, classNotFound);
  const { count } = await deps.prisma.classMember.deleteMany({ where: { classId, userId: actor.id } });
  return count ? succeed({ left: true }) : refuse(404, classNotFound);
}
