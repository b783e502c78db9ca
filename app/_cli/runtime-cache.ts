// Where `next start` keeps pages and data it cached at run time (file-system
// cache handler). Emptied whenever the database is replaced, so a fresh
// database never shows pages cached from an old one.
import { rm } from "node:fs/promises";

export async function purgeRuntimeCache(distDir = ".next") {
  await rm(`${distDir}/server/route-cache`, { recursive: true, force: true });
  await rm(`${distDir}/cache/fetch-cache`, { recursive: true, force: true });
}
