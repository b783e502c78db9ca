// The one place environment variables are read and validated (zod).
// Every variable has a default that is safe for the local demo; production
// start refuses the unsafe ones (see assertProductionReady in start-checks.ts).
import { z } from "zod";
import { parseTrustProxy } from "@/app/_server/client-address.cjs";

const bool = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("file:./data/portal.db")
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), {
      message: 'must start with "file:" (SQLite) or "postgres://" / "postgresql://" (Postgres)',
    }),
  // Unset: the address `npm start` serves (see defaultSiteUrl); production start requires it.
  SITE_URL: z.url({ message: "must be an absolute URL such as https://news.example.com" }).optional(),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.string().regex(/^\d{1,5}$/, { message: "must be a port number such as 3000" }).default("3000"),
  SITE_NAME: z.string().min(1).default("Meridian News"),
  SITE_TIME_ZONE: z
    .string()
    .default("Asia/Karachi")
    .refine(
      (tz) => {
        try {
          new Intl.DateTimeFormat("en-US", { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      },
      { message: "must be an IANA time zone such as Asia/Karachi or Europe/London" },
    ),
  SITE_X_HANDLE: z.string().default("MeridianNewsHQ"),
  SESSION_SECRET: z.string().default(""),
  PORTAL_DEMO: bool,
  MEDIA_DIR: z.string().default("./data/media"),
  // Where media files live: "local" (MEDIA_DIR) or "s3" (an S3-compatible bucket: AWS, R2, MinIO).
  MEDIA_STORE: z.enum(["local", "s3"]).default("local"),
  S3_BUCKET: z.string().default(""),
  S3_REGION: z.string().default("us-east-1"),
  S3_ENDPOINT: z.union([z.literal(""), z.url({ message: "must be an absolute URL such as https://<account>.r2.cloudflarestorage.com" })]).default(""),
  S3_ACCESS_KEY_ID: z.string().default(""),
  S3_SECRET_ACCESS_KEY: z.string().default(""),
  S3_FORCE_PATH_STYLE: bool,
  S3_PREFIX: z.string().default(""),
  FEED_CONTENT: z.enum(["full", "summary"]).default("full"),
  // Set: every instance shares one Next.js cache in Redis (next.config.js).
  REDIS_URL: z
    .string()
    .default("")
    .refine((v) => v === "" || /^rediss?:\/\//.test(v), { message: 'must be empty or start with "redis://" or "rediss://"' }),
  // Lets outbound calls (webhooks, wire feeds) reach loopback/private addresses:
  // local testing only, never in production. WEBHOOK_ALLOW_PRIVATE is its older name.
  OUTBOUND_ALLOW_PRIVATE: bool,
  WEBHOOK_ALLOW_PRIVATE: bool,
  // The bearer secret of the wire poll cron route (/api/cron/wire-poll); empty = the route is off.
  CRON_SECRET: z.string().default(""),
  // 0: a Node server does not poll due wire sources itself (the cron route or `npm run wire:poll` do).
  WIRE_POLL: z.enum(["0", "1"]).default("1"),
  // A file path: every SQL statement the app sends is appended to it, one line
  // each (tests use it to check that cached pages and feeds query nothing).
  QUERY_LOG: z.string().default(""),
  // Proxies whose X-Forwarded-For is believed (app/_server/client-address.cjs): "" none, a hop count, or addresses/CIDRs.
  TRUST_PROXY: z.string().default("").superRefine((v, ctx) => {
    try {
      parseTrustProxy(v);
    } catch (err) {
      ctx.addIssue({ code: "custom", message: (err as Error).message.replace(/^TRUST_PROXY: /, "") });
    }
  }),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
}).superRefine((e, ctx) => {
  if (e.MEDIA_STORE !== "s3") return;
  if (!e.S3_BUCKET) ctx.addIssue({ code: "custom", path: ["S3_BUCKET"], message: "is required when MEDIA_STORE=s3" });
  if (!e.S3_ACCESS_KEY_ID !== !e.S3_SECRET_ACCESS_KEY) {
    ctx.addIssue({ code: "custom", path: ["S3_SECRET_ACCESS_KEY"], message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together (or both left empty for the SDK's default credentials)" });
  }
});

/** The address a server on HOST:PORT is reached at from this machine. */
export function defaultSiteUrl(host: string, port: string): string {
  const local = ["", "0.0.0.0", "::", "127.0.0.1", "::1", "localhost"].includes(host);
  const shown = local ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

const withSiteUrl = schema.transform((v) => ({
  ...v,
  SITE_URL: v.SITE_URL ?? defaultSiteUrl(v.HOST, v.PORT),
  // Whether SITE_URL came from the operator (production start requires it).
  SITE_URL_SET: v.SITE_URL !== undefined,
}));

export type Env = z.infer<typeof withSiteUrl>;

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty SITE_URL= line (as in a copied .env) counts as unset.
  const input = source.SITE_URL === "" ? { ...source, SITE_URL: undefined } : source;
  const parsed = withSiteUrl.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}\nSee .env.example for every variable and its default.`);
  }
  return parsed.data;
}

export const env: Env = parseEnv();

export const isPostgres = (url: string = env.DATABASE_URL) => /^postgres(ql)?:\/\//.test(url);
