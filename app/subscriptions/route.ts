// GET /subscriptions – the subscriptions the caller holds a role in
import { armList } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { serializeSubscription } from '@/server/arm/serialize-subscription'
import { findSubscriptions } from '@/server/subscriptions/find-subscriptions'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute(async ({ principal }) => armList((await findSubscriptions({ principal })).map(serializeSubscription)))

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
