// Each test file signs up its own user (a fresh tenant and subscription) and creates its
// service principals with the same function `cerulean sp create` uses, so no file depends
// on another's data or order.
import crypto from 'node:crypto'
import { inject } from 'vitest'
import { ClientSecretCredential } from '@azure/identity'
import { signUp } from '../../../server/auth/sign-up'
import { createServicePrincipal, type TCreatedServicePrincipal } from '../../../server/identity/create-service-principal'

export type TSdkAccount = { tenantId: string; subscriptionId: string; owner: TCreatedServicePrincipal }

export function armEndpoint(): string {
  return inject('armEndpoint')
}

export async function newAccount(): Promise<TSdkAccount> {
  const email = `sdk-${crypto.randomUUID()}@example.test`
  const { tenant, subscription } = await signUp({ input: { email, password: 'sdk-suite-password' } })
  const owner = await servicePrincipal({ tenantId: tenant.id, subscriptionId: subscription.id, role: 'Contributor' })
  return { tenantId: tenant.id, subscriptionId: subscription.id, owner }
}

export function servicePrincipal({ tenantId, subscriptionId, role, scope }: { tenantId: string; subscriptionId: string; role: 'Owner' | 'Contributor' | 'Reader'; scope?: string }) {
  return createServicePrincipal({ input: { tenantId, displayName: `sdk-${role.toLowerCase()}`, role, scope: scope ?? `/subscriptions/${subscriptionId}` } })
}

/** A credential the way the docs show it for a tenant id: instance discovery off, since it would call Microsoft. */
export function credentialFor(sp: TCreatedServicePrincipal) {
  return new ClientSecretCredential(sp.tenant, sp.appId, sp.password, { authorityHost: armEndpoint(), disableInstanceDiscovery: true })
}

/** The RestError an SDK call rejects with, for asserting on statusCode and the ARM error code. */
export async function restError(call: Promise<unknown>): Promise<{ statusCode?: number; code?: string; message: string }> {
  try {
    await call
  } catch (error) {
    return error as { statusCode?: number; code?: string; message: string }
  }
  throw new Error('The call succeeded, but an error was expected.')
}
