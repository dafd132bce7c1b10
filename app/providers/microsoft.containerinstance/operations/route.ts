// GET /providers/Microsoft.ContainerInstance/operations – the provider's operations list
import { armList } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { providerOperations } from '@/server/arm/container-instance-catalog'
import { methodNotAllowed } from '@/server/arm/method-not-allowed'

export const GET = armRoute(async () => armList(providerOperations()))

export const PUT = methodNotAllowed
export const POST = methodNotAllowed
export const PATCH = methodNotAllowed
export const DELETE = methodNotAllowed
