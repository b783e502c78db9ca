// The state one server process shares between the server hooks (this folder,
// loaded by plain Node with --require) and the app (bundled by Next). Next's
// bundles get their own copy of every module, so a module-level variable would
// be two variables; the one well-known Symbol key below makes both sides find
// the same object. This is the only place the portal keeps state on globalThis.
//   database: whether the database answers, as seen by the app's queries
//             (app/_lib/db-health.ts writes it); the hooks turn a 500 into a
//             503 with Retry-After while it is down.
//   prisma:   the process's one Prisma client (app/_lib/db.ts sets it; a dev
//             server's hot reload reuses it); the hooks close it on shutdown.
//   clientAddressFromHooks: true once the hooks run in this process: they then
//             set the client-address header on every request (client-address.cjs).
"use strict";

const KEY = Symbol.for("news-portal.process-state");

/**
 * @typedef {{ down: boolean; since: number; lastError: string }} DatabaseState
 * @typedef {{ database: DatabaseState; prisma: { $disconnect(): Promise<void> } | undefined; clientAddressFromHooks?: boolean }} ProcessState
 * @returns {ProcessState}
 */
function processState() {
  const g = /** @type {Record<symbol, ProcessState | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (g[KEY] ??= { database: { down: false, since: Date.now(), lastError: "" }, prisma: undefined });
}

module.exports = { processState };
