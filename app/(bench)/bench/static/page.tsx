// The benchmark's baseline (npm run bench): a page with no data, prerendered at
// build time and served from the same cache as every ISR page, so its
// requests/s are this server's ceiling for a cached page on this machine.
import type { Metadata } from "next";

export const dynamic = "force-static";
export const metadata: Metadata = { title: "Benchmark baseline", robots: { index: false, follow: false } };

export default function StaticBaseline() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="font-serif text-2xl font-bold">Static baseline</h1>
      <p>No data: the framework serving a prerendered page.</p>
    </main>
  );
}
