// GET /subscriptions – the subscriptions the caller holds a role in
import { armList } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { serializeSubscription } from '@/server/arm/serialize-subscription'
import { findSubscriptions } from '@/server/subscriptions/find-subscriptions'

export const GET = armRoute(async ({ principal }) => armList((await findSubscriptions({ principal })).map(serializeSubscription)))
