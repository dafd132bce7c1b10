// Re-enqueue what lost triggers left behind: see server/containergroups/reconcile-container-groups.ts
// and server/resourcegroups/reconcile-resource-group-deletions.ts.
import { reconcileContainerGroups } from '../../server/containergroups/reconcile-container-groups'
import { reconcileResourceGroupDeletions } from '../../server/resourcegroups/reconcile-resource-group-deletions'
import type { TProcessor } from '../processor'

export const processReconcileJob: TProcessor<'containergroups.reconcile'> = async () => ({
  containerGroups: await reconcileContainerGroups(),
  resourceGroupDeletions: await reconcileResourceGroupDeletions(),
})
