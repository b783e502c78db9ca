import type { Metadata } from "next";
import Link from "next/link";
import { requireStaff } from "@/app/_lib/auth/server";
import { getDashboard } from "@/app/_lib/queries/admin/dashboard";
import { ARTICLE_STATUSES } from "@/app/_lib/domain";
import { AdminTime } from "@/app/_components/admin/admin-time";
import { STATUS_LABEL } from "@/app/_components/admin/status-badge";

export const metadata: Metadata = { title: "Dashboard" };

type Props = { searchParams: Promise<{ denied?: string }> };

export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requireStaff();
  const { denied } = await searchParams;
  const data = await getDashboard(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Dashboard</h1>
      {denied && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          That page needs the {denied} role or higher.
        </p>
      )}
      <section aria-labelledby="counts">
        <h2 id="counts" className="sr-only">
          Articles by status
        </h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {ARTICLE_STATUSES.map((s) => (
            <li key={s}>
              <Link href={`/admin/articles?status=${s}`} className="admin-card block hover:border-brand-600">
                <span className="block text-sm text-zinc-500">{STATUS_LABEL[s]}</span>
                <span className="text-2xl font-bold" data-testid={`count-${s}`}>
                  {data.counts[s]}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <ArticleLinks
          id="review"
          title="Waiting for review"
          empty="Nothing waits for review."
          articles={data.waitingReview.map((a) => ({ id: a.id, title: a.title, by: a.createdBy, iso: a.updatedAt }))}
        />
        <ArticleLinks
          id="scheduled"
          title="Scheduled next"
          empty="Nothing is scheduled."
          articles={data.scheduledNext.map((a) => ({ id: a.id, title: a.title, iso: a.publishedAt }))}
        />
      </div>
      <section className="admin-card" aria-labelledby="activity">
        <h2 id="activity" className="font-semibold">
          Recent activity
        </h2>
        {data.recentActivity.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-500">No activity yet.</p>
        ) : (
          <ul className="mt-2 divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
            {data.recentActivity.map((a) => (
              <li key={a.id} className="flex flex-wrap gap-x-2 py-2">
                <span className="text-zinc-500">
                  <AdminTime iso={a.at} />
                </span>
                <span className="font-medium">{a.actor}</span>
                <span>{a.action}</span>
                {a.entityType === "article" && a.title ? (
                  <Link href={`/admin/articles/${a.entityId}`} className="hover:underline">
                    {a.title}
                  </Link>
                ) : (
                  <span>
                    {a.entityType} {a.entityId}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

type ArticleLink = { id: number; title: string; by?: string | null; iso: string | null };

/** A dashboard box listing articles, each linking to its editor with who and when. */
function ArticleLinks({ id, title, empty, articles }: { id: string; title: string; empty: string; articles: ArticleLink[] }) {
  return (
    <section className="admin-card" aria-labelledby={id}>
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      {articles.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-500">{empty}</p>
      ) : (
        <ul className="mt-2 divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
          {articles.map((a) => (
            <li key={a.id} className="py-2">
              <Link href={`/admin/articles/${a.id}`} className="font-medium hover:underline">
                {a.title}
              </Link>
              <span className="block text-zinc-500">
                {a.by && <>{a.by} · </>}
                <AdminTime iso={a.iso} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
