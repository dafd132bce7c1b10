// GET /subscriptions/{s}/providers/Microsoft.ContainerInstance/locations/{location}/capabilities – what a region offers
import { armList } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { locationCapabilities } from '@/server/arm/container-instance-catalog'
import { requireLocation } from '@/server/arm/require-location'
import { getSubscriptionOrThrow } from '@/server/subscriptions/get-subscription-or-throw'

export const GET = armRoute<{ subscriptionId: string; location: string }>(async ({ principal, params }) => {
  await getSubscriptionOrThrow({ principal, subscriptionId: params.subscriptionId })
  return armList(locationCapabilities(requireLocation(params.location)))
})
