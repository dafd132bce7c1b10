// Wraps a portal server action: checks the session, parses the input with the shared zod
// schema, runs the domain function and turns every ArmError into a result the form can show
// beside the field it concerns. Unexpected errors are logged and reported generically.
import type { z } from 'zod'
import { isArmError } from '../arm/errors'
import { getPrincipal, type TSessionPrincipal } from './session'

export type TActionError = { code: string; message: string; target?: string; fieldErrors?: Record<string, string> }
export type TActionResult<T> = { ok: true; data: T } | { ok: false; error: TActionError }

export function portalAction<S extends z.ZodType, T>(schema: S, fn: (args: { principal: TSessionPrincipal; input: z.output<S> }) => Promise<T>) {
  return async (rawInput: z.input<S>): Promise<TActionResult<T>> => {
    const principal = await getPrincipal()
    if (!principal) return { ok: false, error: { code: 'AuthenticationFailed', message: 'Your session has expired. Sign in again.' } }
    const parsed = schema.safeParse(rawInput)
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {}
      for (const issue of parsed.error.issues) fieldErrors[issue.path.map(String).join('.')] ??= issue.message
      return { ok: false, error: { code: 'InvalidRequestContent', message: parsed.error.issues[0].message, fieldErrors } }
    }
    try {
      return { ok: true, data: await fn({ principal, input: parsed.data }) }
    } catch (error) {
      if (isArmError(error)) {
        const fieldErrors = Object.fromEntries((error.details ?? []).filter((d) => d.target).map((d) => [d.target!, d.message]))
        return { ok: false, error: { code: error.code, message: error.message, target: error.target, fieldErrors } }
      }
      console.error('portal action failed', error)
      return { ok: false, error: { code: 'InternalServerError', message: 'Something went wrong on our side. Your input is kept; try again.' } }
    }
  }
}
