// Re-enqueue what lost triggers left behind: see server/containergroups/reconcile-container-groups.ts.
import { reconcileContainerGroups } from '../../server/containergroups/reconcile-container-groups'
import type { TProcessor } from '../processor'

export const processReconcileJob: TProcessor<'containergroups.reconcile'> = async () => reconcileContainerGroups()
