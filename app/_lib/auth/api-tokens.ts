// Bearer API tokens: created by an admin, shown once, stored as a SHA-256 hash,
// revocable, each with its own role (never above its creator's current role).
import { db } from "../db";
import { isRole, lowerRole, type Actor } from "./roles";
import { randomToken, sha256 } from "./secrets";

export const TOKEN_PREFIX = "mnt_";

export function newTokenSecret(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomToken(32)}`;
  return { token, hash: sha256(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

export async function actorFromBearer(token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: {
      id: true,
      role: true,
      revokedAt: true,
      lastUsedAt: true,
      createdBy: { select: { id: true, name: true, email: true, role: true, authorId: true, disabled: true } },
    },
  });
  if (!row || row.revokedAt || row.createdBy.disabled) return null;
  const tokenRole = row.role;
  const userRole = row.createdBy.role;
  if (!isRole(tokenRole) || !isRole(userRole)) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const u = row.createdBy;
  return {
    kind: "token",
    userId: u.id,
    name: `${u.name} (API token ${row.id})`,
    email: u.email,
    role: lowerRole(tokenRole, userRole),
    authorId: u.authorId,
    credentialId: String(row.id),
  };
}
