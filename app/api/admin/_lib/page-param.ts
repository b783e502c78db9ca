// The ?page= of a newsroom list. Missing or empty is page 1; anything else
// must be a whole number from 1 to MAX_PAGE: a page far past the end used to
// overflow the database's OFFSET (a 500), now it is a 400 naming the problem.
import { AppError } from "@/app/_lib/errors";

export const MAX_PAGE = 100_000;

export function pageParam(searchParams: URLSearchParams): number {
  const raw = searchParams.get("page");
  if (raw === null || raw === "") return 1;
  const page = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (!(page >= 1 && page <= MAX_PAGE)) {
    throw new AppError(400, "invalid_page", `page must be a whole number from 1 to ${MAX_PAGE}.`, { page: `From 1 to ${MAX_PAGE}` });
  }
  return page;
}
