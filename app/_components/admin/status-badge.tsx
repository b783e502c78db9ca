const COLORS: Record<string, string> = {
  draft: "bg-zinc-200 text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100",
  review: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  scheduled: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100",
  published: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100",
  archived: "bg-zinc-100 text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400",
};

export const STATUS_LABEL: Record<string, string> = {
  draft: "Draft",
  review: "In review",
  scheduled: "Scheduled",
  published: "Published",
  archived: "Archived",
};

export function StatusBadge({ status }: { status: string }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-semibold ${COLORS[status] ?? COLORS.draft}`}>{STATUS_LABEL[status] ?? status}</span>;
}
