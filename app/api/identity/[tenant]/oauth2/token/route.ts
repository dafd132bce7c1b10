// POST /adfs/oauth2/token and /{tenant}/oauth2/token – client-credentials token (v1 and ADFS endpoint)
import { handleTokenRequest } from '@/server/identity/token-endpoint'

export async function POST(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  return handleTokenRequest(request, (await params).tenant, 'v1')
}
