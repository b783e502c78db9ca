"use client";
// "Restore version n" on a revisions page (articles and publisher pages): asks
// first, runs the bound server action, then opens the editor on the restored text.
import { useRouter } from "next/navigation";
import { useState } from "react";

type Result = { ok: true } | { ok: false; error: { message: string } };

export function RestoreRevisionButton({ restore, version, editorPath }: { restore: () => Promise<Result>; version: number; editorPath: string }) {
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
          const result = await restore();
          setBusy(false);
          if (!result.ok) return setError(result.error.message);
          router.push(editorPath);
          router.refresh();
        }}
      >
        Restore version {version}
      </button>
      {error && <p className="text-red-700 dark:text-red-300">{error}</p>}
    </div>
  );
}
