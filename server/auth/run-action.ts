// What portalAction and publicAction share once the caller is known: parse the input with the
// shared zod schema, run the domain function, and turn every ArmError into a result the form
// can show beside the field it concerns. Unexpected errors are logged and reported generically.
import type { z } from 'zod'
import { isArmError, type ArmError } from '../arm/errors'

export type TActionError = { code: string; message: string; target?: string; fieldErrors?: Record<string, string> }
export type TActionResult<T> = { ok: true; data: T } | { ok: false; error: TActionError }

function fieldErrorsOf(error: ArmError): Record<string, string> {
  const fieldErrors = Object.fromEntries((error.details ?? []).filter((d) => d.target).map((d) => [d.target!, d.message]))
  // An error about one field (a name already taken, say) belongs beside that field too.
  if (error.target && !fieldErrors[error.target]) fieldErrors[error.target] = error.message
  return fieldErrors
}

export async function runAction<S extends z.ZodType, T>(schema: S, rawInput: unknown, fn: (input: z.output<S>) => Promise<T>, label: string): Promise<TActionResult<T>> {
  const parsed = schema.safeParse(rawInput)
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {}
    for (const issue of parsed.error.issues) fieldErrors[issue.path.map(String).join('.')] ??= issue.message
    return { ok: false, error: { code: 'InvalidRequestContent', message: parsed.error.issues[0].message, fieldErrors } }
  }
  try {
    return { ok: true, data: await fn(parsed.data) }
  } catch (error) {
    if (isArmError(error)) return { ok: false, error: { code: error.code, message: error.message, target: error.target, fieldErrors: fieldErrorsOf(error) } }
    console.error(`${label} failed`, error)
    return { ok: false, error: { code: 'InternalServerError', message: 'Something went wrong on our side. Your input is kept; try again.' } }
  }
}
