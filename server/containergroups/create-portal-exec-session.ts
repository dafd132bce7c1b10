// The portal's Connect tab: the same one-time exec session the ARM exec operation hands out,
// for a container of a group the signed-in user may act on.
import { ArmError } from '../arm/errors'
import type { TPrincipal } from '../auth/permissions'
import { storeExecSession } from './create-exec-session'
import { getContainerGroupByIdOrThrow } from './get-container-group-by-id-or-throw'

export async function createPortalExecSession({
  principal,
  containerGroupId,
  containerName,
  command,
  websocketOrigin,
}: {
  principal: TPrincipal
  containerGroupId: string
  containerName: string
  command: string
  websocketOrigin: string
}) {
  const group = await getContainerGroupByIdOrThrow({ principal, containerGroupId, permission: 'containerGroups.action' })
  const container = group.containers.find((c) => c.name === containerName)
  if (!container) throw new ArmError('ResourceNotFound', `The container '${containerName}' in container group '${group.name}' was not found.`)
  if (container.lifecycleStage !== 'Running') {
    throw new ArmError('Conflict', `The container '${containerName}' is not running. Start the container group, then connect.`)
  }
  return storeExecSession({ containerGroupId: group.id, containerName: container.name, mode: 'exec', command, terminalSize: null, websocketOrigin })
}
