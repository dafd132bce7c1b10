// Place a container group on a node: see server/scheduler/schedule-container-group.ts.
import { scheduleContainerGroup } from '../../server/scheduler/schedule-container-group'
import type { TProcessor } from '../processor'

export const processScheduleJob: TProcessor<'containergroups.schedule'> = async ({ containerGroupId, generation }) => {
  return { outcome: await scheduleContainerGroup({ containerGroupId, generation }) }
}
