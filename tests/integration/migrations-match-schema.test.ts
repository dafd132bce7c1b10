// The committed migrations must build exactly the database schema.prisma describes; a
// hand-edited migration or a schema change without one fails here.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { diffSchemas, readSchema, readSchemaSnapshot } from '../../server/db/schema-engine'

const migratedUrl = process.env.DATABASE_URL!
const scratchName = `cerulean_it_schema_${randomBytes(4).toString('hex')}`
const scratchUrl = Object.assign(new URL(migratedUrl), { pathname: `/${scratchName}` }).toString()
const adminUrl = Object.assign(new URL(migratedUrl), { pathname: '/postgres' }).toString()

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

// Columns, indexes and constraints, independent of the order the migrations created them in.
async function describeSchema(url: string): Promise<string[]> {
  const { rows } = await withClient(url, (client) =>
    client.query<{ fact: string }>(`
      SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS fact
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      UNION ALL
      SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
      UNION ALL
      SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%_prisma_migrations%'`),
  )
  return rows.map((r) => r.fact).sort()
}

afterAll(async () => {
  await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`))
})

describe('committed migrations', () => {
  it('produce the same tables, columns, indexes and constraints as schema.prisma', async () => {
    const fromScratch = await diffSchemas(migratedUrl, null, readSchema())
    await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${scratchName}"`))
    await withClient(scratchUrl, (client) => client.query(fromScratch))
    const [migrated, expected] = await Promise.all([describeSchema(migratedUrl), describeSchema(scratchUrl)])
    expect(migrated.length).toBeGreaterThan(50)
    expect(migrated).toEqual(expected)
  })

  it('leave nothing in schema.prisma without a migration (the snapshot is current)', () => {
    expect(readSchemaSnapshot(), 'run `npm run db:migrate -- new NAME` after changing schema.prisma').toBe(readSchema())
  })
})
