// The methods a route handler does not serve, answered with the usual error
// shape. Next answers a method a route module does not export with a bare 405
// (no body, no Allow header: next/dist/server/route-modules/app-route/helpers/
// auto-implement-methods.js), and its automatic OPTIONS would list every
// method a module exports, these refusals included. So every route.ts ends
// with one line naming what it serves:
//
//   export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
//
// test/route-matrix.test.ts asks every route.ts on disk every method (and
// malformed input); e2e/security-adversarial.spec.ts does the same over HTTP
// for the routes that only run inside Next.
export const ROUTE_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

type Refusals = Record<RouteMethod, () => Response>;

/** The Allow header value for a route that serves `served` (HEAD comes with GET, OPTIONS always). */
export function allowHeader(served: readonly RouteMethod[]): string {
  const allow = new Set<RouteMethod>([...served, "OPTIONS"]);
  if (allow.has("GET")) allow.add("HEAD");
  return ROUTE_METHODS.filter((m) => allow.has(m)).join(", ");
}

/** Handlers for every method: 405 with the error shape and Allow for the others, 204 + Allow for OPTIONS. */
export function otherMethods(...served: RouteMethod[]): Refusals {
  const allow = allowHeader(served);
  const refuse = (request?: Request) =>
    Response.json(
      {
        error: {
          code: "method_not_allowed",
          message: `${request?.method ?? "This method"} is not supported here. This address answers ${allow}.`,
          fields: {},
        },
      },
      { status: 405, headers: { Allow: allow, "Cache-Control": "no-store" } },
    );
  const options = () => new Response(null, { status: 204, headers: { Allow: allow } });
  return Object.fromEntries(ROUTE_METHODS.map((m) => [m, m === "OPTIONS" ? options : refuse])) as Refusals;
}
