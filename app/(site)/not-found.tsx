// The reader 404 boundary. Reader pages render the same content themselves
// (app/_components/reader-not-found.tsx, which explains why); this boundary is
// what React shows in the browser when the client runtime meets their
// notFound(), and what any other notFound() under the reader layout shows.
import { NotFoundContent } from "@/app/_components/reader-not-found";

export default function SiteNotFound() {
  return <NotFoundContent />;
}
