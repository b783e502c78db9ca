// The one Prisma client of the process. DATABASE_URL picks the client and
// driver adapter: file: -> better-sqlite3 (embedded), postgres:// -> pg.
import type { PrismaClient } from "@/app/_generated/prisma/client";
import { processState } from "@/app/_server/process-state.cjs";
import { env } from "./env";
import { createPrismaClient } from "./db-adapter";

// Kept in the process state (app/_server/process-state.cjs): a dev server's hot
// reload reuses it instead of opening a new connection, and the server hooks
// close it on shutdown.
const state = processState();
export const db: PrismaClient = (state.prisma as PrismaClient | undefined) ?? createPrismaClient(env.DATABASE_URL, { queryLog: env.QUERY_LOG });
state.prisma = db;
