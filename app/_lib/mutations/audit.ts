// The audit log: who did what, to what, when. Written after the change commits.
import { db } from "../db";
import type { Actor } from "../auth/roles";

export type AuditWho = { userId: number | null; label: string; ip?: string };

export const auditWho = (actor: Actor, ip = ""): AuditWho => ({
  userId: actor.userId,
  label: actor.kind === "token" ? `${actor.email} (API token #${actor.credentialId})` : actor.email,
  ip,
});

export async function writeAudit(
  who: AuditWho,
  action: string,
  entityType: string,
  entityId: number | string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await db.auditLog.create({
    data: {
      userId: who.userId,
      actor: who.label,
      action,
      entityType,
      entityId: String(entityId),
      details: JSON.stringify(details),
      ip: who.ip ?? "",
    },
  });
}
