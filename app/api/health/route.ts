// GET /api/health – database, Redis and worker liveness; 200 when all are up, 503 otherwise
import { NextResponse } from 'next/server'
import { db } from '@/server/db/client'
import { sharedRedis } from '@/server/redis'
import { checkHealth } from '@/server/health/check-health'

export const dynamic = 'force-dynamic'

export async function GET() {
  const report = await checkHealth({ db, redis: sharedRedis() })
  return NextResponse.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'cache-control': 'no-store' },
  })
}
