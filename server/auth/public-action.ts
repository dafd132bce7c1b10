// The counterpart of portalAction for the few actions a visitor without a session may call
// (sign-up). Same input parsing and the same result shape (run-action.ts), so forms handle both alike.
import type { z } from 'zod'
import { runAction, type TActionResult } from './run-action'

export function publicAction<S extends z.ZodType, T>(schema: S, fn: (args: { input: z.output<S> }) => Promise<T>) {
  return async (rawInput: z.input<S>): Promise<TActionResult<T>> => runAction(schema, rawInput, (input) => fn({ input }), 'public action')
}
