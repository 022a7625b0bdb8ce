import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException
} from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { InputError } from '../config/errors.js'
import { parseS3Uri, S3UnreachableError, type S3Location } from './s3-uri.js'
import { ObjectExistsError, type EvidenceStore, type PutMetadata, type StoredObjectInfo } from './store.js'

export { parseS3Uri, S3UnreachableError } from './s3-uri.js'

/** Parts of 8 MiB, four in flight: an upload holds ~75 MiB of buffers (measured) however large the file. */
const PART_SIZE = 8 * 1024 * 1024
const QUEUE_SIZE = 4
const DAY_MS = 86_400_000

export interface S3StoreOptions {
  /** `s3://bucket/prefix` */
  uri: string
  /** `uri` as the input layer already parsed it. */
  location?: S3Location
  region?: string
  /** S3-compatible endpoint; the SDK also reads AWS_ENDPOINT_URL_S3. */
  endpoint?: string
  forcePathStyle?: boolean
  sse?: 'AES256' | 'aws:kms'
  kmsKeyId?: string
  retentionMode?: 'GOVERNANCE' | 'COMPLIANCE'
  retentionDays?: number
  /** Attempts per request (the SDK's standard retry: 5xx, SlowDown, throttling, connection errors). */
  maxAttempts?: number
  /** Clock for Object Lock retain-until dates. */
  now?: () => Date
}

/**
 * Amazon S3 (or an S3-compatible store) as the destination. Every object carries the SHA-256 we computed
 * (`ChecksumSHA256`, which S3 checks on arrival), is written only if the key does not exist yet
 * (`If-None-Match: *`), and gets the configured encryption and Object Lock retention.
 */
export class S3Store implements EvidenceStore {
  readonly location: string
  readonly bucket: string
  readonly prefix: string
  readonly client: S3Client

  constructor(private readonly options: S3StoreOptions) {
    const { bucket, prefix } = options.location ?? parseS3Uri(options.uri)
    this.bucket = bucket
    this.prefix = prefix
    this.location = `s3://${bucket}${prefix ? `/${prefix}` : ''}`
    this.client = new S3Client({
      region: options.region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1',
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      forcePathStyle: options.forcePathStyle ?? false,
      maxAttempts: options.maxAttempts ?? 5,
      // We send our own SHA-256 of every object; the SDK need not add CRC32 trailers of its own.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED'
    })
  }

  private objectKey(key: string): string {
    return this.prefix ? `${this.prefix}/${key}` : key
  }

  uri(key: string): string {
    return `s3://${this.bucket}/${this.objectKey(key)}`
  }

  async put(key: string, file: string, metadata: PutMetadata): Promise<void> {
    const multipart = metadata.size > PART_SIZE
    const retainUntil =
      this.options.retentionMode && this.options.retentionDays
        ? new Date((this.options.now?.() ?? new Date()).getTime() + this.options.retentionDays * DAY_MS)
        : undefined
    const upload = new Upload({
      client: this.client,
      partSize: PART_SIZE,
      queueSize: QUEUE_SIZE,
      leavePartsOnError: false,
      params: {
        Bucket: this.bucket,
        Key: this.objectKey(key),
        Body: createReadStream(file),
        ContentLength: metadata.size,
        ContentType: metadata.contentType,
        IfNoneMatch: '*',
        // A single PUT carries the whole file's SHA-256; multipart objects get S3's per-part SHA-256
        // checksums, and the whole file's in metadata.
        ...(multipart
          ? { ChecksumAlgorithm: 'SHA256' as const }
          : { ChecksumSHA256: Buffer.from(metadata.sha256, 'hex').toString('base64') }),
        Metadata: { sha256: metadata.sha256 },
        ...(this.options.sse ? { ServerSideEncryption: this.options.sse } : {}),
        ...(this.options.sse === 'aws:kms' && this.options.kmsKeyId
          ? { SSEKMSKeyId: this.options.kmsKeyId }
          : {}),
        ...(retainUntil
          ? {
              ObjectLockMode: this.options.retentionMode,
              ObjectLockRetainUntilDate: retainUntil
            }
          : {})
      }
    })
    try {
      await upload.done()
    } catch (error) {
      if (statusOf(error) === 412 || nameOf(error) === 'PreconditionFailed')
        throw new ObjectExistsError(this.uri(key))
      throw describeS3Error(error, `PutObject ${this.uri(key)}`)
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const response = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) })
      )
      return response.Body as Readable
    } catch (error) {
      throw describeS3Error(error, `GetObject ${this.uri(key)}`)
    }
  }

  async head(key: string): Promise<StoredObjectInfo | undefined> {
    try {
      const response = await this.client.send(
        new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) })
      )
      return { key, size: response.ContentLength ?? 0 }
    } catch (error) {
      if (statusOf(error) === 404 && nameOf(error) !== 'NoSuchBucket') return undefined
      throw describeS3Error(error, `HeadObject ${this.uri(key)}`)
    }
  }

  /** A small object and its ETag, for a compare-and-swap; undefined when there is none. */
  async readVersioned(key: string): Promise<{ body: string; etag: string } | undefined> {
    try {
      const response = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) })
      )
      return { body: (await response.Body?.transformToString('utf8')) ?? '', etag: response.ETag ?? '' }
    } catch (error) {
      if (nameOf(error) === 'NoSuchKey') return undefined
      throw describeS3Error(error, `GetObject ${this.uri(key)}`)
    }
  }

  /**
   * Writes a small object only if it is still as read: `If-Match: <etag>` to replace it, `If-None-Match: *`
   * to create it (etag null). False when another writer got there first: 412 PreconditionFailed, 409
   * ConditionalRequestConflict (a concurrent conditional write), or 404 (If-Match on a deleted key).
   */
  async writeIfUnchanged(key: string, body: string, etag: string | null): Promise<boolean> {
    const bytes = Buffer.from(body, 'utf8')
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.objectKey(key),
          Body: bytes,
          ContentType: 'application/json',
          ...(etag === null ? { IfNoneMatch: '*' } : { IfMatch: etag }),
          // Buckets with Object Lock default retention require an integrity header on every write.
          ChecksumSHA256: createHash('sha256').update(bytes).digest('base64'),
          ...(this.options.sse ? { ServerSideEncryption: this.options.sse } : {}),
          ...(this.options.sse === 'aws:kms' && this.options.kmsKeyId
            ? { SSEKMSKeyId: this.options.kmsKeyId }
            : {})
        })
      )
      return true
    } catch (error) {
      const status = statusOf(error)
      if (status === 412 || status === 409 || (status === 404 && nameOf(error) === 'NoSuchKey')) return false
      throw describeS3Error(error, `PutObject ${this.uri(key)}`)
    }
  }

  async *list(prefix: string): AsyncIterable<StoredObjectInfo> {
    const strip = this.prefix ? this.prefix.length + 1 : 0
    let token: string | undefined
    do {
      let response
      try {
        response = await this.client.send(
          new ListObjectsV2Command({
            Bucket: this.bucket,
            Prefix: this.objectKey(prefix),
            ContinuationToken: token
          })
        )
      } catch (error) {
        throw describeS3Error(error, `ListObjectsV2 ${this.uri(prefix)}`)
      }
      for (const object of response.Contents ?? []) {
        if (object.Key) yield { key: object.Key.slice(strip), size: object.Size ?? 0 }
      }
      token = response.IsTruncated ? response.NextContinuationToken : undefined
    } while (token)
  }
}

/** An S3 failure in words that say what to fix; configuration problems become InputError (exit 2). */
export class S3StoreError extends Error {
  override name = 'S3StoreError'
}

export function describeS3Error(error: unknown, operation: string): Error {
  // HEAD answers have no body, so the SDK cannot name the error; the status still tells.
  const status = statusOf(error)
  const named = nameOf(error)
  const name = named && !/^Unknown/.test(named) ? named : status === 403 ? 'AccessDenied' : named
  const message = (error as Error).message ?? String(error)
  const code =
    (error as { code?: string; cause?: { code?: string } }).code ??
    (error as { cause?: { code?: string } }).cause?.code
  switch (name) {
    case 'NoSuchBucket':
      return new InputError(
        `${operation}: the bucket does not exist (NoSuchBucket). Check the destination's bucket name and the account.`
      )
    case 'AccessDenied':
    case 'AllAccessDisabled': {
      const action = /perform: (s3:[A-Za-z0-9]+)/.exec(message)?.[1]
      return new InputError(
        `${operation}: access denied${action ? ` for ${action}` : ''} (${message}). Grant the role the IAM policy in the README ("S3 destination").`
      )
    }
    case 'InvalidAccessKeyId':
    case 'SignatureDoesNotMatch':
    case 'ExpiredToken':
    case 'CredentialsProviderError':
      return new InputError(`${operation}: the AWS credentials were refused (${name}): ${message}`)
    case 'AuthorizationHeaderMalformed':
    case 'PermanentRedirect':
    case 'IllegalLocationConstraintException':
      return new InputError(
        `${operation}: wrong region for this bucket (${name}): ${message}. Set the aws-region input to the bucket's region.`
      )
  }
  if (code === 'ENOTFOUND' || code === 'ECONNREFUSED' || code === 'EAI_AGAIN') {
    return new S3UnreachableError(
      `${operation}: cannot reach the S3 endpoint (${code}). Check s3-endpoint / AWS_ENDPOINT_URL_S3.`
    )
  }
  return new S3StoreError(`${operation} failed: ${name ?? code ?? 'error'}: ${message}`)
}

function statusOf(error: unknown): number | undefined {
  return error instanceof S3ServiceException
    ? error.$metadata.httpStatusCode
    : (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
}

function nameOf(error: unknown): string | undefined {
  return (error as { name?: string; Code?: string }).Code ?? (error as { name?: string }).name
}
