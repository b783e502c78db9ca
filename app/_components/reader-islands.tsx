import { relativeTime } from "../_lib/format/dates";
import { readerIslands } from "../_lib/reader-islands";
import { ReaderIslandsAfterHydration } from "./reader-islands-after-hydration";

// The reader-page script (app/_lib/reader-islands.ts), placed after all the
// markup it works on. Inline, it runs at once unless Next's client runtime is
// on the page; then the client component runs it after hydration instead.
// Its id marks a page that can be served without the runtime
// (app/_server/runtime-free-pages.cjs looks for it).
const inline = `document.querySelector('script[src*="/_next/static/"]')||(${readerIslands.toString()})(${relativeTime.toString()})`;

export function ReaderIslands() {
  return (
    <>
      <script id="reader-islands" dangerouslySetInnerHTML={{ __html: inline }} />
      <ReaderIslandsAfterHydration />
    </>
  );
}
