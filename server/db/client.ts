import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from './generated/client'
import { env } from '../env'

export type Db = PrismaClient
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0]

const globalForDb = globalThis as unknown as { ceruleanDb?: PrismaClient }

export function createDb(databaseUrl: string = env.DATABASE_URL): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 10 }) })
}

// One client per process (Next's dev server reloads modules; keep the pool across reloads).
export const db: PrismaClient = globalForDb.ceruleanDb ?? (globalForDb.ceruleanDb = createDb())
