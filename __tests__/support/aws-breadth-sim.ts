/**
 * AWS Config, Security Hub, IAM Access Analyzer, Amazon Bedrock and the CloudTrail events that switch
 * controls off, for the loopback AWS simulator (aws-simulator.ts routes these services here). Shapes, limits
 * and error codes follow each service's API reference; each behaviour cites it.
 */

import { BACKUP_AI_EVENT_SOURCES } from './aws-backup-ai-events.js'

/** Per region; a region without an entry never had AWS Config set up. */
export interface SimConfigService {
  recorder?: { name: string; recording: boolean; lastStatus?: 'SUCCESS' | 'FAILURE' | 'PENDING' }
  deliveryChannel?: { name: string; s3BucketName: string }
  rules?: {
    name: string
    compliance: 'COMPLIANT' | 'NON_COMPLIANT' | 'NOT_APPLICABLE' | 'INSUFFICIENT_DATA'
  }[]
}
/** Per region; a region without an entry has Security Hub not enabled. */
export interface SimSecurityHub {
  subscribedAt: string
  standards: { arn: string; status: 'READY' | 'PENDING' | 'INCOMPLETE' | 'DELETING' | 'FAILED' }[]
  /** Active, failed control findings. */
  failed: {
    controlId: string
    title: string
    severity: 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL'
    resource: string
  }[]
}
export interface SimAccessAnalyzer {
  name: string
  type: 'ACCOUNT' | 'ORGANIZATION' | 'ACCOUNT_UNUSED_ACCESS'
  status: 'ACTIVE' | 'CREATING' | 'DISABLED' | 'FAILED'
  findings: {
    id: string
    resource: string
    resourceType: string
    isPublic: boolean
    principal: Record<string, string>
    status: 'ACTIVE' | 'ARCHIVED' | 'RESOLVED'
  }[]
}
/** Per region; a region without an entry has no model invocation logging. */
export interface SimBedrockLogging {
  s3Bucket?: string
  logGroup?: string
}
/** A management event as CloudTrail records it. */
export interface SimChangeEvent {
  region: string
  name: string
  /** ISO 8601. */
  time: string
  /** The caller's ARN. */
  user: string
  parameters?: Record<string, unknown>
  errorCode?: string
}
export interface SimBreadthAccount {
  config?: Record<string, SimConfigService>
  securityHub?: Record<string, SimSecurityHub>
  accessAnalyzers?: Record<string, SimAccessAnalyzer[]>
  bedrockLogging?: Record<string, SimBedrockLogging>
  changeEvents?: SimChangeEvent[]
}

import { LOGGING_EVENT_SOURCES } from './aws-logging-sim.js'

export class SimServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

/**
 * Wire protocols by SigV4 signing name: AWS Config is JSON 1.1 (X-Amz-Target StarlingDoveService.<Op>);
 * Security Hub, Access Analyzer and Bedrock are REST-JSON (their API references' Request Syntax).
 */
export const BREADTH_PROTOCOLS = {
  config: 'json',
  securityhub: 'rest-json',
  'access-analyzer': 'rest-json',
  bedrock: 'rest-json'
} as const

/** REST-JSON routes, from each operation's "Request Syntax" in the API reference. */
export function breadthOperation(service: string, method: string, path: string): string | undefined {
  const routes: Record<string, Record<string, string>> = {
    securityhub: {
      'GET /accounts': 'DescribeHub',
      'POST /standards/get': 'GetEnabledStandards',
      'POST /findings': 'GetFindings'
    },
    'access-analyzer': { 'GET /analyzer': 'ListAnalyzers', 'POST /finding': 'ListFindings' },
    bedrock: { 'GET /logging/modelinvocations': 'GetModelInvocationLoggingConfiguration' }
  }
  return routes[service]?.[`${method} ${path}`]
}

export const BREADTH_OPERATIONS: Record<keyof typeof BREADTH_PROTOCOLS, string[]> = {
  config: [
    'DescribeConfigurationRecorders',
    'DescribeConfigurationRecorderStatus',
    'DescribeDeliveryChannels',
    'DescribeComplianceByConfigRule'
  ],
  securityhub: ['DescribeHub', 'GetEnabledStandards', 'GetFindings'],
  'access-analyzer': ['ListAnalyzers', 'ListFindings'],
  bedrock: ['GetModelInvocationLoggingConfiguration']
}

export interface BreadthCall {
  accountId: string
  account: SimBreadthAccount
  region: string
  operation: string
  /** JSON body. */
  input: Record<string, unknown>
  /** URL query. */
  query: URLSearchParams
}

const epoch = (iso: string) => Math.floor(Date.parse(iso) / 1000)
const token = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString('base64')
function offsetOf(value: unknown, code: string): number {
  if (value === undefined || value === null || value === '') return 0
  try {
    const o = (JSON.parse(Buffer.from(String(value), 'base64').toString('utf8')) as { o?: unknown }).o
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o
  } catch {
    // falls through
  }
  throw new SimServiceError(400, code, 'The nextToken provided in the request is not valid.')
}
function page<T>(all: T[], offset: number, size: number): { items: T[]; next?: string } {
  const items = all.slice(offset, offset + size)
  return { items, ...(offset + size < all.length ? { next: token(offset + size) } : {}) }
}
function maxResults(value: unknown, fallback: number, max: number, code: string): number {
  if (value === undefined || value === null || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new SimServiceError(
      400,
      code,
      `1 validation error detected: Value '${String(value)}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to ${max}`
    )
  }
  return n
}

export function breadthReply(service: string, c: BreadthCall): object {
  const hubArn = `arn:aws:securityhub:${c.region}:${c.accountId}:hub/default`
  switch (`${service}:${c.operation}`) {
    // https://docs.aws.amazon.com/config/latest/APIReference/API_DescribeConfigurationRecorders.html:
    // without names, every recorder of the region (at most one per region); none set up → an empty list.
    case 'config:DescribeConfigurationRecorders': {
      const r = c.account.config?.[c.region]?.recorder
      return {
        ConfigurationRecorders: r
          ? [
              {
                name: r.name,
                roleARN: `arn:aws:iam::${c.accountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
                recordingGroup: { allSupported: true, includeGlobalResourceTypes: true, resourceTypes: [] }
              }
            ]
          : []
      }
    }
    // API_DescribeConfigurationRecorderStatus.html: recording, lastStatus (Pending | Success | Failure as
    // the RecorderStatus enum spells it), times as epoch seconds in JSON 1.1.
    case 'config:DescribeConfigurationRecorderStatus': {
      const r = c.account.config?.[c.region]?.recorder
      const status = { SUCCESS: 'Success', FAILURE: 'Failure', PENDING: 'Pending' }[
        r?.lastStatus ?? 'SUCCESS'
      ]
      return {
        ConfigurationRecordersStatus: r
          ? [
              {
                name: r.name,
                recording: r.recording,
                lastStatus: status,
                lastStartTime: epoch('2024-01-02T00:00:00Z'),
                ...(r.recording ? {} : { lastStopTime: epoch('2024-06-01T00:00:00Z') }),
                lastStatusChangeTime: epoch('2024-06-01T00:00:00Z')
              }
            ]
          : []
      }
    }
    // API_DescribeDeliveryChannels.html: an empty list when there is none.
    case 'config:DescribeDeliveryChannels': {
      const d = c.account.config?.[c.region]?.deliveryChannel
      return {
        DeliveryChannels: d
          ? [
              {
                name: d.name,
                s3BucketName: d.s3BucketName,
                configSnapshotDeliveryProperties: { deliveryFrequency: 'TwentyFour_Hours' }
              }
            ]
          : []
      }
    }
    // API_DescribeComplianceByConfigRule.html: pages of up to 25 rules with NextToken; an invalid token is
    // InvalidNextTokenException.
    case 'config:DescribeComplianceByConfigRule': {
      const rules = c.account.config?.[c.region]?.rules ?? []
      const { items, next } = page(rules, offsetOf(c.input.NextToken, 'InvalidNextTokenException'), 25)
      return {
        ComplianceByConfigRules: items.map((r) => ({
          ConfigRuleName: r.name,
          Compliance: {
            ComplianceType: r.compliance,
            ...(r.compliance === 'NON_COMPLIANT'
              ? { ComplianceContributorCount: { CappedCount: 1, CapExceeded: false } }
              : {})
          }
        })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeHub.html: a region where Security
    // Hub is not enabled answers InvalidAccessException (HTTP 401), "Account <id> is not subscribed to AWS
    // Security Hub"; the same for every other Security Hub call there.
    case 'securityhub:DescribeHub':
      return { HubArn: hubArn, SubscribedAt: hubOf(c).subscribedAt, AutoEnableControls: true }
    // API_GetEnabledStandards.html: StandardsSubscriptions with StandardsArn / StandardsStatus, MaxResults ≤ 100.
    case 'securityhub:GetEnabledStandards': {
      const hub = hubOf(c)
      const size = maxResults(c.input.MaxResults, 100, 100, 'InvalidInputException')
      const { items, next } = page(hub.standards, offsetOf(c.input.NextToken, 'InvalidInputException'), size)
      return {
        StandardsSubscriptions: items.map((s) => ({
          StandardsSubscriptionArn: `arn:aws:securityhub:${c.region}:${c.accountId}:subscription/${s.arn.split('/').slice(-3).join('/')}`,
          StandardsArn: s.arn,
          StandardsInput: {},
          StandardsStatus: s.status
        })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // API_GetFindings.html: ASFF findings, MaxResults 1–100 (default 100), NextToken. The simulator
    // holds only active, failed control findings, so it answers them to the collector's filter and nothing
    // to a filter asking for other compliance states.
    case 'securityhub:GetFindings': {
      const hub = hubOf(c)
      const filters = (c.input.Filters ?? {}) as Record<string, { Value?: string }[] | undefined>
      const wantsFailed = (filters.ComplianceStatus ?? [{ Value: 'FAILED' }]).some(
        (f) => f.Value === 'FAILED'
      )
      const size = maxResults(c.input.MaxResults, 100, 100, 'InvalidInputException')
      const all = wantsFailed ? hub.failed : []
      const { items, next } = page(all, offsetOf(c.input.NextToken, 'InvalidInputException'), size)
      return {
        Findings: items.map((f, i) => ({
          SchemaVersion: '2018-10-08',
          Id: `${hubArn}/finding/${f.controlId}-${i}`,
          ProductArn: `arn:aws:securityhub:${c.region}::product/aws/securityhub`,
          ProductName: 'Security Hub',
          GeneratorId: `security-control/${f.controlId}`,
          AwsAccountId: c.accountId,
          Title: f.title,
          Description: f.title,
          Severity: {
            Label: f.severity,
            Normalized: { CRITICAL: 90, HIGH: 70, MEDIUM: 40, LOW: 1, INFORMATIONAL: 0 }[f.severity]
          },
          Compliance: { Status: 'FAILED', SecurityControlId: f.controlId },
          Workflow: { Status: 'NEW' },
          RecordState: 'ACTIVE',
          Resources: [{ Type: 'AwsAccount', Id: f.resource }],
          CreatedAt: '2024-06-01T00:00:00.000Z',
          UpdatedAt: '2024-06-01T00:00:00.000Z'
        })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // https://docs.aws.amazon.com/access-analyzer/latest/APIReference/API_ListAnalyzers.html: GET /analyzer,
    // maxResults / nextToken / type in the query; an account without analyzers answers an empty list.
    case 'access-analyzer:ListAnalyzers': {
      const type = c.query.get('type')
      const all = (c.account.accessAnalyzers?.[c.region] ?? []).filter((a) => !type || a.type === type)
      const size = maxResults(c.query.get('maxResults'), 100, 1000, 'ValidationException')
      const { items, next } = page(all, offsetOf(c.query.get('nextToken'), 'ValidationException'), size)
      return {
        analyzers: items.map((a) => ({
          arn: analyzerArn(c, a.name),
          name: a.name,
          type: a.type,
          createdAt: '2024-01-02T00:00:00Z',
          status: a.status
        })),
        ...(next ? { nextToken: next } : {})
      }
    }
    // API_ListFindings.html: POST /finding with analyzerArn and a filter ({ status: { eq: [ACTIVE] } });
    // an unknown analyzer is ResourceNotFoundException (404).
    case 'access-analyzer:ListFindings': {
      const analyzer = (c.account.accessAnalyzers?.[c.region] ?? []).find(
        (a) => analyzerArn(c, a.name) === c.input.analyzerArn
      )
      if (!analyzer)
        throw new SimServiceError(
          404,
          'ResourceNotFoundException',
          `Analyzer ${String(c.input.analyzerArn)} not found`
        )
      const wanted =
        (c.input.filter as Record<string, { eq?: string[] }> | undefined)?.status?.eq ?? undefined
      const all = analyzer.findings.filter((f) => !wanted || wanted.includes(f.status))
      const size = maxResults(c.input.maxResults, 100, 100, 'ValidationException')
      const { items, next } = page(all, offsetOf(c.input.nextToken, 'ValidationException'), size)
      return {
        findings: items.map((f) => ({
          id: f.id,
          resource: f.resource,
          resourceType: f.resourceType,
          resourceOwnerAccount: c.accountId,
          principal: f.principal,
          action: ['sts:AssumeRole'],
          condition: {},
          isPublic: f.isPublic,
          status: f.status,
          createdAt: '2024-06-01T00:00:00Z',
          updatedAt: '2024-06-01T00:00:00Z',
          analyzedAt: '2024-06-01T00:00:00Z'
        })),
        ...(next ? { nextToken: next } : {})
      }
    }
    // https://docs.aws.amazon.com/bedrock/latest/APIReference/API_GetModelInvocationLoggingConfiguration.html:
    // 200 with `loggingConfig` when logging is configured, without it when it is not.
    case 'bedrock:GetModelInvocationLoggingConfiguration': {
      const l = c.account.bedrockLogging?.[c.region]
      if (!l) return {}
      return {
        loggingConfig: {
          ...(l.s3Bucket ? { s3Config: { bucketName: l.s3Bucket, keyPrefix: 'bedrock/' } } : {}),
          ...(l.logGroup
            ? {
                cloudWatchConfig: {
                  logGroupName: l.logGroup,
                  roleArn: `arn:aws:iam::${c.accountId}:role/bedrock-logging`
                }
              }
            : {}),
          textDataDeliveryEnabled: true,
          imageDataDeliveryEnabled: true,
          embeddingDataDeliveryEnabled: false
        }
      }
    }
  }
  throw new SimServiceError(400, 'UnknownOperationException', `Unknown operation ${c.operation}`)
}

function hubOf(c: BreadthCall): SimSecurityHub {
  const hub = c.account.securityHub?.[c.region]
  if (!hub) {
    throw new SimServiceError(
      401,
      'InvalidAccessException',
      `Account ${c.accountId} is not subscribed to AWS Security Hub`
    )
  }
  return hub
}
const analyzerArn = (c: BreadthCall, name: string) =>
  `arn:aws:access-analyzer:${c.region}:${c.accountId}:analyzer/${name}`

/**
 * LookupEvents for the control switch events (https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html):
 * at most one lookup attribute (else InvalidLookupAttributesException), MaxResults ≤ 50 (default 50),
 * StartTime ≤ EndTime (else InvalidTimeRangeException), events of the region newest first, the CloudTrail
 * record as a JSON string. Returns undefined for event names it does not hold, so other handlers answer.
 */
export function lookUpControlChangeEvents(
  account: SimBreadthAccount,
  accountId: string,
  region: string,
  input: Record<string, unknown>
): object | undefined {
  const attributes = (input.LookupAttributes ?? []) as { AttributeKey?: string; AttributeValue?: string }[]
  if (attributes.length > 1) {
    throw new SimServiceError(
      400,
      'InvalidLookupAttributesException',
      'You can only specify one lookup attribute.'
    )
  }
  const name = attributes[0]?.AttributeKey === 'EventName' ? attributes[0].AttributeValue : undefined
  const all = [
    ...(account.changeEvents ?? []),
    ...((account as { loggingChangeEvents?: SimChangeEvent[] }).loggingChangeEvents ?? [])
  ]
  if (
    !name ||
    (!all.some((e) => e.name === name) && !SWITCH_NAMES.has(name) && !(name in LOGGING_EVENT_SOURCES))
  )
    return undefined
  const start = typeof input.StartTime === 'number' ? input.StartTime : -Infinity
  const end = typeof input.EndTime === 'number' ? input.EndTime : Infinity
  if (start > end)
    throw new SimServiceError(400, 'InvalidTimeRangeException', 'Start time must be before end time.')
  const size = maxResults(input.MaxResults, 50, 50, 'InvalidMaxResultsException')
  const matching = all
    .filter((e) => e.region === region && e.name === name && epoch(e.time) >= start && epoch(e.time) <= end)
    .sort((a, b) => b.time.localeCompare(a.time))
  const { items, next } = page(matching, offsetOf(input.NextToken, 'InvalidNextTokenException'), size)
  return {
    Events: items.map((e) => {
      const id = `${e.name}-${epoch(e.time)}-${region}`
      return {
        EventId: id,
        EventName: e.name,
        ReadOnly: 'false',
        EventTime: epoch(e.time),
        EventSource: `${SOURCES[e.name] ?? LOGGING_EVENT_SOURCES[e.name] ?? 'unknown'}.amazonaws.com`,
        Username: e.user.split('/').pop(),
        Resources: [],
        CloudTrailEvent: JSON.stringify({
          eventVersion: '1.09',
          userIdentity: { type: 'AssumedRole', arn: e.user, accountId },
          eventTime: new Date(e.time).toISOString().replace(/\.\d{3}Z$/, 'Z'),
          eventSource: `${SOURCES[e.name] ?? LOGGING_EVENT_SOURCES[e.name] ?? 'unknown'}.amazonaws.com`,
          eventName: e.name,
          awsRegion: region,
          sourceIPAddress: '198.51.100.23',
          userAgent: 'aws-cli/2.15.0',
          requestParameters: e.parameters ?? null,
          responseElements: null,
          ...(e.errorCode ? { errorCode: e.errorCode, errorMessage: 'simulated failure' } : {}),
          eventID: id,
          readOnly: false,
          eventType: 'AwsApiCall',
          managementEvent: true,
          recipientAccountId: accountId,
          eventCategory: 'Management'
        })
      }
    }),
    ...(next ? { NextToken: next } : {})
  }
}

/** The service of each switch event, as CloudTrail's eventSource names it. */
const SOURCES: Record<string, string> = {
  StopLogging: 'cloudtrail',
  StartLogging: 'cloudtrail',
  DeleteTrail: 'cloudtrail',
  CreateTrail: 'cloudtrail',
  StopConfigurationRecorder: 'config',
  StartConfigurationRecorder: 'config',
  DeleteConfigurationRecorder: 'config',
  DeleteDetector: 'guardduty',
  CreateDetector: 'guardduty',
  DisableSecurityHub: 'securityhub',
  EnableSecurityHub: 'securityhub',
  DeleteModelInvocationLoggingConfiguration: 'bedrock',
  PutModelInvocationLoggingConfiguration: 'bedrock',
  DisableKeyRotation: 'kms',
  EnableKeyRotation: 'kms',
  Disable: 'inspector2',
  Enable: 'inspector2',
  DetachPolicy: 'organizations',
  AttachPolicy: 'organizations',
  PutImageScanningConfiguration: 'ecr',
  CreateAccessKey: 'iam',
  DeleteAccessKey: 'iam',
  ...BACKUP_AI_EVENT_SOURCES
}
const SWITCH_NAMES = new Set(Object.keys(SOURCES))
