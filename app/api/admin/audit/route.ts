// Editors and admins. GET /api/admin/audit?page=&entityType=&entityId= -> { entries, total, page, totalPages }
import { listAudit } from "@/app/_lib/queries/admin/staff";
import { pageParam } from "../_lib/page-param";
import { adminRoute } from "../_lib/handler";
import { otherMethods } from "@/app/_lib/http/other-methods";

export const dynamic = "force-dynamic";
export const GET = adminRoute(async ({ req, actor }) => {
  const sp = new URL(req.url).searchParams;
  return listAudit(actor, {
    page: pageParam(sp),
    entityType: sp.get("entityType")?.slice(0, 40) || undefined,
    entityId: sp.get("entityId")?.slice(0, 40) || undefined,
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
