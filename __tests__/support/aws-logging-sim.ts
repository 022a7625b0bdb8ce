/**
 * Logging and encryption services for the loopback AWS simulator (aws-simulator.ts routes these here): the
 * trail bucket's Object Lock, access logging and lifecycle (S3), CloudWatch Logs metric filters, CloudWatch
 * alarms, VPCs and flow logs, EBS default encryption (EC2), RDS, EFS, DynamoDB and KMS key policies. Shapes,
 * limits and error codes follow each API reference; each behaviour cites it. Handlers return the body of the
 * reply; aws-simulator.ts wraps it in the service's wire format and turns SimServiceError into its error shape.
 */
import { createHash } from 'node:crypto'
import { el, group, type XmlChild } from './s3-xml.js'
import { SimServiceError, type SimChangeEvent } from './aws-breadth-sim.js'

export interface SimBucketProtection {
  /** Object Lock with a default retention rule; absent: Object Lock never enabled. */
  objectLock?: { mode: 'GOVERNANCE' | 'COMPLIANCE'; days: number }
  mfaDelete?: boolean
  /** Server access logging target. */
  accessLogging?: { targetBucket: string; targetPrefix: string }
  /** A lifecycle rule expiring current versions after this many days; absent: no lifecycle configuration. */
  expirationDays?: number
}
export interface SimMetricFilter {
  name: string
  pattern: string
  metricName: string
  namespace: string
}
export interface SimAlarm {
  name: string
  metricName: string
  namespace: string
  actions: string[]
  actionsEnabled?: boolean
}
/** A subscription of an SNS topic; `pending`: not yet confirmed by its endpoint. */
export interface SimSubscription {
  protocol: 'email' | 'https' | 'sms' | 'sqs' | 'lambda'
  endpoint: string
  pending?: boolean
}
export interface SimVpc {
  id: string
  isDefault?: boolean
  flowLog?: { id: string; traffic: 'ALL' | 'ACCEPT' | 'REJECT'; deliverStatus?: 'SUCCESS' | 'FAILED' }
}
export interface SimFileSystem {
  id: string
  region: string
  name?: string
  encrypted: boolean
  kmsKeyId?: string
}
export interface SimTable {
  name: string
  region: string
  /** Absent: encrypted with an AWS owned key (no SSEDescription, the default). */
  sse?: { keyArn: string; status?: 'ENABLED' | 'UPDATING' | 'INACCESSIBLE_ENCRYPTION_CREDENTIALS' }
}
export interface SimLoggingAccount {
  /** Per bucket name (the bucket itself is in SimAwsAccount.buckets). */
  bucketProtection?: Record<string, SimBucketProtection>
  /** Per region: log group name → its metric filters. */
  logGroups?: Record<string, Record<string, SimMetricFilter[]>>
  /** Per region. */
  alarms?: Record<string, SimAlarm[]>
  /** SNS topic ARN → its subscriptions; a topic not listed does not exist. */
  snsTopics?: Record<string, SimSubscription[]>
  /** Per region. */
  vpcs?: Record<string, SimVpc[]>
  /** Per region; absent: off (the AWS default). */
  ebsDefaultEncryption?: Record<string, boolean>
  fileSystems?: SimFileSystem[]
  tables?: SimTable[]
  /** Key id → default key policy text; absent: KMS's default key policy for the account. */
  keyPolicies?: Record<string, string>
  /** CloudTrail management events of these services, looked up with the other switch events. */
  loggingChangeEvents?: SimChangeEvent[]
}

/** Wire protocols of the new services, by SigV4 signing name (each SDK client's protocol). */
export const LOGGING_PROTOCOLS = {
  // CloudWatch Logs: AWS JSON 1.1 (X-Amz-Target Logs_20140328.<Op>).
  logs: 'json',
  // CloudWatch: AWS JSON 1.0 (X-Amz-Target GraniteServiceVersion20100801.<Op>), query-compatible errors.
  monitoring: 'json',
  // RDS: the AWS Query protocol (Action=…&Version=2014-10-31), XML replies.
  rds: 'query',
  // SNS: the AWS Query protocol (Action=…&Version=2010-03-31), XML replies
  // (https://docs.aws.amazon.com/sns/latest/api/API_ListSubscriptionsByTopic.html, "Examples").
  sns: 'query',
  // EFS: REST-JSON under /2015-02-01/.
  elasticfilesystem: 'rest-json',
  // DynamoDB: AWS JSON 1.0 (X-Amz-Target DynamoDB_20120810.<Op>).
  dynamodb: 'json'
} as const
/** Services whose JSON protocol is AWS JSON 1.0 (Content-Type application/x-amz-json-1.0), the others 1.1. */
export const JSON_1_0_SERVICES = new Set(['monitoring', 'dynamodb'])
export const LOGGING_NAMESPACES = {
  rds: 'http://rds.amazonaws.com/doc/2014-10-31/',
  sns: 'http://sns.amazonaws.com/doc/2010-03-31/'
}

/** S3 bucket subresources (query keys) of the new S3 operations. */
export const LOGGING_S3_SUBRESOURCES = [
  ['object-lock', 'GetObjectLockConfiguration'],
  ['logging', 'GetBucketLogging'],
  ['lifecycle', 'GetBucketLifecycleConfiguration']
] as const

export const LOGGING_OPERATIONS: Record<string, string[]> = {
  s3: LOGGING_S3_SUBRESOURCES.map(([, operation]) => operation),
  ec2: ['DescribeVpcs', 'DescribeFlowLogs', 'GetEbsEncryptionByDefault'],
  kms: ['GetKeyPolicy'],
  logs: ['DescribeMetricFilters'],
  monitoring: ['DescribeAlarmsForMetric'],
  sns: ['ListSubscriptionsByTopic'],
  elasticfilesystem: ['DescribeFileSystems'],
  dynamodb: ['ListTables', 'DescribeTable']
}

/** REST routes: EFS DescribeFileSystems is GET /2015-02-01/file-systems (API_DescribeFileSystems.html). */
export function loggingOperation(service: string, method: string, path: string): string | undefined {
  if (service === 'elasticfilesystem' && method === 'GET' && path === '/2015-02-01/file-systems')
    return 'DescribeFileSystems'
  return undefined
}

/** The event source of each switch event, as CloudTrail's eventSource names it (without .amazonaws.com). */
export const LOGGING_EVENT_SOURCES: Record<string, string> = {
  DeleteFlowLogs: 'ec2',
  CreateFlowLogs: 'ec2',
  DisableEbsEncryptionByDefault: 'ec2',
  EnableEbsEncryptionByDefault: 'ec2',
  ScheduleKeyDeletion: 'kms',
  CancelKeyDeletion: 'kms',
  DeleteMetricFilter: 'logs',
  PutMetricFilter: 'logs',
  DeleteAlarms: 'monitoring',
  PutMetricAlarm: 'monitoring'
}

export interface LoggingCall {
  accountId: string
  account: SimLoggingAccount & {
    buckets: { name: string; region: string }[]
    kmsKeys: { id: string; region: string }[]
  }
  region: string
  operation: string
  /** JSON body. */
  input: Record<string, unknown>
  /** Query protocols: the form; REST: the URL query. */
  params: URLSearchParams
  /** S3: the bucket (already checked to exist in this region by the caller). */
  bucket?: string
}

export type LoggingReply =
  | { kind: 'json'; body: object }
  | { kind: 'ec2'; children: XmlChild[] }
  | { kind: 'query'; children: XmlChild[] }
  | { kind: 's3'; root: string; children: XmlChild[] }

const token = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString('base64')
function offsetOf(value: unknown, status: number, code: string): number {
  if (value === undefined || value === null || value === '') return 0
  try {
    const o = (JSON.parse(Buffer.from(String(value), 'base64').toString('utf8')) as { o?: unknown }).o
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o
  } catch {
    // falls through
  }
  throw new SimServiceError(status, code, 'The pagination token is not valid.')
}
function size(
  value: unknown,
  fallback: number,
  min: number,
  max: number,
  code: string,
  status = 400
): number {
  if (value === undefined || value === null || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new SimServiceError(status, code, `Value ${String(value)} is outside the range ${min}–${max}.`)
  }
  return n
}
const items = (tag: string, children: string[]) =>
  group(
    tag,
    children.map((c) => `<item>${c}</item>`)
  )
/** A stable subscription id in the shape SNS gives one (a UUID). */
const hashId = (s: string) => {
  const h = createHash('sha256').update(s).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}
const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000)
const CREATED = '2023-03-01T10:00:00Z'

/** KMS's default key policy: the account root may use the key through IAM policies (KMS developer guide, "Default key policy"). */
export const defaultKeyPolicy = (account: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [
      {
        Sid: 'Enable IAM User Permissions',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${account}:root` },
        Action: 'kms:*',
        Resource: '*'
      }
    ]
  })

export function loggingReply(service: string, c: LoggingCall): LoggingReply {
  const a = c.account
  switch (`${service}:${c.operation}`) {
    // https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObjectLockConfiguration.html: a bucket created
    // without Object Lock answers ObjectLockConfigurationNotFoundError (404).
    case 's3:GetObjectLockConfiguration': {
      const lock = a.bucketProtection?.[c.bucket!]?.objectLock
      if (!lock) {
        throw new SimServiceError(
          404,
          'ObjectLockConfigurationNotFoundError',
          'Object Lock configuration does not exist for this bucket'
        )
      }
      return {
        kind: 's3',
        root: 'ObjectLockConfiguration',
        children: [
          el('ObjectLockEnabled', 'Enabled'),
          group('Rule', [group('DefaultRetention', [el('Mode', lock.mode), el('Days', lock.days)])])
        ]
      }
    }
    // API_GetBucketLogging.html: BucketLoggingStatus, empty when server access logging is off.
    case 's3:GetBucketLogging': {
      const logging = a.bucketProtection?.[c.bucket!]?.accessLogging
      return {
        kind: 's3',
        root: 'BucketLoggingStatus',
        children: logging
          ? [
              group('LoggingEnabled', [
                el('TargetBucket', logging.targetBucket),
                el('TargetPrefix', logging.targetPrefix)
              ])
            ]
          : []
      }
    }
    // API_GetBucketLifecycleConfiguration.html: NoSuchLifecycleConfiguration (404) when there is none.
    case 's3:GetBucketLifecycleConfiguration': {
      const days = a.bucketProtection?.[c.bucket!]?.expirationDays
      if (days === undefined) {
        throw new SimServiceError(
          404,
          'NoSuchLifecycleConfiguration',
          'The lifecycle configuration does not exist'
        )
      }
      return {
        kind: 's3',
        root: 'LifecycleConfiguration',
        children: [
          group('Rule', [
            el('ID', 'expire-logs'),
            group('Filter', [el('Prefix', 'AWSLogs/')]),
            el('Status', 'Enabled'),
            group('Expiration', [el('Days', days)]),
            group('NoncurrentVersionExpiration', [el('NoncurrentDays', 30)])
          ])
        ]
      }
    }
    // https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeVpcs.html: vpcSet items, MaxResults
    // 5–1000, NextToken.
    case 'ec2:DescribeVpcs': {
      const all = a.vpcs?.[c.region] ?? []
      const max = size(c.params.get('MaxResults'), 1000, 5, 1000, 'InvalidParameterValue')
      const start = offsetOf(c.params.get('NextToken'), 400, 'InvalidParameterValue')
      const page = all.slice(start, start + max)
      return {
        kind: 'ec2',
        children: [
          items(
            'vpcSet',
            page.map((v, i) =>
              [
                el('vpcId', v.id),
                el('ownerId', c.accountId),
                el('state', 'available'),
                el('cidrBlock', `10.${start + i}.0.0/16`),
                el('dhcpOptionsId', 'dopt-0a1b2c3d'),
                el('instanceTenancy', 'default'),
                el('isDefault', v.isDefault ?? false)
              ].join('')
            )
          ),
          ...(start + max < all.length ? [el('nextToken', token(start + max))] : [])
        ]
      }
    }
    // API_DescribeFlowLogs.html: flowLogSet items (flowLogId, flowLogStatus ACTIVE, resourceId, trafficType,
    // logDestinationType, deliverLogsStatus), MaxResults ≤ 1000, NextToken.
    case 'ec2:DescribeFlowLogs': {
      const all = (a.vpcs?.[c.region] ?? []).flatMap((v) => (v.flowLog ? [{ vpc: v.id, ...v.flowLog }] : []))
      const max = size(c.params.get('MaxResults'), 1000, 1, 1000, 'InvalidParameterValue')
      const start = offsetOf(c.params.get('NextToken'), 400, 'InvalidParameterValue')
      const page = all.slice(start, start + max)
      return {
        kind: 'ec2',
        children: [
          items(
            'flowLogSet',
            page.map((f) =>
              [
                el('creationTime', new Date(CREATED).toISOString()),
                el('deliverLogsPermissionArn', `arn:aws:iam::${c.accountId}:role/flow-logs`),
                el('deliverLogsStatus', f.deliverStatus ?? 'SUCCESS'),
                el('flowLogId', f.id),
                el('flowLogStatus', 'ACTIVE'),
                el('logGroupName', `/vpc/flow-logs/${f.vpc}`),
                el('resourceId', f.vpc),
                el('trafficType', f.traffic),
                el('logDestinationType', 'cloud-watch-logs'),
                el('maxAggregationInterval', 600)
              ].join('')
            )
          ),
          ...(start + max < all.length ? [el('nextToken', token(start + max))] : [])
        ]
      }
    }
    // API_GetEbsEncryptionByDefault.html: ebsEncryptionByDefault (false unless enabled in the region).
    case 'ec2:GetEbsEncryptionByDefault':
      return {
        kind: 'ec2',
        children: [
          el('ebsEncryptionByDefault', a.ebsDefaultEncryption?.[c.region] ?? false),
          el('sseType', 'sse-ebs')
        ]
      }
    // https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html: PolicyName defaults to
    // "default", the only name; another is NotFoundException. An unknown key is NotFoundException too.
    case 'kms:GetKeyPolicy': {
      const id = String(c.input.KeyId ?? '')
      const key = a.kmsKeys.find(
        (k) =>
          k.region === c.region &&
          (k.id === id || id === `arn:aws:kms:${k.region}:${c.accountId}:key/${k.id}`)
      )
      if (!key) throw new SimServiceError(400, 'NotFoundException', `Key '${id}' does not exist`)
      if (c.input.PolicyName !== undefined && c.input.PolicyName !== 'default') {
        throw new SimServiceError(
          400,
          'NotFoundException',
          `Policy ${String(c.input.PolicyName)} does not exist`
        )
      }
      return {
        kind: 'json',
        body: { Policy: a.keyPolicies?.[key.id] ?? defaultKeyPolicy(c.accountId), PolicyName: 'default' }
      }
    }
    // https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeMetricFilters.html:
    // limit 1–50 (default 50), nextToken; an unknown log group is ResourceNotFoundException.
    case 'logs:DescribeMetricFilters': {
      const name = String(c.input.logGroupName ?? '')
      const filters = a.logGroups?.[c.region]?.[name]
      if (!filters)
        throw new SimServiceError(400, 'ResourceNotFoundException', 'The specified log group does not exist.')
      const max = size(c.input.limit, 50, 1, 50, 'InvalidParameterException')
      const start = offsetOf(c.input.nextToken, 400, 'InvalidParameterException')
      return {
        kind: 'json',
        body: {
          metricFilters: filters.slice(start, start + max).map((f) => ({
            filterName: f.name,
            filterPattern: f.pattern,
            metricTransformations: [
              { metricName: f.metricName, metricNamespace: f.namespace, metricValue: '1' }
            ],
            creationTime: Date.parse(CREATED),
            logGroupName: name
          })),
          ...(start + max < filters.length ? { nextToken: token(start + max) } : {})
        }
      }
    }
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeAlarmsForMetric.html:
    // MetricName and Namespace required; the metric alarms on that metric, not paginated.
    case 'monitoring:DescribeAlarmsForMetric': {
      if (typeof c.input.MetricName !== 'string' || typeof c.input.Namespace !== 'string') {
        throw new SimServiceError(400, 'InvalidParameterValue', 'MetricName and Namespace are required.')
      }
      const alarms = (a.alarms?.[c.region] ?? []).filter(
        (x) => x.metricName === c.input.MetricName && x.namespace === c.input.Namespace
      )
      return {
        kind: 'json',
        body: {
          MetricAlarms: alarms.map((x) => ({
            AlarmName: x.name,
            AlarmArn: `arn:aws:cloudwatch:${c.region}:${c.accountId}:alarm:${x.name}`,
            ActionsEnabled: x.actionsEnabled ?? true,
            OKActions: [],
            AlarmActions: x.actions,
            InsufficientDataActions: [],
            StateValue: 'OK',
            StateReason: 'Threshold Crossed: no datapoints were received',
            StateUpdatedTimestamp: epochSeconds(CREATED),
            MetricName: x.metricName,
            Namespace: x.namespace,
            Statistic: 'Sum',
            Dimensions: [],
            Period: 300,
            EvaluationPeriods: 1,
            Threshold: 1,
            ComparisonOperator: 'GreaterThanOrEqualToThreshold',
            TreatMissingData: 'notBreaching'
          }))
        }
      }
    }
    // https://docs.aws.amazon.com/sns/latest/api/API_ListSubscriptionsByTopic.html: TopicArn required; up to
    // 100 subscriptions a call (Subscriptions members: TopicArn, Protocol, SubscriptionArn, Owner, Endpoint),
    // NextToken for the rest; a subscription not yet confirmed has SubscriptionArn "PendingConfirmation"
    // (API_Subscribe.html); an unknown topic is NotFound (404), a malformed parameter InvalidParameter (400).
    case 'sns:ListSubscriptionsByTopic': {
      const arn = c.params.get('TopicArn') ?? ''
      if (!/^arn:aws:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_.-]{1,256}$/.test(arn)) {
        throw new SimServiceError(400, 'InvalidParameter', 'Invalid parameter: TopicArn')
      }
      // A topic is regional: asked in another region, the simulator answers NotFound (not documented).
      const subscriptions = a.snsTopics?.[arn]
      if (!subscriptions || !arn.startsWith(`arn:aws:sns:${c.region}:`)) {
        throw new SimServiceError(404, 'NotFound', 'Topic does not exist')
      }
      const start = offsetOf(c.params.get('NextToken'), 400, 'InvalidParameter')
      const page = subscriptions.slice(start, start + 100)
      return {
        kind: 'query',
        children: [
          group(
            'Subscriptions',
            page.map((x, i) =>
              group('member', [
                el('TopicArn', arn),
                el('Protocol', x.protocol),
                el(
                  'SubscriptionArn',
                  x.pending ? 'PendingConfirmation' : `${arn}:${hashId(`${arn}/${start + i}`)}`
                ),
                el('Owner', c.accountId),
                el('Endpoint', x.endpoint)
              ])
            )
          ),
          start + 100 < subscriptions.length ? el('NextToken', token(start + 100)) : undefined
        ]
      }
    }
    // https://docs.aws.amazon.com/efs/latest/ug/API_DescribeFileSystems.html: GET /2015-02-01/file-systems,
    // MaxItems (default 100), Marker / NextMarker; CreationTime as epoch seconds.
    case 'elasticfilesystem:DescribeFileSystems': {
      const all = (a.fileSystems ?? []).filter((f) => f.region === c.region)
      const max = size(c.params.get('MaxItems'), 100, 1, 1000, 'BadRequest')
      const start = offsetOf(c.params.get('Marker'), 400, 'BadRequest')
      return {
        kind: 'json',
        body: {
          FileSystems: all.slice(start, start + max).map((f) => ({
            OwnerId: c.accountId,
            CreationToken: f.id,
            FileSystemId: f.id,
            FileSystemArn: `arn:aws:elasticfilesystem:${f.region}:${c.accountId}:file-system/${f.id}`,
            CreationTime: epochSeconds(CREATED),
            LifeCycleState: 'available',
            ...(f.name ? { Name: f.name } : {}),
            NumberOfMountTargets: 2,
            SizeInBytes: { Value: 6144 },
            PerformanceMode: 'generalPurpose',
            Encrypted: f.encrypted,
            ...(f.encrypted
              ? { KmsKeyId: f.kmsKeyId ?? `arn:aws:kms:${f.region}:${c.accountId}:key/aws-efs` }
              : {}),
            ThroughputMode: 'bursting',
            Tags: f.name ? [{ Key: 'Name', Value: f.name }] : []
          })),
          ...(start + max < all.length ? { NextMarker: token(start + max) } : {})
        }
      }
    }
    // https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html: Limit 1–100,
    // ExclusiveStartTableName / LastEvaluatedTableName.
    case 'dynamodb:ListTables': {
      const all = (a.tables ?? [])
        .filter((t) => t.region === c.region)
        .map((t) => t.name)
        .sort()
      const max = size(c.input.Limit, 100, 1, 100, 'ValidationException')
      const after = c.input.ExclusiveStartTableName
      const start = typeof after === 'string' ? all.findIndex((n) => n > after) : 0
      const page = start < 0 ? [] : all.slice(start, start + max)
      const more = start >= 0 && start + max < all.length
      return {
        kind: 'json',
        body: { TableNames: page, ...(more ? { LastEvaluatedTableName: page[page.length - 1] } : {}) }
      }
    }
    // API_DescribeTable.html: SSEDescription only for tables encrypted with a KMS key (AWS managed or customer
    // managed); tables with the default AWS owned key have none. Unknown table: ResourceNotFoundException.
    case 'dynamodb:DescribeTable': {
      const t = (a.tables ?? []).find((x) => x.region === c.region && x.name === c.input.TableName)
      if (!t) {
        throw new SimServiceError(
          400,
          'ResourceNotFoundException',
          `Requested resource not found: Table: ${String(c.input.TableName)} not found`
        )
      }
      return {
        kind: 'json',
        body: {
          Table: {
            TableName: t.name,
            TableArn: `arn:aws:dynamodb:${t.region}:${c.accountId}:table/${t.name}`,
            TableStatus: 'ACTIVE',
            CreationDateTime: epochSeconds(CREATED),
            ItemCount: 0,
            TableSizeBytes: 0,
            ...(t.sse
              ? {
                  SSEDescription: {
                    Status: t.sse.status ?? 'ENABLED',
                    SSEType: 'KMS',
                    KMSMasterKeyArn: t.sse.keyArn
                  }
                }
              : {})
          }
        }
      }
    }
  }
  throw new SimServiceError(400, 'UnknownOperationException', `Unknown operation ${c.operation}`)
}

/** The CIS AWS Foundations benchmark's metric filter patterns (CIS 3.0, section 4), as the benchmark gives them. */
export const CIS_PATTERNS = {
  rootUse:
    '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  consoleWithoutMfa:
    '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
  iamPolicyChange:
    '{($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy)}',
  cloudTrailChange:
    '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
  securityGroupChange:
    '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }'
}

/**
 * Logging and encryption of the demo account (123456789012; the trail `management-events` delivers to
 * `acme-audit-logs` and to the log group `cloudtrail/management-events` in eu-west-1):
 * - the trail bucket has Object Lock (governance, 365 days), access logging and a 7-year expiration: protected;
 *   the trail is not KMS-encrypted;
 * - metric filters for the five CIS events; four alarms notify an SNS topic: `security-alerts` (a confirmed
 *   e-mail subscription and a pending one) for three, `cloudtrail-alerts` (only a PendingConfirmation
 *   subscription) for the CloudTrail one, so that event reaches nobody; the security-group filter's alarm has
 *   no action, so that CIS event is not alarmed either;
 * - eu-west-1's VPC has a flow log, but it was deleted 8 h ago and recreated 5 h ago by another person; the
 *   default VPC of us-east-1 has none;
 * - EBS default encryption on in eu-west-1, off in us-east-1; an encrypted RDS instance in eu-west-1, an
 *   unencrypted one in us-east-1; an encrypted EFS file system; two DynamoDB tables (AWS owned key, CMK);
 * - the key policy of key 0987dcba… allows kms:Decrypt to Principal "*" without a condition; the ECC key's
 *   allows "*" only with a kms:CallerAccount condition.
 */
export function demoLoggingEncryption(now: Date): SimLoggingAccount {
  const account = '123456789012'
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()
  const topic = `arn:aws:sns:eu-west-1:${account}:security-alerts`
  const pendingTopic = `arn:aws:sns:eu-west-1:${account}:cloudtrail-alerts`
  const filters: [string, string][] = [
    ['root-usage', CIS_PATTERNS.rootUse],
    ['console-signin-without-mfa', CIS_PATTERNS.consoleWithoutMfa],
    ['iam-policy-changes', CIS_PATTERNS.iamPolicyChange],
    ['cloudtrail-changes', CIS_PATTERNS.cloudTrailChange],
    ['security-group-changes', CIS_PATTERNS.securityGroupChange]
  ]
  return {
    bucketProtection: {
      'acme-audit-logs': {
        objectLock: { mode: 'GOVERNANCE', days: 365 },
        accessLogging: { targetBucket: 'acme-access-logs', targetPrefix: 'acme-audit-logs/' },
        expirationDays: 2555
      }
    },
    logGroups: {
      'eu-west-1': {
        'cloudtrail/management-events': filters.map(([name, pattern]) => ({
          name,
          pattern,
          metricName: name,
          namespace: 'CISBenchmark'
        }))
      }
    },
    alarms: {
      'eu-west-1': filters.map(([name]) => ({
        name: `cis-${name}`,
        metricName: name,
        namespace: 'CISBenchmark',
        actions:
          name === 'security-group-changes' ? [] : name === 'cloudtrail-changes' ? [pendingTopic] : [topic]
      }))
    },
    snsTopics: {
      [topic]: [
        { protocol: 'email', endpoint: 'secops@example.com' },
        { protocol: 'email', endpoint: 'oncall@example.com', pending: true }
      ],
      [pendingTopic]: [{ protocol: 'email', endpoint: 'platform@example.com', pending: true }]
    },
    vpcs: {
      'eu-west-1': [{ id: 'vpc-0a1b2c3d4e5f60001', flowLog: { id: 'fl-0a1b2c3d4e5f60001', traffic: 'ALL' } }],
      'us-east-1': [{ id: 'vpc-0f1e2d3c4b5a60002', isDefault: true }]
    },
    ebsDefaultEncryption: { 'eu-west-1': true, 'us-east-1': false },
    fileSystems: [
      { id: 'fs-0a1b2c3d4e5f60001', region: 'eu-west-1', name: 'shared-models', encrypted: true }
    ],
    tables: [
      { name: 'sessions', region: 'eu-west-1' },
      {
        name: 'orders',
        region: 'eu-west-1',
        sse: { keyArn: `arn:aws:kms:eu-west-1:${account}:key/1234abcd-12ab-34cd-56ef-1234567890ab` }
      }
    ],
    keyPolicies: {
      '0987dcba-09fe-87dc-65ba-ab0987654321': JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Enable IAM User Permissions',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${account}:root` },
            Action: 'kms:*',
            Resource: '*'
          },
          {
            Sid: 'Legacy partner decrypt',
            Effect: 'Allow',
            Principal: '*',
            Action: 'kms:Decrypt',
            Resource: '*'
          }
        ]
      }),
      'mrk-5e1f0c7a9b8d4e2f': JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Verify within the account',
            Effect: 'Allow',
            Principal: { AWS: '*' },
            Action: ['kms:Verify', 'kms:GetPublicKey'],
            Resource: '*',
            Condition: { StringEquals: { 'kms:CallerAccount': account } }
          }
        ]
      })
    },
    loggingChangeEvents: [
      {
        region: 'eu-west-1',
        name: 'DeleteFlowLogs',
        time: hoursAgo(8),
        user: `arn:aws:sts::${account}:assumed-role/network-admin/erin`,
        parameters: { DeleteFlowLogsRequest: { FlowLogId: { content: 'fl-0a1b2c3d4e5f60000', tag: 1 } } }
      },
      {
        region: 'eu-west-1',
        name: 'CreateFlowLogs',
        time: hoursAgo(5),
        user: `arn:aws:sts::${account}:assumed-role/security-admin/alice`,
        parameters: {
          CreateFlowLogsRequest: {
            ResourceId: { content: 'vpc-0a1b2c3d4e5f60001', tag: 1 },
            TrafficType: 'ALL'
          }
        }
      }
    ]
  }
}
