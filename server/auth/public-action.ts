// The counterpart of portalAction for the few actions a visitor without a session may call
// (sign-up). Same input parsing and the same result shape, so forms handle both alike.
import type { z } from 'zod'
import { isArmError } from '../arm/errors'
import type { TActionResult } from './portal-action'

export function publicAction<S extends z.ZodType, T>(schema: S, fn: (args: { input: z.output<S> }) => Promise<T>) {
  return async (rawInput: z.input<S>): Promise<TActionResult<T>> => {
    const parsed = schema.safeParse(rawInput)
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {}
      for (const issue of parsed.error.issues) fieldErrors[issue.path.map(String).join('.')] ??= issue.message
      return { ok: false, error: { code: 'InvalidRequestContent', message: parsed.error.issues[0].message, fieldErrors } }
    }
    try {
      return { ok: true, data: await fn({ input: parsed.data }) }
    } catch (error) {
      if (isArmError(error)) {
        const fieldErrors = Object.fromEntries((error.details ?? []).filter((d) => d.target).map((d) => [d.target!, d.message]))
        if (error.target && !fieldErrors[error.target]) fieldErrors[error.target] = error.message
        return { ok: false, error: { code: error.code, message: error.message, target: error.target, fieldErrors } }
      }
      console.error('public action failed', error)
      return { ok: false, error: { code: 'InternalServerError', message: 'Something went wrong on our side. Your input is kept; try again.' } }
    }
  }
}
