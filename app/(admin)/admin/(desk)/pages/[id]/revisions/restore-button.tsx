"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { restorePageRevisionAction } from "../../actions";

export function RestorePageButton({
  pageId,
  revisionId,
  version,
}: {
  pageId: number;
  revisionId: number;
  version: number;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="mt-1">
      <button
        type="button"
        className="text-sm underline disabled:opacity-50"
        disabled={busy}
        onClick={async () => {
          if (!window.confirm(`Restore version ${version}? It becomes a new save; nothing is lost.`)) return;
          setBusy(true);
          const result = await restorePageRevisionAction(pageId, revisionId);
          setBusy(false);
          if (!result.ok) return setError(result.error.message);
          router.push(`/admin/pages/${pageId}`);
          router.refresh();
        }}
      >
        Restore version {version}
      </button>
      {error && <p className="text-red-700 dark:text-red-300">{error}</p>}
    </div>
  );
}
