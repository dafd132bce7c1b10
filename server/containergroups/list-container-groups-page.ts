// One page of container groups for ARM's list operations (by subscription, by resource group),
// in a stable (name, id) order with a keyset cursor, so a page is one indexed query however many
// groups exist and concurrent creates never shift a page boundary.
import { z } from 'zod'
import { db } from '../db/client'
import { env } from '../env'
import { ArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'
import { findResourceGroups } from '../resourcegroups/find-resource-groups'
import { getResourceGroupOrThrow } from '../resourcegroups/get-resource-group-or-throw'
import { getSubscriptionOrThrow } from '../subscriptions/get-subscription-or-throw'

const ZCursor = z.object({ n: z.string().max(200), i: z.uuid() })
type TCursor = z.infer<typeof ZCursor>

export function encodeCursor(cursor: TCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url')
}

function decodeCursor(token: string): TCursor {
  const invalid = new ArmError('InvalidParameter', `The value of '$skiptoken' is invalid.`, { target: '$skiptoken' })
  if (!/^[A-Za-z0-9_-]{1,1024}$/.test(token)) throw invalid
  try {
    const parsed = ZCursor.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')))
    if (!parsed.success) throw invalid
    return parsed.data
  } catch {
    throw invalid
  }
}

export async function listContainerGroupsPage({
  principal,
  subscriptionId,
  resourceGroupName,
  skipToken,
  pageSize = env.ARM_LIST_PAGE_SIZE,
}: {
  principal: TPrincipal
  subscriptionId: string
  resourceGroupName?: string
  skipToken?: string | null
  pageSize?: number
}) {
  const cursor = skipToken ? decodeCursor(skipToken) : null
  let resourceGroupIds: string[]
  if (resourceGroupName !== undefined) {
    const { resourceGroup } = await getResourceGroupOrThrow({ principal, subscriptionId, resourceGroupName, permission: 'containerGroups.read' })
    resourceGroupIds = [resourceGroup.id]
  } else {
    const subscription = await getSubscriptionOrThrow({ principal, subscriptionId })
    resourceGroupIds = (await findResourceGroups({ principal, subscriptionId: subscription.id })).map((g) => g.id)
  }
  const rows = await db.containerGroup.findMany({
    where: {
      resourceGroupId: { in: resourceGroupIds },
      subscription: { tenantId: principal.tenantId },
      ...(cursor ? { OR: [{ name: { gt: cursor.n } }, { name: cursor.n, id: { gt: cursor.i } }] } : {}),
    },
    include: { containers: true, resourceGroup: { select: { name: true } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: pageSize + 1,
  })
  const page = rows.slice(0, pageSize)
  const last = page[page.length - 1]
  return { containerGroups: page, nextSkipToken: rows.length > pageSize && last ? encodeCursor({ n: last.name, i: last.id }) : null }
}
