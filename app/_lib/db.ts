// The one Prisma client of the process. DATABASE_URL picks the driver adapter:
// file: -> better-sqlite3 (embedded), postgres:// -> pg.
import { PrismaClient } from "@/app/_generated/prisma/client";
import { env } from "./env";
import { createAdapter } from "./db-adapter";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? new PrismaClient({ adapter: createAdapter(env.DATABASE_URL) });

// Dev server hot reloads would otherwise open a new connection per reload.
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
