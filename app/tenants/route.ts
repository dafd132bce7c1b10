// GET /tenants – the caller's tenant
import { armList } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { getTenant } from '@/server/tenants/get-tenant'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute(async ({ principal }) => {
  const tenant = await getTenant({ principal })
  return armList([{ id: `/tenants/${tenant.id}`, tenantId: tenant.id, tenantCategory: 'Home', displayName: tenant.displayName }])
})

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
