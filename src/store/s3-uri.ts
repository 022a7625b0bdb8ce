import { InputError } from '../config/errors.js'

/** An `s3://bucket/prefix` destination, parsed once by the input layer and passed on as values. */
export interface S3Location {
  uri: string
  bucket: string
  prefix: string
}

export const S3_URI_EXPECTED = 'expected s3://bucket/prefix with a valid bucket name'

/**
 * The bucket and prefix of `s3://bucket/prefix`, or undefined. Kept apart from the S3 client so that
 * reading inputs does not load the AWS SDK. User input reaches it once, through `storeTargetValue`.
 */
export function s3Location(uri: string): S3Location | undefined {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri)
  return match ? { uri, bucket: match[1]!, prefix: (match[2] ?? '').replace(/^\/+|\/+$/g, '') } : undefined
}

/** For callers with a URI of their own making (tests, a store's parent prefix). */
export function parseS3Uri(uri: string, where = 'destination'): S3Location {
  const location = s3Location(uri)
  if (!location) throw new InputError(`${where}: ${S3_URI_EXPECTED}, got ${JSON.stringify(uri)}`)
  return location
}

/** The parent prefix of a location (`s3://b/a/scope` → `s3://b/a`), without parsing the URI again. */
export function parentLocation(location: S3Location): { location: S3Location; last: string } {
  const cut = location.prefix.lastIndexOf('/')
  const prefix = cut < 0 ? '' : location.prefix.slice(0, cut)
  return {
    location: {
      uri: `s3://${location.bucket}${prefix ? `/${prefix}` : ''}`,
      bucket: location.bucket,
      prefix
    },
    last: location.prefix.slice(cut + 1)
  }
}

export function isS3Uri(value: string): boolean {
  return value.startsWith('s3://')
}

/**
 * The endpoint did not answer: a wrong s3-endpoint (bad input) or S3 down for now. Where the run can
 * go on without S3 (collecting, spooling), it does; elsewhere it is bad input (exit 2).
 */
export class S3UnreachableError extends InputError {
  override name = 'S3UnreachableError'
}
