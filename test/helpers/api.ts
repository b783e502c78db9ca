// Calls the real route handlers the way Next would, with real Requests.
import * as articles from "@/app/api/admin/articles/route";
import * as article from "@/app/api/admin/articles/[id]/route";
import * as submit from "@/app/api/admin/articles/[id]/submit/route";
import * as publish from "@/app/api/admin/articles/[id]/publish/route";
import * as unpublish from "@/app/api/admin/articles/[id]/unpublish/route";
import * as schedule from "@/app/api/admin/articles/[id]/schedule/route";
import * as archive from "@/app/api/admin/articles/[id]/archive/route";
import * as revisions from "@/app/api/admin/articles/[id]/revisions/route";
import * as restore from "@/app/api/admin/articles/[id]/revisions/[revisionId]/restore/route";
import { params, req } from "./fixtures";

type Auth = { cookie?: string; bearer?: string; origin?: string | null };

export const api = {
  list: (auth: Auth, query = "") => articles.GET(req("GET", `/api/admin/articles${query}`, auth)),
  create: (auth: Auth, body: unknown) => articles.POST(req("POST", "/api/admin/articles", { ...auth, body })),
  createRaw: (auth: Auth, rawBody: string) => articles.POST(req("POST", "/api/admin/articles", { ...auth, rawBody })),
  get: (auth: Auth, id: number | string) => article.GET(req("GET", `/api/admin/articles/${id}`, auth), params({ id: String(id) })),
  update: (auth: Auth, id: number, body: unknown) => article.PATCH(req("PATCH", `/api/admin/articles/${id}`, { ...auth, body }), params({ id: String(id) })),
  remove: (auth: Auth, id: number) => article.DELETE(req("DELETE", `/api/admin/articles/${id}`, auth), params({ id: String(id) })),
  submit: (auth: Auth, id: number, body?: unknown) => submit.POST(req("POST", `/api/admin/articles/${id}/submit`, { ...auth, body }), params({ id: String(id) })),
  publish: (auth: Auth, id: number, body?: unknown) => publish.POST(req("POST", `/api/admin/articles/${id}/publish`, { ...auth, body }), params({ id: String(id) })),
  unpublish: (auth: Auth, id: number, body?: unknown) => unpublish.POST(req("POST", `/api/admin/articles/${id}/unpublish`, { ...auth, body }), params({ id: String(id) })),
  schedule: (auth: Auth, id: number, body: unknown) => schedule.POST(req("POST", `/api/admin/articles/${id}/schedule`, { ...auth, body }), params({ id: String(id) })),
  archive: (auth: Auth, id: number, body?: unknown) => archive.POST(req("POST", `/api/admin/articles/${id}/archive`, { ...auth, body }), params({ id: String(id) })),
  revisions: (auth: Auth, id: number) => revisions.GET(req("GET", `/api/admin/articles/${id}/revisions`, auth), params({ id: String(id) })),
  restore: (auth: Auth, id: number, revisionId: number, body?: unknown) =>
    restore.POST(req("POST", `/api/admin/articles/${id}/revisions/${revisionId}/restore`, { ...auth, body }), params({ id: String(id), revisionId: String(revisionId) })),
};

export const doc = (...paragraphs: string[]) => ({
  type: "doc",
  content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
});
