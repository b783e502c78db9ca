// Any path no route matches lands here, so the reader 404 (with the site
// header, search and latest stories) answers it instead of the bare root one.
// Rendered per request: unknown URLs must not fill the page cache.
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

export default function Missing() {
  notFound();
}
