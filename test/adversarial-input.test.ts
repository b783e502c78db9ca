// Input an attacker controls never makes the newsroom API answer 500: each
// case below answered 500 before issue 24 and must be a 4xx with the usual
// error shape { error: { code, message, fields } }.
import "./helpers/test-db";
import { beforeAll, describe, expect, it } from "vitest";
import * as audit from "@/app/api/admin/audit/route";
import * as media from "@/app/api/admin/media/route";
import { authenticateRequest } from "@/app/_lib/auth/request";
import { req, seedFixture, sessionCookie } from "./helpers/fixtures";

let cookie: string;
beforeAll(async () => {
  const fx = await seedFixture();
  cookie = await sessionCookie(fx.users.admin.id);
});

async function expectClientError(res: Response, code?: string) {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  const body = (await res.json()) as { error: { code: string; message: string; fields: Record<string, string> } };
  expect(body.error.message).toBeTruthy();
  expect(body.error.fields).toBeTypeOf("object");
  if (code) expect(body.error.code).toBe(code);
}

describe("huge ?page on newsroom lists", () => {
  for (const [name, route] of [["audit", audit], ["media", media]] as const) {
    it.each(["99999999999999999999", "1e30", "-1", "0", "2.5", "abc"])(`/api/admin/${name}?page=%s is a 400 naming page`, async (page) => {
      const res = await route.GET(req("GET", `/api/admin/${name}?page=${page}`, { cookie }));
      await expectClientError(res, "invalid_page");
    });

    it(`/api/admin/${name} without a page is page 1`, async () => {
      expect((await route.GET(req("GET", `/api/admin/${name}`, { cookie }))).status).toBe(200);
    });
  }
});

describe("a session cookie with a broken percent escape", () => {
  it("is no session", async () => {
    expect(await authenticateRequest(req("GET", "/api/admin/audit", { cookie: "meridian_session=%E0%A4%A" }))).toBeNull();
    await expectClientError(await audit.GET(req("GET", "/api/admin/audit", { cookie: "meridian_session=%E0%A4%A" })));
  });
});
