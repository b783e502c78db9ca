// Query parameters of GET /api/v1/articles, validated: a bad value is a 400
// naming the parameter, never a 500 and never silently ignored.
import { z } from "zod";
import { LANGUAGES } from "@/app/_lib/domain";
import type { ApiArticleFilters } from "@/app/_lib/queries/distribution/api";

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a slug (lowercase letters, digits and hyphens)").max(200);
const positiveInt = (max: number, label: string) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number between 1 and ${max}`)
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, `${label} must be between 1 and ${max}`);

const schema = z.object({
  category: slug.optional(),
  topic: slug.optional(),
  author: slug.optional(),
  language: z.enum(LANGUAGES, { message: `must be one of ${LANGUAGES.join(", ")}` }).optional(),
  since: z
    .string()
    .refine((v) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v)), {
      message: "must be an ISO 8601 date or date-time, e.g. 2025-01-13 or 2025-01-13T10:00:00Z",
    })
    .transform((v) => new Date(v).toISOString())
    .optional(),
  page: positiveInt(100_000, "page").default(1),
  perPage: positiveInt(MAX_PER_PAGE, "perPage").default(DEFAULT_PER_PAGE),
});

export type ParamsResult = { ok: true; filters: ApiArticleFilters } | { ok: false; fields: Record<string, string> };

export function parseArticleParams(search: URLSearchParams): ParamsResult {
  const raw: Record<string, string> = {};
  const fields: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const values = search.getAll(key);
    if (values.length > 1) fields[key] = "must be given once";
    if (values.length > 0) raw[key] = values[0];
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
  }
  if (Object.keys(fields).length > 0 || !parsed.success) return { ok: false, fields };
  return { ok: true, filters: parsed.data };
}
