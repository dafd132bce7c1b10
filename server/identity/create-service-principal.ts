// Creates an app registration with its service principal and a client secret, and gives
// it a role on a subscription or resource group: `az ad sp create-for-rbac` in one step.
// The secret is returned once and stored only as an argon2id hash.
import { randomBytes } from 'node:crypto'
import { hash } from '@node-rs/argon2'
import { db } from '../db/client'
import { ArmError } from '../arm/errors'
import { parseOrThrow } from '../arm/parse'
import { ARGON2_OPTIONS } from '../auth/sign-up'
import type { TPrincipal } from '../auth/permissions'
import { ZCreateServicePrincipalInput, type TCreateServicePrincipalInput } from './schemas'

export type TCreatedServicePrincipal = {
  appId: string
  objectId: string
  displayName: string
  password: string
  tenant: string
  subscriptionId: string
  role: string
  scope: string
}

// Entra ID client secrets are 40 characters; 30 random bytes in base64url give the same
// length and 240 bits of entropy, with no characters that need quoting in a shell.
function newClientSecret(): string {
  return randomBytes(30).toString('base64url')
}

function parseScope(scope: string) {
  const [, , subscriptionId, , resourceGroupName] = scope.replace(/\/$/, '').split('/')
  const normalised = resourceGroupName
    ? `/subscriptions/${subscriptionId}/resourcegroups/${resourceGroupName}`.toLowerCase()
    : `/subscriptions/${subscriptionId}`.toLowerCase()
  return { subscriptionId: subscriptionId.toLowerCase(), resourceGroupName, normalised }
}

// Granting a role is an Owner's right in Azure RBAC (roleAssignments/write), whatever
// Contributor may do to resources.
async function assertOwner(principal: TPrincipal, subscriptionId: string, scope: string) {
  const scopes = [`/subscriptions/${subscriptionId}`, scope]
  const owner = await db.roleAssignment.findFirst({
    where: { principalId: principal.id, roleName: 'Owner', scope: { in: scopes }, subscription: { tenantId: principal.tenantId } },
    select: { id: true },
  })
  if (!owner) {
    throw new ArmError('AuthorizationFailed', `The client '${principal.id}' does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/write' over scope '${scope}'.`)
  }
}

/** `principal` is the portal user asking; the CLI runs as the machine's operator and passes none. */
export async function createServicePrincipal({ principal, input }: { principal?: TPrincipal; input: TCreateServicePrincipalInput }): Promise<TCreatedServicePrincipal> {
  const data = parseOrThrow(ZCreateServicePrincipalInput, input)
  const scope = parseScope(data.scope)
  if (principal && principal.tenantId !== data.tenantId) throw new ArmError('SubscriptionNotFound', `The subscription '${scope.subscriptionId}' could not be found.`)
  // Before any lookup, so that someone who may not grant roles there learns nothing about what exists.
  if (principal) await assertOwner(principal, scope.subscriptionId, scope.normalised)

  const subscription = await db.subscription.findFirst({ where: { id: scope.subscriptionId, tenantId: data.tenantId } })
  if (!subscription) throw new ArmError('SubscriptionNotFound', `The subscription '${scope.subscriptionId}' could not be found.`)
  if (scope.resourceGroupName) {
    const resourceGroup = await db.resourceGroup.findUnique({
      where: { subscriptionId_nameKey: { subscriptionId: subscription.id, nameKey: scope.resourceGroupName.toLowerCase() } },
    })
    if (!resourceGroup) throw new ArmError('ResourceGroupNotFound', `Resource group '${scope.resourceGroupName}' could not be found.`)
  }

  const password = newClientSecret()
  const secretHash = await hash(password, ARGON2_OPTIONS)
  const servicePrincipal = await db.$transaction(async (tx) => {
    const created = await tx.servicePrincipal.create({ data: { displayName: data.displayName, tenantId: data.tenantId, secretHash } })
    await tx.roleAssignment.create({
      data: { principalId: created.id, principalType: 'ServicePrincipal', roleName: data.role, scope: scope.normalised, subscriptionId: subscription.id },
    })
    return created
  })
  return {
    appId: servicePrincipal.appId,
    objectId: servicePrincipal.id,
    displayName: servicePrincipal.displayName,
    password,
    tenant: servicePrincipal.tenantId,
    subscriptionId: subscription.id,
    role: data.role,
    scope: scope.normalised,
  }
}
