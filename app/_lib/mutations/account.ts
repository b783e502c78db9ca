// The signed-in person's own account: change password.
// A password change revokes every session of the account (other devices are
// logged out) and starts a fresh one for the device that made the change.
import { z } from "zod";
import { db } from "../db";
import { hashPassword, verifyPassword } from "../auth/password";
import { createSession, revokeAllSessions, type NewSession } from "../auth/session";
import { auditWho, writeAudit } from "./audit";
import type { MutationContext } from "./context";
import { AppError, parseInput } from "@/app/_lib/errors";

export const MIN_PASSWORD_LENGTH = 10;

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "Use at most 200 characters");

const changePasswordInput = z.strictObject({
  currentPassword: z.string().min(1, "Enter your current password").max(500),
  newPassword: newPasswordSchema,
});

export async function changePassword(ctx: MutationContext, input: unknown, meta: { userAgent?: string } = {}): Promise<NewSession | null> {
  const data = parseInput(changePasswordInput, input);
  if (ctx.actor.kind !== "session") throw new AppError(403, "forbidden", "Passwords are changed in the newsroom, not with an API token.");
  const user = await db.user.findUnique({ where: { id: ctx.actor.userId }, select: { passwordHash: true } });
  if (!user) throw new AppError(401, "unauthenticated", "Log in to continue.");
  if (!(await verifyPassword(data.currentPassword, user.passwordHash))) {
    throw new AppError(422, "invalid_fields", "Your current password is not right.", { currentPassword: "Not your current password" });
  }
  if (data.newPassword === data.currentPassword) {
    throw new AppError(422, "invalid_fields", "Choose a new password.", { newPassword: "Must differ from the current password" });
  }
  const passwordHash = await hashPassword(data.newPassword);
  // The new session must be created strictly after passwordChangedAt (sessions older than it are dead).
  const changedAt = new Date(Date.now() - 1);
  await db.user.update({ where: { id: ctx.actor.userId }, data: { passwordHash, passwordIsDefault: false, passwordChangedAt: changedAt } });
  await revokeAllSessions(ctx.actor.userId);
  const session = await createSession(ctx.actor.userId, { ip: ctx.ip, userAgent: meta.userAgent });
  await writeAudit(auditWho(ctx.actor, ctx.ip), "password.change", "user", ctx.actor.userId);
  return session;
}
