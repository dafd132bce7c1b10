// npm run --silent cerulean -- <command>: the operator's command line.
//   env                                   shell exports that point Azure SDKs and az at Cerulean
//   sp create --name N [--email U] [--role R] [--scope S]   a service principal, printed once as JSON
//   user create --email E --password P [--name N]           a user with tenant and subscription
//   token create --email E [--name N] [--days D]            a personal access token for curl
import { parseArgs } from 'node:util'
import { connectionSettings } from '../server/identity/connection-settings'
import { ensureCertificates } from '../server/tls/ensure-certificates'

const USAGE = `Usage: npm run --silent cerulean -- <command>
  env                                              print shell exports for the Azure SDKs and az
  sp create --name NAME [--email USER] [--role Owner|Contributor|Reader] [--scope /subscriptions/ID[/resourceGroups/RG]]
  user create --email EMAIL --password PASSWORD [--name DISPLAY_NAME]
  token create --email EMAIL [--name NAME] [--days DAYS]`

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string', default: 'Contributor' },
    scope: { type: 'string' },
    password: { type: 'string' },
    days: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
})

function required(value: string | undefined, flag: string): string {
  if (!value) throw new Error(`${flag} is required.\n${USAGE}`)
  return value
}

function printEnv() {
  // Generated here too, so the printed CA path exists even before the first `npm start`.
  const { paths } = ensureCertificates()
  console.log(connectionSettings({ caPath: paths.caCert }).exports)
  console.log(`# With a service principal (cerulean sp create): export AZURE_TENANT_ID=adfs AZURE_CLIENT_ID=<appId> AZURE_CLIENT_SECRET=<password>`)
}

// Database modules load only for commands that need them, so `env` works before Postgres is up.
async function withDatabase(run: () => Promise<unknown>) {
  const { db } = await import('../server/db/client')
  try {
    console.log(JSON.stringify(await run()))
  } finally {
    await db.$disconnect()
  }
}

async function main() {
  const command = positionals.join(' ')
  if (values.help || !command) return console.log(USAGE)
  if (command === 'env') return printEnv()
  if (command === 'sp create') {
    return withDatabase(async () => {
      const { findServicePrincipalTarget } = await import('../server/identity/find-service-principal-target')
      const { createServicePrincipal } = await import('../server/identity/create-service-principal')
      const target = await findServicePrincipalTarget({ email: values.email, scope: values.scope })
      const sp = await createServicePrincipal({
        input: { tenantId: target.tenantId, displayName: required(values.name, '--name'), role: values.role as 'Contributor', scope: target.scope },
      })
      return { appId: sp.appId, displayName: sp.displayName, password: sp.password, tenant: sp.tenant, subscriptionId: sp.subscriptionId }
    })
  }
  if (command === 'user create') {
    return withDatabase(async () => {
      const { signUp } = await import('../server/auth/sign-up')
      const { user, tenant, subscription } = await signUp({
        input: { email: required(values.email, '--email'), password: required(values.password, '--password'), displayName: values.name },
      })
      return { email: user.email, tenant: tenant.id, subscriptionId: subscription.id }
    })
  }
  if (command === 'token create') {
    return withDatabase(async () => {
      const { db } = await import('../server/db/client')
      const { createPersonalAccessToken } = await import('../server/identity/personal-access-tokens')
      const email = required(values.email, '--email').toLowerCase()
      const user = await db.user.findUnique({ where: { email } })
      if (!user) throw new Error(`No user with the email '${email}'.`)
      const expiresAt = values.days ? new Date(Date.now() + Number(values.days) * 86_400_000) : undefined
      const pat = await createPersonalAccessToken({ userId: user.id, name: values.name ?? 'cli', expiresAt })
      return { name: pat.name, token: pat.token, expiresAt: pat.expiresAt }
    })
  }
  throw new Error(`Unknown command '${command}'.\n${USAGE}`)
}

try {
  await main()
} catch (error) {
  // ArmErrors carry a message meant for people, and the input field it concerns.
  const target = (error as { target?: string }).target
  console.error(`${target ? `${target}: ` : ''}${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
