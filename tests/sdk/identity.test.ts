// The credentials of @azure/identity, unmodified, against Cerulean's token service: the
// environment route (AZURE_TENANT_ID=adfs) that user code needs no change for, and a
// ClientSecretCredential with the tenant id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ClientSecretCredential, DefaultAzureCredential } from '@azure/identity'
import { ResourceManagementClient } from '@azure/arm-resources'
import { armEndpoint, credentialFor, newAccount, type TSdkAccount } from './support/accounts'

let account: TSdkAccount
const savedEnv = { ...process.env }

beforeAll(async () => {
  account = await newAccount()
})

afterAll(() => {
  for (const name of ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'AZURE_AUTHORITY_HOST']) {
    if (savedEnv[name] === undefined) delete process.env[name]
    else process.env[name] = savedEnv[name]
  }
})

function claimsOf(token: string) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())
}

describe('@azure/identity against Cerulean', () => {
  it('DefaultAzureCredential reads AZURE_TENANT_ID=adfs, the client id and secret from the environment', async () => {
    Object.assign(process.env, {
      AZURE_TENANT_ID: 'adfs',
      AZURE_CLIENT_ID: account.owner.appId,
      AZURE_CLIENT_SECRET: account.owner.password,
      AZURE_AUTHORITY_HOST: armEndpoint(),
    })
    const token = await new DefaultAzureCredential().getToken('https://management.azure.com/.default')
    expect(token.expiresOnTimestamp).toBeGreaterThan(Date.now() + 50 * 60_000)
    expect(claimsOf(token.token)).toMatchObject({ tid: account.tenantId, appid: account.owner.appId, idtyp: 'app' })

    const client = new ResourceManagementClient(new DefaultAzureCredential(), account.subscriptionId, { endpoint: armEndpoint() })
    const groups = []
    for await (const group of client.resourceGroups.list()) groups.push(group)
    expect(groups).toEqual([])
  })

  it('ClientSecretCredential works with the tenant id and instance discovery off', async () => {
    const token = await credentialFor(account.owner).getToken(`${armEndpoint()}/.default`)
    expect(claimsOf(token.token)).toMatchObject({ tid: account.tenantId, oid: account.owner.objectId, iss: `${armEndpoint()}/${account.tenantId}/v2.0` })
  })

  it('a wrong secret fails with the AADSTS7000215 credential error', async () => {
    const credential = new ClientSecretCredential(account.tenantId, account.owner.appId, 'not-the-secret', {
      authorityHost: armEndpoint(),
      disableInstanceDiscovery: true,
    })
    await expect(credential.getToken(`${armEndpoint()}/.default`)).rejects.toMatchObject({
      name: 'AuthenticationRequiredError',
      message: expect.stringContaining('AADSTS7000215'),
    })
  })

  it('an unknown application id fails with AADSTS700016', async () => {
    const credential = new ClientSecretCredential(account.tenantId, crypto.randomUUID(), 'x', { authorityHost: armEndpoint(), disableInstanceDiscovery: true })
    await expect(credential.getToken(`${armEndpoint()}/.default`)).rejects.toMatchObject({ message: expect.stringContaining('AADSTS700016') })
  })
})
