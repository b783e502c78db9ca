// GET /api/admin/media?page=&q= -> { media, total, page, totalPages }
// POST multipart/form-data: file (image), alt?, caption?, credit? -> 201 { media }
import { AppError } from "@/app/_lib/errors";
import { uploadMedia } from "@/app/_lib/mutations/media";
import { getAdminMedia, listAdminMedia } from "@/app/_lib/queries/admin/media";
import { pageParam } from "../_lib/page-param";
import { adminRoute, json } from "../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";

export const GET = adminRoute(async ({ req, actor }) => {
  const sp = new URL(req.url).searchParams;
  return listAdminMedia(actor, { page: pageParam(sp), q: sp.get("q")?.slice(0, 100) || undefined });
});

export const POST = adminRoute(async ({ req, actor, ip }) => {
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw new AppError(400, "malformed_body", "Send the image as multipart/form-data with a `file` field.");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new AppError(422, "invalid_fields", "Choose an image to upload.", { file: "Required" });
  const meta: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) if (key !== "file") meta[key] = typeof value === "string" ? value : "(file)";
  const { id } = await uploadMedia({ actor, ip }, { bytes: Buffer.from(await file.arrayBuffer()) }, meta);
  return json({ media: await getAdminMedia(actor, id) }, 201);
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
