// Every route handler in the app, asked by a logged-in admin with a generated
// set of malformed requests (bodies of the wrong type, broken JSON, deep
// nesting, lone surrogates, NUL, bidi and zero-width characters, 1 MB
// strings, odd ids and query values), never answers 5xx, and every 4xx has
// the usual shape { error: { code, message, fields } }. A method a route does
// not serve is a 405 with that shape and an Allow header.
// Routes are found on disk, so a new route is in the matrix without a change here.
// The feeds and sitemaps are rendered ahead of time, which any exported
// method besides GET would stop: the server hooks answer their other methods
// (app/_server/prerendered-route-methods.cjs, e2e/security-adversarial.spec.ts).
import "./helpers/test-db";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROUTE_METHODS, type RouteMethod } from "@/app/_lib/http/other-methods";
import { ORIGIN, seedFixture, sessionCookie } from "./helpers/fixtures";

const APP = path.resolve(import.meta.dirname, "../app");
// Logging out ends the session the rest of the matrix uses; it has its own tests.
const SKIP = new Set(["api/admin/logout"]);
// These read through Next's data cache or draft mode, which exist only inside
// a Next server: e2e/security-adversarial.spec.ts sends them the same over HTTP.
const PRERENDERED = /^(feeds|sitemaps|ur\/feeds)(\/|$)/;
const NEEDS_NEXT = /^(api\/v1|api\/admin\/preview|feeds|sitemaps|ur\/feeds|media|robots\.txt)(\/|$)/;

function routeFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) routeFiles(full, found);
    else if (name === "route.ts") found.push(path.relative(APP, dir));
  }
  return found;
}

const routes = routeFiles(APP)
  .map((dir) => ({ dir, segments: dir.split(path.sep).filter((s) => !/^\(.*\)$/.test(s)) }))
  .filter((r) => !SKIP.has(r.segments.join("/")));

const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
const MEGABYTE = "x".repeat(1_000_000);
const ODD_STRINGS = ["x\ud800y", "a\u0000b", "\u202e\u200f\u200dRTL", "\u200b", "%ff", "../../etc/passwd", "1e309", "-1", "99999999999999999999"];
const FIELDS = ["title", "slug", "name", "email", "password", "role", "standfirst", "bodyJson", "categoryId", "authorIds", "topicIds", "url", "events", "alt", "scheduledAt", "version", "breakingWindowHours", "to", "q", "page"];
const objectOf = (value: unknown) => Object.fromEntries(FIELDS.map((f) => [f, value]));

const RAW_BODIES: string[] = [
  "",
  "{",
  "null",
  "[]",
  "123",
  '"text"',
  '{"__proto__":{"role":"admin"},"constructor":{"prototype":{"x":1}}}',
  `{"bodyJson":{"type":"doc","content":${deep(150_000)}}}`,
  deep(10_000),
  JSON.stringify({ title: MEGABYTE, name: MEGABYTE, bodyJson: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: MEGABYTE }] }] } }),
  ...[null, 123, -1, 1e308, true, [], {}, ["x"], { nested: { deeper: [1, 2] } }, ...ODD_STRINGS].map((v) => JSON.stringify(objectOf(v))),
];

// Values for dynamic segments: none of them names a row.
const ODD_PARAMS = ["0", "-1", "abc", "99999999999999999999", "1.5", "%ff", "x\ud800", "\u202e", "a".repeat(5000)];
const ODD_QUERY = ["?page=99999999999999999999&limit=-1", "?q=%00%ff&page=abc", "?q=" + encodeURIComponent("\u202e\u200d" + "x".repeat(3000)), "?status=nope&category=%ff&topic=&author=1e99"];

function paramsFor(segments: string[], value: string) {
  const params: Record<string, string | string[]> = {};
  for (const s of segments) {
    const catchAll = s.match(/^\[\.\.\.(\w+)\]$/);
    const one = s.match(/^\[(\w+)\]$/);
    if (catchAll) params[catchAll[1]] = [value, value];
    else if (one) params[one[1]] = value;
  }
  return { params: Promise.resolve(params) };
}

function urlFor(segments: string[], value: string, query = "") {
  return `${ORIGIN}/${segments.map((s) => (s.startsWith("[") ? encodeURIComponent(value.toWellFormed()) : s)).join("/")}${query}`;
}

type Handler = (req: Request, ctx: unknown) => Promise<Response> | Response;

async function expectShaped(res: Response, what: string) {
  expect(res.status, `${what} answered ${res.status}`).toBeLessThan(500);
  if (res.status >= 400 && res.status !== 405) {
    // Rows that are not there and refused requests: the usual error shape.
    const type = res.headers.get("content-type") ?? "";
    if (type.includes("json")) {
      const body = (await res.json()) as { error?: { code?: unknown; message?: unknown; fields?: unknown } };
      expect(typeof body.error?.code, `${what}: error.code`).toBe("string");
      expect(typeof body.error?.message, `${what}: error.message`).toBe("string");
      expect(typeof body.error?.fields, `${what}: error.fields`).toBe("object");
    }
  }
}

let cookie: string;
beforeAll(async () => {
  const fx = await seedFixture();
  cookie = await sessionCookie(fx.users.admin.id);
});

function request(method: string, url: string, body?: string) {
  const headers = new Headers({ cookie, origin: ORIGIN });
  if (body !== undefined) headers.set("content-type", "application/json");
  return new Request(url, { method, headers, body: method === "GET" || method === "HEAD" ? undefined : body });
}

it("prerendered routes export GET only (another method would make Next fail them)", async () => {
  for (const { dir, segments } of routes.filter((r) => PRERENDERED.test(r.segments.join("/")))) {
    const mod = (await import(/* @vite-ignore */ path.join(APP, dir, "route.ts"))) as Record<string, unknown>;
    expect(ROUTE_METHODS.filter((m) => mod[m]), segments.join("/")).toEqual(["GET"]);
  }
});

describe.each(routes)("/$dir", ({ dir, segments }) => {
  let mod: Partial<Record<RouteMethod, Handler>>;
  beforeAll(async () => {
    mod = await import(/* @vite-ignore */ path.join(APP, dir, "route.ts"));
  });
  const dynamic = segments.some((s) => s.startsWith("["));

  it.skipIf(PRERENDERED.test(segments.join("/")))("exports every method: the ones it serves and 405 + Allow + error shape for the rest", async () => {
    const allow = (await mod.OPTIONS!(request("OPTIONS", urlFor(segments, "1")), paramsFor(segments, "1"))).headers.get("allow") ?? "";
    expect(allow).toMatch(/OPTIONS/);
    for (const method of ROUTE_METHODS) {
      if (method === "HEAD" && mod.GET) continue; // Next answers HEAD with GET
      expect(mod[method], `${method} is exported`).toBeTypeOf("function");
      if (allow.split(", ").includes(method)) continue;
      const res = await mod[method]!(request(method, urlFor(segments, "1"), "{}"), paramsFor(segments, "1"));
      expect(res.status, method).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
    }
  });

  it.skipIf(NEEDS_NEXT.test(segments.join("/")))("answers malformed bodies, ids and queries with a 4xx, never a 5xx", async () => {
    const allow = (await mod.OPTIONS!(request("OPTIONS", urlFor(segments, "1")), paramsFor(segments, "1"))).headers.get("allow") ?? "";
    const served = ROUTE_METHODS.filter((m) => allow.split(", ").includes(m) && m !== "OPTIONS" && m !== "HEAD");
    for (const method of served) {
      for (const param of dynamic ? ODD_PARAMS : ["-"]) {
        if (method === "GET") {
          for (const query of ODD_QUERY) {
            const res = await mod.GET!(request("GET", urlFor(segments, param, query)), paramsFor(segments, param));
            await expectShaped(res, `GET ${param.slice(0, 20)} ${query.slice(0, 40)}`);
          }
          continue;
        }
        // DELETE of an existing row is a real delete: ids here name none.
        for (const body of RAW_BODIES) {
          const res = await mod[method]!(request(method, urlFor(segments, param), body), paramsFor(segments, param));
          await expectShaped(res, `${method} id=${JSON.stringify(param.slice(0, 20))} body=${JSON.stringify(body.slice(0, 60))}`);
        }
      }
    }
  }, 120_000);
});
