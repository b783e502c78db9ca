// The article workflow: submit for review, publish, schedule, unpublish,
// archive. Each is one change of status through changeArticle (article-write.ts).
import { scheduleInput, workflowInput } from "./article-input";
import type { MutationContext } from "./context";
import { AppError, parseInput } from "@/app/_lib/errors";
import { changeArticle, isLive } from "./article-write";
import { assertEmbargoAllows } from "../wire/embargo";

function transitionError(message: string): AppError {
  return new AppError(422, "invalid_transition", message, { status: message });
}

export async function submitArticle(ctx: MutationContext, id: number, input: unknown = {}) {
  const { version } = parseInput(workflowInput, input ?? {});
  return changeArticle(ctx, id, "submit", "article.submitted", version, input, (current) => {
    if (current.status !== "draft") throw transitionError(`Only drafts can be submitted for review (this one is ${current.status}).`);
    return { data: {}, status: "review", publishedAt: current.publishedAt, note: "Submitted for review" };
  });
}

export async function publishArticle(ctx: MutationContext, id: number, input: unknown = {}) {
  const { version } = parseInput(workflowInput, input ?? {});
  await assertEmbargoAllows(id, new Date());
  return changeArticle(ctx, id, "publish", "article.published", version, input, (current) => {
    if (isLive(current.status, current.publishedAt) && current.status === "published") throw transitionError("This article is already published.");
    const now = new Date();
    // A story that was live before keeps its original time; a first publication is now.
    const publishedAt = current.firstPublishedAt ?? now;
    return {
      data: { firstPublishedAt: current.firstPublishedAt ?? now, ...(current.firstPublishedAt ? { contentUpdatedAt: now } : {}) },
      status: "published",
      publishedAt,
      note: "Published",
    };
  });
}

export async function scheduleArticle(ctx: MutationContext, id: number, input: unknown) {
  const data = parseInput(scheduleInput, input);
  const at = new Date(data.publishAt);
  if (at.getTime() <= Date.now()) {
    throw new AppError(422, "invalid_fields", "A schedule must be in the future; use Publish now instead.", { publishAt: "Must be in the future" });
  }
  await assertEmbargoAllows(id, at);
  return changeArticle(ctx, id, "schedule", "article.scheduled", data.version, input, () => ({
    // A new go-live to announce when it comes.
    data: { goLiveAnnouncedAt: null },
    status: "scheduled",
    publishedAt: at,
    note: `Scheduled for ${at.toISOString()}`,
  }));
}

export async function unpublishArticle(ctx: MutationContext, id: number, input: unknown = {}) {
  const { version } = parseInput(workflowInput, input ?? {});
  return changeArticle(ctx, id, "unpublish", "article.unpublished", version, input, (current) => {
    if (current.status !== "published" && current.status !== "scheduled") throw transitionError("Only published or scheduled articles can be unpublished.");
    return { data: {}, status: "draft", publishedAt: current.publishedAt, note: "Unpublished" };
  });
}

export async function archiveArticle(ctx: MutationContext, id: number, input: unknown = {}) {
  const { version } = parseInput(workflowInput, input ?? {});
  return changeArticle(ctx, id, "archive", "article.archived", version, input, (current) => {
    if (current.status === "archived") throw transitionError("This article is already archived.");
    return { data: {}, status: "archived", publishedAt: current.publishedAt, note: "Archived" };
  });
}

