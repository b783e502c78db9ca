import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireStaff } from "@/app/_lib/auth/server";
import { getAdminPage } from "@/app/_lib/queries/admin/pages";
import { PageEditor } from "@/app/_components/admin/page-editor";

export const metadata: Metadata = { title: "Edit page" };

type Props = { params: Promise<{ id: string }> };

export default async function EditPagePage({ params }: Props) {
  const actor = await requireStaff("editor");
  const { id } = await params;
  if (!/^[1-9][0-9]{0,9}$/.test(id)) notFound();
  const page = await getAdminPage(actor, Number(id));
  if (!page) notFound();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">Edit page</h1>
      <PageEditor key={page.id} page={page} />
    </div>
  );
}
