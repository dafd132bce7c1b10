import type { Metadata } from 'next'
import { Blade } from '@/components/blade/blade'
import { DataTable, type Column } from '@/components/data-table'
import { requirePrincipal } from '@/server/auth/session'
import { findServicePrincipals, type TServicePrincipalRow } from '@/server/identity/find-service-principals'
import { findSubscriptions } from '@/server/subscriptions/find-subscriptions'
import { CreateAppRegistrationForm } from './_components/create-app-registration-form'

export const metadata: Metadata = { title: 'App registrations' }

const COLUMNS: Column<TServicePrincipalRow>[] = [
  { key: 'name', header: 'Display name', cell: (row) => row.displayName },
  { key: 'appId', header: 'Application (client) ID', cell: (row) => <code className="text-xs">{row.appId}</code> },
  { key: 'roles', header: 'Role assignments', cell: (row) => row.roles.map((r) => `${r.roleName} on ${r.scope}`).join(', ') || 'None' },
  { key: 'created', header: 'Created on', cell: (row) => row.createdAt.toISOString().slice(0, 10) },
]

export default async function AppRegistrationsPage() {
  const principal = await requirePrincipal()
  const [servicePrincipals, subscriptions] = await Promise.all([findServicePrincipals({ principal }), findSubscriptions({ principal })])
  return (
    <Blade breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'App registrations' }]} title="App registrations">
      <p className="mb-4 max-w-3xl text-[13px]">
        An app registration gives automation (the Azure SDKs, az, CI pipelines) its own identity in your directory, with a client secret and a role on a
        subscription or resource group. Directory (tenant) ID: <code>{principal.tenantId}</code>
      </p>
      <CreateAppRegistrationForm subscriptions={subscriptions.map((s) => ({ value: s.id, label: s.displayName }))} />
      <h2 className="mt-6 mb-2 text-base font-semibold">Owned applications</h2>
      <DataTable
        label="App registrations"
        columns={COLUMNS}
        rows={servicePrincipals}
        rowKey={(row) => row.appId}
        empty={<p className="text-[13px] text-fg-muted">No app registrations yet.</p>}
      />
    </Blade>
  )
}
