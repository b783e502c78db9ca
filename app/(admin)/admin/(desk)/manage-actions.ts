"use server";
// Server actions of the newsroom's management pages (sections, topics, bylines,
// media, users, API tokens, site settings). Each calls the same mutation as the JSON API.
import { AppError } from "@/app/_lib/errors";
import { runFormAction, type FormState } from "./form-action";
import { deleteMedia, updateMedia, uploadMedia } from "@/app/_lib/mutations/media";
import { createApiToken, createUser, revokeApiToken, updateUser } from "@/app/_lib/mutations/staff";
import { updateSiteSettings } from "@/app/_lib/mutations/settings";
import { saveTaxonomyLocale } from "@/app/_lib/mutations/taxonomy-locales";
import { createAuthor, createCategory, deleteCategory, mergeTopic, updateAuthor, updateCategory, updateTopic } from "@/app/_lib/mutations/taxonomy";

const str = (fd: FormData, k: string) => {
  const v = fd.get(k);
  return typeof v === "string" ? v : undefined;
};
const num = (fd: FormData, k: string) => {
  const v = str(fd, k);
  return v === undefined || v === "" ? undefined : /^-?\d+$/.test(v) ? Number(v) : v;
};
/** Only the fields the form sent (an unchecked checkbox is sent as a hidden "false"). */
const pick = (fd: FormData, keys: string[]) => Object.fromEntries(keys.map((k) => [k, str(fd, k)]).filter(([, v]) => v !== undefined));

export async function saveCategoryAction(_: FormState, fd: FormData) {
  return runFormAction(fd, "Section saved.", async (ctx, id) => {
    const input = { ...pick(fd, ["name", "description"]), menuOrder: num(fd, "menuOrder"), inMenu: fd.getAll("inMenu").includes("true"), ...(str(fd, "slug") ? { slug: str(fd, "slug") } : {}) };
    if (id) await updateCategory(ctx, id, input);
    else await createCategory(ctx, input);
  });
}

export async function deleteCategoryAction(_: FormState, fd: FormData) {
  return runFormAction(fd, "Section deleted.", async (ctx, id) => {
    if (id) await deleteCategory(ctx, id);
  });
}

export async function saveTopicAction(_: FormState, fd: FormData) {
  return runFormAction(fd, "Topic saved.", async (ctx, id) => {
    if (id) await updateTopic(ctx, id, pick(fd, ["name", "description"]));
  });
}

/** A section's or topic's Urdu name, slug and description (an empty name takes it out of the Urdu edition). */
export async function saveLocaleAction(_: FormState, fd: FormData) {
  const kind = str(fd, "kind") === "topic" ? "topic" : "category";
  return runFormAction(fd, "Urdu edition saved.", async (ctx, id) => {
    if (id) await saveTaxonomyLocale(ctx, kind, id, pick(fd, ["language", "name", "slug", "description"]));
  });
}

export async function mergeTopicAction(_: FormState, fd: FormData) {
  return runFormAction(fd, "Topics merged.", async (ctx, id) => {
    if (id) await mergeTopic(ctx, id, { intoTopicId: num(fd, "intoTopicId") });
  });
}

export async function saveAuthorAction(_: FormState, fd: FormData) {
  return runFormAction(fd, "Author saved.", async (ctx, id) => {
    const input = {
      ...pick(fd, ["name", "bio", "xHandle", "instagramHandle", "facebookUrl", "linkedinUrl", "websiteUrl"]),
      ...(fd.has("avatarMediaId") ? { avatarMediaId: num(fd, "avatarMediaId") ?? null } : {}),
    };
    if (id) await updateAuthor(ctx, id, input);
    else await createAuthor(ctx, input);
  });
}

export async function uploadMediaAction(_: FormState, fd: FormData) {
  return runFormAction(fd, "Image uploaded.", async (ctx) => {
    const file = fd.get("file");
    if (!(file instanceof Blob) || file.size === 0) throw new AppError(422, "invalid_fields", "Choose an image to upload.", { file: "Required" });
    await uploadMedia(ctx, { bytes: Buffer.from(await file.arrayBuffer()) }, pick(fd, ["alt", "caption", "credit"]));
  });
}

export async function saveMediaAction(_: FormState, fd: FormData) {
  return runFormAction(fd, "Image details saved.", async (ctx, id) => {
    if (id) await updateMedia(ctx, id, pick(fd, ["alt", "caption", "credit"]));
  });
}

export async function deleteMediaAction(_: FormState, fd: FormData) {
  return runFormAction(fd, "Image deleted.", async (ctx, id) => {
    if (id) await deleteMedia(ctx, id);
  });
}

export async function saveUserAction(_: FormState, fd: FormData) {
  return runFormAction(fd, "Account saved.", async (ctx, id) => {
    const password = str(fd, "password");
    const authorId = num(fd, "authorId");
    const input = {
      ...pick(fd, ["name", "role", "email"]),
      ...(password ? { password } : {}),
      authorId: authorId ?? null,
      ...(id ? { disabled: fd.getAll("disabled").includes("true") } : {}),
    };
    if (id) {
      delete (input as Record<string, unknown>).email;
      await updateUser(ctx, id, input);
    } else await createUser(ctx, input);
  });
}

export async function createTokenAction(_: FormState, fd: FormData) {
  return runFormAction(fd, "Token created. Copy it now: it is shown only once.", async (ctx) => (await createApiToken(ctx, pick(fd, ["name", "role"]))).token);
}

export async function revokeTokenAction(_: FormState, fd: FormData) {
  return runFormAction(fd, "Token revoked.", async (ctx, id) => {
    if (id) await revokeApiToken(ctx, id);
  });
}

export async function saveSettingsAction(_: FormState, fd: FormData) {
  return runFormAction(fd, "Settings saved. Readers see them on their next request.", async (ctx) => {
    const hours = num(fd, "breakingWindowHours");
    await updateSiteSettings(ctx, { ...pick(fd, ["siteDescription", "defaultAgency", "feedContent", "urduDigits", "urduSiteName", "urduDefaultAgency"]), ...(hours === undefined ? {} : { breakingWindowHours: hours }) });
  });
}
