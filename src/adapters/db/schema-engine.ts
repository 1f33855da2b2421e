/**
 * A small wrapper around Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm, an internal
 * API pinned to one exact version in package.json). It applies the committed migrations on start and
 * generates migration SQL by diffing schemas, offline, through a driver adapter: the Prisma CLI's
 * migrate commands need a native engine that it downloads at run time, which is not possible here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

export interface MigrationFolder {
  /** Folder name, e.g. `20261123120000_init`. */
  readonly name: string;
  readonly sql: string;
}

const FILTERS = { externalTables: [], externalEnums: [] };

interface WasmBindings {
  __wbg_set_wasm(exports: Record<string, unknown>): void;
  SchemaEngine: typeof SchemaEngine;
}

/** The part of the WebAssembly global used here (lib "ES2023" without "DOM" does not declare it). */
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const wasmApi = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let bindings: Promise<WasmBindings> | undefined;

/**
 * Loads the wasm module once per process (the package's ESM entry imports a .wasm file, which Node 20
 * cannot). Once only: the JS glue is a cached ES module that cannot take a second wasm instance.
 */
function loadBindings(): Promise<WasmBindings> {
  bindings ??= (async () => {
    // The package exports no package.json, so locate its folder through its main entry.
    const dir = dirname(createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm'));
    const bg = (await import(pathToFileURL(join(dir, 'schema_engine_bg.js')).href)) as WasmBindings;
    const { instance } = await wasmApi.instantiate(readFileSync(join(dir, 'schema_engine_bg.wasm')), {
      './schema_engine_bg.js': bg,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return bg;
  })();
  return bindings;
}

interface OpenEngine {
  readonly engine: SchemaEngine;
  /** Frees the engine and closes every connection it opened (an open SQLite connection keeps a lock). */
  close(): Promise<void>;
}

async function openEngine(
  schemaPath: string,
  schemaText: string,
  factory: SqlMigrationAwareDriverAdapterFactory,
): Promise<OpenEngine> {
  const { SchemaEngine: Engine } = await loadBindings();
  const opened: SqlDriverAdapter[] = [];
  const track = async (connection: Promise<SqlDriverAdapter>) => {
    const adapter = await connection;
    opened.push(adapter);
    return adapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
  };
  const engine = await Engine.new(
    { datamodels: [[schemaPath, schemaText]] },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((adapter) => adapter.dispose()));
    },
  };
}

/** Applies the migrations not yet recorded in `_prisma_migrations`; returns the names applied. Idempotent. */
export async function applyMigrations(options: {
  readonly adapter: SqlMigrationAwareDriverAdapterFactory;
  readonly schemaPath: string;
  readonly migrationsDir: string;
  readonly provider: 'sqlite' | 'postgresql';
  readonly migrations: readonly MigrationFolder[];
}): Promise<string[]> {
  const { engine, close } = await openEngine(
    options.schemaPath,
    readFileSync(options.schemaPath, 'utf8'),
    options.adapter,
  );
  try {
    const result = await engine.applyMigrations({
      migrationsList: {
        baseDir: options.migrationsDir,
        lockfile: { path: 'migration_lock.toml', content: `provider = "${options.provider}"\n` },
        shadowDbInitScript: '',
        migrationDirectories: options.migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
        })),
      },
      filters: FILTERS,
    });
    return result.appliedMigrationNames;
  } finally {
    await close();
  }
}

/** The SQL that turns a database built from `fromSchema` (or an empty one) into `toSchema`. */
export async function diffSchemas(options: {
  readonly adapter: SqlMigrationAwareDriverAdapterFactory;
  readonly fromSchema: string | null;
  readonly toSchema: string;
}): Promise<string> {
  const { engine, close } = await openEngine('schema.prisma', options.toSchema, options.adapter);
  try {
    const from =
      options.fromSchema === null
        ? { tag: 'empty' as const }
        : {
            tag: 'schemaDatamodel' as const,
            files: [{ path: 'schema.prisma', content: options.fromSchema }],
          };
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: options.toSchema }] },
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    return result.stdout ?? '';
  } finally {
    await close();
  }
}
