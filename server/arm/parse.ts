import type { z } from 'zod'
import { ArmError } from './errors'

/** Parses untrusted input; a failure becomes one ArmError naming every problem and where it is. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, code: 'InvalidRequestContent' | 'InvalidParameter' = 'InvalidRequestContent'): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const details = result.error.issues.map((issue) => ({
    code,
    message: issue.message,
    target: issue.path.map(String).join('.') || undefined,
  }))
  const first = details[0]
  throw new ArmError(code, details.length === 1 ? first.message : `The request is invalid: ${details.map((d) => d.message).join(' ')}`, {
    target: first.target,
    details,
  })
}
