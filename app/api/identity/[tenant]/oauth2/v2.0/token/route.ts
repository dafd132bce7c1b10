// POST /{tenant}/oauth2/v2.0/token – client-credentials token (v2 endpoint)
import { handleTokenRequest } from '@/server/identity/token-endpoint'

export async function POST(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  return handleTokenRequest(request, (await params).tenant, 'v2')
}
