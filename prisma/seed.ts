// npm run db:seed – the simulated node pool and a demo user. Safe to run any number of
// times: nothing is created twice. `npm start` runs it on every start.
import { pathToFileURL } from 'node:url'
import { db } from '../server/db/client'
import { signUp } from '../server/auth/sign-up'
import { seedNodePool } from '../tests/factories/nodes'
import { DEMO_USER } from './demo-user'

export { DEMO_USER }

export const NODE_POOL = { nodesPerRegion: 3, cpuCores: 16, memoryGb: 64 }

export type TSeedResult = { nodesCreated: number; demoUserCreated: boolean }

export async function seed({ demoUser = true }: { demoUser?: boolean } = {}): Promise<TSeedResult> {
  // seedNodePool creates only the nodes missing by name, so a region added later joins the pool.
  const nodesBefore = await db.node.count()
  await seedNodePool({ client: db, ...NODE_POOL })
  const nodesCreated = (await db.node.count()) - nodesBefore
  let demoUserCreated = false
  if (demoUser && !(await db.user.findUnique({ where: { email: DEMO_USER.email }, select: { id: true } }))) {
    await signUp({ input: { email: DEMO_USER.email, password: DEMO_USER.password, displayName: DEMO_USER.displayName } })
    demoUserCreated = true
  }
  // The demo user runs this cloud, so it may administer the node pool.
  if (demoUser) await db.user.updateMany({ where: { email: DEMO_USER.email }, data: { isAdmin: true } })
  return { nodesCreated, demoUserCreated }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const result = await seed()
    console.log(result.nodesCreated ? `Seeded ${result.nodesCreated} nodes.` : 'Node pool already seeded.')
    console.log(`Demo user: ${DEMO_USER.email} / ${DEMO_USER.password}${result.demoUserCreated ? ' (created)' : ''}`)
  } finally {
    await db.$disconnect()
  }
}
