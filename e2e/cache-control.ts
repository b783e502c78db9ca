import { expect, type APIResponse } from "@playwright/test";

/**
 * What a CDN in front is told about a public page, feed or sitemap: it may be
 * shared, for at most a minute after a publish (no purge needed), and served
 * stale while it revalidates.
 */
export function expectSharedCacheable(res: APIResponse, label: string): void {
  const cacheControl = res.headers()["cache-control"] ?? "";
  const sMaxAge = Number(cacheControl.match(/s-maxage=(\d+)/)?.[1]);
  expect(sMaxAge, `${label}: ${cacheControl}`).toBeGreaterThan(0);
  expect(sMaxAge, `${label}: ${cacheControl}`).toBeLessThanOrEqual(60);
  expect(cacheControl, label).toMatch(/stale-while-revalidate/);
  expect(cacheControl, label).not.toMatch(/private|no-store/);
}
