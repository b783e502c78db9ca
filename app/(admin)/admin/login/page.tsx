import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/app/_lib/auth/server";
import { site } from "@/app/_lib/site";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Log in" };

type Props = { searchParams: Promise<{ next?: string; loggedOut?: string }> };

// Only same-site paths under /admin: never an open redirect.
const safeNext = (next: string | undefined) => (next && /^\/admin(\/|$|\?)/.test(next) && !next.startsWith("//") ? next : "/admin");

export default async function LoginPage({ searchParams }: Props) {
  const { next, loggedOut } = await searchParams;
  if (await getActor()) redirect(safeNext(next));
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-10">
      <p className="font-serif text-2xl font-bold text-brand-700 dark:text-rose-400">{site.name}</p>
      <h1 className="mt-1 text-xl font-semibold">Newsroom log in</h1>
      {loggedOut && <p className="mt-4 rounded bg-zinc-200 p-3 text-sm dark:bg-zinc-800">You are logged out.</p>}
      <LoginForm next={safeNext(next)} />
    </main>
  );
}
