import type { Metadata } from "next";
import { requireStaff } from "@/app/_lib/auth/server";
import { PageEditor } from "@/app/_components/admin/page-editor";

export const metadata: Metadata = { title: "New page" };

export default async function NewPagePage() {
  await requireStaff("editor");
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">New page</h1>
      <PageEditor page={null} />
    </div>
  );
}
