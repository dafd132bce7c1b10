import type { Subscription } from '../db/generated/client'

export function serializeSubscription(subscription: Subscription) {
  return {
    id: `/subscriptions/${subscription.id}`,
    subscriptionId: subscription.id,
    tenantId: subscription.tenantId,
    displayName: subscription.displayName,
    state: subscription.state,
    subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: 'PayAsYouGo_2014-09-01', spendingLimit: 'Off' },
    authorizationSource: 'RoleBased',
  }
}
