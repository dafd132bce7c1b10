// The one door through which container groups are born: the portal wizard's server action
// and the ARM PUT both call this. It validates, stores the group as Pending together with
// its operation record in one transaction, and enqueues the scheduling trigger.
import { randomInt } from 'node:crypto'
import { db } from '../db/client'
import { env } from '../env'
import { ArmError } from '../arm/errors'
import { parseOrThrow } from '../arm/parse'
import type { TPrincipal } from '../auth/permissions'
import { isUniqueViolation } from '../db/errors'
import { buildFqdn } from '../dns/fqdn'
import { enqueue, scheduleJobId } from '../jobs/queue'
import { assertResourceGroupNotBeingDeleted } from '../resourcegroups/find-pending-resource-group-deletion'
import { getResourceGroupOrThrow } from '../resourcegroups/get-resource-group-or-throw'
import { ZCreateContainerGroupInput, type TCreateContainerGroupInput } from './schemas'
import { containerGroupResourceId } from './resource-id'
import { assertContainerGroupQuota } from './assert-container-group-quota'

export function dnsNameLabelTakenError(label: string, name: string) {
  return new ArmError('DnsNameLabelAlreadyTaken', `The DNS name label '${label}' in container group '${name}' is not available. Try using a different label.`, {
    target: 'ipAddress.dnsNameLabel',
  })
}

/** A public address that looks like Azure's, unique enough for a simulated cloud. */
function simulatedPublicIp(): string {
  return `20.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`
}

export async function createContainerGroup({ principal, subscriptionId, input }: { principal: TPrincipal; subscriptionId: string; input: TCreateContainerGroupInput }) {
  const data = parseOrThrow(ZCreateContainerGroupInput, input)
  const { subscription, resourceGroup } = await getResourceGroupOrThrow({
    principal,
    subscriptionId,
    resourceGroupName: data.resourceGroupName,
    permission: 'containerGroups.write',
  })

  const existing = await db.containerGroup.findUnique({ where: { resourceGroupId_name: { resourceGroupId: resourceGroup.id, name: data.name } } })
  if (existing) throw containerGroupExistsError(data.name, resourceGroup.name)

  const label = data.ipAddress?.type === 'Public' ? data.ipAddress.dnsNameLabel : undefined
  const fqdn = label
    ? buildFqdn({
        label,
        scope: data.ipAddress!.dnsNameLabelScope,
        region: data.location,
        zone: env.CERULEAN_DNS_ZONE,
        inputs: { tenantId: principal.tenantId, subscriptionId: subscription.id, resourceGroupName: resourceGroup.name },
      })
    : null
  const resourceId = containerGroupResourceId(subscription.id, resourceGroup.name, data.name)

  try {
    const cpuMillicores = Math.round(data.containers.reduce((sum, c) => sum + c.cpu, 0) * 1000)
    const { containerGroup, operation } = await db.$transaction(async (tx) => {
      // Every door (wizard, ARM PUT) gets this check. A deletion accepted after it still wins:
      // its job deletes this group too, and the Restrict relation keeps the group row until then.
      await assertResourceGroupNotBeingDeleted(resourceGroup, tx)
      await assertContainerGroupQuota({ tx, subscriptionId: subscription.id, location: data.location, cpuMillicores })
      const containerGroup = await tx.containerGroup.create({
        data: {
          subscriptionId: subscription.id,
          resourceGroupId: resourceGroup.id,
          name: data.name,
          location: data.location,
          osType: data.osType,
          sku: data.sku,
          restartPolicy: data.restartPolicy,
          ipAddressType: data.ipAddress?.type ?? null,
          ipAddress: data.ipAddress?.type === 'Public' ? simulatedPublicIp() : data.ipAddress ? `10.0.0.${randomInt(4, 255)}` : null,
          dnsNameLabel: label ?? null,
          dnsNameLabelScope: label ? data.ipAddress!.dnsNameLabelScope : null,
          fqdn,
          ports: data.ipAddress?.ports ?? [],
          tags: data.tags,
          cpuMillicores,
          memoryMb: Math.round(data.containers.reduce((sum, c) => sum + c.memoryInGB, 0) * 1024),
          containers: {
            create: data.containers.map((c, ordinal) => ({
              ordinal,
              name: c.name,
              image: c.image,
              command: c.command,
              ports: c.ports,
              environmentVariables: c.environmentVariables,
              cpu: c.cpu,
              memoryInGB: c.memoryInGB,
            })),
          },
        },
      })
      const operation = await tx.operation.create({
        data: { kind: 'create', subscriptionId: subscription.id, containerGroupId: containerGroup.id, resourceId, location: data.location },
      })
      return { containerGroup, operation }
    })
    // If Redis is unreachable the group stays Pending and the reconciler enqueues it later.
    await enqueue('containergroups.schedule', { containerGroupId: containerGroup.id, generation: containerGroup.generation }, {
      jobId: scheduleJobId(containerGroup.id, containerGroup.generation),
    }).catch((error) => console.error(`enqueue of ${resourceId} failed; the reconciler will retry`, error))
    return { containerGroup, operation }
  } catch (error) {
    if (isUniqueViolation(error, 'fqdn') && label) throw dnsNameLabelTakenError(label, data.name)
    if (isUniqueViolation(error)) throw containerGroupExistsError(data.name, resourceGroup.name)
    throw error
  }
}

function containerGroupExistsError(name: string, resourceGroupName: string) {
  return new ArmError('Conflict', `A container group named '${name}' already exists in resource group '${resourceGroupName}'.`, { target: 'name' })
}
