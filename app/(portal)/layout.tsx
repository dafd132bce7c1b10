import type { ReactNode } from 'react'
import { PortalShell } from '@/components/portal-shell/portal-shell'
import { requirePrincipal } from '@/server/auth/session'
import { getTenant } from '@/server/tenants/get-tenant'
import { isNodePoolAdmin } from '@/server/nodes/assert-node-pool-admin'

// The shell only. Each page still checks the session itself and scopes its own queries.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const principal = await requirePrincipal()
  const [tenant, showNodePool] = await Promise.all([getTenant({ principal }), isNodePoolAdmin(principal)])
  return (
    <PortalShell account={{ email: principal.email, displayName: principal.displayName, tenantName: tenant.displayName }} showNodePool={showNodePool}>
      {children}
    </PortalShell>
  )
}
