// Where a story came from when it was made from agency copy (issue 21): the
// editor shows the source, the agency's version, the original link, and, when
// the agency sent a newer version, what would change if the editor applied it.
// Never cached (newsroom read).
import "server-only";
import { db } from "../../db";
import { bodyText, type BodyDoc } from "../../content/body";
import { withCredit } from "../../wire/credit";

export type WireProvenance = {
  itemId: number;
  sourceId: number;
  sourceName: string;
  agency: string;
  guid: string;
  status: string;
  revisions: number;
  receivedAt: string;
  versionAt: string | null;
  originalUrl: string;
  /** The agency's newer version, compared field by field with the story; null when none is pending. */
  update: null | {
    changes: { field: "Title" | "Standfirst" | "Body" | "Correction note"; before: string; after: string }[];
  };
};

const parseDoc = (json: string): BodyDoc => {
  try {
    return JSON.parse(json) as BodyDoc;
  } catch {
    return { type: "doc", content: [] };
  }
};

/** The wire item a story was made from, or null (a story typed in the newsroom). The caller has checked the actor may open the story. */
export async function getWireProvenance(articleId: number): Promise<WireProvenance | null> {
  const item = await db.wireItem.findUnique({
    where: { articleId },
    select: {
      id: true, sourceId: true, guid: true, status: true, revisions: true, receivedAt: true, versionAt: true, originalUrl: true, agency: true,
      updatePending: true, title: true, standfirst: true, bodyJson: true, correctionNote: true,
      source: { select: { name: true, agency: true, creditLine: true } },
      article: { select: { title: true, standfirst: true, bodyJson: true, correctionNote: true } },
    },
  });
  if (!item) return null;
  let update: WireProvenance["update"] = null;
  if (item.updatePending && item.article) {
    const story = item.article;
    // Compared with exactly what applying would write (the agency's body with the credit paragraph take() adds).
    const agencyBody = bodyText(withCredit(parseDoc(item.bodyJson), item.source.creditLine, item.originalUrl));
    const candidates = [
      { field: "Title" as const, before: story.title, after: item.title },
      { field: "Standfirst" as const, before: story.standfirst, after: item.standfirst },
      { field: "Body" as const, before: bodyText(parseDoc(story.bodyJson)), after: agencyBody },
      ...(item.correctionNote ? [{ field: "Correction note" as const, before: story.correctionNote, after: item.correctionNote }] : []),
    ];
    update = { changes: candidates.filter((c) => c.before !== c.after) };
  }
  return {
    itemId: item.id,
    sourceId: item.sourceId,
    sourceName: item.source.name,
    agency: item.agency || item.source.agency,
    guid: item.guid,
    status: item.status,
    revisions: item.revisions,
    receivedAt: item.receivedAt.toISOString(),
    versionAt: item.versionAt?.toISOString() ?? null,
    originalUrl: item.originalUrl,
    update,
  };
}
