// Structured JSON logs (pino), one logger for the process. Request logs come
// from the server hooks (app/_server/server-hooks.cjs) with the same fields; code
// that handles a request logs through forRequest() so its lines carry the id.
// Secrets never reach the output: these keys are censored wherever they appear.
import pino from "pino";
import { env } from "./env";

export const REDACTED_KEYS = ["password", "newPassword", "currentPassword", "passwordHash", "token", "apiToken", "secret", "sessionId", "authorization", "cookie", "set-cookie"];

export const logger = pino({
  level: env.LOG_LEVEL,
  base: { service: "portal", pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((k) => `*.${k}`), ...REDACTED_KEYS.map((k) => `*.*.${k}`), 'req.headers["authorization"]', 'req.headers["cookie"]'],
    censor: "[redacted]",
  },
});

/** A child logger carrying the request id the server hooks gave this request. */
export function forRequest(headers: Headers) {
  return logger.child({ reqId: headers.get("x-request-id") ?? undefined });
}
