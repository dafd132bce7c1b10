import type { Metadata } from 'next'
import Link from 'next/link'
import { Blade } from '@/components/blade/blade'
import { FormSection } from '@/components/form/field'
import { requirePrincipal } from '@/server/auth/session'
import { connectionSettings } from '@/server/identity/connection-settings'
import { findSubscriptions } from '@/server/subscriptions/find-subscriptions'
import { CopyBlock } from './_components/copy-block'

export const metadata: Metadata = { title: 'Connect your tools' }

export default async function ConnectPage() {
  const principal = await requirePrincipal()
  const subscriptions = await findSubscriptions({ principal })
  const settings = connectionSettings()
  return (
    <Blade breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'Connect your tools' }]} title="Connect your tools">
      <div className="max-w-4xl text-[13px]">
        <p className="mb-4">
          The Azure SDKs and the az CLI talk to Cerulean over HTTPS at <code>{settings.httpsOrigin}</code>, with a certificate from Cerulean&apos;s own
          certificate authority. Trust that authority and point the tools at Cerulean with these exports, or run{' '}
          <code>eval &quot;$(npm run --silent cerulean -- env)&quot;</code> on this machine.
        </p>
        <FormSection title="Your directory">
          <p className="mb-2">
            Tenant ID: <code>{principal.tenantId}</code>
          </p>
          {subscriptions.map((subscription) => (
            <p key={subscription.id} className="mb-2">
              {subscription.displayName}: <code>{subscription.id}</code>
            </p>
          ))}
        </FormSection>
        <CopyBlock label="Shell exports" text={settings.exports} />
        <p className="mb-4">
          Tools sign in as a service principal: create one under <Link className="link" href="/app-registrations">App registrations</Link>{' '}
          (or with <code>npm run --silent cerulean -- sp create --name NAME</code>) and use its application ID and secret below.
        </p>
        <CopyBlock label="az CLI" text={settings.azCommands} />
        <CopyBlock label="Azure SDK for JavaScript" text={settings.sdkSnippet} />
      </div>
    </Blade>
  )
}
