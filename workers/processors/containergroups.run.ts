// Walk a placed group's containers through their lifecycle: see server/runtime/run-container-group.ts.
import { runContainerGroup } from '../../server/runtime/run-container-group'
import type { TProcessor } from '../processor'

export const processRunJob: TProcessor<'containergroups.run'> = async ({ containerGroupId, generation, attempt }) => {
  return { outcome: await runContainerGroup({ containerGroupId, generation, attempt }) }
}
