import "./helpers/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/app/_lib/db";
import { POST as loginRoute } from "@/app/api/admin/login/route";
import { POST as logoutRoute } from "@/app/api/admin/logout/route";
import { authenticateRequest } from "@/app/_lib/auth/request";
import { actorFromSessionToken, IDLE_TIMEOUT_MS } from "@/app/_lib/auth/session";
import { sha256 } from "@/app/_lib/auth/secrets";
import { changePassword } from "@/app/_lib/mutations/account";
import { fromClient, PASSWORD, req, seedFixture, type Fixture } from "./helpers/fixtures";

let fx: Fixture;
beforeAll(async () => {
  fx = await seedFixture();
});

const login = (email: string, password: string, ip = "203.0.113.1", origin?: string, headers: Record<string, string> = {}) =>
  loginRoute(req("POST", "/api/admin/login", { body: { email, password }, headers: { ...headers, ...fromClient(ip) }, origin }));

const tokenFrom = (res: Response) => /meridian_session=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1] ?? "";

describe("login", () => {
  it("starts a server-side session with a safe cookie", async () => {
    const res = await login("editor@test.local", PASSWORD, "198.51.100.1");
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const token = tokenFrom(res);
    // Only the hash is stored.
    expect(await db.session.findUnique({ where: { id: token } })).toBeNull();
    expect(await db.session.findUnique({ where: { id: sha256(token) } })).not.toBeNull();
    const actor = await actorFromSessionToken(token);
    expect(actor?.role).toBe("editor");
  });

  it("gives a new session id at every login", async () => {
    const a = tokenFrom(await login("author@test.local", PASSWORD, "198.51.100.2"));
    const b = tokenFrom(await login("author@test.local", PASSWORD, "198.51.100.2"));
    expect(a).not.toBe(b);
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const wrong = await login("editor@test.local", "nope-nope", "198.51.100.3");
    const unknown = await login("ghost@test.local", "nope-nope", "198.51.100.4");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("refuses bad input with 400/422, never 500", async () => {
    expect((await loginRoute(req("POST", "/api/admin/login", { rawBody: "{nope" }))).status).toBe(400);
    const res = await loginRoute(req("POST", "/api/admin/login", { body: { email: "a@b.c", password: "x", admin: true } }));
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields).toHaveProperty("admin");
  });

  it("refuses a login posted from another site", async () => {
    const res = await login("editor@test.local", PASSWORD, "198.51.100.5", "https://evil.example");
    expect(res.status).toBe(403);
  });
});

describe("brute-force protection", () => {
  it("locks an account for one client after 5 failures in 15 minutes, even with the right password", async () => {
    for (let i = 0; i < 5; i++) expect((await login("contributor@test.local", "wrong-password", "192.0.2.10")).status).toBe(401);
    const res = await login("contributor@test.local", PASSWORD, "192.0.2.10");
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await res.json()).error.message).toMatch(/Too many failed logins/);
  });

  it("does not let the locked client in by writing its own X-Forwarded-For", async () => {
    for (let i = 0; i < 5; i++) await login("author@test.local", "wrong-password", "192.0.2.20");
    for (const spoof of ["10.9.8.7", "203.0.113.77, 192.0.2.21", "anything"]) {
      expect((await login("author@test.local", PASSWORD, "192.0.2.20", undefined, { "x-forwarded-for": spoof })).status).toBe(429);
    }
  });

  it("does not lock the owner out from another client (the strict limit is per account and client)", async () => {
    for (let i = 0; i < 5; i++) await login("editor@test.local", "wrong-password", "192.0.2.30");
    expect((await login("editor@test.local", PASSWORD, "192.0.2.30")).status).toBe(429);
    expect((await login("editor@test.local", PASSWORD, "198.51.100.30")).status).toBe(200);
  });

  it("gives unknown emails the same 429", async () => {
    for (let i = 0; i < 5; i++) await login("nobody@test.local", "wrong-password", "192.0.2.40");
    const res = await login("nobody@test.local", "wrong-password", "192.0.2.40");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).not.toBeNull();
  });

  it("locks a client after 30 failures across accounts (password spraying)", async () => {
    for (let i = 0; i < 30; i++) await login(`guess${i}@test.local`, "wrong-password", "192.0.2.200");
    expect((await login("admin@test.local", PASSWORD, "192.0.2.200")).status).toBe(429);
    // Another address can still log in to that account.
    expect((await login("admin@test.local", PASSWORD, "192.0.2.201")).status).toBe(200);
  });

  it("slows, never blocks, an account guessed from many addresses", async () => {
    const email = "many@test.local";
    for (let i = 0; i < 20; i++) expect((await login(email, "wrong-password", `203.0.113.${i + 100}`)).status).toBe(401);
    const slowed = await login(email, "wrong-password", "198.51.100.50");
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get("retry-after"))).toBeLessThanOrEqual(30);
    // Half a minute later the account takes one more attempt.
    await db.loginAttempt.updateMany({ where: { key: { contains: email } }, data: { createdAt: new Date(Date.now() - 31_000) } });
    expect((await login(email, "wrong-password", "198.51.100.50")).status).toBe(401);
  });
});

describe("sessions end", () => {
  it("at logout", async () => {
    const token = tokenFrom(await login("editor@test.local", PASSWORD, "198.51.100.10"));
    const res = await logoutRoute(req("POST", "/api/admin/logout", { cookie: `meridian_session=${token}` }));
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(await actorFromSessionToken(token)).toBeNull();
  });

  it("after the idle timeout", async () => {
    const token = tokenFrom(await login("editor@test.local", PASSWORD, "198.51.100.11"));
    await db.session.update({ where: { id: sha256(token) }, data: { lastSeenAt: new Date(Date.now() - IDLE_TIMEOUT_MS - 1000) } });
    expect(await actorFromSessionToken(token)).toBeNull();
  });

  it("after the absolute lifetime", async () => {
    const token = tokenFrom(await login("editor@test.local", PASSWORD, "198.51.100.12"));
    await db.session.update({ where: { id: sha256(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await actorFromSessionToken(token)).toBeNull();
  });

  it("when the password changes: every old session is revoked and the demo flag cleared", async () => {
    const first = tokenFrom(await login("admin@test.local", PASSWORD, "198.51.100.13"));
    const second = tokenFrom(await login("admin@test.local", PASSWORD, "198.51.100.13"));
    const actor = (await actorFromSessionToken(first))!;
    const fresh = await changePassword({ actor }, { currentPassword: PASSWORD, newPassword: "a-much-better-password" });
    expect(await actorFromSessionToken(first)).toBeNull();
    expect(await actorFromSessionToken(second)).toBeNull();
    expect(await actorFromSessionToken(fresh!.token)).not.toBeNull();
    const user = await db.user.findUniqueOrThrow({ where: { id: fx.users.admin.id } });
    expect(user.passwordIsDefault).toBe(false);
    expect((await login("admin@test.local", "a-much-better-password", "198.51.100.14")).status).toBe(200);
  });

  it("rejects a garbage cookie or bearer token", async () => {
    expect(await authenticateRequest(req("GET", "/api/admin/articles", { cookie: "meridian_session=forged" }))).toBeNull();
    expect(await authenticateRequest(req("GET", "/api/admin/articles", { bearer: "mnt_forged" }))).toBeNull();
  });
});

describe("a malformed session cookie", () => {
  it("is no session (401), not a server error", async () => {
    const res = await logoutRoute(req("POST", "/api/admin/logout", { cookie: "meridian_session=%E0%A4%A" }));
    expect(res.status).toBeLessThan(500);
    expect(await authenticateRequest(req("GET", "/api/admin/articles", { cookie: "meridian_session=%E0%A4%A" }))).toBeNull();
  });
});
