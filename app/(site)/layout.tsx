import { SiteFooter } from "../_components/site-footer";
import { SiteHeader } from "../_components/site-header";

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
