// The one Prisma client of the process. DATABASE_URL picks the client and
// driver adapter: file: -> better-sqlite3 (embedded), postgres:// -> pg.
import type { PrismaClient } from "@/app/_generated/prisma/client";
import { env } from "./env";
import { createPrismaClient } from "./db-adapter";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(env.DATABASE_URL, { queryLog: env.QUERY_LOG });

// Dev server hot reloads would otherwise open a new connection per reload; the
// shutdown hook (graceful stop) also finds the client here.
globalForPrisma.prisma = db;
