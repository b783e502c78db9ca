// Users, API tokens and the audit log: admin (and, for the log, editor) reads.
import "server-only";
import { db } from "../../db";
import { can, type Actor } from "../../auth/roles";
import { AppError } from "@/app/_lib/errors";

const deny = () => new AppError(403, "forbidden", "Only admins may see this.");

export async function listUsers(actor: Actor) {
  if (!can(actor, "user.manage")) throw deny();
  const rows = await db.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, disabled: true, passwordIsDefault: true, authorId: true, createdAt: true, author: { select: { name: true } } },
  });
  return rows.map((u) => ({ ...u, createdAt: u.createdAt.toISOString(), author: u.author?.name ?? null }));
}

export async function listApiTokens(actor: Actor) {
  if (!can(actor, "token.manage")) throw deny();
  const rows = await db.apiToken.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, role: true, createdAt: true, lastUsedAt: true, revokedAt: true, createdBy: { select: { email: true } } },
  });
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    role: t.role,
    createdBy: t.createdBy.email,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }));
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit(actor: Actor, opts: { page?: number; entityType?: string; entityId?: string } = {}) {
  if (!can(actor, "audit.view")) throw new AppError(403, "forbidden", "Only editors and admins may see the audit log.");
  const page = Math.max(1, opts.page ?? 1);
  const where = { ...(opts.entityType ? { entityType: opts.entityType } : {}), ...(opts.entityId ? { entityId: opts.entityId } : {}) };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  return {
    entries: rows.map((r) => ({ id: r.id, at: r.at.toISOString(), actor: r.actor, action: r.action, entityType: r.entityType, entityId: r.entityId, details: r.details, ip: r.ip })),
    total,
    page,
    totalPages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}
