// One error type for every mistake a caller can make. The API maps it to ARM's
// {"error":{"code","message"}} envelope and the portal shows the message beside the field.

const STATUS_BY_CODE = {
  InvalidRequestContent: 400,
  InvalidParameter: 400,
  InvalidResourceName: 400,
  InvalidResourceGroupName: 400,
  InvalidContainerGroupUpdate: 400,
  InvalidDnsNameLabel: 400,
  DnsNameLabelAlreadyTaken: 400,
  InvalidOsType: 400,
  InaccessibleImage: 400,
  LocationNotAvailableForResourceType: 400,
  ContainerGroupQuotaReached: 400,
  MissingApiVersionParameter: 400,
  InvalidApiVersionParameter: 400,
  NoRegisteredProviderFound: 400,
  AuthenticationFailed: 401,
  InvalidAuthenticationToken: 401,
  ExpiredAuthenticationToken: 401,
  AuthorizationFailed: 403,
  ResourceGroupNotFound: 404,
  ResourceNotFound: 404,
  SubscriptionNotFound: 404,
  InvalidResourceType: 404,
  MethodNotAllowed: 405,
  Conflict: 409,
  InvalidResourceLocation: 409,
  ResourceGroupBeingDeleted: 409,
  InvalidResourceGroupLocation: 409,
  ContainerGroupTransitioning: 409,
  EmailAlreadyRegistered: 409,
  TooManyRequests: 429,
  InternalServerError: 500,
  ServiceUnavailable: 503,
} as const

export type ArmErrorCode = keyof typeof STATUS_BY_CODE

export type ArmErrorDetail = { code: string; message: string; target?: string }

export class ArmError extends Error {
  readonly code: ArmErrorCode
  readonly status: number
  readonly target?: string
  readonly details?: ArmErrorDetail[]

  constructor(code: ArmErrorCode, message: string, options: { target?: string; details?: ArmErrorDetail[] } = {}) {
    super(message)
    this.name = 'ArmError'
    this.code = code
    this.status = STATUS_BY_CODE[code]
    this.target = options.target
    this.details = options.details
  }

  toBody() {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.target ? { target: this.target } : {}),
        ...(this.details?.length ? { details: this.details } : {}),
      },
    }
  }
}

export function isArmError(error: unknown): error is ArmError {
  return error instanceof ArmError
}
