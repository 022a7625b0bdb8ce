import { createHash } from 'node:crypto'
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail'
import { EC2Client } from '@aws-sdk/client-ec2'
import { GuardDutyClient } from '@aws-sdk/client-guardduty'
import { IAMClient } from '@aws-sdk/client-iam'
import { Inspector2Client } from '@aws-sdk/client-inspector2'
import { KMSClient } from '@aws-sdk/client-kms'
import { S3Client } from '@aws-sdk/client-s3'
import { S3ControlClient } from '@aws-sdk/client-s3-control'
import { SSMClient } from '@aws-sdk/client-ssm'
import { STSClient } from '@aws-sdk/client-sts'
import type { CollectionError, EvidenceRecord, RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import { AWS_API_CALLS, type AwsCommandName } from './actions.js'
import { describeAwsError, statusOf } from './errors.js'

export const AWS_SOURCE = 'aws'
/** Whether the AWS source could run, per account (`aws:<account>`) or at all (`aws`). */
export const AWS_SOURCE_KIND = 'aws.source'
/** The bucket list of an account (ListBuckets), so that "no buckets" is told apart from "not collected". */
export const AWS_BUCKET_LIST_KIND = 'aws.s3.buckets'

export interface AwsIdentity {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
  expiration?: Date
}
export type AwsIdentityProvider = () => Promise<AwsIdentity>

interface ClientSettings {
  /** Absent: the SDK's default credential chain. */
  credentials?: AwsIdentityProvider
  /** One endpoint for every service (a simulator, a proxy). */
  endpoint?: string
}

/** What every client of one identity is made with. */
export interface CommonClientConfig {
  region: string
  maxAttempts: number
  credentials?: AwsIdentityProvider
  endpoint?: string
}

interface Destroyable {
  destroy(): void
}

/** SDK clients of one identity, one per service and region, made when first needed. */
export class AwsClients {
  private readonly made = new Map<string, Destroyable>()

  constructor(private readonly settings: ClientSettings) {}

  sts(region: string): STSClient {
    return this.cached('sts', region, () => new STSClient(this.common(region)))
  }
  ec2(region: string): EC2Client {
    return this.cached('ec2', region, () => new EC2Client(this.common(region)))
  }
  iam(region: string): IAMClient {
    return this.cached('iam', region, () => new IAMClient(this.common(region)))
  }
  cloudtrail(region: string): CloudTrailClient {
    return this.cached('cloudtrail', region, () => new CloudTrailClient(this.common(region)))
  }
  guardduty(region: string): GuardDutyClient {
    return this.cached('guardduty', region, () => new GuardDutyClient(this.common(region)))
  }
  ssm(region: string): SSMClient {
    return this.cached('ssm', region, () => new SSMClient(this.common(region)))
  }
  inspector(region: string): Inspector2Client {
    return this.cached('inspector2', region, () => new Inspector2Client(this.common(region)))
  }
  kms(region: string): KMSClient {
    return this.cached('kms', region, () => new KMSClient(this.common(region)))
  }
  s3(region: string): S3Client {
    return this.cached(
      's3',
      region,
      () =>
        new S3Client({
          ...this.common(region),
          followRegionRedirects: true,
          // A single endpoint (loopback simulator) cannot serve virtual-hosted bucket names.
          ...(this.settings.endpoint ? { forcePathStyle: true } : {})
        })
    )
  }
  s3control(region: string): S3ControlClient {
    const { endpoint } = this.settings
    return this.cached(
      's3-control',
      region,
      () =>
        new S3ControlClient({
          ...this.common(region),
          // S3 Control puts the account id in front of the host name, which a host:port endpoint cannot
          // take; the account still goes in the x-amz-account-id header.
          ...(endpoint ? { endpoint: undefined, endpointProvider: () => ({ url: new URL(endpoint) }) } : {})
        })
    )
  }

  /**
   * A client of a service loaded on demand (the collector `import()`s the SDK package, so start-up does not
   * parse it), with the same credentials, endpoint and retries as the others.
   */
  lazy<C extends Destroyable>(service: string, region: string, make: (settings: CommonClientConfig) => C): C {
    return this.cached(service, region, () => make(this.common(region)))
  }

  destroy(): void {
    for (const client of this.made.values()) client.destroy()
    this.made.clear()
  }

  private common(region: string): CommonClientConfig {
    return {
      region,
      maxAttempts: 5,
      ...(this.settings.credentials ? { credentials: this.settings.credentials } : {}),
      ...(this.settings.endpoint ? { endpoint: this.settings.endpoint } : {})
    }
  }

  private cached<C extends Destroyable>(service: string, region: string, make: () => C): C {
    const key = `${service}\u0000${region}`
    let client = this.made.get(key) as C | undefined
    if (!client) {
      client = make()
      this.made.set(key, client)
    }
    return client
  }
}

/** An SDK output as it is stored: without `$metadata`, dates as ISO 8601 strings. */
export type Stored<T> = Omit<T, '$metadata'>

export type Outcome<T> =
  | { ok: true; body: Stored<T>; request: RequestRecord }
  | { ok: false; error: unknown; failure: CollectionError; request: RequestRecord }

export interface CallOptions<O> {
  /** What the call was about (bucket, key, trail), for the error message. */
  target?: string
  /** The bytes `responseSha256` covers, when not the stored JSON (e.g. the credential report's CSV). */
  digest?: (output: O) => string | Uint8Array
  /** Keep the output as returned (no JSON round trip), e.g. when it holds bytes. */
  raw?: boolean
}

interface Counts {
  errors: number
}

/** One account being collected: its clients, where its records go, and how calls are recorded. */
export class AccountScope {
  constructor(
    readonly account: string,
    /** Region for global services (IAM, S3 ListBuckets, S3 Control) and the first regional calls. */
    readonly homeRegion: string,
    readonly clients: AwsClients,
    private readonly sink: EvidenceSink,
    private readonly counts: Counts,
    readonly now: () => Date
  ) {}

  get subject(): string {
    return `aws:${this.account}`
  }

  regionSubject(region: string): string {
    return `aws:${this.account}/${region}`
  }

  path(...segments: string[]): string {
    return ['evidence', 'aws', segment(this.account), ...segments.map(segment)].join('/') + '.json'
  }

  async add(record: EvidenceRecord): Promise<void> {
    if (record.error) this.counts.errors++
    await this.sink.add(record)
  }

  /** A failure kept inside a record's data (a bucket API, a trail, a key): counted, not a record error. */
  countError(): void {
    this.counts.errors++
  }

  /** Sends one command and records it: method = operation, path = `<service>:<region>`. Never throws for AWS errors. */
  async call<O extends object>(
    command: AwsCommandName,
    region: string,
    send: () => Promise<O>,
    options: CallOptions<O> = {}
  ): Promise<Outcome<O>> {
    try {
      const output = await send()
      return { ok: true, ...this.succeeded(command, region, output, options) }
    } catch (error) {
      return { ok: false, error, ...this.failed(command, region, error, options.target) }
    }
  }

  /**
   * Walks a paginator, recording each page; `onPage` runs for every page as it arrives and may return
   * false to stop early. Stops at the first failing page and returns it; errors thrown by `onPage` itself
   * are not AWS failures and propagate.
   */
  async pages<O extends object>(
    command: AwsCommandName,
    region: string,
    pages: AsyncIterable<O>,
    onPage: (body: Stored<O>, request: RequestRecord) => Promise<boolean | void> | boolean | void,
    options: CallOptions<O> = {}
  ): Promise<{ ok: true } | { ok: false; error: unknown; failure: CollectionError; request: RequestRecord }> {
    const iterator = pages[Symbol.asyncIterator]()
    for (;;) {
      let step: IteratorResult<O>
      try {
        step = await iterator.next()
      } catch (error) {
        return { ok: false, error, ...this.failed(command, region, error, options.target) }
      }
      if (step.done) return { ok: true }
      const { body, request } = this.succeeded(command, region, step.value, options)
      if ((await onPage(body, request)) === false) {
        await iterator.return?.()
        return { ok: true }
      }
    }
  }

  private succeeded<O extends object>(
    command: AwsCommandName,
    region: string,
    output: O,
    options: CallOptions<O>
  ): { body: Stored<O>; request: RequestRecord } {
    const { $metadata, ...rest } = output as O & { $metadata?: { httpStatusCode?: number } }
    const text = options.raw ? undefined : JSON.stringify(rest)
    const digested = options.digest ? options.digest(output) : (text ?? '')
    const call = AWS_API_CALLS[command]
    return {
      request: {
        method: call.operation,
        path: `${call.service}:${region}`,
        time: this.now().toISOString(),
        status: $metadata?.httpStatusCode ?? 200,
        responseSha256: createHash('sha256').update(digested).digest('hex')
      },
      body: (text === undefined ? rest : JSON.parse(text)) as Stored<O>
    }
  }

  private failed(
    command: AwsCommandName,
    region: string,
    error: unknown,
    target?: string
  ): { failure: CollectionError; request: RequestRecord } {
    const call = AWS_API_CALLS[command]
    return {
      request: {
        method: call.operation,
        path: `${call.service}:${region}`,
        time: this.now().toISOString(),
        status: statusOf(error) ?? 0
      },
      failure: describeAwsError(error, {
        operation: call.operation,
        action: call.action,
        region,
        ...(target ? { target } : {})
      })
    }
  }
}

/** A name as one path segment of the bundle: nothing that could climb out of the directory. */
export function segment(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]/g, '_')
  return /^\.*$/.test(safe) ? safe.replace(/\./g, '_') || '_' : safe
}

/** `items` mapped with at most `limit` calls in flight; results in the order of `items`. */
export async function mapLimit<T, R>(items: T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await map(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * The exports of a lazily `import()`ed SDK package. The SDK ships CommonJS: bundled, its named exports are
 * only on `default` (module.exports); under plain Node they are on both.
 */
export function sdkExports<M extends object>(mod: M): M {
  const exported = (mod as { default?: unknown }).default
  return exported && typeof exported === 'object' ? (exported as M) : mod
}
