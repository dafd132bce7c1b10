// One processor per registered job, by name. Typed as a full record so a job added to the
// registry without a processor fails the typecheck, and the worker checks again at start.
import type { JobName } from '../server/jobs/registry'
import type { TProcessor } from './processor'
import { processReconcileJob } from './processors/containergroups.reconcile'
import { processScheduleJob } from './processors/containergroups.schedule'
import { processNodesMonitorJob } from './processors/nodes.monitor'
import { processResourceGroupDeleteJob } from './processors/resourcegroups.delete'

export const processorsByJobName: { [N in JobName]: TProcessor<N> } = {
  'containergroups.schedule': processScheduleJob,
  'containergroups.reconcile': processReconcileJob,
  'nodes.monitor': processNodesMonitorJob,
  'resourcegroups.delete': processResourceGroupDeleteJob,
}
