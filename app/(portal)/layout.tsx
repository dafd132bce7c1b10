import type { ReactNode } from 'react'
import { PortalShell } from '@/components/portal-shell/portal-shell'
import { requirePrincipal } from '@/server/auth/session'
import { getTenant } from '@/server/tenants/get-tenant'

// The shell only. Each page still checks the session itself and scopes its own queries.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const principal = await requirePrincipal()
  const tenant = await getTenant({ principal })
  return (
    <PortalShell account={{ email: principal.email, displayName: principal.displayName, tenantName: tenant.displayName }}>
      {children}
    </PortalShell>
  )
}
