import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetBucketLocationCommand,
  GetObjectCommand,
  GetObjectLockConfigurationCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  UploadPartCommand,
  paginateListObjectsV2,
  type S3ClientConfig
} from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import { startS3Simulator, type S3Simulator } from '../support/s3-simulator.js'

const BUCKET = 'evidence'
const LOCKED = 'evidence-locked'
const MiB = 1024 * 1024

let sim: S3Simulator
let s3: S3Client

const clientFor = (config: Partial<S3ClientConfig> = {}) =>
  new S3Client({
    endpoint: sim.endpoint,
    region: sim.region,
    forcePathStyle: true,
    credentials: { accessKeyId: sim.accessKeyId, secretAccessKey: sim.secretAccessKey },
    ...config
  })
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('base64')
const bytes = (n: number, seed = 1) => {
  const b = Buffer.alloc(n)
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed + (i >> 12)) & 0xff
  return b
}
const getBytes = async (key: string, bucket = BUCKET) => {
  const res = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  return Buffer.from(await res.Body!.transformToByteArray())
}
/** The service error a rejected send carries. */
async function failure(promise: Promise<unknown>): Promise<S3ServiceException> {
  try {
    await promise
  } catch (e) {
    if (e instanceof S3ServiceException) return e
    throw e
  }
  throw new Error('expected the request to fail')
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const inAYear = () => new Date(Date.now() + 365 * 86_400_000)

beforeAll(async () => {
  sim = await startS3Simulator({ buckets: [BUCKET], objectLockBuckets: [LOCKED] })
  s3 = clientFor()
})
afterAll(async () => {
  s3.destroy()
  await sim.close()
})
afterEach(() => {
  sim.clearFaults()
  sim.allowAction('s3:PutObject')
  sim.allowAction('s3:ListBucket')
})

describe('PutObject and GetObject', () => {
  it('decodes the aws-chunked body the SDK streams by default and stores the exact bytes', async () => {
    const body = bytes(200_000)
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'runs/1/stream.bin',
        Body: Readable.from([body.subarray(0, 70_000), body.subarray(70_000)]),
        ContentLength: body.length
      })
    )
    const put = sim.requests.findLast((r) => r.operation === 'PutObject')!
    expect(put.headers['content-encoding']).toContain('aws-chunked')
    expect(put.headers['x-amz-trailer']).toBe('x-amz-checksum-crc32')
    const stored = sim.objects(BUCKET).get('runs/1/stream.bin')!
    expect(stored.body.equals(body)).toBe(true)
    expect(stored.checksums?.crc32).toBeDefined()
    expect(stored.etag).toBe(`"${createHash('md5').update(body).digest('hex')}"`)
    expect((await getBytes('runs/1/stream.bin')).equals(body)).toBe(true)
  })

  it('verifies and stores SHA-256 checksums, from a header or an aws-chunked trailer', async () => {
    const text = '{"control":"A.5.1"}\n'
    const res = await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'runs/1/manifest.json',
        Body: text,
        ContentType: 'application/json',
        ChecksumAlgorithm: 'SHA256'
      })
    )
    expect(res.ChecksumSHA256).toBe(sha256(text))
    expect(res.ServerSideEncryption).toBe('AES256')
    expect(sim.objects(BUCKET).get('runs/1/manifest.json')).toMatchObject({
      checksumSha256: sha256(text),
      contentType: 'application/json'
    })

    const streamed = bytes(90_000, 7)
    await s3.send(
      new PutObjectCommand({
        Bucket: BUCKET,
        Key: 'runs/1/streamed-sha.bin',
        Body: Readable.from([streamed]),
        ContentLength: streamed.length,
        ChecksumAlgorithm: 'SHA256'
      })
    )
    expect(sim.requests.findLast((r) => r.operation === 'PutObject')!.headers['x-amz-trailer']).toBe(
      'x-amz-checksum-sha256'
    )
    expect(sim.objects(BUCKET).get('runs/1/streamed-sha.bin')!.checksumSha256).toBe(sha256(streamed))

    const head = await s3.send(
      new HeadObjectCommand({ Bucket: BUCKET, Key: 'runs/1/manifest.json', ChecksumMode: 'ENABLED' })
    )
    expect(head).toMatchObject({ ContentLength: text.length, ContentType: 'application/json' })
    expect(head.ChecksumSHA256).toBe(sha256(text))
    const headRequest = sim.requests.findLast((r) => r.operation === 'HeadObject')!
    expect(headRequest.headers['x-amz-checksum-mode']).toBe('ENABLED')
  })

  it.each(['CRC32', 'CRC32C', 'CRC64NVME', 'SHA1', 'SHA256'] as const)(
    'verifies %s checksums like S3 and returns them to a validating GetObject',
    async (algorithm) => {
      const body = bytes(100_000, 5)
      const Key = `algorithms/${algorithm}`
      await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: body, ChecksumAlgorithm: algorithm }))
      await s3.send(
        new PutObjectCommand({
          Bucket: BUCKET,
          Key: `${Key}-streamed`,
          Body: Readable.from([body]),
          ContentLength: body.length,
          ChecksumAlgorithm: algorithm
        })
      )
      const res = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: `${Key}-streamed` }))
      expect(Buffer.from(await res.Body!.transformToByteArray()).equals(body)).toBe(true)
      expect(res[`Checksum${algorithm}`]).toBeDefined()
      expect(res.ChecksumType).toBe('FULL_OBJECT')
    }
  )

  it('answers BadDigest when the declared SHA-256 does not match the body', async () => {
    const e = await failure(
      s3.send(
        new PutObjectCommand({
          Bucket: BUCKET,
          Key: 'bad-digest',
          Body: 'actual',
          ChecksumSHA256: sha256('other')
        })
      )
    )
    expect(e.name).toBe('BadDigest')
    expect(e.$metadata.httpStatusCode).toBe(400)
    expect(e.message).toBe('The SHA256 you specified did not match the calculated checksum.')
    expect(sim.objects(BUCKET).has('bad-digest')).toBe(false)
  })

  it('refuses a conditional write over an existing key with 412 PreconditionFailed', async () => {
    const put = (body: string) =>
      s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'write-once', Body: body, IfNoneMatch: '*' }))
    await put('first')
    const e = await failure(put('second'))
    expect(e.name).toBe('PreconditionFailed')
    expect(e.$metadata.httpStatusCode).toBe(412)
    expect(e.$response?.headers['x-amz-request-id']).toMatch(/^[0-9A-F]{16}$/)
    expect(sim.objects(BUCKET).get('write-once')!.body.toString()).toBe('first')
  })

  it('answers 409 ConditionalRequestConflict when another write lands while a conditional one is arriving', async () => {
    const body = new Readable({ read() {} })
    body.push('first half ')
    const slow = s3.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'raced', Body: body, ContentLength: 22, IfNoneMatch: '*' })
    )
    while (!sim.requests.some((r) => r.operation === 'PutObject' && r.key === 'raced')) await sleep(5)
    await s3.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'raced', Body: 'the other writer', IfNoneMatch: '*' })
    )
    body.push('second half')
    body.push(null)
    const e = await failure(slow)
    expect(e.name).toBe('ConditionalRequestConflict')
    expect(e.$metadata.httpStatusCode).toBe(409)
    expect(sim.objects(BUCKET).get('raced')!.body.toString()).toBe('the other writer')
  })

  it('advances an object with If-Match on its ETag, and refuses a stale ETag with 412', async () => {
    const first = await s3.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'head', Body: 'v1', IfNoneMatch: '*' })
    )
    const second = await s3.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'head', Body: 'v2', IfMatch: first.ETag })
    )
    const stale = await failure(
      s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'head', Body: 'v3', IfMatch: first.ETag }))
    )
    expect(stale.name).toBe('PreconditionFailed')
    expect(stale.$metadata.httpStatusCode).toBe(412)
    expect(second.ETag).not.toBe(first.ETag)
    expect(sim.objects(BUCKET).get('head')!.body.toString()).toBe('v2')
  })

  it('answers NoSuchKey, and HEAD 404 without a body', async () => {
    const get = await failure(s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'absent' })))
    expect(get.name).toBe('NoSuchKey')
    const head = await failure(s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'absent' })))
    expect(head.$metadata.httpStatusCode).toBe(404)
    expect(head.name).toBe('NotFound')
    expect(sim.requests.findLast((r) => r.operation === 'HeadObject')!.errorCode).toBe('NoSuchKey')
  })

  it('deletes objects (for tamper tests) and lets tests edit the store directly', async () => {
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'tamper/a', Body: 'original' }))
    sim.objects(BUCKET).get('tamper/a')!.body = Buffer.from('tampered')
    await expect(getBytes('tamper/a')).rejects.toThrow(/checksum/i)
    const loose = clientFor({ responseChecksumValidation: 'WHEN_REQUIRED' })
    const res = await loose.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'tamper/a' }))
    expect(await res.Body!.transformToString()).toBe('tampered')
    loose.destroy()
    await s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'tamper/a' }))
    expect(sim.objects(BUCKET).has('tamper/a')).toBe(false)
  })
})

describe('multipart uploads', () => {
  it('round-trips a 10 MiB lib-storage Upload in 5 MiB parts', async () => {
    const body = bytes(10 * MiB, 3)
    const upload = new Upload({
      client: s3,
      params: {
        Bucket: BUCKET,
        Key: 'runs/2/bundle.tar',
        Body: body,
        ChecksumAlgorithm: 'SHA256',
        IfNoneMatch: '*'
      },
      partSize: 5 * MiB,
      queueSize: 2
    })
    const result = await upload.done()
    const ops = sim.requests.filter((r) => r.key === 'runs/2/bundle.tar').map((r) => r.operation)
    expect(ops).toEqual(['CreateMultipartUpload', 'UploadPart', 'UploadPart', 'CompleteMultipartUpload'])
    const stored = sim.objects(BUCKET).get('runs/2/bundle.tar')!
    expect(stored.body.equals(body)).toBe(true)
    const partDigests = [body.subarray(0, 5 * MiB), body.subarray(5 * MiB)].map((p) =>
      createHash('sha256').update(p).digest()
    )
    const composite = `${createHash('sha256').update(Buffer.concat(partDigests)).digest('base64')}-2`
    expect(stored.checksumSha256).toBe(composite)
    expect(stored.checksumType).toBe('COMPOSITE')
    expect(stored.etag).toMatch(/^"[0-9a-f]{32}-2"$/)
    expect('ChecksumSHA256' in result && result.ChecksumSHA256).toBe(composite)
    expect((await getBytes('runs/2/bundle.tar')).equals(body)).toBe(true)
    expect(sim.openUploads()).toEqual([])
  })

  it('honours If-None-Match at CompleteMultipartUpload and knows unknown upload ids', async () => {
    const Key = 'runs/2/existing.tar'
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: 'already there' }))
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: BUCKET, Key }))
    const part = await s3.send(
      new UploadPartCommand({ Bucket: BUCKET, Key, UploadId, PartNumber: 1, Body: 'x' })
    )
    const e = await failure(
      s3.send(
        new CompleteMultipartUploadCommand({
          Bucket: BUCKET,
          Key,
          UploadId,
          IfNoneMatch: '*',
          MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] }
        })
      )
    )
    expect(e.$metadata.httpStatusCode).toBe(412)
    await s3.send(new AbortMultipartUploadCommand({ Bucket: BUCKET, Key, UploadId }))
    const gone = await failure(
      s3.send(new UploadPartCommand({ Bucket: BUCKET, Key, UploadId, PartNumber: 2, Body: 'y' }))
    )
    expect(gone.name).toBe('NoSuchUpload')
    expect(gone.$metadata.httpStatusCode).toBe(404)
  })

  it('retries a part whose connection was reset mid-body', async () => {
    sim.addFault({ method: 'PUT', path: /[?&]partNumber=2&/, kind: 'reset-mid-body', times: 1 })
    const body = bytes(6 * MiB, 9)
    await new Upload({
      client: s3,
      params: { Bucket: BUCKET, Key: 'retried.bin', Body: body },
      partSize: 5 * MiB
    }).done()
    const parts = sim.requests.filter((r) => r.key === 'retried.bin' && r.operation === 'UploadPart')
    expect(parts.map((r) => r.status)).toEqual(expect.arrayContaining([0, 200, 200]))
    expect(parts).toHaveLength(3)
    expect(sim.objects(BUCKET).get('retried.bin')!.body.equals(body)).toBe(true)
  })
})

describe('ListObjectsV2', () => {
  beforeAll(async () => {
    for (const key of [
      'list/a.json',
      'list/b/1.json',
      'list/b/2.json',
      'list/c/1.json',
      'list/d.json',
      'list/é.json'
    ]) {
      await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: key }))
    }
  })

  it('groups by delimiter under a prefix', async () => {
    const res = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'list/', Delimiter: '/' }))
    expect(res.Contents?.map((c) => c.Key)).toEqual(['list/a.json', 'list/d.json', 'list/é.json'])
    expect(res.CommonPrefixes?.map((c) => c.Prefix)).toEqual(['list/b/', 'list/c/'])
    expect(res.KeyCount).toBe(5)
    expect(res.IsTruncated).toBe(false)
    expect(res.Contents![0]).toMatchObject({ Size: 'list/a.json'.length, StorageClass: 'STANDARD' })
    expect(res.Contents![0]!.LastModified).toBeInstanceOf(Date)
  })

  it('pages with continuation tokens, counting common prefixes once', async () => {
    const pages: Array<{ keys: string[]; prefixes: string[] }> = []
    for await (const page of paginateListObjectsV2(
      { client: s3, pageSize: 2 },
      { Bucket: BUCKET, Prefix: 'list/', Delimiter: '/' }
    )) {
      pages.push({
        keys: page.Contents?.map((c) => c.Key!) ?? [],
        prefixes: page.CommonPrefixes?.map((c) => c.Prefix!) ?? []
      })
    }
    expect(pages).toEqual([
      { keys: ['list/a.json'], prefixes: ['list/b/'] },
      { keys: ['list/d.json'], prefixes: ['list/c/'] },
      { keys: ['list/é.json'], prefixes: [] }
    ])
    const flat = await s3.send(
      new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'list/', StartAfter: 'list/b/1.json' })
    )
    expect(flat.Contents?.map((c) => c.Key)).toEqual([
      'list/b/2.json',
      'list/c/1.json',
      'list/d.json',
      'list/é.json'
    ])
  })
})

describe('errors AWS answers', () => {
  it('NoSuchBucket names the bucket', async () => {
    const e = await failure(s3.send(new PutObjectCommand({ Bucket: 'nope', Key: 'k', Body: 'x' })))
    expect(e.name).toBe('NoSuchBucket')
    expect(e.$metadata.httpStatusCode).toBe(404)
    expect((e as S3ServiceException & { BucketName?: string }).BucketName).toBe('nope')
    const head = await failure(s3.send(new HeadBucketCommand({ Bucket: 'nope' })))
    expect(head.$metadata.httpStatusCode).toBe(404)
    await expect(s3.send(new HeadBucketCommand({ Bucket: BUCKET }))).resolves.toMatchObject({
      BucketRegion: 'us-east-1'
    })
  })

  it('AuthorizationHeaderMalformed for a client in another region, InvalidAccessKeyId for unknown keys', async () => {
    const elsewhere = clientFor({ region: 'eu-west-1' })
    const e = await failure(elsewhere.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'k' })))
    elsewhere.destroy()
    expect(e.name).toBe('AuthorizationHeaderMalformed')
    expect(e.message).toBe(
      "The authorization header is malformed; the region 'eu-west-1' is wrong; expecting 'us-east-1'"
    )
    expect((e as S3ServiceException & { Region?: string }).Region).toBe('us-east-1')

    const stranger = clientFor({ credentials: { accessKeyId: 'AKIAUNKNOWN000000000', secretAccessKey: 'x' } })
    const denied = await failure(stranger.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'k' })))
    stranger.destroy()
    expect(denied.name).toBe('InvalidAccessKeyId')
    expect(denied.$metadata.httpStatusCode).toBe(403)
  })

  it('denyAction answers AccessDenied naming the IAM action and resource', async () => {
    sim.denyAction('s3:PutObject')
    const e = await failure(
      s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'runs/3/x.json', Body: '{}' }))
    )
    expect(e.name).toBe('AccessDenied')
    expect(e.$metadata.httpStatusCode).toBe(403)
    expect(e.message).toBe(
      'User: arn:aws:iam::123456789012:user/test is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::evidence/runs/3/x.json" because no identity-based policy allows the s3:PutObject action'
    )
    sim.denyAction('s3:ListBucket')
    const list = await failure(s3.send(new ListObjectsV2Command({ Bucket: BUCKET })))
    expect(list.message).toContain('s3:ListBucket on resource: "arn:aws:s3:::evidence"')
    // Without s3:ListBucket, a missing key is 403 rather than 404, as on AWS.
    const missing = await failure(s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'absent' })))
    expect(missing.$metadata.httpStatusCode).toBe(403)
  })

  it('retries a 503 SlowDown transparently', async () => {
    sim.addFault({ method: 'PUT', path: /^\/evidence\/slow\.json\?/, kind: 'slow-down', times: 1 })
    const res = await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'slow.json', Body: '{}' }))
    expect(res.$metadata.attempts).toBe(2)
    const tries = sim.requests.filter((r) => r.key === 'slow.json')
    expect(tries.map((r) => [r.status, r.errorCode])).toEqual([
      [503, 'SlowDown'],
      [200, undefined]
    ])
  })

  it('answers internal errors and access-denied faults with XML bodies', async () => {
    sim.addFault({ path: /^\/evidence\/fault/, kind: 'access-denied', times: 1 })
    const e = await failure(s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'fault', Body: 'x' })))
    expect(e.name).toBe('AccessDenied')
    sim.addFault({ path: /^\/evidence\/fault/, kind: 'internal-error' })
    const once = clientFor({ maxAttempts: 1 })
    const internal = await failure(once.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'fault' })))
    once.destroy()
    expect(internal.name).toBe('InternalError')
    expect(internal.$metadata.httpStatusCode).toBe(500)
  })
})

describe('Object Lock', () => {
  it('stores retention headers on an object-lock bucket and returns them', async () => {
    const until = inAYear()
    const text = 'locked evidence'
    await s3.send(
      new PutObjectCommand({
        Bucket: LOCKED,
        Key: 'runs/4/manifest.json',
        Body: text,
        ChecksumAlgorithm: 'SHA256',
        ObjectLockMode: 'COMPLIANCE',
        ObjectLockRetainUntilDate: until,
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: 'arn:aws:kms:us-east-1:123456789012:key/evidence'
      })
    )
    expect(sim.objects(LOCKED).get('runs/4/manifest.json')).toMatchObject({
      objectLockMode: 'COMPLIANCE',
      objectLockRetainUntilDate: until.toISOString(),
      serverSideEncryption: 'aws:kms',
      kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/evidence'
    })
    const head = await s3.send(new HeadObjectCommand({ Bucket: LOCKED, Key: 'runs/4/manifest.json' }))
    expect(head.ObjectLockMode).toBe('COMPLIANCE')
    expect(head.ObjectLockRetainUntilDate?.toISOString()).toBe(until.toISOString())
    expect(head.ServerSideEncryption).toBe('aws:kms')
    const del = await failure(
      s3.send(new DeleteObjectCommand({ Bucket: LOCKED, Key: 'runs/4/manifest.json' }))
    )
    expect(del.name).toBe('AccessDenied')
    const config = await s3.send(new GetObjectLockConfigurationCommand({ Bucket: LOCKED }))
    expect(config.ObjectLockConfiguration?.ObjectLockEnabled).toBe('Enabled')
  })

  it('refuses Object Lock headers on a bucket without Object Lock, and invalid modes', async () => {
    const put = (Bucket: string, mode: string) =>
      s3.send(
        new PutObjectCommand({
          Bucket,
          Key: 'lock.json',
          Body: '{}',
          ObjectLockMode: mode as 'COMPLIANCE',
          ObjectLockRetainUntilDate: inAYear()
        })
      )
    const plain = await failure(put(BUCKET, 'COMPLIANCE'))
    expect(plain.name).toBe('InvalidRequest')
    expect(plain.message).toBe('Bucket is missing Object Lock Configuration')
    const invalid = await failure(put(LOCKED, 'FOREVER'))
    expect(invalid.name).toBe('InvalidArgument')
    expect(invalid.$metadata.httpStatusCode).toBe(400)
    const noChecksum = clientFor({ requestChecksumCalculation: 'WHEN_REQUIRED' })
    const unverified = await failure(
      noChecksum.send(
        new PutObjectCommand({
          Bucket: LOCKED,
          Key: 'lock.json',
          Body: '{}',
          ObjectLockMode: 'GOVERNANCE',
          ObjectLockRetainUntilDate: inAYear()
        })
      )
    )
    noChecksum.destroy()
    expect(unverified.message).toMatch(/Content-MD5 OR x-amz-checksum- HTTP header is required/)
  })

  it('answers GetBucketLocation', async () => {
    const res = await s3.send(new GetBucketLocationCommand({ Bucket: BUCKET }))
    expect(res.LocationConstraint ?? '').toBe('')
  })
})
