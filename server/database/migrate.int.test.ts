import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { migrateDatabase, readMigrations } from "./migrate";

const url = inject("databaseUrl");
const client = new pg.Client({ connectionString: url });
await client.connect();
afterAll(() => client.end());

describe("migrateDatabase", () => {
  it("has recorded every migration in Prisma's table with its sha256 checksum, and a second run applies nothing", async () => {
    const { rows } = await client.query(`SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows).toEqual(readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
    expect(await migrateDatabase(url)).toEqual([]);
  });

  it("refuses to run when an applied migration was edited afterwards", async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(migrateDatabase(url, edited)).rejects.toThrow(/was modified after it was applied/);
  });

  it("rolls back a failing migration completely and names it", async () => {
    const broken = [...readMigrations(), { name: "29990101000000_broken", sql: "CREATE TABLE t_ok (id int); SELECT nope;", checksum: "1".repeat(64) }];
    await expect(migrateDatabase(url, broken)).rejects.toThrow(/Migration 29990101000000_broken failed/);
    const { rowCount } = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 't_ok'`);
    expect(rowCount).toBe(0);
    const recorded = await client.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`);
    expect(recorded.rowCount).toBe(0);
  });
});
