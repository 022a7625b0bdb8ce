import type { CollectionError } from '../../model.js'

/**
 * AWS SDK failures in words the user can act on. Shared by the AWS collectors; the wording of refused
 * credentials never quotes the service's message, which can hold the signed request (session token
 * included).
 */

/** Errors meaning the credentials themselves were refused (or, outside the home region, the region is off). */
const CREDENTIAL_ERRORS = new Set([
  'CredentialsProviderError',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
  'IncompleteSignature',
  'IncompleteSignatureException',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'InvalidAccessKeyId',
  'AuthFailure'
])

/** What a region that is not enabled for the account (an opt-in region) answers. */
const REGION_UNAVAILABLE_ERRORS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'AuthFailure',
  'OptInRequired',
  'InvalidIdentityToken'
])

const ACCESS_DENIED_ERRORS = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'AuthorizationErrorException',
  'UnauthorizedException',
  'Forbidden'
])

const THROTTLING_ERRORS = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'SlowDown',
  'RequestThrottled',
  'RequestThrottledException',
  // Security Hub's throttling error (Security Hub API reference, common errors: HTTP 429).
  'LimitExceededException'
])

const NETWORK_CODES = new Set(['ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'EAI_AGAIN', 'ETIMEDOUT'])

/** The error's code as AWS names it (`Code` of query/XML errors, else the exception name). */
export function errorName(error: unknown): string | undefined {
  const e = error as { name?: unknown; Code?: unknown } | undefined
  if (typeof e?.Code === 'string' && e.Code) return e.Code
  return typeof e?.name === 'string' ? e.name : undefined
}

/** True when the error is any of `names`, by exception name or by AWS error code. */
export function isError(error: unknown, ...names: string[]): boolean {
  const e = error as { name?: unknown; Code?: unknown } | undefined
  return names.some((name) => e?.name === name || e?.Code === name)
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | undefined)?.$metadata
    ?.httpStatusCode
  return typeof status === 'number' ? status : undefined
}

export function isNoCredentials(error: unknown): boolean {
  return isError(error, 'CredentialsProviderError')
}

export function isCredentialError(error: unknown): boolean {
  return [...CREDENTIAL_ERRORS].some((name) => isError(error, name))
}

/** The region refused otherwise good credentials: it is not enabled for the account, or opt-in is needed. */
export function isRegionUnavailable(error: unknown): boolean {
  return [...REGION_UNAVAILABLE_ERRORS].some((name) => isError(error, name))
}

export function isAccessDenied(error: unknown): boolean {
  if ([...ACCESS_DENIED_ERRORS].some((name) => isError(error, name))) return true
  return statusOf(error) === 403 && !isCredentialError(error)
}

function networkCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code
  return typeof code === 'string' && NETWORK_CODES.has(code) ? code : undefined
}

/** The SDK could not deserialize what the service answered (a 2xx body that is not the expected XML/JSON). */
export function isMalformedResponse(error: unknown): boolean {
  const status = statusOf(error)
  const message = safeMessage(error)
  return (
    (status !== undefined && status >= 200 && status < 300) ||
    /Deserialization error|XML parse error|is not valid JSON|Unexpected token|Unexpected end of JSON/i.test(
      message
    )
  )
}

/** The error's message, without anything that looks like an access key or a session token, and short. */
export function safeMessage(error: unknown): string {
  const raw = String((error as { message?: unknown } | undefined)?.message ?? error)
  return raw
    .replace(/x-amz-security-token[\s\S]*/i, '[redacted]')
    .replace(/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, '[access key id]')
    .replace(/\b(FwoG|IQoJ)[A-Za-z0-9/+=]{20,}/g, '[session token]')
    .slice(0, 500)
}

export interface FailedCall {
  /** API operation, e.g. `GetAccountPasswordPolicy`. */
  operation: string
  /** The IAM action that allows it, e.g. `iam:GetAccountPasswordPolicy`. */
  action: string
  region?: string
  /** What the call was about (a bucket, a key, a trail), for the message. */
  target?: string
}

/**
 * A failed AWS call as a CollectionError. AccessDenied becomes
 * `<Operation> was denied: the role lacks <iam action>` with `missingPermission` set.
 */
export function describeAwsError(error: unknown, call: FailedCall): CollectionError {
  const status = statusOf(error)
  const name = errorName(error)
  const withStatus = status !== undefined ? { status } : {}
  const about = call.target ? ` (${call.target})` : ''
  if (isNoCredentials(error)) {
    return {
      message: `${call.operation}: no AWS credentials were found. Give the job an AWS role before this step (e.g. aws-actions/configure-aws-credentials with OIDC).`
    }
  }
  if (isAccessDenied(error)) {
    const explicit = /explicit deny/i.test(safeMessage(error))
      ? ` (AWS reports an explicit deny, e.g. in a service control or permissions boundary policy)`
      : ''
    return {
      status: status ?? 403,
      message: `${call.operation} was denied: the role lacks ${call.action}${explicit}`,
      missingPermission: call.action
    }
  }
  if (call.region && isRegionUnavailable(error)) {
    return {
      ...withStatus,
      message: `${call.operation} in ${call.region}: the region refused the credentials (${name}); the region is probably not enabled for this account (an opt-in region). Enable it, or leave it out of the configured regions.`
    }
  }
  if (isCredentialError(error)) {
    return {
      ...withStatus,
      message: `${call.operation}: the AWS credentials were refused (${name}). Check that they are current and for the right partition; the role session may have expired.`
    }
  }
  if (THROTTLING_ERRORS.has(name ?? '') || status === 429) {
    return {
      ...withStatus,
      message: `${call.operation}${about}: still throttled after the SDK's retries (${safeMessage(error)}).`
    }
  }
  if (isMalformedResponse(error)) {
    return {
      ...withStatus,
      message: `${call.operation}${about}: AWS answered with a response that could not be read (${safeMessage(error).split('\n')[0]}); nothing from it was recorded.`
    }
  }
  const code = networkCode(error)
  if (code) {
    return {
      message: `${call.operation}${call.region ? ` in ${call.region}` : ''}: cannot reach the endpoint (${code}); the service may not be offered in this region.`
    }
  }
  return {
    ...withStatus,
    message: `${call.operation}${about} failed: ${name ?? 'error'}: ${safeMessage(error)}`
  }
}
