import { InputError } from '../config/errors.js'

/** An `s3://bucket/prefix` destination, parsed once by the input layer and passed on as values. */
export interface S3Location {
  uri: string
  bucket: string
  prefix: string
}

/** Kept apart from the S3 client so that reading inputs does not load the AWS SDK. */
export function parseS3Uri(uri: string, where = 'destination'): S3Location {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri)
  if (!match) {
    throw new InputError(
      `${where}: expected s3://bucket/prefix with a valid bucket name, got ${JSON.stringify(uri)}`
    )
  }
  return { uri, bucket: match[1]!, prefix: (match[2] ?? '').replace(/^\/+|\/+$/g, '') }
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
