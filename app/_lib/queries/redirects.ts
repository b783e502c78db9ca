// Old article addresses (slug changes) and where they moved. Cached with the
// "redirects" tag, which every article write revalidates.
import "server-only";
import { db } from "../db";
import { tags } from "../cache-tags";
import { cachedRead } from "./cached";

export async function getRedirect(fromPath: string): Promise<{ toPath: string; statusCode: number } | null> {
  return cachedRead(["redirect", fromPath], [tags.redirects], () =>
    db.redirect.findUnique({ where: { fromPath }, select: { toPath: true, statusCode: true } }),
  );
}
