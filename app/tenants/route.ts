// GET /tenants – the caller's tenant
import { armList } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { getTenant } from '@/server/tenants/get-tenant'

export const GET = armRoute(async ({ principal }) => {
  const tenant = await getTenant({ principal })
  return armList([{ id: `/tenants/${tenant.id}`, tenantId: tenant.id, tenantCategory: 'Home', displayName: tenant.displayName }])
})
