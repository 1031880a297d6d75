import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";

// Prisma's schema engine compiled to WASM, driven through a PGlite driver adapter, so that
// migration SQL can be computed with no network and no native binary. Node cannot import the
// .wasm directly, so it is instantiated by hand.

type DiffTarget =
  | { tag: "empty" }
  | { tag: "schemaDatasource"; files: SchemaFile[]; configDir: string }
  | { tag: "schemaDatamodel"; files: SchemaFile[] };
type SchemaFile = { path: string; content: string };
type Filters = { externalTables: string[]; externalEnums: string[] };
const NO_FILTERS: Filters = { externalTables: [], externalEnums: [] };

type MigrationList = {
  baseDir: string;
  lockfile: { path: string; content: string | null };
  shadowDbInitScript: string;
  migrationDirectories: { path: string; migrationFile: { path: string; content: { tag: "ok"; value: string } } }[];
};

type Engine = {
  applyMigrations(input: {
    migrationsList: MigrationList;
    filters: Filters;
  }): Promise<{ appliedMigrationNames: string[] }>;
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: Filters;
  }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

type EngineModule = {
  SchemaEngine: {
    new: (
      options: { datamodels: [string, string][] | undefined },
      log: (msg: string) => void,
      adapter: object,
    ) => Promise<Engine>;
  };
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let enginePromise: Promise<EngineModule> | undefined;

function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    // The package ships this wasm-bindgen glue untyped; EngineModule names the few exports we call.
    const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as EngineModule;
    const wasmModule = new WebAssembly.Module(readFileSync(path.join(packageDir, "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(wasmModule, {
      // The glue module is the import object the wasm expects (wasm-bindgen's layout), functions and all.
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return enginePromise;
}

async function withEngine<T>(adapterFactory: object, schema: string, run: (engine: Engine) => Promise<T>): Promise<T> {
  const [{ SchemaEngine }, { bindMigrationAwareSqlAdapterFactory }] = await Promise.all([
    loadEngineModule(),
    import("@prisma/driver-adapter-utils"),
  ]);
  const adapter = bindMigrationAwareSqlAdapterFactory(
    adapterFactory as Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0],
  );
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, adapter);
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

async function pgliteAdapter(db: PGlite): Promise<object> {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  return new PrismaPGlite(db);
}

/** SQL that takes the database held by `db` to the Prisma schema; "" when they already match. */
export async function diffDatabaseToSchema(db: PGlite, schema: string): Promise<string> {
  const files = [{ path: "schema.prisma", content: schema }];
  return withEngine(await pgliteAdapter(db), schema, async (engine) => {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    const sql = result.stdout ?? "";
    return isEmptyScript(sql) ? "" : sql;
  });
}

/**
 * Runs Prisma's own `migrate deploy` logic (the engine's applyMigrations) against a database,
 * given a driver adapter factory. Used to prove our deploy and Prisma's agree.
 */
export async function prismaMigrateDeploy(
  adapterFactory: object,
  schema: string,
  migrations: { name: string; sql: string }[],
  baseDir: string,
): Promise<string[]> {
  return withEngine(adapterFactory, schema, async (engine) => {
    const result = await engine.applyMigrations({
      migrationsList: {
        baseDir,
        lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
        shadowDbInitScript: "",
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
        })),
      },
      filters: NO_FILTERS,
    });
    return result.appliedMigrationNames;
  });
}

export { pgliteAdapter };

function isEmptyScript(sql: string): boolean {
  return sql.replace(/--[^\n]*/g, "").trim() === "";
}
