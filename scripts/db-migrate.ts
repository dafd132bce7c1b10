// npm run db:migrate            – apply committed migrations (what CI and `npm start` do)
// npm run db:migrate -- new NAME – write a migration for the changes in schema.prisma
import { applyMigrations, createMigration } from '../server/db/schema-engine'

const [command, name] = process.argv.slice(2)
const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  console.error('DATABASE_URL is not set.')
  process.exit(1)
}

if (command === 'new') {
  if (!name) throw new Error('Usage: npm run db:migrate -- new <name>')
  const folder = await createMigration(databaseUrl, name)
  console.log(folder ? `Wrote prisma/migrations/${folder}` : 'schema.prisma matches the migrations: nothing to write.')
} else {
  const applied = await applyMigrations(databaseUrl)
  console.log(applied.length ? `Applied ${applied.join(', ')}` : 'Database is up to date.')
}
