import type { Metadata } from "next";
import { requireStaff } from "@/app/_lib/auth/server";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const actor = await requireStaff();
  return (
    <div>
      <h1 className="text-2xl font-bold">Your account</h1>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        {actor.name} · {actor.email} · {actor.role}
      </p>
      <h2 className="mt-6 font-semibold">Change password</h2>
      <PasswordForm />
    </div>
  );
}
