// The wrapper of every app/api/node-pool route: a signed-in caller (the domain functions then
// check that they administer the pool), JSON in and out, ArmError mapped to its status and
// envelope. The ARM API never exposes nodes: this is Cerulean's own admin surface.
import { NextResponse } from 'next/server'
import { isArmError } from '@/server/arm/errors'
import { getPrincipal, type TSessionPrincipal } from '@/server/auth/session'

type TContext<P> = { params: Promise<P> }

export function nodePoolRoute<P extends object = Record<string, never>>(handler: (args: { principal: TSessionPrincipal; params: P; request: Request }) => Promise<unknown>) {
  return async (request: Request, context: TContext<P>): Promise<Response> => {
    const principal = await getPrincipal()
    if (!principal) return NextResponse.json({ error: { code: 'AuthenticationFailed', message: 'Sign in as a node-pool administrator.' } }, { status: 401 })
    try {
      const result = await handler({ principal, params: await context.params, request })
      return NextResponse.json(result ?? {}, { headers: { 'cache-control': 'no-store' } })
    } catch (error) {
      if (isArmError(error)) return NextResponse.json(error.toBody(), { status: error.status })
      throw error
    }
  }
}

/** The request body as JSON; a body that is not JSON is passed on as-is for the schema to refuse. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text()
  try {
    return text.trim() === '' ? {} : JSON.parse(text)
  } catch {
    return text
  }
}
