// A small newsroom for integration tests: one account per role, sections,
// topics and bylines. Real rows in the test database, nothing mocked.
import { CLIENT_ADDRESS_HEADER } from "@/app/_server/client-address.cjs";
import { processState } from "@/app/_server/process-state.cjs";
import { db } from "@/app/_lib/db";
import { hashPassword } from "@/app/_lib/auth/password";
import { createSession } from "@/app/_lib/auth/session";
import type { Role } from "@/app/_lib/domain";

export const PASSWORD = "correct-horse-battery";

export type Fixture = Awaited<ReturnType<typeof seedFixture>>;

export async function seedFixture() {
  const passwordHash = await hashPassword(PASSWORD);
  const world = await db.category.create({ data: { slug: "world", name: "World", menuOrder: 1 } });
  const business = await db.category.create({ data: { slug: "business", name: "Business", menuOrder: 2 } });
  const climate = await db.topic.create({ data: { slug: "climate", name: "Climate" } });
  const trade = await db.topic.create({ data: { slug: "trade", name: "Trade" } });
  const roles: Role[] = ["contributor", "author", "editor", "admin"];
  const users = {} as Record<Role, { id: number; authorId: number; email: string }>;
  for (const role of roles) {
    const author = await db.author.create({ data: { slug: `${role}-byline`, name: `${role[0].toUpperCase()}${role.slice(1)} Byline` } });
    const user = await db.user.create({
      data: { email: `${role}@test.local`, name: `Test ${role}`, role, passwordHash, authorId: author.id, passwordIsDefault: true },
    });
    users[role] = { id: user.id, authorId: author.id, email: user.email };
  }
  return { categories: { world, business }, topics: { climate, trade }, users };
}

/** A Cookie header for a fresh session of this user. */
export async function sessionCookie(userId: number): Promise<string> {
  const { token } = await createSession(userId);
  return `meridian_session=${token}`;
}

export const ORIGIN = "http://localhost";

/** A Request as a browser on the newsroom would send it. */
export function req(method: string, path: string, opts: { cookie?: string; body?: unknown; rawBody?: string; bearer?: string; origin?: string | null; headers?: Record<string, string> } = {}) {
  const headers = new Headers(opts.headers);
  if (opts.cookie) headers.set("cookie", opts.cookie);
  if (opts.bearer) headers.set("authorization", `Bearer ${opts.bearer}`);
  if (opts.origin !== null && method !== "GET") headers.set("origin", opts.origin ?? ORIGIN);
  let body: string | undefined;
  if (opts.rawBody !== undefined) body = opts.rawBody;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined) headers.set("content-type", "application/json");
  return new Request(`${ORIGIN}${path}`, { method, headers, body });
}

/** Route context for a dynamic segment, as Next passes it. */
export const params = <P extends Record<string, string>>(p: P) => ({ params: Promise.resolve(p) });

/**
 * Headers of a request from `ip` as the server hooks pass it to the app
 * (app/_server/client-address.cjs); marks this process as running the hooks.
 */
export function fromClient(ip: string): Record<string, string> {
  processState().clientAddressFromHooks = true;
  return { [CLIENT_ADDRESS_HEADER]: ip };
}
