// GET /subscriptions/{s}/resourcegroups – list ($filter by tag, $top)
import { armList } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { matchesTagFilter, parseTagFilter, parseTop } from '@/server/arm/parse-tag-filter'
import { serializeResourceGroup } from '@/server/arm/serialize-resource-group'
import { findResourceGroups } from '@/server/resourcegroups/find-resource-groups'
import { findDeletingResourceGroupIds } from '@/server/resourcegroups/find-deleting-resource-group-ids'
import { getSubscriptionOrThrow } from '@/server/subscriptions/get-subscription-or-throw'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute<{ subscriptionId: string }>(async ({ principal, params, url }) => {
  const filter = parseTagFilter(url.searchParams.get('$filter'))
  const top = parseTop(url.searchParams.get('$top'))
  const subscription = await getSubscriptionOrThrow({ principal, subscriptionId: params.subscriptionId })
  let groups = await findResourceGroups({ principal, subscriptionId: subscription.id })
  if (filter) groups = groups.filter((g) => matchesTagFilter(g.tags, filter))
  if (top !== undefined) groups = groups.slice(0, top)
  const deleting = await findDeletingResourceGroupIds({ subscriptionId: subscription.id })
  return armList(groups.map((g) => serializeResourceGroup(g, { deleting: deleting.has(g.name.toLowerCase()) })))
})

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
