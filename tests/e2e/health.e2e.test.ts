import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBrowser, type BrowserSession } from './harness'

describe('the running stack in Chromium', () => {
  let session: BrowserSession

  beforeAll(async () => {
    session = await openBrowser()
  })

  afterAll(async () => {
    await session?.close()
  })

  it('serves the portal', async () => {
    const response = await session.page.goto('/')
    expect(response?.status()).toBeLessThan(500)
    expect((await session.page.content()).length).toBeGreaterThan(0)
  })

  it('reports every part healthy at /api/health', async () => {
    const response = await session.page.goto('/api/health')
    expect(response?.status()).toBe(200)
    const report = await response!.json()
    expect(report).toMatchObject({
      status: 'ok',
      database: { ok: true },
      redis: { ok: true },
      workers: { ok: true },
    })
    expect(typeof report.database.latencyMs).toBe('number')
    expect(Date.parse(report.workers.lastHeartbeatAt)).not.toBeNaN()
  })
})
