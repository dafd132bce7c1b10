// GET /{tenant}/v2.0/.well-known/openid-configuration – what MSAL reads for a tenant-id authority (rewritten here by proxy.ts)
import { openIdConfiguration } from '@/server/identity/discovery-documents'
import { publicOrigin } from '@/server/arm/public-origin'

export async function GET(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params
  return Response.json(openIdConfiguration({ origin: publicOrigin(request), tenant, version: 'v2' }))
}
