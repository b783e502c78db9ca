// The demo newsroom's wire desk: two sources with items ingested through the
// real parse + ingest pipeline from the sample feeds shipped in the repo
// (test/fixtures/wire, original text): an update (the RSS feed's second
// version), a kill (ninjs pubstatus canceled), embargoed items, Urdu copy.
// The sources are disabled: their addresses are examples, so the server does
// not poll them (enable one after pointing it at a real feed).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/app/_generated/prisma/client";
import { ingestItems } from "@/app/_lib/wire/ingest";
import { parseWire } from "@/app/_lib/wire/parse";
import type { WireFormat } from "@/app/_lib/wire/types";

const fixtures = path.join(import.meta.dirname, "../../test/fixtures/wire");

export async function seedWire(db: PrismaClient, sections: { world: number; business: number }) {
  const national = await db.wireSource.create({
    data: { name: "National Agency", agency: "NAT", url: "https://agency.example.com/rss", format: "rss", language: "en", categoryId: sections.world, creditLine: "National Agency", enabled: false },
  });
  const world = await db.wireSource.create({
    data: { name: "World Wire (ninjs)", agency: "WXA", url: "https://wire.example.com/ninjs", format: "ninjs", language: "en", categoryId: sections.business, creditLine: "World Wire", enabled: false },
  });
  const feeds: [typeof national, WireFormat, string][] = [
    [national, "rss", "national-rss.xml"],
    [national, "rss", "national-rss-v2.xml"],
    [national, "atom", "urdu-atom.xml"],
    [world, "ninjs", "ninjs-2.json"],
    [world, "ninjs", "ninjs-3.json"],
    [world, "newsml-g2", "newsml-g2.xml"],
  ];
  for (const [source, format, file] of feeds) {
    const { items } = parseWire(format, readFileSync(path.join(fixtures, file), "utf8"), { language: source.language });
    await ingestItems(source, items, db);
  }
  return db.wireItem.count();
}
