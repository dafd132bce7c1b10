// GET /api/node-pool/report[?region=eastus] – placement quality of the node pool, admins only
import { NextResponse } from 'next/server'
import { isArmError } from '@/server/arm/errors'
import { getPrincipal } from '@/server/auth/session'
import { assertNodePoolAdmin } from '@/server/nodes/assert-node-pool-admin'
import { getPlacementReport } from '@/server/scheduler/placement-report'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  const principal = await getPrincipal()
  if (!principal) return NextResponse.json({ error: { code: 'AuthenticationFailed', message: 'Sign in to see the node pool.' } }, { status: 401 })
  try {
    await assertNodePoolAdmin(principal)
    const region = new URL(request.url).searchParams.get('region') ?? undefined
    return NextResponse.json(await getPlacementReport({ region }), { headers: { 'cache-control': 'no-store' } })
  } catch (error) {
    if (isArmError(error)) return NextResponse.json(error.toBody(), { status: error.status })
    throw error
  }
}
