// Permissions are data: a closed list of actions, and the roles that grant them.
// Role assignments live on a scope (a subscription or a resource group) and are inherited
// by everything below it, as in Azure RBAC.
import type { Db, Tx } from '../db/client'
import { ArmError } from '../arm/errors'

export const PERMISSIONS = [
  'subscriptions.read',
  'resourceGroups.read',
  'resourceGroups.write',
  'resourceGroups.delete',
  'containerGroups.read',
  'containerGroups.write',
  'containerGroups.delete',
  'containerGroups.action',
] as const
export type Permission = (typeof PERMISSIONS)[number]

const READ: Permission[] = ['subscriptions.read', 'resourceGroups.read', 'containerGroups.read']

export const ROLES = {
  Owner: [...PERMISSIONS],
  Contributor: [...PERMISSIONS],
  Reader: READ,
} as const satisfies Record<string, readonly Permission[]>
export type RoleName = keyof typeof ROLES

/** Who is asking: a signed-in user or (with the ARM API) a service principal. */
export type TPrincipal = { id: string; tenantId: string; type: 'User' | 'ServicePrincipal' }

export function subscriptionScope(subscriptionId: string): string {
  return `/subscriptions/${subscriptionId}`.toLowerCase()
}

export function resourceGroupScope(subscriptionId: string, resourceGroupName: string): string {
  return `/subscriptions/${subscriptionId}/resourcegroups/${resourceGroupName}`.toLowerCase()
}

/** Every scope from the subscription down to `scope`, e.g. [/subscriptions/x, /subscriptions/x/resourcegroups/rg]. */
function enclosingScopes(scope: string): string[] {
  const parts = scope.toLowerCase().split('/').filter(Boolean)
  const scopes: string[] = []
  for (let i = 2; i <= parts.length; i += 2) scopes.push('/' + parts.slice(0, i).join('/'))
  return scopes
}

/** Every permission the principal's role assignments grant at `scope`, from one query. */
export async function grantedPermissions(client: Db | Tx, principal: TPrincipal, scope: string): Promise<ReadonlySet<Permission>> {
  const assignments = await client.roleAssignment.findMany({
    where: { principalId: principal.id, scope: { in: enclosingScopes(scope) }, subscription: { tenantId: principal.tenantId } },
    select: { roleName: true },
  })
  return new Set(assignments.flatMap((a) => (ROLES[a.roleName as RoleName] as readonly Permission[] | undefined) ?? []))
}

export async function hasPermission(client: Db | Tx, principal: TPrincipal, scope: string, permission: Permission): Promise<boolean> {
  return (await grantedPermissions(client, principal, scope)).has(permission)
}

export function authorizationFailedError(principal: TPrincipal, scope: string, permission: Permission): ArmError {
  return new ArmError(
    'AuthorizationFailed',
    `The client '${principal.id}' does not have authorization to perform action '${permission}' over scope '${scope}' or the scope is invalid.`,
  )
}

export async function assertPermission(client: Db | Tx, principal: TPrincipal, scope: string, permission: Permission): Promise<void> {
  if (await hasPermission(client, principal, scope, permission)) return
  throw authorizationFailedError(principal, scope, permission)
}
