// The one-line outcome a newsroom page shows after a form's server action
// redirected back to it (?notice= or ?error=): green status, red alert.
export function FlashMessages({ notice, error, className = "mt-4" }: { notice?: string; error?: string; className?: string }) {
  return (
    <>
      {notice && (
        <p role="status" className={`${className} rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm dark:border-emerald-800 dark:bg-emerald-950`}>
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className={`${className} rounded border border-red-300 bg-red-50 px-3 py-2 text-sm dark:border-red-800 dark:bg-red-950`}>
          {error}
        </p>
      )}
    </>
  );
}
