// The errors the portal raises when a request cannot be served as asked (bad
// input, no such record, no permission), on the read and the write path alike.
// Route handlers turn them into { error: { code, message, fields } } with the
// status; server actions show the message.
import { z } from "zod";

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429;

export class AppError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    /** Extra members of the error body (e.g. the current version and the stale text on a 409). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = "Not found") => new AppError(404, "not_found", `${what} not found.`);
export const forbidden = (message = "You are not allowed to do this.") => new AppError(403, "forbidden", message);
export const unauthenticated = () => new AppError(401, "unauthenticated", "Log in to continue.");

/** Names each bad field: { "title": "Required", "topics.2": "Expected number", "colour": "Unknown field" }. */
export function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] = "Unknown field";
      continue;
    }
    const key = issue.path.length ? issue.path.join(".") : "_";
    fields[key] ??= issue.message;
  }
  return fields;
}

/** Validates input against a schema or throws a 422 naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError(422, "invalid_fields", "Some fields are not valid.", zodFields(parsed.error));
  }
  return parsed.data;
}

/** Route-id segments: positive integers only; anything else is a 404 (it cannot exist). */
export function parseId(value: string | undefined, what = "Item"): number {
  if (!value || !/^[1-9][0-9]{0,9}$/.test(value)) throw notFound(what);
  return Number(value);
}
