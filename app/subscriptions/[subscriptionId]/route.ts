// GET /subscriptions/{subscriptionId} – one subscription
import { armJson } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { ArmError } from '@/server/arm/errors'
import { serializeSubscription } from '@/server/arm/serialize-subscription'
import { findSubscriptions } from '@/server/subscriptions/find-subscriptions'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute<{ subscriptionId: string }>(async ({ principal, params }) => {
  const subscription = (await findSubscriptions({ principal })).find((s) => s.id === params.subscriptionId.toLowerCase())
  if (!subscription) throw new ArmError('SubscriptionNotFound', `The subscription '${params.subscriptionId.slice(0, 100)}' could not be found.`)
  return armJson(serializeSubscription(subscription))
})

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
