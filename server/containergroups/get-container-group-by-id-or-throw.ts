// For portal routes that address a container group by id (SSE logs, events, commands). Same
// rules as getContainerGroupOrThrow: the tenant is part of the query, and a caller without read
// access gets the same 404 as for a group that does not exist.
import { db as defaultDb, type Db } from '../db/client'
import { ArmError } from '../arm/errors'
import { authorizationFailedError, grantedPermissions, resourceGroupScope, type Permission, type TPrincipal } from '../auth/permissions'
import { containerGroupInclude } from './get-container-group-or-throw'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export async function getContainerGroupByIdOrThrow({
  principal,
  containerGroupId,
  permission = 'containerGroups.read',
  client = defaultDb,
}: {
  principal: TPrincipal
  containerGroupId: string
  permission?: Permission
  client?: Db
}) {
  const notFound = new ArmError('ResourceNotFound', `The container group '${containerGroupId}' was not found.`)
  if (!UUID.test(containerGroupId)) throw notFound
  const containerGroup = await client.containerGroup.findFirst({
    where: { id: containerGroupId.toLowerCase(), subscription: { tenantId: principal.tenantId } },
    include: containerGroupInclude,
  })
  if (!containerGroup) throw notFound
  const scope = resourceGroupScope(containerGroup.subscriptionId, containerGroup.resourceGroup.name)
  const granted = await grantedPermissions(client, principal, scope)
  if (!granted.has('containerGroups.read')) throw notFound
  if (!granted.has(permission)) throw authorizationFailedError(principal, scope, permission)
  return containerGroup
}
