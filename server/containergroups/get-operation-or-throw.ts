// The deployment page's data: one operation (create, start, restart, stop, delete) with the
// group it concerns, that group's events and the derived steps. Tenant-scoped in the query,
// and a caller without read access on the resource group gets the same 404 as for no operation.
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import { hasPermission, resourceGroupScope, type TPrincipal } from '../auth/permissions'
import { deploymentSteps } from './deployment-steps'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function resourceGroupNameFromId(resourceId: string): string | null {
  return /\/resourceGroups\/([^/]+)/i.exec(resourceId)?.[1] ?? null
}

export async function getOperationOrThrow({ principal, operationId }: { principal: TPrincipal; operationId: string }) {
  const notFound = new ArmError('ResourceNotFound', `The operation '${operationId}' was not found.`)
  if (!UUID.test(operationId)) throw notFound
  const operation = await db.operation.findFirst({
    where: { id: operationId.toLowerCase(), subscription: { tenantId: principal.tenantId } },
    include: {
      containerGroup: {
        include: {
          containers: { orderBy: { ordinal: 'asc' } },
          resourceGroup: { select: { name: true } },
          placement: { select: { node: { select: { name: true } } } },
        },
      },
    },
  })
  const resourceGroupName = operation && resourceGroupNameFromId(operation.resourceId)
  if (!operation || !resourceGroupName) throw notFound
  if (!(await hasPermission(db, principal, resourceGroupScope(operation.subscriptionId, resourceGroupName), 'containerGroups.read'))) throw notFound

  const group = operation.containerGroup
  const events = group ? await db.event.findMany({ where: { containerGroupId: group.id }, orderBy: [{ firstTimestamp: 'asc' }, { id: 'asc' }] }) : []
  return {
    operation: {
      id: operation.id,
      kind: operation.kind,
      status: operation.status,
      error: operation.error as { code: string; message: string } | null,
      resourceId: operation.resourceId,
      location: operation.location,
      startTime: operation.startTime,
      endTime: operation.endTime,
    },
    containerGroup: group
      ? {
          id: group.id,
          name: group.name,
          resourceGroupName: group.resourceGroup.name,
          subscriptionId: group.subscriptionId,
          provisioningState: group.provisioningState,
          state: group.state,
          fqdn: group.fqdn,
          nodeName: group.placement?.node.name ?? null,
        }
      : null,
    events,
    steps: deploymentSteps({ operation, containerGroup: group }),
  }
}

export type TOperationView = Awaited<ReturnType<typeof getOperationOrThrow>>
