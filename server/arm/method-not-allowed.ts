// For the methods an ARM route does not serve, so the answer is ARM's envelope rather than
// Next's empty 405.
import { armRoute } from './arm-route'
import { ArmError } from './errors'

export const methodNotAllowed = armRoute<object>(async ({ request }) => {
  throw new ArmError('MethodNotAllowed', `The requested resource does not support http method '${request.method}'.`)
})
