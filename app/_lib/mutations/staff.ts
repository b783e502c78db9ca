// Admin-only: staff accounts, roles and API tokens.
import { z } from "zod";
import { db } from "../db";
import { ROLES } from "../domain";
import { hashPassword } from "../auth/password";
import { newTokenSecret } from "../auth/api-tokens";
import { can } from "../auth/roles";
import { revokeAllSessions } from "../auth/session";
import { newPasswordSchema } from "./account";
import { auditWho, writeAudit } from "./audit";
import type { MutationContext } from "./context";
import { forbidden, AppError, notFound, parseInput } from "@/app/_lib/errors";

const role = z.enum(ROLES, { error: `One of: ${ROLES.join(", ")}` });
const email = z.email({ error: "Expected an email address" }).max(200).transform((e) => e.toLowerCase());
const authorId = z.number({ error: "Expected an author id" }).int().positive().nullable();

const userCreate = z.strictObject({ email, name: z.string().trim().min(1, "Required").max(120), role, password: newPasswordSchema, authorId: authorId.default(null) });
const userUpdate = z.strictObject({
  name: z.string().trim().min(1, "Required").max(120).optional(),
  role: role.optional(),
  disabled: z.boolean({ error: "Expected true or false" }).optional(),
  password: newPasswordSchema.optional(),
  authorId: authorId.optional(),
});
const tokenCreate = z.strictObject({ name: z.string().trim().min(1, "Required").max(120), role });

function requireAdmin(ctx: MutationContext, action: "user.manage" | "token.manage") {
  if (!can(ctx.actor, action)) throw forbidden("Only admins may do this.");
}

async function checkAuthor(id: number | null | undefined) {
  if (id && !(await db.author.findUnique({ where: { id }, select: { id: true } }))) {
    throw new AppError(422, "invalid_fields", "No such author.", { authorId: "No such author" });
  }
}

const userSelect = { id: true, email: true, name: true, role: true, disabled: true, authorId: true, passwordIsDefault: true } as const;

export async function createUser(ctx: MutationContext, input: unknown) {
  const data = parseInput(userCreate, input);
  requireAdmin(ctx, "user.manage");
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new AppError(422, "invalid_fields", "An account with that email exists.", { email: "Already used" });
  }
  await checkAuthor(data.authorId);
  const { password, ...rest } = data;
  const user = await db.user.create({ data: { ...rest, passwordHash: await hashPassword(password) }, select: userSelect });
  await writeAudit(auditWho(ctx.actor, ctx.ip), "user.created", "user", user.id, { email: user.email, role: user.role });
  return user;
}

export async function updateUser(ctx: MutationContext, id: number, input: unknown) {
  const data = parseInput(userUpdate, input);
  requireAdmin(ctx, "user.manage");
  const current = await db.user.findUnique({ where: { id }, select: { id: true, role: true } });
  if (!current) throw notFound("User");
  if (id === ctx.actor.userId && (data.disabled || (data.role && data.role !== "admin"))) {
    throw new AppError(422, "invalid_fields", "You cannot lock yourself out; ask another admin.", { role: "Not on your own account" });
  }
  await checkAuthor(data.authorId);
  const { password, ...rest } = data;
  const user = await db.user.update({
    where: { id },
    data: { ...rest, ...(password ? { passwordHash: await hashPassword(password), passwordIsDefault: false, passwordChangedAt: new Date() } : {}) },
    select: userSelect,
  });
  // A new role, a lock or a new password takes effect at once: log the account out everywhere.
  if (password || data.disabled || (data.role && data.role !== current.role)) await revokeAllSessions(id);
  await writeAudit(auditWho(ctx.actor, ctx.ip), "user.updated", "user", id, { ...rest, passwordChanged: Boolean(password) });
  return user;
}

/** Returns the token once; only its hash is kept. */
export async function createApiToken(ctx: MutationContext, input: unknown) {
  const data = parseInput(tokenCreate, input);
  requireAdmin(ctx, "token.manage");
  const secret = newTokenSecret();
  const row = await db.apiToken.create({
    data: { name: data.name, role: data.role, tokenHash: secret.hash, prefix: secret.prefix, createdById: ctx.actor.userId },
    select: { id: true, name: true, role: true, prefix: true, createdAt: true },
  });
  await writeAudit(auditWho(ctx.actor, ctx.ip), "token.created", "api_token", row.id, { name: row.name, role: row.role });
  return { ...row, createdAt: row.createdAt.toISOString(), token: secret.token };
}

export async function revokeApiToken(ctx: MutationContext, id: number) {
  requireAdmin(ctx, "token.manage");
  const row = await db.apiToken.findUnique({ where: { id }, select: { id: true, revokedAt: true, name: true } });
  if (!row) throw notFound("API token");
  if (!row.revokedAt) await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  await writeAudit(auditWho(ctx.actor, ctx.ip), "token.revoked", "api_token", id, { name: row.name });
  return { revoked: true, id };
}
