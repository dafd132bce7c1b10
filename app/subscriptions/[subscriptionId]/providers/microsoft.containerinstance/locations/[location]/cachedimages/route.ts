// GET /subscriptions/{s}/providers/Microsoft.ContainerInstance/locations/{location}/cachedImages – images that start fast
import { armList } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { CACHED_IMAGES } from '@/server/arm/container-instance-catalog'
import { requireLocation } from '@/server/arm/require-location'
import { getSubscriptionOrThrow } from '@/server/subscriptions/get-subscription-or-throw'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute<{ subscriptionId: string; location: string }>(async ({ principal, params }) => {
  await getSubscriptionOrThrow({ principal, subscriptionId: params.subscriptionId })
  requireLocation(params.location)
  return armList(CACHED_IMAGES)
})

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
