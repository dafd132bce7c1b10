// Prisma 7's CLI downloads a native schema engine on every command, which cannot work
// offline. Its schema engine is also published as WebAssembly; this module drives that
// build through the pg driver adapter, so migrations apply with nothing but npm packages.
// See docs/decisions/001-migrations-through-the-wasm-schema-engine.md.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { PrismaPg } from '@prisma/adapter-pg'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg'

const require = createRequire(import.meta.url)
const NO_FILTER = { externalTables: [], externalEnums: [] }
const PRISMA_DIR = path.resolve(process.cwd(), 'prisma')
const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma')
const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations')

let wasmLoaded = false

async function loadWasm() {
  if (wasmLoaded) return
  const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm')
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
    './schema_engine_bg.js': engineBindings,
  })
  engineBindings.__wbg_set_wasm(instance.exports)
  ;(instance.exports as { __wbindgen_start: () => void }).__wbindgen_start()
  wasmLoaded = true
}

async function openEngine(databaseUrl: string) {
  await loadWasm()
  const schema = readSchema()
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: databaseUrl }))
  const quiet = () => {}
  const engine = await engineBindings.SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, quiet, adapter)
  return { engine, schema }
}

function readMigrations(): engineBindings.MigrationList {
  const dirs = fs.existsSync(MIGRATIONS_DIR)
    ? fs.readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : []
  const lockPath = path.join(MIGRATIONS_DIR, 'migration_lock.toml')
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((dir) => ({
      path: dir,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: fs.readFileSync(path.join(MIGRATIONS_DIR, dir, 'migration.sql'), 'utf8') },
      },
    })),
  }
}

/** Applies every committed migration that the database has not seen (`prisma migrate deploy`). */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const { engine } = await openEngine(databaseUrl)
  try {
    const result = await engine.applyMigrations({ migrationsList: readMigrations(), filters: NO_FILTER })
    return result.appliedMigrationNames
  } finally {
    engine.free()
  }
}

// The schema the committed migrations produce, kept beside them. A new migration is the diff
// from this snapshot to schema.prisma: two datamodels, so the engine needs no database to
// introspect (the WebAssembly build cannot yet introspect a shadow database through the adapter).
export const SCHEMA_SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, 'schema.prisma.snapshot')

/** SQL that turns a database built from `from` (null = empty) into one built from `to`. */
export async function diffSchemas(databaseUrl: string, from: string | null, to: string): Promise<string> {
  const { engine } = await openEngine(databaseUrl)
  try {
    const result = await engine.diff({
      from: from === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: from }] },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: to }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    })
    const sql = (result.stdout ?? '').trim()
    return sql === '-- This is an empty migration.' ? '' : sql
  } finally {
    engine.free()
  }
}

export function readSchema(): string {
  return fs.readFileSync(SCHEMA_PATH, 'utf8')
}

export function readSchemaSnapshot(): string | null {
  return fs.existsSync(SCHEMA_SNAPSHOT_PATH) ? fs.readFileSync(SCHEMA_SNAPSHOT_PATH, 'utf8') : null
}

/** Writes a new migration for the changes in schema.prisma. Returns its folder, or null when nothing changed. */
export async function createMigration(databaseUrl: string, name: string): Promise<string | null> {
  const schema = readSchema()
  const sql = await diffSchemas(databaseUrl, readSchemaSnapshot(), schema)
  if (!sql) return null
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
  const folder = `${stamp}_${name.replace(/\W+/g, '_')}`
  fs.mkdirSync(path.join(MIGRATIONS_DIR, folder), { recursive: true })
  fs.writeFileSync(path.join(MIGRATIONS_DIR, folder, 'migration.sql'), sql + '\n')
  fs.writeFileSync(SCHEMA_SNAPSHOT_PATH, schema)
  const lockPath = path.join(MIGRATIONS_DIR, 'migration_lock.toml')
  if (!fs.existsSync(lockPath)) fs.writeFileSync(lockPath, 'provider = "postgresql"\n')
  return folder
}
