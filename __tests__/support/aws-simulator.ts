/**
 * A loopback stand-in for the AWS APIs the AWS evidence collectors read: IAM, STS and EC2 (Query),
 * SSM, CloudTrail and KMS (JSON 1.1), GuardDuty and Inspector2 (REST-JSON), S3 and S3 Control
 * (REST-XML). One HTTP server answers every service; clients get `endpoint: sim.url` (S3 clients
 * `forcePathStyle: true`). The service and region come from the SigV4 credential scope, the account
 * from the access key id (AssumeRole hands out keys that encode the target account).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { el, errorDocument, escapeXml, group, type XmlChild } from './s3-xml.js'
import {
  lookUpModelPackageEvents,
  sageMakerOperations,
  type SimModelPackageGroup
} from './aws-sagemaker-sim.js'
import {
  BREADTH_OPERATIONS,
  BREADTH_PROTOCOLS,
  SimServiceError,
  breadthOperation,
  breadthReply,
  lookUpControlChangeEvents,
  type SimBreadthAccount
} from './aws-breadth-sim.js'
import {
  LOGGING_NAMESPACES,
  LOGGING_OPERATIONS,
  LOGGING_PROTOCOLS,
  LOGGING_S3_SUBRESOURCES,
  JSON_1_0_SERVICES,
  loggingOperation,
  loggingReply,
  type SimLoggingAccount
} from './aws-logging-sim.js'
import {
  IDENTITY_OPERATIONS,
  IDENTITY_PROTOCOLS,
  authorizationDetails,
  identityReply,
  listCoverage,
  listInspectorFindings,
  type SimIdentityAccount
} from './aws-identity-sim.js'
import {
  BACKUP_AI_OPERATIONS,
  BACKUP_AI_PROTOCOLS,
  backupAiOperation,
  backupAiReply,
  type SimBackupAiAccount
} from './aws-backup-ai-sim.js'

export { demoAwsAccount } from './aws-account-demo.js'

export interface SimPublicAccessBlock {
  blockPublicAcls: boolean
  ignorePublicAcls: boolean
  blockPublicPolicy: boolean
  restrictPublicBuckets: boolean
}
/** As IAM's `PasswordPolicy`. */
export interface SimPasswordPolicy {
  minimumPasswordLength: number
  requireSymbols: boolean
  requireNumbers: boolean
  requireUppercaseCharacters: boolean
  requireLowercaseCharacters: boolean
  allowUsersToChangePassword?: boolean
  /** Days; absent when passwords do not expire. */
  maxPasswordAge?: number
  passwordReusePrevention?: number
  hardExpiry?: boolean
}
export interface SimAwsUser {
  name: string
  /** ISO 8601; default 2022-01-03T10:00:00Z. */
  created?: string
  passwordEnabled: boolean
  mfa: boolean
  passwordLastUsed?: string
  keys: { active: boolean; lastRotated: string; lastUsed?: string }[]
}
export interface SimTrail {
  name: string
  homeRegion: string
  multiRegion: boolean
  logging: boolean
  validation: boolean
  kmsKeyId?: string
  /** Default `aws-cloudtrail-logs-<account>`. */
  s3Bucket?: string
  /** CloudWatchLogsLogGroupArn; absent: the trail does not deliver to CloudWatch Logs. */
  logGroupArn?: string
}
export interface SimInstance {
  id: string
  region: string
  /** Missing patches by classification. */
  critical: number
  security: number
  other: number
  /** ISO 8601 time of the last patch scan. */
  lastScan: string
  /** False: an EC2 instance without a working SSM agent, which SSM does not list. Default true. */
  ssmManaged?: boolean
  /** EC2 state name; default `running`. */
  state?: 'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated'
  /** The Name tag. */
  name?: string
}
export interface SimBucket {
  name: string
  region: string
  publicAccessBlock?: SimPublicAccessBlock
  /** Undefined: the bucket has no policy (NoSuchBucketPolicy). */
  policyPublic?: boolean
  /** Undefined: no default encryption configuration. */
  encryption?: 'AES256' | 'aws:kms'
  /** Undefined: versioning was never enabled. */
  versioning?: 'Enabled' | 'Suspended'
  /** Undefined: no replication configuration (ReplicationConfigurationNotFoundError). */
  replication?: { destination: string; status: 'Enabled' | 'Disabled' }[]
}
export interface SimKmsKey {
  id: string
  region: string
  customerManaged: boolean
  rotation: boolean
  /** DescribeKey KeySpec; default SYMMETRIC_DEFAULT. */
  keySpec?: 'SYMMETRIC_DEFAULT' | 'RSA_2048' | 'ECC_NIST_P256' | 'HMAC_256'
  /** DescribeKey Origin; default AWS_KMS. */
  origin?: 'AWS_KMS' | 'EXTERNAL' | 'AWS_CLOUDHSM'
}
export interface SimAwsAccount
  extends SimBreadthAccount, SimLoggingAccount, SimIdentityAccount, SimBackupAiAccount {
  id: string
  /** Enabled regions. */
  regions: string[]
  /** Opt-in regions not enabled: calls there fail as AWS fails them (invalid security token). */
  optInDisabledRegions?: string[]
  rootMfa: boolean
  rootAccessKeys: boolean
  rootPasswordLastUsed?: string
  passwordPolicy?: SimPasswordPolicy
  users: SimAwsUser[]
  trails: SimTrail[]
  /** Per region; regions not listed have no detector. */
  guardDuty: Record<string, 'ENABLED' | 'DISABLED' | 'NONE'>
  instances: SimInstance[]
  /** Per region; regions not listed are disabled. `low` counts only towards `all`. */
  inspector: Record<string, { enabled: boolean; critical: number; high: number; medium: number; low: number }>
  accountPublicAccessBlock?: SimPublicAccessBlock
  buckets: SimBucket[]
  kmsKeys: SimKmsKey[]
  /** SageMaker Model Registry (and the CloudTrail events of its approvals). */
  modelPackageGroups?: SimModelPackageGroup[]
}
export interface AwsFault {
  /** The credential-scope service (`iam`, `sts`, `ec2`, `ssm`, …, `s3`), or `s3control` for S3 Control. */
  service?: string
  /** The API operation name, e.g. `GetAccountPasswordPolicy`. */
  operation?: string
  region?: string
  kind: 'access-denied' | 'throttling' | 'server-error' | 'malformed'
  /** How many matching requests the fault affects; default Infinity. */
  times?: number
}
export interface AwsRequestLogEntry {
  /** As in {@link AwsFault.service}; `unknown` when the request carried no SigV4 credential. */
  service: string
  region: string
  operation: string
  status: number
  /** The caller's account; empty when the credentials were not recognised. */
  account: string
}
export interface AwsSimulator {
  url: string
  accessKeyId: string
  secretAccessKey: string
  requests: AwsRequestLogEntry[]
  addFault(f: AwsFault): void
  clearFaults(): void
  /** Later `sts:AssumeRole` calls for this role ARN answer AccessDenied. */
  denyAssume(roleArn: string): void
  close(): Promise<void>
}
export interface AwsSimulatorOptions {
  /**
   * GenerateCredentialReport / GetCredentialReport calls after the first GenerateCredentialReport
   * (which answers STARTED) before the report is COMPLETE; default 1.
   */
  credentialReportPolls?: number
}

type Protocol = 'query' | 'ec2' | 'json' | 'rest-json' | 'rest-xml'
const PROTOCOLS: Record<string, Protocol> = {
  iam: 'query',
  sts: 'query',
  ec2: 'ec2',
  ssm: 'json',
  cloudtrail: 'json',
  kms: 'json',
  guardduty: 'rest-json',
  inspector2: 'rest-json',
  s3: 'rest-xml',
  s3control: 'rest-xml',
  sagemaker: 'json',
  ...BREADTH_PROTOCOLS,
  ...LOGGING_PROTOCOLS,
  ...IDENTITY_PROTOCOLS,
  ...BACKUP_AI_PROTOCOLS
}
const NAMESPACES: Record<string, string> = {
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
  ec2: 'http://ec2.amazonaws.com/doc/2016-11-15/',
  s3: 'http://s3.amazonaws.com/doc/2006-03-01/',
  s3control: 'http://awss3control.amazonaws.com/doc/2018-08-20/',
  ...LOGGING_NAMESPACES
}
/** IAM actions whose name differs from the operation's. */
const ACTIONS: Record<string, string> = {
  's3:ListBuckets': 's3:ListAllMyBuckets',
  's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
  's3:GetBucketReplication': 's3:GetReplicationConfiguration',
  's3control:GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock'
}
/** Regions that need opting in (DescribeRegions reports them `opted-in` when enabled). */
const OPT_IN_REGIONS = new Set([
  'af-south-1',
  'ap-east-1',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1'
])
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
const DEFAULT_CREATED = '2022-01-03T10:00:00Z'

interface Identity {
  account: string
  arn: string
  userId: string
  secretAccessKey: string
}
interface Reply {
  status: number
  headers?: Record<string, string>
  body: string
}
interface Call {
  service: string
  protocol: Protocol
  region: string
  operation: string
  requestId: string
  identity: Identity
  account: SimAwsAccount
  /** Query protocols: the form parameters; REST: the URL query. */
  params: URLSearchParams
  /** JSON protocols: the parsed body. */
  input: Record<string, unknown>
  path: string
  headers: http.IncomingHttpHeaders
  /** S3: the bucket of a bucket operation. */
  bucket?: string
  /** REST: the path parameters of the route. */
  pathParams?: Record<string, string>
}
type Handler = (c: Call) => Reply

class AwsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, string> = {},
    readonly headers: Record<string, string> = {},
    readonly sender = status < 500
  ) {
    super(message)
  }
}

// --- wire formats -----------------------------------------------------------------------------------

const xmlDoc = (root: string, ns: string, children: XmlChild[]) =>
  `${XML_DECLARATION}<${root} xmlns="${ns}">${children.join('')}</${root}>`
const items = (tag: string, children: string[]) =>
  group(
    tag,
    children.map((c) => `<item>${c}</item>`)
  )
const isoSeconds = (d: Date | string) => new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z')
const epochSeconds = (d: Date | string) => Math.floor(new Date(d).getTime() / 1000)
const hex = (s: string, length: number) => createHash('sha256').update(s).digest('hex').slice(0, length)
const encodeToken = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString('base64')
function decodeToken(token: unknown): number | undefined {
  if (typeof token !== 'string') return undefined
  try {
    const o = (JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { o?: unknown } | null)?.o
    return typeof o === 'number' && Number.isInteger(o) && o >= 0 ? o : undefined
  } catch {
    return undefined
  }
}

function ok(c: Call, body: string | object, status = 200): Reply {
  switch (c.protocol) {
    case 'query':
    case 'ec2':
      return { status, headers: { 'content-type': 'text/xml' }, body: body as string }
    case 'json':
      return {
        status,
        headers: {
          'content-type': `application/x-amz-json-${JSON_1_0_SERVICES.has(c.service) ? '1.0' : '1.1'}`
        },
        body: JSON.stringify(body)
      }
    case 'rest-json':
      return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }
    case 'rest-xml':
      return { status, headers: { 'content-type': 'application/xml' }, body: body as string }
  }
}
/** `<XResponse xmlns><XResult>…</XResult><ResponseMetadata>…` */
const queryOk = (c: Call, result: XmlChild[] | undefined) =>
  ok(
    c,
    xmlDoc(`${c.operation}Response`, NAMESPACES[c.service]!, [
      result && group(`${c.operation}Result`, result),
      group('ResponseMetadata', [el('RequestId', c.requestId)])
    ])
  )
const ec2Ok = (c: Call, children: XmlChild[]) =>
  ok(c, xmlDoc(`${c.operation}Response`, NAMESPACES.ec2!, [el('requestId', c.requestId), ...children]))

function errorReply(protocol: Protocol, service: string, e: AwsError, requestId: string): Reply {
  const headers = { ...e.headers }
  switch (protocol) {
    case 'query':
      return {
        status: e.status,
        headers: { ...headers, 'content-type': 'text/xml' },
        body: xmlDoc('ErrorResponse', NAMESPACES[service] ?? NAMESPACES.iam!, [
          group('Error', [
            el('Type', e.sender ? 'Sender' : 'Receiver'),
            el('Code', e.code),
            el('Message', e.message)
          ]),
          el('RequestId', requestId)
        ])
      }
    case 'ec2':
      return {
        status: e.status,
        headers: { ...headers, 'content-type': 'text/xml;charset=UTF-8' },
        body:
          XML_DECLARATION +
          group('Response', [
            group('Errors', [group('Error', [el('Code', e.code), el('Message', e.message)])]),
            el('RequestID', requestId)
          ])
      }
    case 'json':
      return {
        status: e.status,
        headers: { ...headers, 'content-type': 'application/x-amz-json-1.1' },
        body: JSON.stringify({ __type: e.code, message: e.message })
      }
    case 'rest-json':
      return {
        status: e.status,
        headers: { ...headers, 'content-type': 'application/json', 'x-amzn-errortype': e.code },
        body: JSON.stringify({ message: e.message, __type: e.code })
      }
    case 'rest-xml':
      return {
        status: e.status,
        headers: { ...headers, 'content-type': 'application/xml' },
        body: errorDocument(e.code, e.message, e.extra, requestId, randomBytes(24).toString('base64'))
      }
  }
}

const validation = (protocol: Protocol, message: string) =>
  protocol === 'query'
    ? new AwsError(400, 'ValidationError', message)
    : protocol === 'ec2'
      ? new AwsError(400, 'InvalidParameterValue', message)
      : new AwsError(400, 'ValidationException', message)
const invalidToken = (protocol: Protocol, service: string) => {
  if (protocol === 'ec2')
    return new AwsError(401, 'AuthFailure', 'AWS was not able to validate the provided access credentials')
  if (protocol === 'rest-xml') {
    return new AwsError(
      403,
      'InvalidAccessKeyId',
      'The AWS Access Key Id you provided does not exist in our records.'
    )
  }
  const code = protocol === 'query' ? 'InvalidClientTokenId' : 'UnrecognizedClientException'
  return new AwsError(
    service === 'sts' || service === 'iam' ? 403 : 400,
    code,
    'The security token included in the request is invalid.'
  )
}
const actionOf = (service: string, operation: string) =>
  ACTIONS[`${service}:${operation}`] ?? `${service === 's3control' ? 's3' : service}:${operation}`

function accessDenied(c: Call, resource = '*'): AwsError {
  const action = actionOf(c.service, c.operation)
  const message = `User: ${c.identity.arn} is not authorized to perform: ${action} on resource: ${resource}`
  switch (c.protocol) {
    case 'query':
      // SNS's access-denied error is AuthorizationError, HTTP 403
      // (https://docs.aws.amazon.com/sns/latest/api/API_ListSubscriptionsByTopic.html, "Errors").
      if (c.service === 'sns') return new AwsError(403, 'AuthorizationError', message)
      return new AwsError(403, 'AccessDenied', message)
    case 'ec2':
      return new AwsError(
        403,
        'UnauthorizedOperation',
        `You are not authorized to perform this operation. ${message}`
      )
    case 'json':
      return new AwsError(400, 'AccessDeniedException', message)
    case 'rest-json':
      return new AwsError(403, 'AccessDeniedException', message)
    case 'rest-xml':
      return new AwsError(403, 'AccessDenied', message)
  }
}
function throttling(c: Call): AwsError {
  switch (c.protocol) {
    case 'query':
      // SNS throttles with Throttled, HTTP 429 (SNS API reference, ThrottledException; the SDK's model).
      if (c.service === 'sns') return new AwsError(429, 'Throttled', 'Rate exceeded')
      return new AwsError(400, 'Throttling', 'Rate exceeded')
    case 'ec2':
      return new AwsError(503, 'RequestLimitExceeded', 'Request limit exceeded.')
    case 'json':
      // Organizations throttles with TooManyRequestsException (Organizations API reference, ListAccounts errors).
      if (c.service === 'organizations')
        return new AwsError(
          400,
          'TooManyRequestsException',
          'You have sent too many requests in too short a period of time.'
        )
      return new AwsError(400, 'ThrottlingException', 'Rate exceeded')
    case 'rest-json':
      // Security Hub throttles with LimitExceededException, HTTP 429 (Security Hub API reference, common errors).
      if (c.service === 'securityhub') return new AwsError(429, 'LimitExceededException', 'Rate exceeded')
      return c.service === 'guardduty'
        ? new AwsError(429, 'TooManyRequestsException', 'Rate exceeded')
        : new AwsError(429, 'ThrottlingException', 'Rate exceeded')
    case 'rest-xml':
      return new AwsError(503, 'SlowDown', 'Please reduce your request rate.')
  }
}
function serverError(c: Call): AwsError {
  const message = 'We encountered an internal error. Please try again.'
  const codes: Record<string, string> = {
    iam: 'ServiceFailure',
    sts: 'InternalFailure',
    ec2: 'InternalError',
    ssm: 'InternalServerError',
    cloudtrail: 'InternalFailure',
    kms: 'KMSInternalException',
    guardduty: 'InternalServerErrorException',
    inspector2: 'InternalServerException',
    // API_ListSubscriptionsByTopic.html: InternalError, HTTP 500.
    sns: 'InternalError'
  }
  return new AwsError(500, codes[c.service] ?? 'InternalError', message)
}
/** A 200 whose body the protocol's parser rejects. */
const malformed = (c: Call): Reply =>
  c.protocol === 'json' || c.protocol === 'rest-json'
    ? { status: 200, headers: { 'content-type': 'application/json' }, body: '<html><body>Bad Gateway' }
    : { status: 200, headers: { 'content-type': 'text/xml' }, body: `<${c.operation}Response><Result><Item>` }

// --- the simulator --------------------------------------------------------------------------------------

interface AccountState {
  report?: { polls: number; generated?: Date }
}

export async function startAwsSimulator(
  accounts: SimAwsAccount[],
  options: AwsSimulatorOptions = {}
): Promise<AwsSimulator> {
  const own = accounts[0]
  if (!own) throw new Error('AWS simulator: at least one account is needed')
  const reportPolls = options.credentialReportPolls ?? 1
  const accessKeyId = 'AKIAAWSSIMULATOR0001'
  const secretAccessKey = 'awssimulator/secret/access/key/000000000'
  const identities = new Map<string, Identity>([
    [
      accessKeyId,
      {
        account: own.id,
        arn: `arn:aws:iam::${own.id}:user/annex-evidence`,
        userId: 'AIDAAWSSIMULATORUSER1',
        secretAccessKey
      }
    ]
  ])
  const states = new Map<string, AccountState>(accounts.map((a) => [a.id, {}]))
  const requests: AwsRequestLogEntry[] = []
  const deniedRoles = new Set<string>()
  let faults: Array<AwsFault & { left: number }> = []
  let sessions = 0

  const takeFault = (c: Call) => {
    const fault = faults.find(
      (f) =>
        (!f.service || f.service === c.service) &&
        (!f.operation || f.operation === c.operation) &&
        (!f.region || f.region === c.region)
    )
    if (fault && --fault.left <= 0) faults = faults.filter((f) => f !== fault)
    return fault
  }

  // --- STS ----------------------------------------------------------------------------------------

  const sts: Record<string, Handler> = {
    GetCallerIdentity: (c) =>
      queryOk(c, [
        el('Arn', c.identity.arn),
        el('UserId', c.identity.userId),
        el('Account', c.identity.account)
      ]),
    AssumeRole: (c) => {
      const roleArn = c.params.get('RoleArn') ?? ''
      const sessionName = c.params.get('RoleSessionName') ?? ''
      const duration = Number(c.params.get('DurationSeconds') ?? 3600)
      const m = /^arn:aws:iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/.exec(roleArn)
      if (!m) throw validation(c.protocol, `${roleArn} is invalid`)
      if (!/^[\w+=,.@-]{2,64}$/.test(sessionName)) {
        throw validation(
          c.protocol,
          `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`
        )
      }
      if (!Number.isInteger(duration) || duration < 900 || duration > 43200) {
        throw validation(
          c.protocol,
          `1 validation error detected: Value '${duration}' at 'durationSeconds' failed to satisfy constraint`
        )
      }
      const target = m[1]!
      if (deniedRoles.has(roleArn) || !states.has(target)) throw accessDenied(c, roleArn)
      const key = `ASIA${target}${(++sessions).toString(36).toUpperCase().padStart(4, '0')}`
      const roleId = `AROA${hex(roleArn, 17).toUpperCase()}`
      const identity: Identity = {
        account: target,
        arn: `arn:aws:sts::${target}:assumed-role/${m[2]}/${sessionName}`,
        userId: `${roleId}:${sessionName}`,
        secretAccessKey: randomBytes(30).toString('base64')
      }
      identities.set(key, identity)
      return queryOk(c, [
        group('Credentials', [
          el('AccessKeyId', key),
          el('SecretAccessKey', identity.secretAccessKey),
          el('SessionToken', randomBytes(96).toString('base64')),
          el('Expiration', isoSeconds(new Date(Date.now() + duration * 1000)))
        ]),
        group('AssumedRoleUser', [el('AssumedRoleId', identity.userId), el('Arn', identity.arn)])
      ])
    }
  }

  // --- IAM ----------------------------------------------------------------------------------------

  const csvDate = (d: string | Date) => isoSeconds(d).replace(/Z$/, '+00:00')
  const credentialReport = (a: SimAwsAccount) => {
    const keyColumns = (keys: SimAwsUser['keys']) =>
      [0, 1].flatMap((i) => {
        const k = keys[i]
        if (!k) return ['false', 'N/A', 'N/A', 'N/A', 'N/A']
        return [
          String(k.active),
          csvDate(k.lastRotated),
          k.lastUsed ? csvDate(k.lastUsed) : 'N/A',
          k.lastUsed ? (a.regions[0] ?? 'us-east-1') : 'N/A',
          k.lastUsed ? 'sts' : 'N/A'
        ]
      })
    const maxAge = a.passwordPolicy?.maxPasswordAge
    const rows = [
      [
        '<root_account>',
        `arn:aws:iam::${a.id}:root`,
        csvDate(DEFAULT_CREATED),
        'not_supported',
        a.rootPasswordLastUsed ? csvDate(a.rootPasswordLastUsed) : 'no_information',
        'not_supported',
        'not_supported',
        String(a.rootMfa),
        ...keyColumns(a.rootAccessKeys ? [{ active: true, lastRotated: DEFAULT_CREATED }] : []),
        'false',
        'N/A',
        'false',
        'N/A'
      ],
      ...a.users.map((u) => {
        const created = u.created ?? DEFAULT_CREATED
        return [
          u.name,
          `arn:aws:iam::${a.id}:user/${u.name}`,
          csvDate(created),
          String(u.passwordEnabled),
          !u.passwordEnabled ? 'N/A' : u.passwordLastUsed ? csvDate(u.passwordLastUsed) : 'no_information',
          u.passwordEnabled ? csvDate(created) : 'N/A',
          u.passwordEnabled && maxAge
            ? csvDate(new Date(new Date(created).getTime() + maxAge * 86_400_000))
            : 'N/A',
          String(u.mfa),
          ...keyColumns(u.keys),
          'false',
          'N/A',
          'false',
          'N/A'
        ]
      })
    ]
    return [CREDENTIAL_REPORT_HEADER, ...rows.map((r) => r.join(','))].join('\n')
  }
  const reportState = (c: Call) => {
    const state = states.get(c.account.id)!
    const report = state.report
    if (report && !report.generated && ++report.polls >= reportPolls) report.generated = new Date()
    return state
  }

  const iam: Record<string, Handler> = {
    GetAccountAuthorizationDetails: (c) =>
      queryOk(
        c,
        breadthCall(() => authorizationDetails(c.account, c.params))
      ),
    GenerateCredentialReport: (c) => {
      const state = reportState(c)
      if (!state.report) {
        state.report = { polls: 0 }
        if (reportPolls <= 0) state.report.generated = new Date()
        else {
          return queryOk(c, [
            el('State', 'STARTED'),
            el('Description', 'No report exists. Starting a new report generation task')
          ])
        }
      }
      return queryOk(c, [el('State', state.report.generated ? 'COMPLETE' : 'INPROGRESS')])
    },
    GetCredentialReport: (c) => {
      const { report } = reportState(c)
      if (!report) {
        throw new AwsError(
          410,
          'ReportNotPresent',
          'Received a request for a credential report, but no report exists. Use GenerateCredentialReport to generate a report.'
        )
      }
      if (!report.generated) throw new AwsError(404, 'ReportInProgress', 'Report generation in progress.')
      return queryOk(c, [
        el('Content', Buffer.from(credentialReport(c.account)).toString('base64')),
        el('ReportFormat', 'text/csv'),
        el('GeneratedTime', isoSeconds(report.generated))
      ])
    },
    GetAccountSummary: (c) => {
      const a = c.account
      const mfaDevices = a.users.filter((u) => u.mfa).length + (a.rootMfa ? 1 : 0)
      const summary: Record<string, number> = {
        Users: a.users.length,
        UsersQuota: 5000,
        Groups: 0,
        GroupsQuota: 300,
        Roles: 3,
        RolesQuota: 1000,
        Policies: 0,
        PoliciesQuota: 1500,
        InstanceProfiles: 0,
        InstanceProfilesQuota: 1000,
        Providers: 0,
        ServerCertificates: 0,
        ServerCertificatesQuota: 20,
        MFADevices: mfaDevices,
        MFADevicesInUse: mfaDevices,
        AccountMFAEnabled: a.rootMfa ? 1 : 0,
        AccountAccessKeysPresent: a.rootAccessKeys ? 1 : 0,
        AccountSigningCertificatesPresent: 0,
        AccessKeysPerUserQuota: 2,
        SigningCertificatesPerUserQuota: 2,
        GroupsPerUserQuota: 10,
        AttachedPoliciesPerUserQuota: 10,
        AttachedPoliciesPerRoleQuota: 10,
        AttachedPoliciesPerGroupQuota: 10,
        PolicySizeQuota: 6144,
        PolicyVersionsInUse: 0,
        PolicyVersionsInUseQuota: 10000,
        VersionsPerPolicyQuota: 5,
        GlobalEndpointTokenVersion: 1
      }
      return queryOk(c, [
        group(
          'SummaryMap',
          Object.entries(summary).map(([k, v]) => group('entry', [el('key', k), el('value', v)]))
        )
      ])
    },
    GetAccountPasswordPolicy: (c) => {
      const p = c.account.passwordPolicy
      if (!p) {
        throw new AwsError(
          404,
          'NoSuchEntity',
          `The Password Policy with domain name ${c.account.id} cannot be found.`
        )
      }
      return queryOk(c, [
        group('PasswordPolicy', [
          el('MinimumPasswordLength', p.minimumPasswordLength),
          el('RequireSymbols', p.requireSymbols),
          el('RequireNumbers', p.requireNumbers),
          el('RequireUppercaseCharacters', p.requireUppercaseCharacters),
          el('RequireLowercaseCharacters', p.requireLowercaseCharacters),
          el('AllowUsersToChangePassword', p.allowUsersToChangePassword ?? false),
          el('ExpirePasswords', p.maxPasswordAge !== undefined),
          el('MaxPasswordAge', p.maxPasswordAge),
          el('PasswordReusePrevention', p.passwordReusePrevention),
          el('HardExpiry', p.hardExpiry)
        ])
      ])
    }
  }

  // --- EC2 ----------------------------------------------------------------------------------------

  const ec2: Record<string, Handler> = {
    // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html: reservationSet /
    // instancesSet items; MaxResults 5–1000; Filter.N.Name / Filter.N.Value.M; terminated instances stay
    // listed for about an hour, so a state filter is how a caller leaves them out.
    DescribeInstances: (c) => {
      const max = c.params.has('MaxResults') ? Number(c.params.get('MaxResults')) : 1000
      if (!Number.isInteger(max) || max < 5 || max > 1000) {
        throw new AwsError(
          400,
          'InvalidParameterValue',
          `Value ( ${c.params.get('MaxResults')} ) for parameter maxResults is invalid. Expecting a value between 5 and 1000.`
        )
      }
      const filters = new Map<string, string[]>()
      for (const [key, name] of c.params) {
        const match = /^Filter\.(\d+)\.Name$/.exec(key)
        if (!match) continue
        const values = [...c.params.entries()]
          .filter(([k]) => k.startsWith(`Filter.${match[1]}.Value.`))
          .map(([, v]) => v)
        filters.set(name, values)
      }
      const states = filters.get('instance-state-name')
      const all = c.account.instances.filter(
        (i) => i.region === c.region && (!states || states.includes(i.state ?? 'running'))
      )
      const start = c.params.has('NextToken') ? decodeToken(c.params.get('NextToken')) : 0
      if (start === undefined)
        throw new AwsError(400, 'InvalidParameterValue', 'The value supplied for NextToken is invalid.')
      const page = all.slice(start, start + max)
      const stateCodes: Record<string, number> = {
        pending: 0,
        running: 16,
        'shutting-down': 32,
        terminated: 48,
        stopping: 64,
        stopped: 80
      }
      return ec2Ok(c, [
        items(
          'reservationSet',
          page.map((i) =>
            [
              el('reservationId', `r-${hex(i.id, 17)}`),
              el('ownerId', c.account.id),
              group('groupSet', []),
              items('instancesSet', [
                [
                  el('instanceId', i.id),
                  el('imageId', `ami-${hex(i.region, 17)}`),
                  group('instanceState', [
                    el('code', stateCodes[i.state ?? 'running']),
                    el('name', i.state ?? 'running')
                  ]),
                  el('instanceType', 't3.micro'),
                  el('launchTime', isoSeconds(DEFAULT_CREATED)),
                  el('platformDetails', 'Linux/UNIX'),
                  items('tagSet', i.name ? [[el('key', 'Name'), el('value', i.name)].join('')] : [])
                ].join('')
              ])
            ].join('')
          )
        ),
        ...(start + max < all.length ? [el('nextToken', encodeToken(start + max))] : [])
      ])
    },
    DescribeRegions: (c) => {
      const all = c.params.get('AllRegions') === 'true'
      const names = [...c.params.entries()].filter(([k]) => /^RegionName\.\d+$/.test(k)).map(([, v]) => v)
      const regions = [
        ...c.account.regions.map((r) => ({
          r,
          status: OPT_IN_REGIONS.has(r) ? 'opted-in' : 'opt-in-not-required'
        })),
        ...(all ? (c.account.optInDisabledRegions ?? []).map((r) => ({ r, status: 'not-opted-in' })) : [])
      ].filter(({ r }) => names.length === 0 || names.includes(r))
      return ec2Ok(c, [
        items(
          'regionInfo',
          regions.map(({ r, status }) =>
            [
              el('regionName', r),
              el('regionEndpoint', `ec2.${r}.amazonaws.com`),
              el('optInStatus', status)
            ].join('')
          )
        )
      ])
    }
  }

  // --- CloudTrail -----------------------------------------------------------------------------------

  const trailArn = (a: SimAwsAccount, t: SimTrail) =>
    `arn:aws:cloudtrail:${t.homeRegion}:${a.id}:trail/${t.name}`
  const visibleTrails = (c: Call, shadows = true) =>
    c.account.trails.filter((t) => t.homeRegion === c.region || (shadows && t.multiRegion))
  const trailOf = (c: Call, name: unknown) => {
    const trail = visibleTrails(c).find((t) => t.name === name || trailArn(c.account, t) === name)
    if (trail) return trail
    const arn = String(name).startsWith('arn:')
      ? String(name)
      : `arn:aws:cloudtrail:${c.region}:${c.account.id}:trail/${String(name)}`
    throw new AwsError(400, 'TrailNotFoundException', `Unknown trail: ${arn} for the user: ${c.account.id}`)
  }
  const cloudtrail: Record<string, Handler> = {
    LookupEvents: (c) =>
      ok(
        c,
        breadthCall(() => lookUpControlChangeEvents(c.account, c.account.id, c.region, c.input)) ??
          (lookUpModelPackageEvents(
            c.account.modelPackageGroups ?? [],
            c.account.id,
            c.region,
            c.input
          ) as object)
      ),
    DescribeTrails: (c) => {
      const names = Array.isArray(c.input.trailNameList) ? (c.input.trailNameList as unknown[]) : []
      const trails = visibleTrails(c, c.input.includeShadowTrails !== false).filter(
        (t) => names.length === 0 || names.includes(t.name) || names.includes(trailArn(c.account, t))
      )
      return ok(c, {
        trailList: trails.map((t) => ({
          Name: t.name,
          S3BucketName: t.s3Bucket ?? `aws-cloudtrail-logs-${c.account.id}`,
          IncludeGlobalServiceEvents: t.multiRegion,
          IsMultiRegionTrail: t.multiRegion,
          HomeRegion: t.homeRegion,
          TrailARN: trailArn(c.account, t),
          LogFileValidationEnabled: t.validation,
          ...(t.kmsKeyId && { KmsKeyId: t.kmsKeyId }),
          ...(t.logGroupArn && {
            CloudWatchLogsLogGroupArn: t.logGroupArn,
            CloudWatchLogsRoleArn: `arn:aws:iam::${c.account.id}:role/cloudtrail-to-cloudwatch`
          }),
          HasCustomEventSelectors: false,
          HasInsightSelectors: false,
          IsOrganizationTrail: false
        }))
      })
    },
    GetTrailStatus: (c) => {
      const t = trailOf(c, c.input.Name)
      const recent = epochSeconds(new Date(Date.now() - 300_000))
      return ok(c, {
        IsLogging: t.logging,
        ...(t.logging && { LatestDeliveryTime: recent, StartLoggingTime: epochSeconds(DEFAULT_CREATED) }),
        ...(!t.logging && { StopLoggingTime: epochSeconds(DEFAULT_CREATED) }),
        ...(t.logging && t.validation && { LatestDigestDeliveryTime: recent })
      })
    },
    GetEventSelectors: (c) => {
      const t = trailOf(c, c.input.TrailName)
      return ok(c, {
        TrailARN: trailArn(c.account, t),
        EventSelectors: [
          {
            ReadWriteType: 'All',
            IncludeManagementEvents: true,
            DataResources: [],
            ExcludeManagementEventSources: []
          }
        ]
      })
    }
  }

  // --- SSM ------------------------------------------------------------------------------------------

  const ssm: Record<string, Handler> = {
    DescribeInstanceInformation: (c) => {
      const max = c.input.MaxResults === undefined ? 10 : Number(c.input.MaxResults)
      if (!Number.isInteger(max) || max < 5 || max > 50) {
        throw validation(
          c.protocol,
          `1 validation error detected: Value '${max}' at 'maxResults' failed to satisfy constraint: Member must have value ${max < 5 ? 'greater than or equal to 5' : 'less than or equal to 50'}`
        )
      }
      const start = c.input.NextToken === undefined ? 0 : decodeToken(c.input.NextToken)
      if (start === undefined)
        throw new AwsError(400, 'InvalidNextToken', 'The specified token is not valid.')
      const filters = (Array.isArray(c.input.Filters) ? c.input.Filters : []) as {
        Key?: string
        Values?: string[]
      }[]
      const ids = filters.find((f) => f.Key === 'InstanceIds')?.Values
      // Only instances with a running, registered SSM agent are managed nodes.
      const all = c.account.instances.filter(
        (i) => i.region === c.region && i.ssmManaged !== false && (!ids || ids.includes(i.id))
      )
      const page = all.slice(start, start + max)
      return ok(c, {
        InstanceInformationList: page.map((i, n) => ({
          InstanceId: i.id,
          PingStatus: 'Online',
          LastPingDateTime: epochSeconds(new Date(Date.now() - 60_000)),
          AgentVersion: '3.3.1142.0',
          IsLatestVersion: true,
          PlatformType: 'Linux',
          PlatformName: 'Amazon Linux',
          PlatformVersion: '2023',
          ResourceType: 'EC2Instance',
          IPAddress: `10.0.${(start + n) >> 8}.${((start + n) & 255) + 10}`,
          ComputerName: `ip-10-0-0-${start + n + 10}.${i.region}.compute.internal`,
          AssociationStatus: 'Success'
        })),
        ...(start + max < all.length && { NextToken: encodeToken(start + max) })
      })
    },
    DescribeInstancePatchStates: (c) => {
      const ids = c.input.InstanceIds
      if (!Array.isArray(ids) || ids.length < 1 || ids.length > 50) {
        throw validation(
          c.protocol,
          `1 validation error detected: Value at 'instanceIds' failed to satisfy constraint: Member must have length ${Array.isArray(ids) && ids.length > 50 ? 'less than or equal to 50' : 'greater than or equal to 1'}`
        )
      }
      const states = c.account.instances.filter(
        (i) => i.region === c.region && i.ssmManaged !== false && ids.includes(i.id)
      )
      return ok(c, {
        InstancePatchStates: states.map((i) => ({
          InstanceId: i.id,
          PatchGroup: '',
          BaselineId: `arn:aws:ssm:${i.region}:280605243866:patchbaseline/pb-0c10e65780EXAMPLE`,
          OperationStartTime: epochSeconds(i.lastScan) - 120,
          OperationEndTime: epochSeconds(i.lastScan),
          Operation: 'Scan',
          RebootOption: 'NoReboot',
          InstalledCount: 412,
          InstalledOtherCount: 17,
          InstalledPendingRebootCount: 0,
          InstalledRejectedCount: 0,
          MissingCount: i.critical + i.security + i.other,
          FailedCount: 0,
          NotApplicableCount: 1203,
          UnreportedNotApplicableCount: 0,
          CriticalNonCompliantCount: i.critical,
          SecurityNonCompliantCount: i.security,
          OtherNonCompliantCount: i.other
        }))
      })
    }
  }

  // --- KMS ------------------------------------------------------------------------------------------

  const keyArn = (c: Call, k: SimKmsKey) => `arn:aws:kms:${k.region}:${c.account.id}:key/${k.id}`
  const keyOf = (c: Call) => {
    const id = String(c.input.KeyId ?? '')
    const key = c.account.kmsKeys.find((k) => k.region === c.region && (k.id === id || keyArn(c, k) === id))
    if (key) return key
    const arn = id.startsWith('arn:') ? id : `arn:aws:kms:${c.region}:${c.account.id}:key/${id}`
    throw new AwsError(400, 'NotFoundException', `Key '${arn}' does not exist`)
  }
  const keyUsage = (spec: string) =>
    spec === 'SYMMETRIC_DEFAULT'
      ? 'ENCRYPT_DECRYPT'
      : spec.startsWith('HMAC')
        ? 'GENERATE_VERIFY_MAC'
        : 'SIGN_VERIFY'
  const kms: Record<string, Handler> = {
    ListKeys: (c) => {
      const limit = c.input.Limit === undefined ? 100 : Number(c.input.Limit)
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        throw validation(
          c.protocol,
          `1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint`
        )
      }
      const start = c.input.Marker === undefined ? 0 : decodeToken(c.input.Marker)
      if (start === undefined) throw new AwsError(400, 'InvalidMarkerException', 'Invalid marker')
      const all = c.account.kmsKeys.filter((k) => k.region === c.region)
      const truncated = start + limit < all.length
      return ok(c, {
        Keys: all.slice(start, start + limit).map((k) => ({ KeyId: k.id, KeyArn: keyArn(c, k) })),
        Truncated: truncated,
        ...(truncated && { NextMarker: encodeToken(start + limit) })
      })
    },
    DescribeKey: (c) => {
      const k = keyOf(c)
      return ok(c, {
        KeyMetadata: {
          AWSAccountId: c.account.id,
          KeyId: k.id,
          Arn: keyArn(c, k),
          CreationDate: epochSeconds(DEFAULT_CREATED),
          Enabled: true,
          Description: k.customerManaged
            ? ''
            : 'Default key that protects my S3 objects when no other key is defined',
          // https://docs.aws.amazon.com/kms/latest/APIReference/API_KeyMetadata.html: asymmetric keys are
          // SIGN_VERIFY (ECC) here, HMAC keys GENERATE_VERIFY_MAC; only symmetric keys list encryption algorithms.
          KeyUsage: keyUsage(k.keySpec ?? 'SYMMETRIC_DEFAULT'),
          KeyState: 'Enabled',
          Origin: k.origin ?? 'AWS_KMS',
          KeyManager: k.customerManaged ? 'CUSTOMER' : 'AWS',
          CustomerMasterKeySpec: k.keySpec ?? 'SYMMETRIC_DEFAULT',
          KeySpec: k.keySpec ?? 'SYMMETRIC_DEFAULT',
          ...((k.keySpec ?? 'SYMMETRIC_DEFAULT') === 'SYMMETRIC_DEFAULT' && {
            EncryptionAlgorithms: ['SYMMETRIC_DEFAULT']
          }),
          MultiRegion: false
        }
      })
    },
    GetKeyRotationStatus: (c) => {
      const k = keyOf(c)
      // https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyRotationStatus.html: asymmetric, HMAC
      // and imported-material keys answer UnsupportedOperationException.
      if (
        (k.keySpec ?? 'SYMMETRIC_DEFAULT') !== 'SYMMETRIC_DEFAULT' ||
        (k.origin ?? 'AWS_KMS') !== 'AWS_KMS'
      ) {
        throw new AwsError(
          400,
          'UnsupportedOperationException',
          `${keyArn(c, k)} origin or key spec is not supported`
        )
      }
      const enabled = k.rotation || !k.customerManaged
      return ok(c, {
        KeyRotationEnabled: enabled,
        KeyId: keyArn(c, k),
        ...(enabled && { RotationPeriodInDays: 365 })
      })
    }
  }

  // --- GuardDuty, Inspector2 ------------------------------------------------------------------------

  const detectorId = (c: Call) => hex(`${c.account.id}/${c.region}`, 32)
  const detectorStatus = (c: Call) => c.account.guardDuty[c.region] ?? 'NONE'
  const guardduty: Record<string, Handler> = {
    ListDetectors: (c) => ok(c, { detectorIds: detectorStatus(c) === 'NONE' ? [] : [detectorId(c)] }),
    GetDetector: (c) => {
      const id = decodeURIComponent(c.path.split('/')[2] ?? '')
      const status = detectorStatus(c)
      if (status === 'NONE' || id !== detectorId(c)) {
        throw new AwsError(
          400,
          'BadRequestException',
          'The request is rejected because the input detectorId is not owned by the current account.'
        )
      }
      return ok(c, {
        createdAt: isoSeconds(DEFAULT_CREATED),
        updatedAt: isoSeconds(DEFAULT_CREATED),
        findingPublishingFrequency: 'SIX_HOURS',
        serviceRole: `arn:aws:iam::${c.account.id}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
        status,
        tags: {}
      })
    }
  }
  const inspectorOf = (c: Call) => c.account.inspector[c.region]
  const inspector2: Record<string, Handler> = {
    BatchGetAccountStatus: (c) => {
      const ids = Array.isArray(c.input.accountIds) ? (c.input.accountIds as string[]) : [c.account.id]
      const status = inspectorOf(c)?.enabled ? 'ENABLED' : 'DISABLED'
      const types = c.account.inspectorResourceTypes?.[c.region]
      const typeStatus = (type: 'ec2' | 'ecr' | 'lambda', fallback: string) =>
        types?.[type] === undefined ? fallback : types[type] ? 'ENABLED' : 'DISABLED'
      return ok(c, {
        accounts: ids
          .filter((id) => id === c.account.id)
          .map((accountId) => ({
            accountId,
            state: { status },
            resourceState: {
              ec2: { status: typeStatus('ec2', status) },
              ecr: { status: typeStatus('ecr', status) },
              lambda: { status: typeStatus('lambda', 'DISABLED') }
            }
          })),
        failedAccounts: ids
          .filter((id) => id !== c.account.id)
          .map((accountId) => ({
            accountId,
            errorCode: 'ACCESS_DENIED',
            errorMessage: 'You do not have access to the requested account.'
          }))
      })
    },
    ListCoverage: (c) =>
      ok(
        c,
        breadthCall(() => listCoverage(c.account, c.account.id, c.region, c.input))
      ),
    ListFindings: (c) =>
      ok(
        c,
        breadthCall(() => listInspectorFindings(c.account, c.account.id, c.region, c.input))
      ),
    ListFindingAggregations: (c) => {
      if (c.input.aggregationType !== 'ACCOUNT') {
        throw validation(c.protocol, `The simulator supports only the ACCOUNT aggregation type.`)
      }
      const i = inspectorOf(c)
      return ok(c, {
        aggregationType: 'ACCOUNT',
        responses: i?.enabled
          ? [
              {
                accountAggregation: {
                  accountId: c.account.id,
                  severityCounts: {
                    all: i.critical + i.high + i.medium + i.low,
                    critical: i.critical,
                    high: i.high,
                    medium: i.medium
                  }
                }
              }
            ]
          : []
      })
    }
  }

  // --- S3, S3 Control -------------------------------------------------------------------------------

  const pabXml = (p: SimPublicAccessBlock) => [
    el('BlockPublicAcls', p.blockPublicAcls),
    el('IgnorePublicAcls', p.ignorePublicAcls),
    el('BlockPublicPolicy', p.blockPublicPolicy),
    el('RestrictPublicBuckets', p.restrictPublicBuckets)
  ]
  const noPab = () =>
    new AwsError(
      404,
      'NoSuchPublicAccessBlockConfiguration',
      'The public access block configuration was not found'
    )
  const s3Doc = (c: Call, root: string, children: XmlChild[]) => ok(c, xmlDoc(root, NAMESPACES.s3!, children))
  const bucketOf = (c: Call, anyRegion = false): SimBucket => {
    const name = c.bucket!
    const bucket = c.account.buckets.find((b) => b.name === name)
    if (!bucket) {
      if (accounts.some((a) => a.buckets.some((b) => b.name === name)))
        throw accessDenied(c, `arn:aws:s3:::${name}`)
      throw new AwsError(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: name })
    }
    if (!anyRegion && bucket.region !== c.region) {
      throw new AwsError(
        301,
        'PermanentRedirect',
        'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
        { Bucket: name, Endpoint: `${name}.s3.${bucket.region}.amazonaws.com` },
        { 'x-amz-bucket-region': bucket.region }
      )
    }
    return bucket
  }
  const s3: Record<string, Handler> = {
    ListBuckets: (c) =>
      s3Doc(c, 'ListAllMyBucketsResult', [
        group('Owner', [el('ID', hex(c.account.id, 64))]),
        group(
          'Buckets',
          c.account.buckets.map((b) =>
            group('Bucket', [
              el('Name', b.name),
              el('CreationDate', new Date(DEFAULT_CREATED).toISOString()),
              el('BucketRegion', b.region)
            ])
          )
        )
      ]),
    GetBucketLocation: (c) => {
      const b = bucketOf(c, true)
      return s3Doc(c, 'LocationConstraint', [b.region === 'us-east-1' ? '' : escapeXml(b.region)])
    },
    GetPublicAccessBlock: (c) => {
      const b = bucketOf(c)
      if (!b.publicAccessBlock) throw noPab()
      return s3Doc(c, 'PublicAccessBlockConfiguration', pabXml(b.publicAccessBlock))
    },
    GetBucketPolicyStatus: (c) => {
      const b = bucketOf(c)
      if (b.policyPublic === undefined) {
        throw new AwsError(404, 'NoSuchBucketPolicy', 'The bucket policy does not exist', {
          BucketName: b.name
        })
      }
      return s3Doc(c, 'PolicyStatus', [el('IsPublic', b.policyPublic)])
    },
    GetBucketEncryption: (c) => {
      const b = bucketOf(c)
      if (!b.encryption) {
        throw new AwsError(
          404,
          'ServerSideEncryptionConfigurationNotFoundError',
          'The server side encryption configuration was not found',
          { BucketName: b.name }
        )
      }
      const key = c.account.kmsKeys.find((k) => k.customerManaged && k.region === b.region)
      const keyId =
        b.encryption === 'aws:kms'
          ? key
            ? `arn:aws:kms:${b.region}:${c.account.id}:key/${key.id}`
            : `arn:aws:kms:${b.region}:${c.account.id}:alias/aws/s3`
          : undefined
      return s3Doc(c, 'ServerSideEncryptionConfiguration', [
        group('Rule', [
          group('ApplyServerSideEncryptionByDefault', [
            el('SSEAlgorithm', b.encryption),
            el('KMSMasterKeyID', keyId)
          ]),
          el('BucketKeyEnabled', b.encryption === 'aws:kms')
        ])
      ])
    },
    // API_GetBucketVersioning.html: MfaDelete appears only once MFA delete has been configured.
    GetBucketVersioning: (c) => {
      const b = bucketOf(c)
      const mfa = c.account.bucketProtection?.[b.name]?.mfaDelete
      return s3Doc(c, 'VersioningConfiguration', [
        el('Status', b.versioning),
        el('MfaDelete', mfa === undefined ? undefined : mfa ? 'Enabled' : 'Disabled')
      ])
    },
    // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketReplication.html: the ReplicationConfiguration
    // (Role, Rule with ID, Priority, Filter, Status, Destination, DeleteMarkerReplication); without one, 404
    // ReplicationConfigurationNotFoundError.
    GetBucketReplication: (c) => {
      const b = bucketOf(c)
      if (!b.replication) {
        throw new AwsError(
          404,
          'ReplicationConfigurationNotFoundError',
          'The replication configuration was not found',
          {
            BucketName: b.name
          }
        )
      }
      return s3Doc(c, 'ReplicationConfiguration', [
        el('Role', `arn:aws:iam::${c.account.id}:role/s3-replication`),
        ...b.replication.map((r, i) =>
          group('Rule', [
            el('ID', `rule-${i + 1}`),
            el('Priority', i + 1),
            group('Filter', []),
            el('Status', r.status),
            group('Destination', [el('Bucket', `arn:aws:s3:::${r.destination}`)]),
            group('DeleteMarkerReplication', [el('Status', 'Disabled')])
          ])
        )
      ])
    }
  }
  const s3control: Record<string, Handler> = {
    GetPublicAccessBlock: (c) => {
      const target = String(c.headers['x-amz-account-id'] ?? '')
      if (target !== c.account.id) throw accessDenied(c, `arn:aws:s3:::${target}`)
      const p = c.account.accountPublicAccessBlock
      if (!p) throw noPab()
      return ok(c, xmlDoc('PublicAccessBlockConfiguration', NAMESPACES.s3control!, pabXml(p)))
    }
  }

  const sagemaker: Record<string, Handler> = Object.fromEntries(
    ['ListModelPackageGroups', 'ListModelPackages', 'DescribeModelPackage'].map((operation) => [
      operation,
      (c: Call) => {
        const body = sageMakerOperations(c.account.modelPackageGroups ?? [], c.account.id, c.region, c.input)[
          operation
        ]!()
        if (body === undefined) throw new AwsError(400, 'ValidationException', 'Model package not found')
        return ok(c, body as object)
      }
    ])
  )

  const breadth = Object.fromEntries(
    Object.entries(BREADTH_OPERATIONS).map(([service, operations]) => [
      service,
      Object.fromEntries(
        operations.map((operation): [string, Handler] => [
          operation,
          (c) =>
            ok(
              c,
              breadthCall(() =>
                breadthReply(service, {
                  accountId: c.account.id,
                  account: c.account,
                  region: c.region,
                  operation,
                  input: c.input,
                  query: c.params
                })
              )
            )
        ])
      )
    ])
  )
  const logging = Object.fromEntries(
    Object.entries(LOGGING_OPERATIONS).map(([service, operations]) => [
      service,
      Object.fromEntries(
        operations.map((operation): [string, Handler] => [
          operation,
          (c) => {
            if (c.bucket) bucketOf(c)
            const reply = breadthCall(() =>
              loggingReply(service, {
                accountId: c.account.id,
                account: c.account,
                region: c.region,
                operation,
                input: c.input,
                params: c.params,
                ...(c.bucket ? { bucket: c.bucket } : {})
              })
            )
            if (reply.kind === 'json') return ok(c, reply.body)
            if (reply.kind === 'ec2') return ec2Ok(c, reply.children)
            if (reply.kind === 'query') return queryOk(c, reply.children)
            return s3Doc(c, reply.root, reply.children)
          }
        ])
      )
    ])
  )
  const identity = Object.fromEntries(
    Object.entries(IDENTITY_OPERATIONS).map(([service, operations]) => [
      service,
      Object.fromEntries(
        operations.map((operation): [string, Handler] => [
          operation,
          (c) =>
            ok(
              c,
              breadthCall(() =>
                identityReply(service, {
                  accountId: c.account.id,
                  account: c.account,
                  region: c.region,
                  operation,
                  input: c.input
                })
              )
            )
        ])
      )
    ])
  )
  const backupAi = Object.fromEntries(
    Object.entries(BACKUP_AI_OPERATIONS).map(([service, operations]) => [
      service,
      Object.fromEntries(
        operations.map((operation): [string, Handler] => [
          operation,
          (c) => {
            const body = breadthCall(() =>
              backupAiReply(service, {
                accountId: c.account.id,
                account: c.account,
                region: c.region,
                operation,
                input: c.input,
                query: c.params,
                params: c.pathParams ?? {}
              })
            )
            return Array.isArray(body) ? queryOk(c, body as XmlChild[]) : ok(c, body)
          }
        ])
      )
    ])
  )
  const handlers: Record<string, Record<string, Handler>> = {
    ...breadth,
    ...identity,
    backup: backupAi.backup!,
    rds: backupAi.rds!,
    bedrock: { ...breadth.bedrock, ...backupAi.bedrock },
    sagemaker: { ...sagemaker, ...backupAi.sagemaker },
    sts,
    iam,
    ec2,
    cloudtrail,
    ssm,
    kms,
    guardduty,
    inspector2,
    s3,
    s3control
  }
  for (const [service, operations] of Object.entries(logging)) {
    handlers[service] = { ...handlers[service], ...operations }
  }

  // --- dispatch -------------------------------------------------------------------------------------

  const operationOf = (
    service: string,
    method: string,
    path: string,
    query: URLSearchParams,
    c: Partial<Call>
  ) => {
    switch (service) {
      case 'guardduty':
        if (method === 'GET' && path === '/detector') return 'ListDetectors'
        if (method === 'GET' && /^\/detector\/[^/]+$/.test(path)) return 'GetDetector'
        return `${method} ${path}`
      case 'inspector2':
        if (method === 'POST' && path === '/status/batch/get') return 'BatchGetAccountStatus'
        if (method === 'POST' && path === '/findings/aggregation/list') return 'ListFindingAggregations'
        if (method === 'POST' && path === '/coverage/list') return 'ListCoverage'
        if (method === 'POST' && path === '/findings/list') return 'ListFindings'
        return `${method} ${path}`
      case 's3control':
        return method === 'GET' && path === '/v20180820/configuration/publicAccessBlock'
          ? 'GetPublicAccessBlock'
          : `${method} ${path}`
      case 's3': {
        const segments = path.split('/').filter(Boolean)
        if (segments.length === 0) return method === 'GET' ? 'ListBuckets' : `${method} /`
        c.bucket = decodeURIComponent(segments[0]!)
        if (segments.length > 1 || method !== 'GET') return `${method} ${path}`
        for (const [sub, op] of [
          ['location', 'GetBucketLocation'],
          ['publicAccessBlock', 'GetPublicAccessBlock'],
          ['policyStatus', 'GetBucketPolicyStatus'],
          ['encryption', 'GetBucketEncryption'],
          ['versioning', 'GetBucketVersioning'],
          ...LOGGING_S3_SUBRESOURCES,
          ['replication', 'GetBucketReplication']
        ] as const) {
          if (query.has(sub)) return op
        }
        return `${method} ${path}`
      }
      default:
        c.pathParams = {}
        return (
          breadthOperation(service, method, path) ??
          loggingOperation(service, method, path) ??
          backupAiOperation(service, method, path, c.pathParams) ??
          `${method} ${path}`
        )
    }
  }

  const handle = (req: http.IncomingMessage, raw: Buffer, entry: AwsRequestLogEntry): Reply => {
    const requestId = randomUUID()
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', 'http://aws.local')
    const scope = /Credential=([^/,\s]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(
      String(req.headers.authorization ?? '')
    )
    if (!scope) {
      return errorReply(
        'query',
        'sts',
        new AwsError(403, 'MissingAuthenticationToken', 'Request is missing Authentication Token'),
        requestId
      )
    }
    const [, keyId, region, scopeService] = scope as unknown as [string, string, string, string]
    const service =
      scopeService === 's3' && url.pathname.startsWith('/v20180820/') ? 's3control' : scopeService
    entry.service = service
    entry.region = region
    const protocol = PROTOCOLS[service]
    if (!protocol) {
      return errorReply(
        'json',
        service,
        new AwsError(400, 'UnknownService', `No service ${service}`),
        requestId
      )
    }
    const c: Partial<Call> & { protocol: Protocol } = {
      service,
      protocol,
      region,
      requestId,
      headers: req.headers
    }
    c.path = url.pathname
    c.params = url.searchParams
    c.input = {}
    const body = raw.toString('utf8')
    try {
      if (protocol === 'query' || protocol === 'ec2') {
        c.params = new URLSearchParams(body)
        c.operation = c.params.get('Action') ?? 'Unknown'
      } else {
        if (protocol === 'json') {
          c.operation =
            String(req.headers['x-amz-target'] ?? '')
              .split('.')
              .pop() || 'Unknown'
        } else c.operation = operationOf(service, method, url.pathname, url.searchParams, c)
        if (protocol !== 'rest-xml' && body.trim() !== '') {
          const parsed: unknown = JSON.parse(body)
          if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object')
          c.input = parsed as Record<string, unknown>
        }
      }
    } catch {
      return errorReply(
        protocol,
        service,
        new AwsError(400, 'SerializationException', 'Malformed request body'),
        requestId
      )
    }
    entry.operation = c.operation!
    const identity = identities.get(keyId)
    if (!identity) return errorReply(protocol, service, invalidToken(protocol, service), requestId)
    c.identity = identity
    c.account = accounts.find((a) => a.id === identity.account)!
    entry.account = identity.account
    const call = c as Call
    try {
      if (service !== 'iam' && service !== 's3' && c.account.optInDisabledRegions?.includes(region)) {
        throw invalidToken(protocol, service)
      }
      const handler = handlers[service]?.[call.operation]
      if (!handler) {
        throw protocol === 'rest-xml'
          ? new AwsError(501, 'NotImplemented', `The AWS simulator does not implement ${call.operation}.`)
          : protocol === 'query' || protocol === 'ec2'
            ? new AwsError(400, 'InvalidAction', `Could not find operation ${call.operation}`)
            : new AwsError(400, 'UnknownOperationException', `Unknown operation ${call.operation}`)
      }
      const fault = takeFault(call)
      if (fault?.kind === 'malformed') return malformed(call)
      if (fault?.kind === 'access-denied')
        throw accessDenied(call, call.bucket ? `arn:aws:s3:::${call.bucket}` : '*')
      if (fault?.kind === 'throttling') throw throttling(call)
      if (fault?.kind === 'server-error') throw serverError(call)
      return handler(call)
    } catch (e) {
      if (e instanceof AwsError) return errorReply(protocol, service, e, requestId)
      throw e
    }
  }

  const server = http.createServer((req, res) => {
    const entry: AwsRequestLogEntry = {
      service: 'unknown',
      region: '',
      operation: 'Unknown',
      status: 0,
      account: ''
    }
    requests.push(entry)
    readBody(req)
      .then((raw) => handle(req, raw, entry))
      .catch((e: unknown) =>
        errorReply(
          'json',
          entry.service,
          new AwsError(
            500,
            'InternalFailure',
            `Simulator error: ${e instanceof Error ? e.message : String(e)}`
          ),
          randomUUID()
        )
      )
      .then((reply) => {
        entry.status = reply.status
        res.writeHead(reply.status, {
          'x-amzn-requestid': randomUUID(),
          'content-length': String(Buffer.byteLength(reply.body)),
          ...reply.headers
        })
        res.end(reply.body)
      })
      .catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    accessKeyId,
    secretAccessKey,
    requests,
    addFault: (f) => void faults.push({ ...f, left: f.times ?? Infinity }),
    clearFaults: () => void (faults = []),
    denyAssume: (roleArn) => void deniedRoles.add(roleArn),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()))
        server.closeAllConnections()
      })
  }
}

/**
 * An `endpointProvider` for clients whose endpoint rules prefix the host (S3 Control prepends
 * `{AccountId}.`, which makes `http://<account>.127.0.0.1:port` an invalid URL): every request goes to `url`.
 */
export const loopbackEndpointProvider = (url: string) => () => ({ url: new URL(url) })

/** The header line of IAM's credential report. */
export const CREDENTIAL_REPORT_HEADER = [
  'user',
  'arn',
  'user_creation_time',
  'password_enabled',
  'password_last_used',
  'password_last_changed',
  'password_next_rotation',
  'mfa_active',
  ...[1, 2].flatMap((n) => [
    `access_key_${n}_active`,
    `access_key_${n}_last_rotated`,
    `access_key_${n}_last_used_date`,
    `access_key_${n}_last_used_region`,
    `access_key_${n}_last_used_service`
  ]),
  'cert_1_active',
  'cert_1_last_rotated',
  'cert_2_active',
  'cert_2_last_rotated'
].join(',')

/** Runs a handler of aws-breadth-sim.ts, turning its errors into the simulator's. */
function breadthCall<T>(run: () => T): T {
  try {
    return run()
  } catch (e) {
    if (e instanceof SimServiceError) throw new AwsError(e.status, e.code, e.message)
    throw e
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
