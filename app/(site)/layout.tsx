import { SiteFooter } from "../_components/site-footer";
import { SiteHeader } from "../_components/site-header";

// Reader pages link with plain <a>, not next/link: they are cached HTML, so a
// full load is cheap, while every <Link> is a client component that hydration
// must walk and that prefetches its page as it scrolls into view (the main
// cost of Lighthouse's Total Blocking Time here; see BENCHMARKS.md).
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
