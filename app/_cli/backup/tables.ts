// What a backup holds, table by table, in the order an import writes them
// (each table's references point only at tables before it; the one cycle,
// Author -> Media -> User -> Author, is cut by writing Author.avatarMediaId
// after Media). Every model is either here or in NOT_BACKED_UP with the reason,
// so a new model forces a decision (backup.test.ts checks it).

export type BackupTable = {
  model: string;
  /** Primary key columns: rows are exported in this order. */
  key: string[];
  /** Columns written in a second pass, after every table exists (reference cycles). */
  deferred?: string[];
  /** Has an autoincrement "id" whose Postgres sequence an import must move past the restored ids. */
  serial?: boolean;
};

export const BACKUP_TABLES: BackupTable[] = [
  { model: "Category", key: ["id"], serial: true },
  { model: "Topic", key: ["id"], serial: true },
  { model: "CategoryLocale", key: ["categoryId", "language"] },
  { model: "TopicLocale", key: ["topicId", "language"] },
  { model: "SiteSetting", key: ["key"] },
  { model: "Redirect", key: ["id"], serial: true },
  { model: "Webhook", key: ["id"], serial: true },
  { model: "Author", key: ["id"], deferred: ["avatarMediaId"], serial: true },
  { model: "User", key: ["id"], serial: true },
  { model: "Media", key: ["id"], serial: true },
  { model: "Article", key: ["id"], serial: true },
  { model: "ArticleTopic", key: ["articleId", "topicId"] },
  { model: "ArticleAuthor", key: ["articleId", "authorId"] },
  { model: "ArticleViewDaily", key: ["articleId", "day"] },
  { model: "TranslationLink", key: ["articleId"] },
  { model: "Revision", key: ["id"], serial: true },
  { model: "AuditLog", key: ["id"], serial: true },
  { model: "Page", key: ["id"], serial: true },
  { model: "PageRevision", key: ["id"], serial: true },
  { model: "WireSource", key: ["id"], serial: true },
  { model: "WireItem", key: ["id"], serial: true },
];

/** Models a backup leaves out on purpose. */
export const NOT_BACKED_UP: Record<string, string> = {
  Session: "sign-ins belong to one server; everyone signs in again",
  LoginAttempt: "short-lived rate-limit counters",
  ArticleViewer: "today's de-duplication of view counts (salted hashes); the counts are in ArticleViewDaily",
  ApiToken: "credentials: issue new API tokens on the new server",
  WireSourceCredential: "credentials (a wire source's HTTP auth header): enter them again on the new server",
  WebhookDelivery: "the delivery queue and its log: restoring it would send old events to subscribers again",
};

/** A Prisma client property name for a model name ("ArticleTopic" -> "articleTopic"). */
export const delegateName = (model: string) => model[0].toLowerCase() + model.slice(1);

/** What users get instead of a password hash when the backup has none: no password verifies against it. */
export const UNUSABLE_PASSWORD = "!reset-required";
