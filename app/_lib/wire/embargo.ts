// An embargoed wire item may not go live before its embargo time: publishing
// (or scheduling earlier) a story made from it is refused with the time.
import { db } from "../db";
import { AppError } from "../errors";

export async function assertEmbargoAllows(articleId: number, goLive: Date): Promise<void> {
  const item = await db.wireItem.findUnique({ where: { articleId }, select: { embargoUntil: true, agency: true } });
  if (!item?.embargoUntil || item.embargoUntil.getTime() <= goLive.getTime()) return;
  const at = item.embargoUntil.toISOString();
  throw new AppError(422, "embargoed", `This story is under a wire embargo until ${at}: it cannot go live before then (schedule it for that time or later).`, { publishAt: `Embargoed until ${at}` }, { embargoUntil: at });
}
