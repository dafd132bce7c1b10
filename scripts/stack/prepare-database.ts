// Brings a database up to date for a stack: committed migrations, then the seed.
// It runs as its own short-lived process so that the WebAssembly schema engine and a
// Prisma client do not stay resident in the long-lived orchestrator.
//   node --import tsx scripts/stack/prepare-database.ts [--no-demo-user]
import { applyMigrations } from '../../server/db/schema-engine'
import { db } from '../../server/db/client'
import { seed, DEMO_USER } from '../../prisma/seed'

const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error('DATABASE_URL is not set.')
  process.exit(1)
}

const applied = await applyMigrations(databaseUrl)
console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.')

try {
  const result = await seed({ demoUser: !process.argv.includes('--no-demo-user') })
  console.log(result.nodesCreated ? `Seeded a node pool of ${result.nodesCreated} nodes.` : 'Node pool already seeded.')
  if (result.demoUserCreated) console.log(`Created the demo user ${DEMO_USER.email}.`)
} finally {
  await db.$disconnect()
}
// The schema engine's connection pool would keep the process alive until its idle timeout.
process.exit(0)
