import type { Metadata } from "next";
import "./admin.css";

// The newsroom is never indexed and never cached for anyone but the person looking at it.
export const metadata: Metadata = {
  title: { default: "Newsroom", template: "%s | Newsroom" },
  robots: { index: false, follow: false },
};

export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return <div className="min-h-screen bg-zinc-50 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">{children}</div>;
}
