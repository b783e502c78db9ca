// The non-article admin route handlers, called with real Requests.
import sharp from "sharp";
import * as categories from "@/app/api/admin/categories/route";
import * as category from "@/app/api/admin/categories/[id]/route";
import * as topics from "@/app/api/admin/topics/route";
import * as topic from "@/app/api/admin/topics/[id]/route";
import * as topicMerge from "@/app/api/admin/topics/[id]/merge/route";
import * as authors from "@/app/api/admin/authors/route";
import * as author from "@/app/api/admin/authors/[id]/route";
import * as media from "@/app/api/admin/media/route";
import * as mediaItem from "@/app/api/admin/media/[id]/route";
import * as users from "@/app/api/admin/users/route";
import * as user from "@/app/api/admin/users/[id]/route";
import * as tokens from "@/app/api/admin/tokens/route";
import * as token from "@/app/api/admin/tokens/[id]/route";
import * as audit from "@/app/api/admin/audit/route";
import * as settings from "@/app/api/admin/settings/route";
import { ORIGIN, params, req } from "./fixtures";

type Auth = { cookie?: string; bearer?: string };
const p = (id: number | string) => params({ id: String(id) });

export const res = {
  categories: (a: Auth) => categories.GET(req("GET", "/api/admin/categories", a)),
  createCategory: (a: Auth, body: unknown) => categories.POST(req("POST", "/api/admin/categories", { ...a, body })),
  getCategory: (a: Auth, id: number) => category.GET(req("GET", `/api/admin/categories/${id}`, a), p(id)),
  updateCategory: (a: Auth, id: number, body: unknown) => category.PATCH(req("PATCH", `/api/admin/categories/${id}`, { ...a, body }), p(id)),
  deleteCategory: (a: Auth, id: number) => category.DELETE(req("DELETE", `/api/admin/categories/${id}`, a), p(id)),
  topics: (a: Auth) => topics.GET(req("GET", "/api/admin/topics", a)),
  createTopic: (a: Auth, body: unknown) => topics.POST(req("POST", "/api/admin/topics", { ...a, body })),
  getTopic: (a: Auth, id: number) => topic.GET(req("GET", `/api/admin/topics/${id}`, a), p(id)),
  updateTopic: (a: Auth, id: number, body: unknown) => topic.PATCH(req("PATCH", `/api/admin/topics/${id}`, { ...a, body }), p(id)),
  deleteTopic: (a: Auth, id: number) => topic.DELETE(req("DELETE", `/api/admin/topics/${id}`, a), p(id)),
  mergeTopic: (a: Auth, id: number, body: unknown) => topicMerge.POST(req("POST", `/api/admin/topics/${id}/merge`, { ...a, body }), p(id)),
  authors: (a: Auth) => authors.GET(req("GET", "/api/admin/authors", a)),
  createAuthor: (a: Auth, body: unknown) => authors.POST(req("POST", "/api/admin/authors", { ...a, body })),
  getAuthor: (a: Auth, id: number) => author.GET(req("GET", `/api/admin/authors/${id}`, a), p(id)),
  updateAuthor: (a: Auth, id: number, body: unknown) => author.PATCH(req("PATCH", `/api/admin/authors/${id}`, { ...a, body }), p(id)),
  deleteAuthor: (a: Auth, id: number) => author.DELETE(req("DELETE", `/api/admin/authors/${id}`, a), p(id)),
  media: (a: Auth) => media.GET(req("GET", "/api/admin/media", a)),
  upload: (a: Auth, file: Blob | null, fields: Record<string, string> = {}) => {
    const form = new FormData();
    if (file) form.set("file", file, "photo.png");
    for (const [k, v] of Object.entries(fields)) form.set(k, v);
    const headers = new Headers({ origin: ORIGIN });
    if (a.cookie) headers.set("cookie", a.cookie);
    if (a.bearer) headers.set("authorization", `Bearer ${a.bearer}`);
    return media.POST(new Request(`${ORIGIN}/api/admin/media`, { method: "POST", headers, body: form }));
  },
  getMedia: (a: Auth, id: number) => mediaItem.GET(req("GET", `/api/admin/media/${id}`, a), p(id)),
  updateMedia: (a: Auth, id: number, body: unknown) => mediaItem.PATCH(req("PATCH", `/api/admin/media/${id}`, { ...a, body }), p(id)),
  deleteMedia: (a: Auth, id: number) => mediaItem.DELETE(req("DELETE", `/api/admin/media/${id}`, a), p(id)),
  users: (a: Auth) => users.GET(req("GET", "/api/admin/users", a)),
  createUser: (a: Auth, body: unknown) => users.POST(req("POST", "/api/admin/users", { ...a, body })),
  updateUser: (a: Auth, id: number, body: unknown) => user.PATCH(req("PATCH", `/api/admin/users/${id}`, { ...a, body }), p(id)),
  tokens: (a: Auth) => tokens.GET(req("GET", "/api/admin/tokens", a)),
  createToken: (a: Auth, body: unknown) => tokens.POST(req("POST", "/api/admin/tokens", { ...a, body })),
  revokeToken: (a: Auth, id: number) => token.DELETE(req("DELETE", `/api/admin/tokens/${id}`, a), p(id)),
  audit: (a: Auth) => audit.GET(req("GET", "/api/admin/audit", a)),
  settings: (a: Auth) => settings.GET(req("GET", "/api/admin/settings", a)),
  updateSettings: (a: Auth, body: unknown) => settings.PATCH(req("PATCH", "/api/admin/settings", { ...a, body })),
};

let n = 0;
/** A real PNG (different each call so uploads do not deduplicate). */
export async function pngBlob(size = 64): Promise<Blob> {
  n++;
  const buf = await sharp({ create: { width: size, height: size, channels: 3, background: { r: (n * 40) % 255, g: 90, b: 160 } } })
    .png()
    .withMetadata({ exif: { IFD0: { Artist: "Secret Photographer" } } })
    .toBuffer();
  return new Blob([new Uint8Array(buf)], { type: "image/png" });
}
