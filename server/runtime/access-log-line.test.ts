import { describe, expect, it } from 'vitest'
import { accessLogLine, clfDate } from './access-log-line'
import { htmlResponse } from './http-types'

describe('accessLogLine', () => {
  it('prints the combined log format the quickstart image uses', () => {
    const line = accessLogLine({
      request: { method: 'GET', url: '/', httpVersion: '1.1', userAgent: 'Mozilla/5.0 (Windows NT 10.0)', remoteAddress: '::ffff:10.240.255.55' },
      response: htmlResponse(200, 'x'.repeat(1663)),
      at: new Date('2026-11-27T15:03:53Z'),
    })
    expect(line).toBe('::ffff:10.240.255.55 - - [27/Nov/2026:15:03:53 +0000] "GET / HTTP/1.1" 200 1663 "-" "Mozilla/5.0 (Windows NT 10.0)"')
  })

  it('writes dashes for a missing length, referrer and user agent', () => {
    const line = accessLogLine({
      request: { method: 'HEAD', url: '/a?b=1', httpVersion: '1.1', remoteAddress: '::ffff:10.0.0.1', referrer: 'http://x/' },
      response: { status: 304, headers: {}, body: '' },
      at: new Date('2026-01-05T01:02:03Z'),
    })
    expect(line).toBe('::ffff:10.0.0.1 - - [05/Jan/2026:01:02:03 +0000] "HEAD /a?b=1 HTTP/1.1" 304 - "http://x/" "-"')
  })

  it('formats dates in UTC', () => {
    expect(clfDate(new Date('2026-12-31T23:59:59-02:00'))).toBe('01/Jan/2027:01:59:59 +0000')
  })
})
