"use client";
// Last resort when even the root layout fails: plain markup, no internals.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: 640, margin: "4rem auto", padding: "0 1rem" }}>
        <main>
          <h1>This page is temporarily unavailable</h1>
          <p>We could not load this page just now. It should be back within a minute: please try again shortly.</p>
          <p>
            <button type="button" onClick={reset}>
              Try again
            </button>{" "}
            <a href="/">Front page</a>
          </p>
          {error.digest && <p style={{ fontSize: 12 }}>Reference: {error.digest}</p>}
        </main>
      </body>
    </html>
  );
}
