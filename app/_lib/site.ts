// Site-wide settings derived from the validated environment.
import { env } from "./env";

export const site = {
  name: env.SITE_NAME,
  url: env.SITE_URL.replace(/\/$/, ""),
  timeZone: env.SITE_TIME_ZONE,
  xHandle: env.SITE_X_HANDLE,
  description: "Breaking news and wire reports from Pakistan and the world.",
} as const;

export const absoluteUrl = (path: string) => `${site.url}${path.startsWith("/") ? path : `/${path}`}`;
