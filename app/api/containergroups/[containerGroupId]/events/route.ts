// GET /api/containergroups/{id}/events[?containerName=x] – the portal's Events view, as JSON
import { NextResponse } from 'next/server'
import { isArmError } from '@/server/arm/errors'
import { getPrincipal } from '@/server/auth/session'
import { getContainerGroupEvents } from '@/server/containergroups/get-container-group-events'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ containerGroupId: string }> }) {
  const principal = await getPrincipal()
  if (!principal) return NextResponse.json({ error: { code: 'AuthenticationFailed', message: 'Sign in to see events.' } }, { status: 401 })
  const { containerGroupId } = await params
  const containerName = new URL(request.url).searchParams.get('containerName') ?? undefined
  try {
    const events = await getContainerGroupEvents({ principal, containerGroupId, containerName })
    return NextResponse.json({ value: events }, { headers: { 'cache-control': 'no-store' } })
  } catch (error) {
    if (isArmError(error)) return NextResponse.json(error.toBody(), { status: error.status })
    throw error
  }
}
