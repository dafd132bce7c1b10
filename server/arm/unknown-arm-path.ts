// What ARM answers for a path under /subscriptions, /providers or /tenants that names no resource
// type Cerulean serves: an ARM 404, rather than the portal's HTML not-found page.
import { armRoute } from './arm-route'
import { ArmError } from './errors'

export const unknownArmPath = armRoute<{ path?: string[] }>(async ({ url, apiVersion }) => {
  throw new ArmError(
    'InvalidResourceType',
    `The resource type could not be found for the path '${url.pathname.slice(0, 300)}' and api version '${apiVersion.slice(0, 50)}'.`,
  )
})
