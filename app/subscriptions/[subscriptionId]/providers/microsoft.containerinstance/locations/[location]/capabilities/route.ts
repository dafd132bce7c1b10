// GET /subscriptions/{s}/providers/Microsoft.ContainerInstance/locations/{location}/capabilities – what a region offers
import { armList } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { locationCapabilities } from '@/server/arm/container-instance-catalog'
import { requireLocation } from '@/server/arm/require-location'
import { getSubscriptionOrThrow } from '@/server/subscriptions/get-subscription-or-throw'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute<{ subscriptionId: string; location: string }>(async ({ principal, params }) => {
  await getSubscriptionOrThrow({ principal, subscriptionId: params.subscriptionId })
  return armList(locationCapabilities(requireLocation(params.location)))
})

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
