// Wire sources (editors and up; the auth header is write-only: saved in its own
// table, never returned — like API tokens). validate -> authorize -> write -> audit.
import { z } from "zod";
import { db } from "../db";
import { env } from "../env";
import { can, type Actor } from "../auth/roles";
import { atLeast } from "../auth/roles";
import { AppError, forbidden, notFound, parseInput } from "../errors";
import { LANGUAGES } from "../domain";
import { outboundAllowPrivate, webhookUrlProblem } from "../outbound/address-policy";
import { WIRE_FORMATS } from "../wire/types";
import { auditWho, writeAudit } from "./audit";
import type { MutationContext } from "./context";

const mapping = z.record(z.string().trim().min(1).max(80), z.union([z.string().trim().min(1).max(80), z.number().int().positive()]));

const fields = {
  name: z.string().trim().min(1, "Required").max(120),
  agency: z.string().trim().min(1, "Required").max(20),
  url: z.url({ message: "Must be an http(s) URL" }).max(2000).refine((u) => /^https?:\/\//i.test(u), "Must be an http(s) URL"),
  format: z.enum(WIRE_FORMATS, { error: `One of: ${WIRE_FORMATS.join(", ")}` }),
  language: z.enum(LANGUAGES, { error: `One of: ${LANGUAGES.join(", ")}` }),
  categoryId: z.number().int().positive(),
  keywordTopics: mapping,
  subjectSections: mapping,
  creditLine: z.string().trim().max(200),
  byline: z.string().trim().max(200),
  mode: z.enum(["review", "auto"]),
  killPolicy: z.enum(["unpublish", "flag"]),
  pollIntervalSec: z.number().int().min(60, "At least 60 seconds").max(86_400),
  enabled: z.boolean(),
  // Write-only: "" removes it.
  authHeader: z.string().max(2000),
};

const createInput = z.strictObject(fields).partial().required({ name: true, agency: true, url: true, format: true, categoryId: true });
const updateInput = z.strictObject(fields).partial();

/** What every read of a source returns: never the auth header itself, only whether one is set. */
export const sourceSelect = {
  id: true, name: true, agency: true, url: true, format: true, language: true, categoryId: true, keywordTopics: true, subjectSections: true,
  creditLine: true, byline: true, mode: true, killPolicy: true, pollIntervalSec: true, enabled: true, lastPolledAt: true, lastSuccessAt: true,
  lastError: true, failures: true, nextPollAt: true, createdAt: true, updatedAt: true, credential: { select: { sourceId: true } },
} as const;

type SourceRow = { credential: { sourceId: number } | null; keywordTopics: string; subjectSections: string };
export function shapeSource<T extends SourceRow>(row: T) {
  const { credential, keywordTopics, subjectSections, ...rest } = row;
  return {
    ...(rest as Omit<T, keyof SourceRow>),
    keywordTopics: JSON.parse(keywordTopics) as Record<string, string>,
    subjectSections: JSON.parse(subjectSections) as Record<string, number>,
    hasAuthHeader: credential !== null,
  };
}

export const canManageWire = (actor: Actor) => atLeast(actor.role, "editor");

type Mapping = Record<string, string | number>;

/** Mapping values that name no section (by id or slug) or no topic (by slug). */
async function unknownTargets(data: { keywordTopics?: Mapping; subjectSections?: Mapping }) {
  const errors: Record<string, string> = {};
  const sectionValues = Object.values(data.subjectSections ?? {}).map(String);
  if (sectionValues.length) {
    const ids = sectionValues.filter((v) => /^\d+$/.test(v)).map(Number);
    const found = await db.category.findMany({ where: { OR: [{ id: { in: ids } }, { slug: { in: sectionValues } }] }, select: { id: true, slug: true } });
    const known = new Set(found.flatMap((c) => [String(c.id), c.slug]));
    const missing = sectionValues.filter((v) => !known.has(v));
    if (missing.length) errors.subjectSections = `No such section: ${missing.slice(0, 3).join(", ")}`;
  }
  const topicValues = Object.values(data.keywordTopics ?? {}).map(String);
  if (topicValues.length) {
    const found = new Set((await db.topic.findMany({ where: { slug: { in: topicValues } }, select: { slug: true } })).map((t) => t.slug));
    const missing = topicValues.filter((v) => !found.has(v));
    if (missing.length) errors.keywordTopics = `No such topic: ${missing.slice(0, 3).join(", ")}`;
  }
  return errors;
}

async function checkRefs(data: { url?: string; categoryId?: number; keywordTopics?: Mapping; subjectSections?: Mapping }) {
  const fieldErrors: Record<string, string> = await unknownTargets(data);
  if (data.url) {
    const problem = await webhookUrlProblem(data.url, { allowPrivate: outboundAllowPrivate(env) });
    if (problem) fieldErrors.url = problem;
  }
  if (data.categoryId && !(await db.category.findUnique({ where: { id: data.categoryId }, select: { id: true } }))) fieldErrors.categoryId = "No such section";
  if (Object.keys(fieldErrors).length) throw new AppError(422, "invalid_fields", "Some fields are invalid.", fieldErrors);
}

// The auth header is written to its own table, never to the source's row.
const columns = ({ keywordTopics, subjectSections, ...rest }: z.infer<typeof updateInput>) => ({
  ...Object.fromEntries(Object.entries(rest).filter(([k]) => k !== "authHeader")),
  ...(keywordTopics ? { keywordTopics: JSON.stringify(keywordTopics) } : {}),
  ...(subjectSections ? { subjectSections: JSON.stringify(subjectSections) } : {}),
});

/** Auto mode publishes as whoever turned it on (wire/auto-publish.ts); review mode forgets them. */
const autoPublishAs = (ctx: MutationContext, mode: string | undefined) =>
  mode === "auto" ? { autoPublishAsId: ctx.actor.userId } : mode === "review" ? { autoPublishAsId: null } : {};

export async function createWireSource(ctx: MutationContext, input: unknown) {
  const data = parseInput(createInput, input);
  if (!canManageWire(ctx.actor) || !can(ctx.actor, "taxonomy.view")) throw forbidden("Only editors and admins manage wire sources.");
  await checkRefs(data);
  const row = await db.wireSource.create({
    data: { ...columns(data), ...autoPublishAs(ctx, data.mode), name: data.name, agency: data.agency, url: data.url, format: data.format, categoryId: data.categoryId, ...(data.authHeader ? { credential: { create: { authHeader: data.authHeader } } } : {}) },
    select: sourceSelect,
  });
  await writeAudit(auditWho(ctx.actor, ctx.ip), "wire.source.created", "wire_source", row.id, { name: row.name, url: row.url });
  return shapeSource(row);
}

export async function updateWireSource(ctx: MutationContext, id: number, input: unknown) {
  const data = parseInput(updateInput, input);
  if (!canManageWire(ctx.actor)) throw forbidden("Only editors and admins manage wire sources.");
  if (!(await db.wireSource.findUnique({ where: { id }, select: { id: true } }))) throw notFound("Wire source");
  await checkRefs(data);
  const row = await db.$transaction(async (tx) => {
    if (data.authHeader !== undefined) {
      await tx.wireSourceCredential.deleteMany({ where: { sourceId: id } });
      if (data.authHeader) await tx.wireSourceCredential.create({ data: { sourceId: id, authHeader: data.authHeader } });
    }
    // A new URL or format starts over: old validators and failures belong to the old address.
    const reset = data.url || data.format ? { etag: "", lastModified: "", failures: 0, nextPollAt: new Date() } : {};
    return tx.wireSource.update({ where: { id }, data: { ...columns(data), ...reset, ...autoPublishAs(ctx, data.mode) }, select: sourceSelect });
  });
  const changed = Object.keys(data).map((k) => (k === "authHeader" ? "authHeader (not logged)" : k));
  await writeAudit(auditWho(ctx.actor, ctx.ip), "wire.source.updated", "wire_source", id, { changed });
  return shapeSource(row);
}

export async function deleteWireSource(ctx: MutationContext, id: number) {
  if (!canManageWire(ctx.actor)) throw forbidden("Only editors and admins manage wire sources.");
  const { count } = await db.wireSource.deleteMany({ where: { id } });
  if (count === 0) throw notFound("Wire source");
  await writeAudit(auditWho(ctx.actor, ctx.ip), "wire.source.deleted", "wire_source", id);
  return { deleted: true };
}
