// Home's "Recent resources": resource groups and container groups the caller can see,
// newest activity first. Both finders are already scoped to the caller's tenant and roles.
import type { TPrincipal } from '../auth/permissions'
import { findContainerGroups } from '../containergroups/find-container-groups'
import { findResourceGroups } from '../resourcegroups/find-resource-groups'

export type TResourceSummary = {
  id: string
  kind: 'resourceGroup' | 'containerGroup'
  name: string
  type: string
  subscriptionId: string
  resourceGroupName: string
  location: string
  state?: string
  at: Date
}

export async function findAllResources({ principal }: { principal: TPrincipal }): Promise<TResourceSummary[]> {
  const [resourceGroups, containerGroups] = await Promise.all([findResourceGroups({ principal }), findContainerGroups({ principal })])
  return [
    ...resourceGroups.map((g) => ({
      id: g.id,
      kind: 'resourceGroup' as const,
      name: g.name,
      type: 'Resource group',
      subscriptionId: g.subscriptionId,
      resourceGroupName: g.name,
      location: g.location,
      at: g.createdAt,
    })),
    ...containerGroups.map((g) => ({
      id: g.id,
      kind: 'containerGroup' as const,
      name: g.name,
      type: 'Container instances',
      subscriptionId: g.subscriptionId,
      resourceGroupName: g.resourceGroup.name,
      location: g.location,
      state: g.state,
      at: g.updatedAt,
    })),
  ]
}

export async function findRecentResources({ principal, take = 10 }: { principal: TPrincipal; take?: number }) {
  const all = await findAllResources({ principal })
  return all.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, take)
}

/** The global search box: every visible resource whose name contains the text. */
export async function searchResources({ principal, query }: { principal: TPrincipal; query: string }) {
  const needle = query.trim().toLowerCase()
  const all = await findAllResources({ principal })
  const hits = needle ? all.filter((r) => r.name.toLowerCase().includes(needle)) : all
  return hits.sort((a, b) => a.name.localeCompare(b.name))
}
