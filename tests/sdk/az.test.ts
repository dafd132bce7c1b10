// Debian's azure-cli 2.45, unmodified, against Cerulean: a custom cloud registered from
// /metadata/endpoints, a service-principal login through the ADFS-style authority, then
// resource groups and container groups. Skipped where az is not installed
// (`apt-get install -y azure-cli`).
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { armEndpoint, newAccount, type TSdkAccount } from './support/accounts'

const run = promisify(execFile)
const azPath = ['/usr/bin/az', '/usr/local/bin/az'].find((candidate) => fs.existsSync(candidate))
const IMAGE = 'mcr.microsoft.com/azuredocs/aci-helloworld:latest'

let account: TSdkAccount
let configDir: string

// Each az call gets its own config folder (never the user's ~/.azure) and trusts the CA
// only through REQUESTS_CA_BUNDLE, the one switch that covers its token requests too.
async function az(...args: string[]): Promise<unknown> {
  const env = {
    ...process.env,
    AZURE_CONFIG_DIR: configDir,
    REQUESTS_CA_BUNDLE: process.env.REQUESTS_CA_BUNDLE,
    AZURE_CORE_COLLECT_TELEMETRY: 'false',
    AZURE_CORE_SURVEY_MESSAGE: 'false',
    AZURE_CORE_NO_COLOR: 'true',
  }
  const { stdout } = await run(azPath!, [...args, '--only-show-errors', '-o', 'json'], { env, timeout: 90_000 })
  return stdout.trim() ? JSON.parse(stdout) : null
}

async function azFailure(...args: string[]): Promise<string> {
  try {
    await az(...args)
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error)
  }
  throw new Error(`az ${args.join(' ')} succeeded, but a failure was expected.`)
}

describe.skipIf(!azPath)('az 2.45 against Cerulean', () => {
  beforeAll(async () => {
    account = await newAccount()
    configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cerulean-az-'))
    // The trailing slash is what users type; az then asks for "//metadata/endpoints".
    await az('cloud', 'register', '-n', 'cerulean', '--endpoint-resource-manager', `${armEndpoint()}/`)
    await az('cloud', 'set', '-n', 'cerulean')
  }, 120_000)

  afterAll(() => {
    if (configDir) fs.rmSync(configDir, { recursive: true, force: true })
  })

  it('refuses a login with a wrong secret', async () => {
    const stderr = await azFailure('login', '--service-principal', '-u', account.owner.appId, '-p', 'wrong-secret', '--tenant', account.tenantId)
    expect(stderr).toContain('AADSTS7000215')
  })

  it('logs in as a service principal and sees its subscription', async () => {
    const subscriptions = (await az('login', '--service-principal', '-u', account.owner.appId, '-p', account.owner.password, '--tenant', account.tenantId)) as { id: string; tenantId: string }[]
    expect(subscriptions).toEqual([expect.objectContaining({ id: account.subscriptionId, tenantId: account.tenantId })])
  })

  it('creates and shows a resource group', async () => {
    expect(await az('group', 'create', '-n', 'az-rg', '-l', 'eastus')).toMatchObject({ name: 'az-rg', location: 'eastus' })
    expect(await az('group', 'show', '-n', 'az-rg')).toMatchObject({ properties: { provisioningState: 'Succeeded' } })
  })

  it('creates a container group and shows, lists, reads logs of and deletes it', async () => {
    const created = await az('container', 'create', '-g', 'az-rg', '-n', 'az-cg', '--image', IMAGE, '--cpu', '1', '--memory', '1.5', '--ports', '80', '--ip-address', 'Public', '--os-type', 'Linux')
    expect(created).toMatchObject({ name: 'az-cg', provisioningState: 'Succeeded' })
    expect(await az('container', 'show', '-g', 'az-rg', '-n', 'az-cg')).toMatchObject({ name: 'az-cg', osType: 'Linux' })
    const listed = (await az('container', 'list', '-g', 'az-rg')) as { name: string }[]
    expect(listed.map((group) => group.name)).toEqual(['az-cg'])
    const { stdout: logs } = await run(azPath!, ['container', 'logs', '-g', 'az-rg', '-n', 'az-cg', '--only-show-errors'], {
      env: { ...process.env, AZURE_CONFIG_DIR: configDir, AZURE_CORE_COLLECT_TELEMETRY: 'false' },
    })
    expect(typeof logs).toBe('string')
    await az('container', 'delete', '-g', 'az-rg', '-n', 'az-cg', '--yes')
    expect(await azFailure('container', 'show', '-g', 'az-rg', '-n', 'az-cg')).toMatch(/ResourceNotFound|was not found/)
  })

  it('deletes the resource group', async () => {
    await az('group', 'delete', '-n', 'az-rg', '--yes')
    expect(await azFailure('group', 'show', '-n', 'az-rg')).toMatch(/ResourceGroupNotFound|could not be found/)
  })
})
