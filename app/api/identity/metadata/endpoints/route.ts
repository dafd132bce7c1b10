// GET /metadata/endpoints?api-version=2015-01-01 – what `az cloud register --endpoint-resource-manager` reads
import { metadataEndpoints } from '@/server/identity/discovery-documents'
import { publicOrigin } from '@/server/arm/public-origin'

export async function GET(request: Request) {
  return Response.json(metadataEndpoints(publicOrigin(request)))
}
