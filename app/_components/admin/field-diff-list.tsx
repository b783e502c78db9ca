// Word-level changes of some text fields, shown the same way wherever the
// newsroom compares two versions (article and page revisions, a wire update).
import { diffWords } from "diff";

export type FieldChange = { field: string; before: string; after: string };

export function FieldDiffList({ changes, className = "" }: { changes: FieldChange[]; className?: string }) {
  return (
    <dl className={`space-y-4 ${className}`}>
      {changes.map((c) => (
        <div key={c.field}>
          <dt className="text-sm font-semibold uppercase tracking-wide text-zinc-500">{c.field}</dt>
          {/* One shrinkable column: long words and URLs wrap instead of widening the page (390 px). */}
          <dd className="mt-1 whitespace-pre-wrap leading-7 [overflow-wrap:anywhere]">
            {diffWords(c.before, c.after).map((part, k) =>
              part.added ? (
                <ins key={k} className="diff-added no-underline">
                  {part.value}
                </ins>
              ) : part.removed ? (
                <del key={k} className="diff-removed">
                  {part.value}
                </del>
              ) : (
                <span key={k}>{part.value}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
