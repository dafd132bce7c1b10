// Token-endpoint errors in the shape the Microsoft identity platform returns, which MSAL
// (and so @azure/identity and az) reads and shows to the user: an OAuth error code, and
// an AADSTS number leading the description.
import { randomUUID } from 'node:crypto'

const STATUS_BY_ERROR = {
  invalid_request: 400,
  invalid_client: 401,
  unauthorized_client: 400,
  unsupported_grant_type: 400,
  invalid_scope: 400,
} as const

export type TIdentityErrorCode = keyof typeof STATUS_BY_ERROR

export class IdentityError extends Error {
  readonly status: number

  constructor(
    readonly error: TIdentityErrorCode,
    readonly aadsts: number,
    message: string,
  ) {
    super(`AADSTS${aadsts}: ${message}`)
    this.name = 'IdentityError'
    this.status = STATUS_BY_ERROR[error]
  }

  toBody() {
    const timestamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    const traceId = randomUUID()
    const correlationId = randomUUID()
    return {
      error: this.error,
      error_description: `${this.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
      error_codes: [this.aadsts],
      timestamp: timestamp.replace('T', ' '),
      trace_id: traceId,
      correlation_id: correlationId,
    }
  }
}

export function isIdentityError(error: unknown): error is IdentityError {
  return error instanceof IdentityError
}
