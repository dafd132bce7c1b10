// GET /adfs/.well-known/openid-configuration (and /{tenant}/.well-known/… for v1 clients) – the ADFS-style authority used by AZURE_TENANT_ID=adfs and az
import { openIdConfiguration } from '@/server/identity/discovery-documents'
import { publicOrigin } from '@/server/arm/public-origin'

export async function GET(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params
  return Response.json(openIdConfiguration({ origin: publicOrigin(request), tenant, version: 'v1' }))
}
