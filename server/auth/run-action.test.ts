import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ArmError } from '../arm/errors'
import { runAction } from './run-action'

const ZInput = z.object({ name: z.string().min(1, 'Enter a name.') })
const fail = (error: unknown) => async (): Promise<never> => {
  throw error
}

afterEach(() => vi.restoreAllMocks())

describe('runAction', () => {
  it('runs the function with the parsed input', async () => {
    expect(await runAction(ZInput, { name: 'x' }, async (input) => input.name.toUpperCase(), 'test')).toEqual({ ok: true, data: 'X' })
  })

  it('puts schema problems beside their fields', async () => {
    expect(await runAction(ZInput, { name: '' }, fail(new Error('not reached')), 'test')).toEqual({
      ok: false,
      error: { code: 'InvalidRequestContent', message: 'Enter a name.', fieldErrors: { name: 'Enter a name.' } },
    })
  })

  it("puts an ArmError's target beside its field, as well as every detail", async () => {
    const conflict = new ArmError('Conflict', "A container group named 'web' already exists.", { target: 'name' })
    expect(await runAction(ZInput, { name: 'web' }, fail(conflict), 'test')).toEqual({
      ok: false,
      error: { code: 'Conflict', message: conflict.message, target: 'name', fieldErrors: { name: conflict.message } },
    })
    const invalid = new ArmError('InvalidRequestContent', 'The request is invalid: two problems', {
      target: 'name',
      details: [
        { code: 'InvalidRequestContent', message: 'Bad name.', target: 'name' },
        { code: 'InvalidRequestContent', message: 'Bad port.', target: 'ipAddress.ports.0.port' },
      ],
    })
    const result = await runAction(ZInput, { name: 'web' }, fail(invalid), 'test')
    expect(result.ok ? null : result.error.fieldErrors).toEqual({ name: 'Bad name.', 'ipAddress.ports.0.port': 'Bad port.' })
  })

  it('reports anything else generically and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const result = await runAction(ZInput, { name: 'web' }, fail(new Error('database on fire')), 'test')
    expect(result).toEqual({ ok: false, error: { code: 'InternalServerError', message: 'Something went wrong on our side. Your input is kept; try again.' } })
    expect(log).toHaveBeenCalledWith('test failed', expect.any(Error))
  })
})
