// Statement reuse under Prisma's real better-sqlite3 adapter: each distinct SQL
// text is prepared once, and every run gets its own arguments.
import { describe, expect, it } from "vitest";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { reusePreparedStatements } from "./sqlite-statements";

type Connection = Parameters<typeof reusePreparedStatements>[0];
const text = { scalarType: "string", arity: "scalar" } as const;
const int = { scalarType: "int", arity: "scalar" } as const;

async function adapterWithCountedPrepares() {
  const adapter = await new PrismaBetterSQLite3({ url: ":memory:" }).connect();
  const connection = (adapter as unknown as { client: Connection }).client;
  const prepared: string[] = [];
  const prepare = connection.prepare.bind(connection);
  connection.prepare = ((sql: string) => {
    prepared.push(sql);
    return prepare(sql);
  }) as Connection["prepare"];
  reusePreparedStatements(connection, 2);
  return { adapter, prepared };
}

describe("reusePreparedStatements", () => {
  it("prepares a query once and runs it again with new arguments, in and out of transactions", async () => {
    const { adapter, prepared } = await adapterWithCountedPrepares();
    await adapter.executeScript("CREATE TABLE story (id INTEGER PRIMARY KEY, title TEXT NOT NULL)");
    const insert = (id: number, title: string) => adapter.executeRaw({ sql: "INSERT INTO story (id, title) VALUES (?, ?)", args: [id, title], argTypes: [int, text] });
    await insert(1, "Floods in Sindh");
    await insert(2, "Budget passed");
    const tx = await adapter.startTransaction();
    await tx.executeRaw({ sql: "INSERT INTO story (id, title) VALUES (?, ?)", args: [3, "Rain in Lahore"], argTypes: [int, text] });
    await tx.executeRaw({ sql: "COMMIT", args: [], argTypes: [] });
    await tx.commit();

    const titleOf = async (id: number) => (await adapter.queryRaw({ sql: "SELECT title FROM story WHERE id = ?", args: [id], argTypes: [int] })).rows;
    expect(await titleOf(2)).toEqual([["Budget passed"]]);
    expect(await titleOf(1)).toEqual([["Floods in Sindh"]]);
    expect(await titleOf(3)).toEqual([["Rain in Lahore"]]);
    expect(await titleOf(4)).toEqual([]);
    expect(prepared.filter((sql) => sql.startsWith("INSERT"))).toHaveLength(1);
    expect(prepared.filter((sql) => sql.startsWith("SELECT"))).toHaveLength(1);
    await adapter.dispose();
  });

  it("keeps only the most recently used statements", async () => {
    const { adapter, prepared } = await adapterWithCountedPrepares();
    const one = (sql: string) => adapter.queryRaw({ sql, args: [], argTypes: [] });
    await one("SELECT 1");
    await one("SELECT 2");
    await one("SELECT 1"); // kept: now the most recent
    await one("SELECT 3"); // evicts SELECT 2
    await one("SELECT 1");
    await one("SELECT 2");
    expect(prepared).toEqual(["SELECT 1", "SELECT 2", "SELECT 3", "SELECT 2"]);
    await adapter.dispose();
  });

  it("reports a failing statement as the adapter's error and runs the next one", async () => {
    const { adapter } = await adapterWithCountedPrepares();
    await adapter.executeScript("CREATE TABLE story (id INTEGER PRIMARY KEY)");
    const insert = () => adapter.executeRaw({ sql: "INSERT INTO story (id) VALUES (?)", args: [7], argTypes: [int] });
    await insert();
    await expect(insert()).rejects.toMatchObject({ name: "DriverAdapterError" });
    expect((await adapter.queryRaw({ sql: "SELECT count(*) FROM story", args: [], argTypes: [] })).rows).toEqual([["1"]]);
    await adapter.dispose();
  });
});
