// PUT on an existing container group. ACI lets a redeploy change tags and what runs (image,
// command, environment, container ports) but not the shape of the group: OS type, restart policy,
// SKU, network profile and each container's CPU, memory or GPU are fixed until the group is
// deleted and created again (InvalidContainerGroupUpdate, with ACI's wording).
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import { parseOrThrow } from '../arm/parse'
import type { TPrincipal } from '../auth/permissions'
import { getContainerGroupOrThrow, type TContainerGroupWithContainers } from './get-container-group-or-throw'
import { lockContainerGroupForUpdate } from './lock-container-group'
import { ZCreateContainerGroupInput, type TCreateContainerGroupData, type TCreateContainerGroupInput, type TEnvironmentVariable } from './schemas'

export function invalidUpdateError(name: string) {
  return new ArmError(
    'InvalidContainerGroupUpdate',
    `The updates on container group '${name}' are invalid. If you are going to update the os type, restart policy, network profile, CPU, memory or GPU resources for a container group, you must delete it first and then create a new one.`,
  )
}

// Stored JSON comes back from jsonb with its keys reordered, so compare with sorted keys.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    )
  }
  return value
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

function portKeys(ports: unknown): string[] {
  return (Array.isArray(ports) ? (ports as { port: number; protocol?: string }[]) : []).map((p) => `${p.port}/${p.protocol ?? 'TCP'}`).sort()
}

function shapeChanged(existing: TContainerGroupWithContainers, data: TCreateContainerGroupData): boolean {
  if (existing.osType !== data.osType || existing.restartPolicy !== data.restartPolicy || existing.sku !== data.sku) return true
  const ip = data.ipAddress
  if ((existing.ipAddressType ?? null) !== (ip?.type ?? null)) return true
  if (ip) {
    if (!same(portKeys(existing.ports), portKeys(ip.ports))) return true
    if ((existing.dnsNameLabel ?? null) !== (ip.dnsNameLabel ?? null)) return true
    if (ip.dnsNameLabel && existing.dnsNameLabelScope !== ip.dnsNameLabelScope) return true
  }
  if (existing.containers.length !== data.containers.length) return true
  return data.containers.some((c) => {
    const current = existing.containers.find((e) => e.name === c.name)
    return !current || current.cpu !== c.cpu || current.memoryInGB !== c.memoryInGB
  })
}

/** Applies an allowed update; `runtimeChanged` tells whether what runs changed (so it must restart). */
export async function updateContainerGroup({ principal, subscriptionId, input }: { principal: TPrincipal; subscriptionId: string; input: TCreateContainerGroupInput }) {
  const data = parseOrThrow(ZCreateContainerGroupInput, input)
  const existing = await getContainerGroupOrThrow({ principal, subscriptionId, resourceGroupName: data.resourceGroupName, name: data.name, permission: 'containerGroups.write' })
  if (existing.location !== data.location) {
    throw new ArmError(
      'InvalidResourceLocation',
      `The resource '${existing.name}' already exists in location '${existing.location}' in resource group '${existing.resourceGroup.name}'. A resource with the same name cannot be created in location '${data.location}'. Please select a new resource name.`,
    )
  }
  if (shapeChanged(existing, data)) throw invalidUpdateError(existing.name)

  // A client that GETs the group and PUTs it back sends secure variables by name only (their
  // values are never returned); keep the stored secret rather than blanking it.
  for (const c of data.containers) {
    const stored = (existing.containers.find((e) => e.name === c.name)?.environmentVariables ?? []) as TEnvironmentVariable[]
    c.environmentVariables = c.environmentVariables.map((v) => {
      if (v.value !== undefined || v.secureValue !== undefined) return v
      const secret = stored.find((s) => s.name === v.name)?.secureValue
      return secret !== undefined ? { name: v.name, secureValue: secret } : v
    })
  }

  const changedContainers = data.containers.filter((c) => {
    const current = existing.containers.find((e) => e.name === c.name)!
    return current.image !== c.image || !same(current.command, c.command) || !same(current.ports, c.ports) || !same(current.environmentVariables, c.environmentVariables)
  })
  const tagsChanged = !same(existing.tags, data.tags)
  if (changedContainers.length === 0 && !tagsChanged) return { containerGroup: existing, runtimeChanged: false }

  await db.$transaction(async (tx) => {
    if (!(await lockContainerGroupForUpdate(tx, existing.id))) return
    if (tagsChanged) await tx.containerGroup.update({ where: { id: existing.id }, data: { tags: data.tags } })
    for (const c of changedContainers) {
      await tx.container.update({
        where: { containerGroupId_name: { containerGroupId: existing.id, name: c.name } },
        data: { image: c.image, command: c.command, ports: c.ports, environmentVariables: c.environmentVariables },
      })
    }
  })
  const containerGroup = await getContainerGroupOrThrow({ principal, subscriptionId, resourceGroupName: data.resourceGroupName, name: data.name })
  return { containerGroup, runtimeChanged: changedContainers.length > 0 }
}
