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

type Engine = {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

type EngineModule = {
  SchemaEngine: { new: (options: { datamodels: [string, string][] | undefined }, log: (msg: string) => void, adapter: object) => Promise<Engine> };
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let enginePromise: Promise<EngineModule> | undefined;

function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const packageDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as EngineModule;
    const wasmModule = new WebAssembly.Module(readFileSync(path.join(packageDir, "schema_engine_bg.wasm")));
    const instance = new WebAssembly.Instance(wasmModule, {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return enginePromise;
}

/** SQL that takes the database held by `db` to the Prisma schema; "" when they already match. */
export async function diffDatabaseToSchema(db: PGlite, schema: string): Promise<string> {
  const [{ SchemaEngine }, { PrismaPGlite }, { bindMigrationAwareSqlAdapterFactory }] = await Promise.all([
    loadEngineModule(),
    import("pglite-prisma-adapter"),
    import("@prisma/driver-adapter-utils"),
  ]);
  const files = [{ path: "schema.prisma", content: schema }];
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(db));
  const engine = await SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, adapter);
  try {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = result.stdout ?? "";
    return isEmptyScript(sql) ? "" : sql;
  } finally {
    engine.free();
  }
}

function isEmptyScript(sql: string): boolean {
  return sql.replace(/--[^\n]*/g, "").trim() === "";
}
