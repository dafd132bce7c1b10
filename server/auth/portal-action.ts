// Wraps a portal server action: checks the session, then parses, runs and reports errors as
// every action does (run-action.ts).
import type { z } from 'zod'
import { getPrincipal, type TSessionPrincipal } from './session'
import { runAction, type TActionResult } from './run-action'

export type { TActionError, TActionResult } from './run-action'

export function portalAction<S extends z.ZodType, T>(schema: S, fn: (args: { principal: TSessionPrincipal; input: z.output<S> }) => Promise<T>) {
  return async (rawInput: z.input<S>): Promise<TActionResult<T>> => {
    const principal = await getPrincipal()
    if (!principal) return { ok: false, error: { code: 'AuthenticationFailed', message: 'Your session has expired. Sign in again.' } }
    return runAction(schema, rawInput, (input) => fn({ principal, input }), 'portal action')
  }
}
