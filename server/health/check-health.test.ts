import { describe, expect, it } from 'vitest'
import { HEARTBEAT_MAX_AGE_MS, parseHeartbeat } from './check-health'

describe('parseHeartbeat', () => {
  const now = new Date('2026-01-01T12:00:00.000Z')

  it('accepts a recent heartbeat', () => {
    const at = new Date(now.getTime() - 5_000).toISOString()
    expect(parseHeartbeat(JSON.stringify({ pid: 42, at }), now)).toEqual({ ok: true, lastHeartbeatAt: at })
  })

  it('reports a stale heartbeat with its time', () => {
    const at = new Date(now.getTime() - HEARTBEAT_MAX_AGE_MS - 1).toISOString()
    expect(parseHeartbeat(JSON.stringify({ pid: 42, at }), now)).toEqual({ ok: false, lastHeartbeatAt: at })
  })

  it('accepts epoch milliseconds', () => {
    expect(parseHeartbeat(JSON.stringify({ pid: 1, at: now.getTime() }), now).ok).toBe(true)
  })

  it.each([null, '', 'not json', '{}', '{"at":"yesterday"}'])('treats %j as no heartbeat', (value) => {
    expect(parseHeartbeat(value, now)).toEqual({ ok: false, lastHeartbeatAt: null })
  })
})
