// GET /subscriptions/{subscriptionId}/locations – the regions Cerulean offers
import { armList } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { REGIONS } from '@/server/arm/regions'
import { getSubscriptionOrThrow } from '@/server/subscriptions/get-subscription-or-throw'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute<{ subscriptionId: string }>(async ({ principal, params }) => {
  const subscription = await getSubscriptionOrThrow({ principal, subscriptionId: params.subscriptionId })
  return armList(
    REGIONS.map(([name, displayName]) => ({
      id: `/subscriptions/${subscription.id}/locations/${name}`,
      name,
      type: 'Region',
      displayName,
      regionalDisplayName: displayName,
      metadata: { regionType: 'Physical', regionCategory: 'Recommended' },
    })),
  )
})

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
