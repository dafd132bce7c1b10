// GET /providers/Microsoft.ContainerInstance/operations – the provider's operations list
import { armList } from '@/server/arm/arm-response'
import { armRoute } from '@/server/arm/arm-route'
import { providerOperations } from '@/server/arm/container-instance-catalog'

export const GET = armRoute(async () => armList(providerOperations()))
