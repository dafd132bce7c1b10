import { describe, expect, it } from 'vitest'
import { readEnv } from './env'

describe('readEnv', () => {
  it('uses the development secret outside production', () => {
    expect(readEnv({ NODE_ENV: 'development' }).NEXTAUTH_SECRET).toBe('cerulean-development-secret-change-me')
    expect(readEnv({ NODE_ENV: 'test' }).NEXTAUTH_SECRET).toBe('cerulean-development-secret-change-me')
  })

  it('refuses to start in production without a secret of its own', () => {
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(/NEXTAUTH_SECRET is not set/)
    expect(() => readEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: '' })).toThrow(/NEXTAUTH_SECRET is not set/)
    expect(readEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: 's3cret' }).NEXTAUTH_SECRET).toBe('s3cret')
  })

  it('lets `next build` run without one', () => {
    expect(readEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).NEXTAUTH_SECRET).toBe('cerulean-development-secret-change-me')
  })
})
