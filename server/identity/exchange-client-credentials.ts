// POST /{tenant}/oauth2/v2.0/token, /{tenant}/oauth2/token and /adfs/oauth2/token with
// grant_type=client_credentials: a service principal trades its client id and secret for
// an access token. Errors follow Entra ID's codes so clients print familiar messages.
import { verify } from '@node-rs/argon2'
import { z } from 'zod'
import { db } from '../db/client'
import { IdentityError } from './identity-error'
import { isAdfs, issuerFor, type TAuthorityTenant } from './discovery-documents'
import { issueAccessToken } from './issue-access-token'
import type { TTokenRequest } from './schemas'

export type TExchangeClientCredentialsOptions = { tenant: TAuthorityTenant; version: 'v1' | 'v2'; origin: string; form: TTokenRequest }

const isUuid = (value: string) => z.uuid().safeParse(value).success
const MULTI_TENANT = ['common', 'organizations']

// Any audience is accepted: `https://management.azure.com/.default` from arm-resources,
// `BASE/.default` from arm-containerinstance, `BASE//.default` from az. The token names
// what was asked for, without the `/.default` suffix, as Entra ID does.
function audienceFor(form: TTokenRequest, origin: string): string {
  const scope = form.scope?.split(' ').find((s) => s.endsWith('/.default')) ?? form.scope?.split(' ')[0]
  if (scope) return scope.replace(/\/\.default$/, '')
  return form.resource || `${origin}/`
}

async function findServicePrincipal(tenant: TAuthorityTenant, clientId: string) {
  const tenantIsGuid = isUuid(tenant)
  if (tenantIsGuid && !(await db.tenant.findUnique({ where: { id: tenant }, select: { id: true } }))) {
    throw new IdentityError(
      'invalid_request',
      90002,
      `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
    )
  }
  if (!tenantIsGuid && !isAdfs(tenant) && !MULTI_TENANT.includes(tenant.toLowerCase())) {
    throw new IdentityError('invalid_request', 90002, `Tenant '${tenant}' not found.`)
  }
  const servicePrincipal = isUuid(clientId)
    ? await db.servicePrincipal.findFirst({ where: { appId: clientId, ...(tenantIsGuid ? { tenantId: tenant } : {}) } })
    : null
  if (!servicePrincipal) {
    throw new IdentityError(
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
    )
  }
  return servicePrincipal
}

export async function exchangeClientCredentials({ tenant, version, origin, form }: TExchangeClientCredentialsOptions) {
  if (!form.grant_type) throw new IdentityError('invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.")
  if (form.grant_type !== 'client_credentials') {
    throw new IdentityError('unsupported_grant_type', 70003, `The app requested an unsupported grant type '${form.grant_type}'. Cerulean issues tokens for client_credentials only.`)
  }
  if (!form.client_id) throw new IdentityError('invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.")
  if (!form.client_secret) {
    throw new IdentityError('invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.")
  }

  const servicePrincipal = await findServicePrincipal(tenant, form.client_id)
  if (!(await verify(servicePrincipal.secretHash, form.client_secret))) {
    throw new IdentityError(
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${servicePrincipal.appId}'.`,
    )
  }

  const token = await issueAccessToken({
    subject: { objectId: servicePrincipal.id, tenantId: servicePrincipal.tenantId, appId: servicePrincipal.appId, type: 'app' },
    audience: audienceFor(form, origin),
    // The issuer names the real tenant even when the client asked `common` or `adfs`.
    issuer: issuerFor(origin, isAdfs(tenant) ? tenant : servicePrincipal.tenantId, version),
    version: version === 'v2' ? '2.0' : '1.0',
  })
  return {
    token_type: 'Bearer' as const,
    expires_in: token.expiresIn,
    ext_expires_in: token.expiresIn,
    // v1 and ADFS answers also carry absolute times and the resource, as older clients expect.
    ...(version === 'v1' ? { expires_on: String(token.expiresOn), resource: audienceFor(form, origin) } : {}),
    access_token: token.accessToken,
  }
}
