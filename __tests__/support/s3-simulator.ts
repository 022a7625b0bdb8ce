/**
 * A local stand-in for Amazon S3 (path-style addressing) with what the publisher relies on and common
 * in-process servers lack: conditional writes, Object Lock, `aws-chunked` bodies with trailing
 * checksums, flexible-checksum verification, S3's XML error bodies and injectable faults.
 */
import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  CHECKSUM_ALGORITHMS,
  CHECKSUM_NAMES,
  checksum,
  compositeChecksum,
  decodeAwsChunked,
  document,
  el,
  errorDocument,
  group,
  isValidChecksum,
  parseChecksumAlgorithm,
  parseCompleteMultipartUpload,
  type ChecksumAlgorithm,
  type XmlChild
} from './s3-xml.js'

export type { ChecksumAlgorithm } from './s3-xml.js'

export interface S3Fault {
  method?: string
  /** Tested against the URL path including the query string, e.g. `/bucket/key?partNumber=2&uploadId=…`. */
  path: RegExp
  kind:
    | 'slow-down' /* 503 SlowDown */
    | 'internal-error' /* 500 InternalError */
    | 'reset' /* destroy the socket, no response */
    | 'reset-mid-body' /* read about half the declared body, then destroy the socket */
    | 'access-denied' /* 403 AccessDenied */
  /** How many matching requests the fault affects; default Infinity. */
  times?: number
  /** Wait this long before acting (any kind). */
  delayMs?: number
}
export interface S3RequestLogEntry {
  method: string
  /** The path as sent (percent-encoded), without the query. */
  path: string
  /** The query string without `?`, as sent. */
  query: string
  /** 0 when the connection was reset. */
  status: number
  /** PutObject, UploadPart, CreateMultipartUpload, CompleteMultipartUpload, AbortMultipartUpload, GetObject, … */
  operation: string
  headers: Record<string, string>
  /** Decoded bucket and key, when the path has them. */
  bucket?: string
  key?: string
  /** The S3 error code of an error answer. */
  errorCode?: string
}
export interface StoredObject {
  key: string
  body: Buffer
  /** Base64 as S3 stores it; for multipart uploads the composite `…-N` form. */
  checksumSha256?: string
  /** Checksums of the other algorithms (CRC32 is what the SDK sends by default). */
  checksums?: Partial<Record<Exclude<ChecksumAlgorithm, 'sha256'>, string>>
  checksumType?: 'FULL_OBJECT' | 'COMPOSITE'
  contentType?: string
  serverSideEncryption?: string
  kmsKeyId?: string
  objectLockMode?: string
  objectLockRetainUntilDate?: string
  objectLockLegalHold?: string
  /** `x-amz-meta-*` headers, names without the prefix. */
  metadata?: Record<string, string>
  lastModified: Date
  /** Quoted, as S3 returns it: `"md5hex"` or `"md5hex-N"` for multipart uploads. */
  etag: string
}
export interface S3Simulator {
  /** http://127.0.0.1:PORT; clients use `forcePathStyle: true`. */
  endpoint: string
  region: string
  accessKeyId: string
  secretAccessKey: string
  /** The account in ARNs and messages. */
  accountId: string
  requests: S3RequestLogEntry[]
  /** The live store of a bucket: tests may delete or modify entries to tamper. */
  objects(bucket: string): Map<string, StoredObject>
  createBucket(name: string, options?: { objectLock?: boolean }): void
  addFault(fault: S3Fault): void
  clearFaults(): void
  /** Later requests needing this IAM action (e.g. `s3:PutObject`, `s3:ListBucket`) answer 403 AccessDenied. */
  denyAction(action: string): void
  allowAction(action: string): void
  /** Multipart uploads neither completed nor aborted. */
  openUploads(): Array<{ bucket: string; key: string; uploadId: string; parts: number[] }>
  resetLog(): void
  close(): Promise<void>
}
export interface S3SimulatorOptions {
  region?: string
  buckets?: string[]
  objectLockBuckets?: string[]
}

const ACCOUNT_ID = '123456789012'
const USER_ARN = `arn:aws:iam::${ACCOUNT_ID}:user/test`
const MIN_PART_SIZE = 5 * 1024 * 1024
const ENCRYPTIONS = ['AES256', 'aws:kms', 'aws:kms:dsse']
const LOCK_MODES = ['GOVERNANCE', 'COMPLIANCE']

interface Bucket {
  name: string
  objectLock: boolean
  objects: Map<string, StoredObject>
}
interface ObjectAttributes {
  contentType?: string
  serverSideEncryption: string
  kmsKeyId?: string
  objectLockMode?: string
  objectLockRetainUntilDate?: string
  objectLockLegalHold?: string
  metadata: Record<string, string>
}
interface Part {
  body: Buffer
  md5: Buffer
  checksums: Partial<Record<ChecksumAlgorithm, string>>
}
interface Upload {
  id: string
  bucket: string
  key: string
  algorithm?: ChecksumAlgorithm
  checksumType: 'FULL_OBJECT' | 'COMPOSITE'
  attributes: ObjectAttributes
  parts: Map<number, Part>
}
interface Reply {
  status: number
  headers?: Record<string, string>
  body?: string | Buffer
  /** The S3 error code of an error answer, for the log (HEAD answers carry no body). */
  errorCode?: string
}
interface Ctx {
  method: string
  url: URL
  bucket?: string
  key?: string
  query: URLSearchParams
  headers: http.IncomingHttpHeaders
  raw: Buffer
  operation: string
  /** The ETag of the key when the request arrived (null: no object), to tell a concurrent write. */
  etagAtArrival: string | null
}

class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, string> = {},
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }
}

const header = (ctx: Ctx, name: string): string | undefined => {
  const v = ctx.headers[name]
  return Array.isArray(v) ? v.join(', ') : v
}
const md5 = (data: Buffer) => createHash('md5').update(data).digest()
const unquote = (etag: string) => etag.trim().replace(/^W\//, '').replace(/^"|"$/g, '')
const isoDate = (d: Date) => d.toISOString()
const wholeSeconds = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000)
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const requestId = () => randomBytes(8).toString('hex').toUpperCase()
const hostId = () => randomBytes(48).toString('base64')

/** The operation S3 would dispatch to, from the method, path shape and sub-resource. */
function operationOf(
  method: string,
  bucket: string | undefined,
  key: string | undefined,
  q: URLSearchParams
) {
  if (!bucket) return method === 'GET' ? 'ListBuckets' : 'Unknown'
  if (key === undefined) {
    if (method === 'HEAD') return 'HeadBucket'
    if (method === 'GET') {
      if (q.has('location')) return 'GetBucketLocation'
      if (q.has('object-lock')) return 'GetObjectLockConfiguration'
      if (q.has('versioning')) return 'GetBucketVersioning'
      if (q.get('list-type') === '2') return 'ListObjectsV2'
      if (q.has('uploads')) return 'ListMultipartUploads'
      return 'ListObjects'
    }
    if (method === 'PUT') return 'CreateBucket'
    if (method === 'DELETE') return 'DeleteBucket'
    if (method === 'POST' && q.has('delete')) return 'DeleteObjects'
    return 'Unknown'
  }
  switch (method) {
    case 'PUT':
      if (q.has('partNumber') && q.has('uploadId')) return 'UploadPart'
      if (q.has('retention')) return 'PutObjectRetention'
      if (q.has('legal-hold')) return 'PutObjectLegalHold'
      if (q.has('tagging')) return 'PutObjectTagging'
      return 'PutObject'
    case 'POST':
      if (q.has('uploads')) return 'CreateMultipartUpload'
      if (q.has('uploadId')) return 'CompleteMultipartUpload'
      return 'Unknown'
    case 'DELETE':
      return q.has('uploadId') ? 'AbortMultipartUpload' : 'DeleteObject'
    case 'GET':
      if (q.has('retention')) return 'GetObjectRetention'
      if (q.has('uploadId')) return 'ListParts'
      return 'GetObject'
    case 'HEAD':
      return 'HeadObject'
    default:
      return 'Unknown'
  }
}

export async function startS3Simulator(options: S3SimulatorOptions = {}): Promise<S3Simulator> {
  const region = options.region ?? 'us-east-1'
  const accessKeyId = 'AKIAS3SIMULATOR00001'
  const secretAccessKey = 's3simulator/secret/access/key/0000000000'
  const requests: S3RequestLogEntry[] = []
  const buckets = new Map<string, Bucket>()
  const uploads = new Map<string, Upload>()
  const denied = new Set<string>()
  let faults: Array<S3Fault & { left: number }> = []
  let endpoint = ''

  const createBucket = (name: string, opts: { objectLock?: boolean } = {}) => {
    const existing = buckets.get(name)
    if (existing) existing.objectLock ||= !!opts.objectLock
    else buckets.set(name, { name, objectLock: !!opts.objectLock, objects: new Map() })
  }
  for (const name of options.buckets ?? []) createBucket(name)
  for (const name of options.objectLockBuckets ?? []) createBucket(name, { objectLock: true })

  // --- checks shared by the operations -----------------------------------------------------------

  const authenticate = (ctx: Ctx) => {
    const authorization = header(ctx, 'authorization')
    const presigned = ctx.query.get('X-Amz-Credential')
    let credential: string | undefined
    if (authorization) {
      if (!authorization.startsWith('AWS4-HMAC-SHA256 ')) {
        throw new S3Error(400, 'InvalidArgument', 'Unsupported Authorization Type', {
          ArgumentName: 'Authorization',
          ArgumentValue: authorization.split(' ')[0] ?? ''
        })
      }
      credential = /Credential=([^,\s]+)/.exec(authorization)?.[1]
    } else if (presigned !== null) {
      credential = presigned
    } else {
      throw new S3Error(403, 'AccessDenied', 'Access Denied')
    }
    const parts = credential?.split('/') ?? []
    const errorCode = authorization ? 'AuthorizationHeaderMalformed' : 'AuthorizationQueryParametersError'
    const what = authorization ? 'authorization header' : 'authorization query parameters'
    if (parts.length !== 5 || parts[3] !== 's3' || parts[4] !== 'aws4_request') {
      throw new S3Error(
        400,
        errorCode,
        `The ${what} is malformed; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".`
      )
    }
    if (parts[0] !== accessKeyId) {
      throw new S3Error(
        403,
        'InvalidAccessKeyId',
        'The AWS Access Key Id you provided does not exist in our records.',
        {
          AWSAccessKeyId: parts[0]!
        }
      )
    }
    if (parts[2] !== region) {
      throw new S3Error(
        400,
        errorCode,
        `The ${what} is malformed; the region '${parts[2]}' is wrong; expecting '${region}'`,
        { Region: region },
        { 'x-amz-bucket-region': region }
      )
    }
  }

  const bucketOf = (ctx: Ctx): Bucket => {
    const bucket = buckets.get(ctx.bucket!)
    if (!bucket) {
      throw new S3Error(404, 'NoSuchBucket', 'The specified bucket does not exist', {
        BucketName: ctx.bucket!
      })
    }
    return bucket
  }
  const arn = (bucket: string, key?: string) => `arn:aws:s3:::${bucket}${key === undefined ? '' : `/${key}`}`
  const authorize = (action: string, resource: string) => {
    if (!denied.has(action)) return
    throw new S3Error(
      403,
      'AccessDenied',
      `User: ${USER_ARN} is not authorized to perform: ${action} on resource: "${resource}" because no identity-based policy allows the ${action} action`
    )
  }
  const noSuchKey = (ctx: Ctx, bucket: Bucket) => {
    // Without s3:ListBucket, S3 does not reveal that a key is absent.
    authorize('s3:ListBucket', arn(bucket.name))
    return new S3Error(404, 'NoSuchKey', 'The specified key does not exist.', { Key: ctx.key! })
  }
  const uploadOf = (ctx: Ctx, bucket: Bucket): Upload => {
    const id = ctx.query.get('uploadId') ?? ''
    const upload = uploads.get(id)
    if (!upload || upload.bucket !== bucket.name || upload.key !== ctx.key) {
      throw new S3Error(
        404,
        'NoSuchUpload',
        'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
        { UploadId: id }
      )
    }
    return upload
  }

  /** The request body with `aws-chunked` decoded and Content-MD5 / x-amz-checksum-* verified. */
  const readPayload = (ctx: Ctx) => {
    const contentSha = header(ctx, 'x-amz-content-sha256')
    const chunked =
      /aws-chunked/i.test(header(ctx, 'content-encoding') ?? '') || !!contentSha?.startsWith('STREAMING-')
    let body = ctx.raw
    let trailers: Record<string, string> = {}
    if (chunked) {
      const decoded = decodeAwsChunked(ctx.raw)
      if (!decoded) throw new S3Error(400, 'IncompleteBody', 'The request body terminated unexpectedly')
      ;({ body, trailers } = decoded)
      const declared = header(ctx, 'x-amz-decoded-content-length')
      if (declared !== undefined && Number(declared) !== body.length) {
        throw new S3Error(
          400,
          'IncompleteBody',
          'You did not provide the number of bytes specified by the Content-Length HTTP header.'
        )
      }
      const expected = (header(ctx, 'x-amz-trailer') ?? '')
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean)
      if (expected.some((t) => t.startsWith('x-amz-checksum-') && !(t in trailers))) {
        throw new S3Error(
          400,
          'MalformedTrailerError',
          'The request contained trailing data that was not well-formed or did not conform to our published schema.'
        )
      }
    } else if (contentSha && /^[0-9a-f]{64}$/i.test(contentSha)) {
      const computed = createHash('sha256').update(body).digest('hex')
      if (computed !== contentSha.toLowerCase()) {
        throw new S3Error(
          400,
          'XAmzContentSHA256Mismatch',
          "The provided 'x-amz-content-sha256' header does not match what was computed.",
          { ClientComputedContentSHA256: contentSha, S3ComputedContentSHA256: computed }
        )
      }
    }
    const contentMd5 = header(ctx, 'content-md5')
    if (contentMd5 !== undefined) {
      if (Buffer.from(contentMd5, 'base64').length !== 16) {
        throw new S3Error(400, 'InvalidDigest', 'The Content-MD5 you specified was invalid.', {
          'Content-MD5': contentMd5
        })
      }
      if (md5(body).toString('base64') !== contentMd5) {
        throw new S3Error(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.', {
          ExpectedDigest: contentMd5,
          CalculatedDigest: md5(body).toString('base64')
        })
      }
    }
    const provided = CHECKSUM_ALGORITHMS.flatMap((algorithm) => {
      const name = `x-amz-checksum-${algorithm}`
      const value = trailers[name] ?? header(ctx, name)
      return value === undefined ? [] : [{ algorithm, value }]
    })
    if (provided.length > 1) {
      throw new S3Error(
        400,
        'InvalidRequest',
        'Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.'
      )
    }
    const given = provided[0]
    const sdkAlgorithm = header(ctx, 'x-amz-sdk-checksum-algorithm')
    if (sdkAlgorithm && !given) {
      throw new S3Error(
        400,
        'InvalidRequest',
        'x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers were found.'
      )
    }
    if (given) {
      if (!isValidChecksum(given.algorithm, given.value)) {
        throw new S3Error(
          400,
          'InvalidRequest',
          `Value for x-amz-checksum-${given.algorithm} header is invalid.`
        )
      }
      if (checksum(given.algorithm, body) !== given.value) {
        const name = CHECKSUM_NAMES[given.algorithm]
        throw new S3Error(
          400,
          'BadDigest',
          `The ${name} you specified did not match the calculated checksum.`
        )
      }
    }
    return { body, given, integrity: contentMd5 !== undefined || given !== undefined }
  }

  /** Content type, encryption, Object Lock and user metadata of PutObject / CreateMultipartUpload. */
  const attributesOf = (ctx: Ctx, bucket: Bucket): ObjectAttributes => {
    const sse = header(ctx, 'x-amz-server-side-encryption')
    const kmsKeyId = header(ctx, 'x-amz-server-side-encryption-aws-kms-key-id')
    if (sse !== undefined && !ENCRYPTIONS.includes(sse)) {
      throw new S3Error(400, 'InvalidArgument', 'The encryption method specified is not supported', {
        ArgumentName: 'x-amz-server-side-encryption',
        ArgumentValue: sse
      })
    }
    if (kmsKeyId !== undefined && !sse?.startsWith('aws:kms')) {
      throw new S3Error(
        400,
        'InvalidArgument',
        'Server Side Encryption with AWS KMS managed key requires HTTP header x-amz-server-side-encryption : aws:kms',
        { ArgumentName: 'x-amz-server-side-encryption', ArgumentValue: 'null' }
      )
    }
    const mode = header(ctx, 'x-amz-object-lock-mode')
    const until = header(ctx, 'x-amz-object-lock-retain-until-date')
    const legalHold = header(ctx, 'x-amz-object-lock-legal-hold')
    if (mode !== undefined || until !== undefined || legalHold !== undefined) {
      if (!bucket.objectLock)
        throw new S3Error(400, 'InvalidRequest', 'Bucket is missing Object Lock Configuration')
      if ((mode === undefined) !== (until === undefined)) {
        throw new S3Error(
          400,
          'InvalidArgument',
          'x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied'
        )
      }
      if (mode !== undefined && !LOCK_MODES.includes(mode)) {
        throw new S3Error(400, 'InvalidArgument', 'Unknown wormMode directive.', {
          ArgumentName: 'x-amz-object-lock-mode',
          ArgumentValue: mode
        })
      }
      if (until !== undefined) {
        const date = new Date(until)
        if (Number.isNaN(date.getTime())) {
          throw new S3Error(400, 'InvalidArgument', 'The retain until date is not a valid ISO 8601 date', {
            ArgumentName: 'x-amz-object-lock-retain-until-date',
            ArgumentValue: until
          })
        }
        if (date.getTime() <= Date.now()) {
          throw new S3Error(400, 'InvalidArgument', 'The retain until date must be in the future!', {
            ArgumentName: 'x-amz-object-lock-retain-until-date',
            ArgumentValue: until
          })
        }
      }
      if (legalHold !== undefined && legalHold !== 'ON' && legalHold !== 'OFF') {
        throw new S3Error(400, 'InvalidArgument', "Legal Hold must be either of 'ON' or 'OFF'", {
          ArgumentName: 'x-amz-object-lock-legal-hold',
          ArgumentValue: legalHold
        })
      }
      const resource = arn(bucket.name, ctx.key)
      if (mode !== undefined) authorize('s3:PutObjectRetention', resource)
      if (legalHold !== undefined) authorize('s3:PutObjectLegalHold', resource)
    }
    const metadata: Record<string, string> = {}
    for (const [name, value] of Object.entries(ctx.headers)) {
      if (name.startsWith('x-amz-meta-') && value !== undefined) {
        metadata[name.slice('x-amz-meta-'.length)] = Array.isArray(value) ? value.join(',') : value
      }
    }
    return {
      contentType: header(ctx, 'content-type'),
      // S3 encrypts every new object; SSE-S3 unless the request asks otherwise.
      serverSideEncryption: sse ?? 'AES256',
      kmsKeyId: sse?.startsWith('aws:kms')
        ? (kmsKeyId ?? `arn:aws:kms:${region}:${ACCOUNT_ID}:alias/aws/s3`)
        : undefined,
      objectLockMode: mode,
      objectLockRetainUntilDate: until === undefined ? undefined : isoDate(new Date(until)),
      objectLockLegalHold: legalHold,
      metadata
    }
  }
  const requireIntegrityForLock = (attributes: ObjectAttributes, integrity: boolean, what: string) => {
    if ((attributes.objectLockMode || attributes.objectLockLegalHold) && !integrity) {
      throw new S3Error(
        400,
        'InvalidRequest',
        `Content-MD5 OR x-amz-checksum- HTTP header is required for ${what} requests with Object Lock parameters`
      )
    }
  }

  /** If-None-Match: * and If-Match on writes (PutObject, CompleteMultipartUpload). */
  const checkWriteConditions = (ctx: Ctx, bucket: Bucket) => {
    const existing = bucket.objects.get(ctx.key!)
    const ifNoneMatch = header(ctx, 'if-none-match')
    const ifMatch = header(ctx, 'if-match')
    // "If there's a conflicting operation during the upload, S3 returns 409 ConditionalRequestConflict;
    // retry": another write to the key finished while this one's body was still arriving. (AWS S3 User
    // Guide, "How to prevent object overwrites with conditional writes"; PutObject API reference.)
    if (
      (ifNoneMatch !== undefined || ifMatch !== undefined) &&
      ctx.operation === 'PutObject' &&
      (existing?.etag ?? null) !== ctx.etagAtArrival
    ) {
      throw new S3Error(
        409,
        'ConditionalRequestConflict',
        'A conflicting conditional operation is currently in progress against this resource. Please try again.'
      )
    }
    if (ifNoneMatch !== undefined) {
      if (ifNoneMatch.trim() !== '*') {
        throw new S3Error(
          501,
          'NotImplemented',
          'A header you provided implies functionality that is not implemented',
          {
            Header: 'If-None-Match'
          }
        )
      }
      if (existing) {
        throw new S3Error(
          412,
          'PreconditionFailed',
          'At least one of the pre-conditions you specified did not hold',
          {
            Condition: 'If-None-Match'
          }
        )
      }
    }
    if (ifMatch !== undefined) {
      if (!existing)
        throw new S3Error(404, 'NoSuchKey', 'The specified key does not exist.', { Key: ctx.key! })
      if (!etagMatches(ifMatch, existing.etag)) {
        throw new S3Error(
          412,
          'PreconditionFailed',
          'At least one of the pre-conditions you specified did not hold',
          {
            Condition: 'If-Match'
          }
        )
      }
    }
  }
  const etagMatches = (condition: string, etag: string) =>
    condition
      .split(',')
      .map((s) => s.trim())
      .some((c) => c === '*' || unquote(c) === unquote(etag))

  const store = (
    bucket: Bucket,
    key: string,
    body: Buffer,
    etag: string,
    attributes: ObjectAttributes,
    checksums: { algorithm?: ChecksumAlgorithm; value?: string; type?: 'FULL_OBJECT' | 'COMPOSITE' }
  ): StoredObject => {
    const { metadata, ...rest } = attributes
    const object: StoredObject = {
      key,
      body,
      ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
      ...(Object.keys(metadata).length > 0 && { metadata }),
      lastModified: wholeSeconds(new Date()),
      etag
    }
    if (checksums.algorithm && checksums.value) {
      if (checksums.algorithm === 'sha256') object.checksumSha256 = checksums.value
      else object.checksums = { [checksums.algorithm]: checksums.value }
      object.checksumType = checksums.type ?? 'FULL_OBJECT'
    }
    bucket.objects.set(key, object)
    return object
  }
  const storedChecksums = (object: StoredObject): Array<[ChecksumAlgorithm, string]> => [
    ...(Object.entries(object.checksums ?? {}) as Array<[ChecksumAlgorithm, string]>),
    ...(object.checksumSha256 ? [['sha256', object.checksumSha256] as [ChecksumAlgorithm, string]] : [])
  ]
  const encryptionHeaders = (a: {
    serverSideEncryption?: string
    kmsKeyId?: string
  }): Record<string, string> => ({
    ...(a.serverSideEncryption && { 'x-amz-server-side-encryption': a.serverSideEncryption }),
    ...(a.kmsKeyId && { 'x-amz-server-side-encryption-aws-kms-key-id': a.kmsKeyId })
  })
  const xmlReply = (body: string, headers: Record<string, string> = {}): Reply => ({
    status: 200,
    headers: { 'content-type': 'application/xml', ...headers },
    body
  })

  // --- operations ----------------------------------------------------------------------------------

  const putObject = (ctx: Ctx): Reply => {
    const bucket = bucketOf(ctx)
    authorize('s3:PutObject', arn(bucket.name, ctx.key))
    if (header(ctx, 'x-amz-copy-source')) throw notImplemented(ctx, 'CopyObject')
    const payload = readPayload(ctx)
    const attributes = attributesOf(ctx, bucket)
    requireIntegrityForLock(attributes, payload.integrity, 'Put Object')
    checkWriteConditions(ctx, bucket)
    const etag = `"${md5(payload.body).toString('hex')}"`
    store(bucket, ctx.key!, payload.body, etag, attributes, { ...payload.given, type: 'FULL_OBJECT' })
    return {
      status: 200,
      headers: {
        etag,
        ...encryptionHeaders(attributes),
        ...(payload.given && {
          [`x-amz-checksum-${payload.given.algorithm}`]: payload.given.value,
          'x-amz-checksum-type': 'FULL_OBJECT'
        })
      }
    }
  }

  const createMultipartUpload = (ctx: Ctx): Reply => {
    const bucket = bucketOf(ctx)
    authorize('s3:PutObject', arn(bucket.name, ctx.key))
    const attributes = attributesOf(ctx, bucket)
    const algorithmName = header(ctx, 'x-amz-checksum-algorithm')
    const algorithm = parseChecksumAlgorithm(algorithmName)
    if (algorithmName !== undefined && !algorithm) {
      throw new S3Error(
        400,
        'InvalidRequest',
        'Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]'
      )
    }
    const typeName = header(ctx, 'x-amz-checksum-type')?.toUpperCase()
    if (typeName !== undefined && typeName !== 'FULL_OBJECT' && typeName !== 'COMPOSITE') {
      throw new S3Error(400, 'InvalidRequest', 'Value for x-amz-checksum-type header is invalid.')
    }
    const checksumType = typeName ?? (algorithm === 'crc64nvme' ? 'FULL_OBJECT' : 'COMPOSITE')
    if (checksumType === 'FULL_OBJECT' && algorithm?.startsWith('sha')) {
      throw new S3Error(
        400,
        'InvalidRequest',
        `The FULL_OBJECT checksum type cannot be used with the ${algorithm} checksum algorithm.`
      )
    }
    if (checksumType === 'COMPOSITE' && algorithm === 'crc64nvme') {
      throw new S3Error(
        400,
        'InvalidRequest',
        'The COMPOSITE checksum type cannot be used with the crc64nvme checksum algorithm.'
      )
    }
    const id = randomBytes(48).toString('base64url')
    uploads.set(id, {
      id,
      bucket: bucket.name,
      key: ctx.key!,
      algorithm,
      checksumType,
      attributes,
      parts: new Map()
    })
    return xmlReply(
      document('InitiateMultipartUploadResult', [
        el('Bucket', bucket.name),
        el('Key', ctx.key),
        el('UploadId', id)
      ]),
      {
        ...encryptionHeaders(attributes),
        ...(algorithm && {
          'x-amz-checksum-algorithm': CHECKSUM_NAMES[algorithm],
          'x-amz-checksum-type': checksumType
        })
      }
    )
  }

  const uploadPart = (ctx: Ctx): Reply => {
    const bucket = bucketOf(ctx)
    authorize('s3:PutObject', arn(bucket.name, ctx.key))
    const upload = uploadOf(ctx, bucket)
    const partNumber = Number(ctx.query.get('partNumber'))
    if (!Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10000) {
      throw new S3Error(
        400,
        'InvalidArgument',
        'Part number must be an integer between 1 and 10000, inclusive',
        {
          ArgumentName: 'partNumber',
          ArgumentValue: ctx.query.get('partNumber') ?? ''
        }
      )
    }
    if (header(ctx, 'x-amz-copy-source')) throw notImplemented(ctx, 'UploadPartCopy')
    const payload = readPayload(ctx)
    if (upload.algorithm && payload.given && payload.given.algorithm !== upload.algorithm) {
      throw new S3Error(
        400,
        'InvalidRequest',
        `Checksum Type mismatch occurred, expected checksum Type: ${upload.algorithm}, actual checksum Type: ${payload.given.algorithm}`
      )
    }
    requireIntegrityForLock(upload.attributes, payload.integrity, 'Upload Part')
    const checksums: Part['checksums'] = {}
    if (payload.given) checksums[payload.given.algorithm] = payload.given.value
    if (upload.algorithm && !checksums[upload.algorithm]) {
      checksums[upload.algorithm] = checksum(upload.algorithm, payload.body)
    }
    const partMd5 = md5(payload.body)
    upload.parts.set(partNumber, { body: payload.body, md5: partMd5, checksums })
    return {
      status: 200,
      headers: {
        etag: `"${partMd5.toString('hex')}"`,
        ...encryptionHeaders(upload.attributes),
        ...Object.fromEntries(Object.entries(checksums).map(([a, v]) => [`x-amz-checksum-${a}`, v]))
      }
    }
  }

  const completeMultipartUpload = (ctx: Ctx): Reply => {
    const bucket = bucketOf(ctx)
    authorize('s3:PutObject', arn(bucket.name, ctx.key))
    const upload = uploadOf(ctx, bucket)
    const listed = parseCompleteMultipartUpload(ctx.raw.toString('utf8'))
    if (!listed) {
      throw new S3Error(
        400,
        'MalformedXML',
        'The XML you provided was not well-formed or did not validate against our published schema'
      )
    }
    const invalidPart = (p: { partNumber: number; etag: string }) =>
      new S3Error(
        400,
        'InvalidPart',
        "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not have matched the part's entity tag.",
        { UploadId: upload.id, PartNumber: String(p.partNumber), ETag: p.etag }
      )
    const parts: Part[] = []
    listed.forEach((p, i) => {
      if (i > 0 && p.partNumber <= listed[i - 1]!.partNumber) {
        throw new S3Error(
          400,
          'InvalidPartOrder',
          'The list of parts was not in ascending order. The parts list must be specified in order by part number.',
          { UploadId: upload.id }
        )
      }
      const part = upload.parts.get(p.partNumber)
      if (!part || unquote(p.etag) !== part.md5.toString('hex')) throw invalidPart(p)
      if (upload.algorithm) {
        const listedChecksum = p.checksums[upload.algorithm]
        if (listedChecksum === undefined) {
          throw new S3Error(
            400,
            'InvalidRequest',
            `The upload was created using a ${upload.algorithm} checksum. The complete request must include the checksum for each part. It was missing for part ${p.partNumber} in the request.`
          )
        }
        if (listedChecksum !== part.checksums[upload.algorithm]) throw invalidPart(p)
      }
      parts.push(part)
    })
    parts.forEach((part, i) => {
      if (i < parts.length - 1 && part.body.length < MIN_PART_SIZE) {
        throw new S3Error(
          400,
          'EntityTooSmall',
          'Your proposed upload is smaller than the minimum allowed object size.',
          {
            ProposedSize: String(part.body.length),
            MinSizeAllowed: String(MIN_PART_SIZE),
            PartNumber: String(listed[i]!.partNumber),
            ETag: listed[i]!.etag
          }
        )
      }
    })
    checkWriteConditions(ctx, bucket)
    const body = Buffer.concat(parts.map((p) => p.body))
    const etag = `"${md5(Buffer.concat(parts.map((p) => p.md5))).toString('hex')}-${parts.length}"`
    let value: string | undefined
    if (upload.algorithm) {
      const algorithm = upload.algorithm
      value =
        upload.checksumType === 'COMPOSITE'
          ? compositeChecksum(
              algorithm,
              parts.map((p) => p.checksums[algorithm]!)
            )
          : checksum(algorithm, body)
      const claimed = header(ctx, `x-amz-checksum-${algorithm}`)
      if (claimed !== undefined && claimed !== value && claimed !== value.replace(/-\d+$/, '')) {
        const name = CHECKSUM_NAMES[algorithm]
        throw new S3Error(
          400,
          'BadDigest',
          `The ${name} you specified did not match the calculated checksum.`
        )
      }
    }
    store(bucket, upload.key, body, etag, upload.attributes, {
      algorithm: upload.algorithm,
      value,
      type: upload.checksumType
    })
    uploads.delete(upload.id)
    const key = upload.key
    const location = `${endpoint}/${encodeURIComponent(bucket.name)}/${key.split('/').map(encodeURIComponent).join('/')}`
    return xmlReply(
      document('CompleteMultipartUploadResult', [
        el('Location', location),
        el('Bucket', bucket.name),
        el('Key', key),
        el('ETag', etag),
        upload.algorithm && el(`Checksum${CHECKSUM_NAMES[upload.algorithm]}`, value),
        upload.algorithm && el('ChecksumType', upload.checksumType)
      ]),
      encryptionHeaders(upload.attributes)
    )
  }

  const abortMultipartUpload = (ctx: Ctx): Reply => {
    const bucket = bucketOf(ctx)
    authorize('s3:AbortMultipartUpload', arn(bucket.name, ctx.key))
    uploads.delete(uploadOf(ctx, bucket).id)
    return { status: 204 }
  }

  const getObject = (ctx: Ctx): Reply => {
    const bucket = bucketOf(ctx)
    authorize('s3:GetObject', arn(bucket.name, ctx.key))
    const object = bucket.objects.get(ctx.key!)
    if (!object) throw noSuchKey(ctx, bucket)
    const ifMatch = header(ctx, 'if-match')
    if (ifMatch !== undefined && !etagMatches(ifMatch, object.etag)) {
      throw new S3Error(
        412,
        'PreconditionFailed',
        'At least one of the pre-conditions you specified did not hold',
        {
          Condition: 'If-Match'
        }
      )
    }
    const headers: Record<string, string> = {
      'content-length': String(object.body.length),
      'content-type': object.contentType ?? 'binary/octet-stream',
      etag: object.etag,
      'last-modified': object.lastModified.toUTCString(),
      'accept-ranges': 'bytes',
      ...encryptionHeaders(object),
      ...(object.objectLockMode && { 'x-amz-object-lock-mode': object.objectLockMode }),
      ...(object.objectLockRetainUntilDate && {
        'x-amz-object-lock-retain-until-date': object.objectLockRetainUntilDate
      }),
      ...(object.objectLockLegalHold && { 'x-amz-object-lock-legal-hold': object.objectLockLegalHold }),
      ...Object.fromEntries(Object.entries(object.metadata ?? {}).map(([k, v]) => [`x-amz-meta-${k}`, v]))
    }
    if (header(ctx, 'x-amz-checksum-mode')?.toUpperCase() === 'ENABLED') {
      for (const [algorithm, value] of storedChecksums(object)) headers[`x-amz-checksum-${algorithm}`] = value
      if (object.checksumType && storedChecksums(object).length)
        headers['x-amz-checksum-type'] = object.checksumType
    }
    const ifNoneMatch = header(ctx, 'if-none-match')
    if (ifNoneMatch !== undefined && etagMatches(ifNoneMatch, object.etag)) {
      const { etag, 'last-modified': lastModified } = headers
      return { status: 304, headers: { etag: etag!, 'last-modified': lastModified! } }
    }
    return { status: 200, headers, body: ctx.method === 'HEAD' ? undefined : object.body }
  }

  const deleteObject = (ctx: Ctx): Reply => {
    const bucket = bucketOf(ctx)
    authorize('s3:DeleteObject', arn(bucket.name, ctx.key))
    const object = bucket.objects.get(ctx.key!)
    if (object) {
      const retained =
        object.objectLockRetainUntilDate && Date.parse(object.objectLockRetainUntilDate) > Date.now()
      const bypass = header(ctx, 'x-amz-bypass-governance-retention')?.toLowerCase() === 'true'
      if (
        object.objectLockLegalHold === 'ON' ||
        (retained &&
          (object.objectLockMode === 'COMPLIANCE' || (object.objectLockMode === 'GOVERNANCE' && !bypass)))
      ) {
        throw new S3Error(403, 'AccessDenied', 'Access Denied because object protected by object lock.')
      }
      bucket.objects.delete(ctx.key!)
    }
    return { status: 204 }
  }

  const getObjectRetention = (ctx: Ctx): Reply => {
    const bucket = bucketOf(ctx)
    authorize('s3:GetObjectRetention', arn(bucket.name, ctx.key))
    if (!bucket.objectLock)
      throw new S3Error(400, 'InvalidRequest', 'Bucket is missing Object Lock Configuration')
    const object = bucket.objects.get(ctx.key!)
    if (!object) throw noSuchKey(ctx, bucket)
    if (!object.objectLockMode) {
      throw new S3Error(
        404,
        'NoSuchObjectLockConfiguration',
        'The specified object does not have a ObjectLock configuration'
      )
    }
    return xmlReply(
      document('Retention', [
        el('Mode', object.objectLockMode),
        el('RetainUntilDate', object.objectLockRetainUntilDate)
      ])
    )
  }

  const listObjectsV2 = (ctx: Ctx): Reply => {
    const bucket = bucketOf(ctx)
    authorize('s3:ListBucket', arn(bucket.name))
    const q = ctx.query
    const prefix = q.get('prefix') ?? ''
    const delimiter = q.get('delimiter') || undefined
    const maxKeysText = q.get('max-keys')
    const maxKeys = maxKeysText === null ? 1000 : Number(maxKeysText)
    if (!Number.isInteger(maxKeys) || maxKeys < 0) {
      throw new S3Error(400, 'InvalidArgument', 'Provided max-keys not an integer or within integer range', {
        ArgumentName: 'max-keys',
        ArgumentValue: maxKeysText ?? ''
      })
    }
    const limit = Math.min(maxKeys, 1000)
    const token = q.get('continuation-token')
    const startAfter = q.get('start-after') ?? undefined
    let marker = startAfter
    if (token !== null) {
      marker = decodeToken(token)
      if (marker === undefined) {
        throw new S3Error(400, 'InvalidArgument', 'The continuation token provided is incorrect', {
          ArgumentName: 'continuation-token'
        })
      }
    }
    const markerBytes = marker === undefined ? undefined : Buffer.from(marker)
    const keys = [...bucket.objects.keys()]
      .map((k) => ({ k, bytes: Buffer.from(k) }))
      .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
      .filter(
        ({ k, bytes }) => k.startsWith(prefix) && (!markerBytes || Buffer.compare(bytes, markerBytes) > 0)
      )
      .map(({ k }) => k)
    const contents: StoredObject[] = []
    const prefixes: string[] = []
    let lastConsumed: string | undefined
    let lastPrefix: string | undefined
    let truncated = false
    for (const key of keys) {
      const cut = delimiter === undefined ? -1 : key.indexOf(delimiter, prefix.length)
      const commonPrefix = cut < 0 ? undefined : key.slice(0, cut + delimiter!.length)
      if (commonPrefix !== undefined && commonPrefix === lastPrefix) {
        lastConsumed = key
        continue
      }
      if (contents.length + prefixes.length >= limit) {
        truncated = limit > 0
        break
      }
      if (commonPrefix !== undefined) {
        prefixes.push(commonPrefix)
        lastPrefix = commonPrefix
      } else {
        contents.push(bucket.objects.get(key)!)
      }
      lastConsumed = key
    }
    const children: XmlChild[] = [
      el('Name', bucket.name),
      el('Prefix', prefix),
      el('Delimiter', delimiter),
      el('MaxKeys', maxKeys),
      el('KeyCount', contents.length + prefixes.length),
      el('IsTruncated', truncated),
      el('ContinuationToken', token ?? undefined),
      el(
        'NextContinuationToken',
        truncated && lastConsumed !== undefined ? encodeToken(lastConsumed) : undefined
      ),
      el('StartAfter', startAfter),
      ...contents.map((o) =>
        group('Contents', [
          el('Key', o.key),
          el('LastModified', isoDate(o.lastModified)),
          el('ETag', o.etag),
          ...storedChecksums(o).map(([a]) => el('ChecksumAlgorithm', CHECKSUM_NAMES[a])),
          o.checksumType && storedChecksums(o).length ? el('ChecksumType', o.checksumType) : undefined,
          el('Size', o.body.length),
          el('StorageClass', 'STANDARD')
        ])
      ),
      ...prefixes.map((p) => group('CommonPrefixes', [el('Prefix', p)]))
    ]
    return xmlReply(document('ListBucketResult', children))
  }

  const headBucket = (ctx: Ctx): Reply => {
    const bucket = bucketOf(ctx)
    authorize('s3:ListBucket', arn(bucket.name))
    return { status: 200, headers: { 'x-amz-bucket-region': region, 'x-amz-access-point-alias': 'false' } }
  }
  const getBucketLocation = (ctx: Ctx): Reply => {
    const bucket = bucketOf(ctx)
    authorize('s3:GetBucketLocation', arn(bucket.name))
    // us-east-1 is the empty constraint.
    return xmlReply(document('LocationConstraint', [region === 'us-east-1' ? '' : region]))
  }
  const getObjectLockConfiguration = (ctx: Ctx): Reply => {
    const bucket = bucketOf(ctx)
    authorize('s3:GetBucketObjectLockConfiguration', arn(bucket.name))
    if (!bucket.objectLock) {
      throw new S3Error(
        404,
        'ObjectLockConfigurationNotFoundError',
        'Object Lock configuration does not exist for this bucket',
        { BucketName: bucket.name }
      )
    }
    return xmlReply(document('ObjectLockConfiguration', [el('ObjectLockEnabled', 'Enabled')]))
  }
  const getBucketVersioning = (ctx: Ctx): Reply => {
    const bucket = bucketOf(ctx)
    authorize('s3:GetBucketVersioning', arn(bucket.name))
    // Object Lock requires versioning; the simulator keeps only the latest version.
    return xmlReply(
      document('VersioningConfiguration', [bucket.objectLock ? el('Status', 'Enabled') : undefined])
    )
  }
  const notImplemented = (ctx: Ctx, operation = ctx.operation) =>
    new S3Error(501, 'NotImplemented', `The S3 simulator does not implement ${operation}.`)

  const operations: Record<string, (ctx: Ctx) => Reply> = {
    PutObject: putObject,
    CreateMultipartUpload: createMultipartUpload,
    UploadPart: uploadPart,
    CompleteMultipartUpload: completeMultipartUpload,
    AbortMultipartUpload: abortMultipartUpload,
    GetObject: getObject,
    HeadObject: getObject,
    DeleteObject: deleteObject,
    GetObjectRetention: getObjectRetention,
    ListObjectsV2: listObjectsV2,
    HeadBucket: headBucket,
    GetBucketLocation: getBucketLocation,
    GetObjectLockConfiguration: getObjectLockConfiguration,
    GetBucketVersioning: getBucketVersioning
  }

  // --- HTTP ----------------------------------------------------------------------------------------

  const errorReply = (e: S3Error, method: string): Reply => {
    const id = requestId()
    const host = hostId()
    return {
      status: e.status,
      errorCode: e.code,
      headers: {
        'x-amz-request-id': id,
        'x-amz-id-2': host,
        ...e.headers,
        ...(method !== 'HEAD' && { 'content-type': 'application/xml' })
      },
      // HEAD answers carry no body; clients see only the status.
      body: method === 'HEAD' ? undefined : errorDocument(e.code, e.message, e.extra, id, host)
    }
  }
  const faultError = (kind: S3Fault['kind']) =>
    kind === 'slow-down'
      ? new S3Error(503, 'SlowDown', 'Please reduce your request rate.')
      : kind === 'internal-error'
        ? new S3Error(500, 'InternalError', 'We encountered an internal error. Please try again.')
        : new S3Error(403, 'AccessDenied', 'Access Denied')

  const serve = (ctx: Ctx): Reply => {
    authenticate(ctx)
    const operation = operations[ctx.operation]
    if (!operation) {
      if (ctx.bucket) bucketOf(ctx)
      throw notImplemented(ctx)
    }
    return operation(ctx)
  }

  const send = (res: http.ServerResponse, entry: S3RequestLogEntry, reply: Reply) => {
    entry.status = reply.status
    const headers: Record<string, string> = {
      'x-amz-request-id': requestId(),
      'x-amz-id-2': hostId(),
      server: 'AmazonS3',
      ...reply.headers
    }
    if (reply.body !== undefined) headers['content-length'] = String(Buffer.byteLength(reply.body))
    else if (!('content-length' in headers)) headers['content-length'] = '0'
    res.writeHead(reply.status, headers)
    res.end(entry.method === 'HEAD' ? undefined : reply.body)
  }

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', 'http://s3.local')
    const segments = url.pathname.split('/')
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s)
      } catch {
        return s
      }
    }
    const bucket = segments[1] ? decode(segments[1]) : undefined
    const rawKey = segments.slice(2).join('/')
    const key = bucket && rawKey !== '' ? decode(rawKey) : undefined
    const operation = operationOf(method, bucket, key, url.searchParams)
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])
    )
    const entry: S3RequestLogEntry = {
      method,
      path: url.pathname,
      query: url.search.replace(/^\?/, ''),
      status: 0,
      operation,
      headers,
      ...(bucket !== undefined && { bucket }),
      ...(key !== undefined && { key })
    }
    requests.push(entry)
    const fault = takeFault(method, url.pathname + url.search)
    const etagAtArrival = (bucket && key && buckets.get(bucket)?.objects.get(key)?.etag) || null
    const ctxOf = (raw: Buffer): Ctx => ({
      etagAtArrival,
      method,
      url,
      bucket,
      key,
      query: url.searchParams,
      headers: req.headers,
      raw,
      operation
    })
    const respond = async (): Promise<Reply | undefined> => {
      if (fault?.delayMs) await sleep(fault.delayMs)
      if (fault?.kind === 'reset') {
        req.socket.destroy()
        return undefined
      }
      if (fault?.kind === 'reset-mid-body') {
        await readPart(req)
        req.socket.destroy()
        return undefined
      }
      const raw = await readBody(req)
      if (fault) return errorReply(faultError(fault.kind), method)
      try {
        return serve(ctxOf(raw))
      } catch (e) {
        if (e instanceof S3Error) return errorReply(e, method)
        throw e
      }
    }
    respond()
      .catch((e: unknown) =>
        errorReply(
          new S3Error(500, 'InternalError', `Simulator error: ${e instanceof Error ? e.message : String(e)}`),
          method
        )
      )
      .then((reply) => {
        if (!reply) return
        if (reply.errorCode) entry.errorCode = reply.errorCode
        send(res, entry, reply)
      })
      .catch(() => res.destroy())
  })

  const takeFault = (method: string, path: string) => {
    const fault = faults.find((f) => (!f.method || f.method.toUpperCase() === method) && f.path.test(path))
    if (!fault) return undefined
    if (--fault.left <= 0) faults = faults.filter((f) => f !== fault)
    return fault
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    endpoint,
    region,
    accessKeyId,
    secretAccessKey,
    accountId: ACCOUNT_ID,
    requests,
    objects: (name) => {
      const bucket = buckets.get(name)
      if (!bucket) throw new Error(`S3 simulator: no bucket ${name}`)
      return bucket.objects
    },
    createBucket,
    addFault: (fault) => void faults.push({ ...fault, left: fault.times ?? Infinity }),
    clearFaults: () => void (faults = []),
    denyAction: (action) => void denied.add(action),
    allowAction: (action) => void denied.delete(action),
    openUploads: () =>
      [...uploads.values()].map((u) => ({
        bucket: u.bucket,
        key: u.key,
        uploadId: u.id,
        parts: [...u.parts.keys()].sort((a, b) => a - b)
      })),
    resetLog: () => void requests.splice(0),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()))
        // Clients keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections()
      })
  }
}

/** Opaque continuation tokens, like S3's: the last key the previous page consumed. */
const encodeToken = (lastKey: string) => Buffer.from(JSON.stringify({ k: lastKey })).toString('base64')
function decodeToken(token: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64').toString('utf8'))
    const k = (parsed as { k?: unknown } | null)?.k
    return typeof k === 'string' ? k : undefined
  } catch {
    return undefined
  }
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** Reads about half the declared body (Content-Length, else x-amz-decoded-content-length). */
function readPart(req: http.IncomingMessage): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? req.headers['x-amz-decoded-content-length'] ?? 0)
  const target = Math.ceil(declared / 2)
  return new Promise((resolve) => {
    if (target === 0) return resolve()
    let seen = 0
    req.on('data', (c: Buffer) => {
      seen += c.length
      if (seen >= target) {
        req.pause()
        resolve()
      }
    })
    req.on('end', () => resolve())
    req.on('error', () => resolve())
  })
}
