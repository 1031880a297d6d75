import { beforeAll, describe, expect, it } from "vitest";
import { engineOf } from "@/lib/db/client";
import { prepareForTransaction, preparedQuery, runPrepared, runPreparedIn } from "@/lib/db/prepared";
import { useTestDatabase, type TestDatabase } from "../../helpers/test-db";

let t: TestDatabase;

beforeAll(async () => {
  t = await useTestDatabase();
  await t.db.user.createMany({
    data: [
      { id: "prep-user-1", email: "prep-1@example.test", name: "O'Brien" },
      { id: "prep-user-2", email: "prep-2@example.test", name: "Second" },
    ],
  });
});

const USER_BY_ID = preparedQuery(
  "test_user_by_id",
  2,
  `SELECT "id", "name", "sessionVersion", "createdAt" FROM "User" WHERE "id" = $1 OR "email" = $2 ORDER BY "id"`,
);
type Row = { id: string; name: string; sessionVersion: number; createdAt: Date };

describe("prepared queries", () => {
  it("know which database the app's client runs on", () => {
    expect(engineOf(t.db)?.kind).toBe(t.kind === "pglite" ? "pglite" : "postgresql");
  });

  it("answer what the same query answers through Prisma, with the same types", async () => {
    const plain = await t.db.$queryRawUnsafe<Row[]>(USER_BY_ID.sql, "prep-user-1", "prep-2@example.test");
    for (let run = 0; run < 7; run++) {
      // PostgreSQL switches a prepared statement to its generic plan after five runs: the answer must not change.
      const rows = await runPrepared<Row>(USER_BY_ID, ["prep-user-1", "prep-2@example.test"]);
      expect(rows).toEqual(plain);
    }
    expect(plain.map((row) => row.name)).toEqual(["O'Brien", "Second"]);
    expect(plain[0]!.createdAt).toBeInstanceOf(Date);
    expect(typeof plain[0]!.sessionVersion).toBe("number");
  });

  it("take null, and values with quotes and backslashes as plain values, never as SQL", async () => {
    expect(await runPrepared<Row>(USER_BY_ID, [null, "prep-1@example.test"])).toHaveLength(1);
    const attempt = `x' OR '1'='1`;
    expect(await runPrepared<Row>(USER_BY_ID, [attempt, `\\'); DROP TABLE "User"; --`])).toEqual([]);
    expect(await t.db.user.count()).toBe(2);
  });

  // On PostgreSQL node-postgres keeps each connection's statements itself.
  const onPglite = it.skipIf(Boolean(process.env.TEST_DATABASE_URL));
  onPglite("prepare again when the session lost its statements, and share one prepared by another copy", async () => {
    const engine = engineOf(t.db);
    if (engine?.kind !== "pglite") throw new Error("this test runs on PGlite");
    const { pglite } = engine;
    await runPrepared<Row>(USER_BY_ID, ["prep-user-2", null]);
    await pglite.exec("DEALLOCATE ALL");
    expect(await runPrepared<Row>(USER_BY_ID, ["prep-user-2", null])).toHaveLength(1);
    // As the server's own copy of this module would have: prepared under the same name before this one asks.
    const other = preparedQuery("test_prepared_elsewhere", 1, `SELECT "name" FROM "User" WHERE "id" = $1`);
    await pglite.exec(`PREPARE ${other.name}(text) AS ${other.sql}`);
    expect(await runPrepared<{ name: string }>(other, ["prep-user-2"])).toEqual([{ name: "Second" }]);
  });

  it("run inside a transaction, as part of it: a row they write goes when the transaction fails", async () => {
    const rename = preparedQuery(
      "test_rename_user",
      2,
      `UPDATE "User" SET "name" = $2 WHERE "id" = $1 RETURNING "id", "name"`,
    );
    await prepareForTransaction(rename);
    const renamed = await t.db.$transaction((tx) => runPreparedIn(tx, rename, ["prep-user-2", "It's Renamed"]));
    expect(renamed).toEqual([{ id: "prep-user-2", name: "It's Renamed" }]);
    await expect(
      t.db.$transaction(async (tx) => {
        expect(await runPreparedIn(tx, rename, ["prep-user-2", "Rolled back"])).toHaveLength(1);
        throw new Error("the transaction fails after the statement");
      }),
    ).rejects.toThrow(/fails after/);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: "prep-user-2" } })).name).toBe("It's Renamed");
    await t.db.user.update({ where: { id: "prep-user-2" }, data: { name: "Second" } });
  });

  it("refuse the wrong number of values and a name that is not a plain identifier", async () => {
    await expect(runPrepared(USER_BY_ID, ["only-one"])).rejects.toThrow(/takes 2 parameters/);
    expect(() => preparedQuery("Bad Name; DROP", 0, "SELECT 1")).toThrow(/lower-case identifiers/);
  });
});
