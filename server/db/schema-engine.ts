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
  const schema = fs.readFileSync(SCHEMA_PATH, 'utf8')
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

/**
 * Writes a new migration with the SQL that takes `databaseUrl` (already migrated) to
 * the current schema.prisma. Returns the folder name, or null when nothing changed.
 */
export async function createMigration(databaseUrl: string, name: string): Promise<string | null> {
  const { engine, schema } = await openEngine(databaseUrl)
  try {
    const hasMigrations = readMigrations().migrationDirectories.length > 0
    const result = await engine.diff({
      from: hasMigrations ? { tag: 'url', url: databaseUrl } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    })
    const sql = (result.stdout ?? '').trim()
    if (!sql || sql === '-- This is an empty migration.') return null
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
    const folder = `${stamp}_${name.replace(/\W+/g, '_')}`
    fs.mkdirSync(path.join(MIGRATIONS_DIR, folder), { recursive: true })
    fs.writeFileSync(path.join(MIGRATIONS_DIR, folder, 'migration.sql'), sql + '\n')
    const lockPath = path.join(MIGRATIONS_DIR, 'migration_lock.toml')
    if (!fs.existsSync(lockPath)) fs.writeFileSync(lockPath, 'provider = "postgresql"\n')
    return folder
  } finally {
    engine.free()
  }
}
