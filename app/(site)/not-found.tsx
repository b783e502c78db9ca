// The reader 404 boundary. Reader pages render the same content themselves
// (app/_components/reader-not-found.tsx, which explains why); this boundary is
// what React shows in the browser when the client runtime meets their
// notFound(), and what any other notFound() under the reader layout shows.
import { NotFoundContent } from "@/app/_components/reader-not-found";
import { ReaderIslandsAfterHydration } from "@/app/_components/reader-islands-after-hydration";

export default function SiteNotFound() {
  return (
    <>
      <NotFoundContent />
      {/* With the client runtime on the page, React swaps the server's 404
          content for this boundary after hydration: new markup, so the reader
          script scans again (relative times, and so on). */}
      <ReaderIslandsAfterHydration />
    </>
  );
}
