// ANY /api/gateway/... – the FQDN gateway. proxy.ts rewrites requests whose Host is a container
// group's FQDN here, with the original Host and URL in headers; the group's simulated image
// answers and the request lands in its log stream.
import type { NextRequest } from 'next/server'
import { serveHttpRequest } from '@/server/runtime/serve-http-request'
import { GATEWAY_HOST_HEADER, GATEWAY_URL_HEADER } from '@/server/runtime/gateway-rewrite'

export const dynamic = 'force-dynamic'

// Containers behind ACI's public IP see the platform's load balancer, not the browser; the
// quickstart's logs show this address, so the simulated ones do too.
const LOAD_BALANCER_ADDRESS = '::ffff:10.240.255.55'

async function handle(request: NextRequest): Promise<Response> {
  const host = request.headers.get(GATEWAY_HOST_HEADER) ?? request.headers.get('host') ?? ''
  const url = request.headers.get(GATEWAY_URL_HEADER) ?? request.nextUrl.pathname.replace(/^\/api\/gateway/, '') ?? '/'
  const response = await serveHttpRequest({
    host,
    request: {
      method: request.method,
      url: url || '/',
      httpVersion: '1.1',
      referrer: request.headers.get('referer') ?? undefined,
      userAgent: request.headers.get('user-agent') ?? undefined,
      remoteAddress: LOAD_BALANCER_ADDRESS,
    },
  })
  const body = request.method === 'HEAD' ? null : response.body
  return new Response(body, { status: response.status, headers: { ...response.headers, 'cache-control': 'no-store' } })
}

export const GET = handle
export const HEAD = handle
export const POST = handle
export const PUT = handle
export const PATCH = handle
export const DELETE = handle
export const OPTIONS = handle
