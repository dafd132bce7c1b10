// GET /subscriptions/{s}/providers/Microsoft.ContainerInstance/locations/{location}/usages – ACI quota usage in a region
import { armList } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { requireLocation } from '@/server/arm/require-location'
import { getLocationUsage, locationQuota } from '@/server/containergroups/get-location-usage'
import { getSubscriptionOrThrow } from '@/server/subscriptions/get-subscription-or-throw'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute<{ subscriptionId: string; location: string }>(async ({ principal, params }) => {
  const subscription = await getSubscriptionOrThrow({ principal, subscriptionId: params.subscriptionId })
  const location = requireLocation(params.location)
  const usage = await getLocationUsage({ subscriptionId: subscription.id, location })
  const quota = locationQuota()
  return armList([
    { unit: 'Count', currentValue: usage.containerGroups, limit: quota.containerGroups, name: { value: 'ContainerGroups', localizedValue: 'Container Groups' } },
    { unit: 'Count', currentValue: usage.standardCores, limit: quota.standardCores, name: { value: 'StandardCores', localizedValue: 'Standard Cores' } },
  ])
})

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
