/**
 * AWS Backup, RDS DescribeDBInstances, Bedrock ListGuardrails and SageMaker endpoints / Model Monitor for
 * the loopback AWS simulator (aws-simulator.ts routes these operations here). Shapes, limits and error codes
 * follow each operation's API reference, cited beside it.
 */
import { el, group, type XmlChild } from './s3-xml.js'
import { SimServiceError } from './aws-breadth-sim.js'

export interface SimBackupPlan {
  id: string
  name: string
  /** Selection ids → names. */
  selections: { id: string; name: string }[]
}
export interface SimRecoveryPoint {
  vault: string
  resourceArn: string
  resourceType: string
  /** ISO 8601. */
  created: string
  status?: 'COMPLETED' | 'PARTIAL' | 'DELETING' | 'EXPIRED' | 'AVAILABLE' | 'STOPPED' | 'CREATING'
  deleteAfterDays?: number
}
export interface SimRestoreJob {
  id: string
  recoveryPointArn: string
  resourceType: string
  created: string
  status: 'PENDING' | 'RUNNING' | 'COMPLETED' | 'ABORTED' | 'FAILED'
  validation?: 'FAILED' | 'SUCCESSFUL' | 'TIMED_OUT' | 'VALIDATING'
  statusMessage?: string
  /** Name of the restore testing plan that started it; absent: an on-demand restore. */
  testingPlan?: string
}
/** Per region. */
export interface SimBackup {
  plans: SimBackupPlan[]
  vaults: string[]
  recoveryPoints: SimRecoveryPoint[]
  restoreTestingPlans: { name: string; schedule: string; lastExecution?: string }[]
  restoreJobs: SimRestoreJob[]
}
export interface SimRdsInstance {
  id: string
  region: string
  engine: string
  retentionDays: number
  multiAz: boolean
  readReplicaOf?: string
  cluster?: string
  /** StorageEncrypted (the one DB instance list serves the backup and the encryption checks); default true. */
  encrypted?: boolean
  kmsKeyId?: string
}
export interface SimGuardrail {
  id: string
  name: string
  status: 'CREATING' | 'UPDATING' | 'VERSIONING' | 'READY' | 'FAILED' | 'DELETING'
  /** Published version numbers. */
  versions: string[]
}
export interface SimEndpoint {
  name: string
  status?:
    | 'OutOfService'
    | 'Creating'
    | 'Updating'
    | 'SystemUpdating'
    | 'RollingBack'
    | 'InService'
    | 'Deleting'
    | 'Failed'
  /** Undefined: no data capture configured. */
  capture?: { enabled: boolean; status: 'Started' | 'Stopped'; percent: number; s3Uri: string }
}
export interface SimMonitoringSchedule {
  name: string
  endpoint: string
  status: 'Pending' | 'Failed' | 'Scheduled' | 'Stopped'
  type?: 'DataQuality' | 'ModelQuality' | 'ModelBias' | 'ModelExplainability'
  last?: {
    status:
      'Pending' | 'Completed' | 'CompletedWithViolations' | 'InProgress' | 'Failed' | 'Stopping' | 'Stopped'
    scheduled: string
    failureReason?: string
  }
}
export interface SimBackupAiAccount {
  backup?: Record<string, SimBackup>
  rdsInstances?: SimRdsInstance[]
  guardrails?: Record<string, SimGuardrail[]>
  sagemakerEndpoints?: Record<string, SimEndpoint[]>
  monitoringSchedules?: Record<string, SimMonitoringSchedule[]>
}

/** Wire protocols by SigV4 signing name: AWS Backup is REST-JSON, RDS is the Query protocol (API references). */
export const BACKUP_AI_PROTOCOLS = { backup: 'rest-json', rds: 'query' } as const
export const RDS_NAMESPACE = 'http://rds.amazonaws.com/doc/2014-10-31/'

/** The operations answered here, by service (SageMaker's and RDS's come from X-Amz-Target / Action). */
export const BACKUP_AI_OPERATIONS: Record<string, string[]> = {
  backup: [
    'ListBackupPlans',
    'ListBackupSelections',
    'ListBackupVaults',
    'ListProtectedResources',
    'ListRecoveryPointsByBackupVault',
    'ListRestoreTestingPlans',
    'ListRestoreJobs'
  ],
  rds: ['DescribeDBInstances'],
  bedrock: ['ListGuardrails'],
  sagemaker: ['ListEndpoints', 'DescribeEndpoint', 'ListMonitoringSchedules', 'DescribeMonitoringSchedule']
}

/** REST-JSON routes, from each operation's "Request Syntax"; path parameters go to `params`. */
export function backupAiOperation(
  service: string,
  method: string,
  path: string,
  params: Record<string, string>
): string | undefined {
  if (service === 'bedrock' && method === 'GET' && path === '/guardrails') return 'ListGuardrails'
  if (service !== 'backup' || method !== 'GET') return undefined
  const p = path.replace(/\/$/, '')
  // https://docs.aws.amazon.com/aws-backup/latest/devguide/API_ListBackupPlans.html: GET /backup/plans/
  if (p === '/backup/plans') return 'ListBackupPlans'
  // API_ListBackupSelections.html: GET /backup/plans/backupPlanId/selections/
  const selections = /^\/backup\/plans\/([^/]+)\/selections$/.exec(p)
  if (selections) {
    params.BackupPlanId = decodeURIComponent(selections[1]!)
    return 'ListBackupSelections'
  }
  // API_ListBackupVaults.html: GET /backup-vaults/
  if (p === '/backup-vaults') return 'ListBackupVaults'
  // API_ListRecoveryPointsByBackupVault.html: GET /backup-vaults/backupVaultName/recovery-points/
  const points = /^\/backup-vaults\/([^/]+)\/recovery-points$/.exec(p)
  if (points) {
    params.BackupVaultName = decodeURIComponent(points[1]!)
    return 'ListRecoveryPointsByBackupVault'
  }
  // API_ListProtectedResources.html: GET /resources/
  if (p === '/resources') return 'ListProtectedResources'
  // API_ListRestoreTestingPlans.html: GET /restore-testing/plans
  if (p === '/restore-testing/plans') return 'ListRestoreTestingPlans'
  // API_ListRestoreJobs.html: GET /restore-jobs/
  if (p === '/restore-jobs') return 'ListRestoreJobs'
  return undefined
}

export interface BackupAiCall {
  accountId: string
  account: SimBackupAiAccount
  region: string
  operation: string
  /** JSON body (SageMaker). */
  input: Record<string, unknown>
  /** URL query (REST) or form parameters (Query protocol). */
  query: URLSearchParams
  /** Path parameters of REST routes. */
  params: Record<string, string>
}

const epoch = (iso: string) => Math.floor(Date.parse(iso) / 1000)
const token = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString('base64')
function offsetOf(value: unknown, code: string, status = 400): number {
  if (value === undefined || value === null || value === '') return 0
  try {
    const o = (JSON.parse(Buffer.from(String(value), 'base64').toString('utf8')) as { o?: unknown }).o
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o
  } catch {
    // falls through
  }
  throw new SimServiceError(status, code, 'The pagination token is not valid.')
}
function page<T>(all: T[], offset: number, size: number): { items: T[]; next?: string } {
  const items = all.slice(offset, offset + size)
  return { items, ...(offset + size < all.length ? { next: token(offset + size) } : {}) }
}
function size(value: unknown, fallback: number, min: number, max: number, code: string): number {
  if (value === undefined || value === null || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new SimServiceError(
      400,
      code,
      `1 validation error detected: Value '${String(value)}' at 'maxResults' failed to satisfy constraint: Member must have value between ${min} and ${max}`
    )
  }
  return n
}
/** A query timestamp (the SDK sends ISO 8601 date-time in the query string). */
function after(value: string | null): number {
  if (!value) return -Infinity
  const t = Date.parse(value)
  if (Number.isNaN(t))
    throw new SimServiceError(400, 'InvalidParameterValueException', `Invalid timestamp ${value}`)
  return t
}

const recoveryPointArn = (c: BackupAiCall, p: SimRecoveryPoint, i: number) =>
  `arn:aws:backup:${c.region}:${c.accountId}:recovery-point:${p.vault}-${epoch(p.created)}-${i}`

/** The reply body of a REST-JSON or JSON operation; for RDS (Query) the children of DescribeDBInstancesResult. */
export function backupAiReply(service: string, c: BackupAiCall): object | XmlChild[] {
  const b: SimBackup = c.account.backup?.[c.region] ?? {
    plans: [],
    vaults: [],
    recoveryPoints: [],
    restoreTestingPlans: [],
    restoreJobs: []
  }
  const points = b.recoveryPoints.map((p, i) => ({ ...p, arn: recoveryPointArn(c, p, i) }))
  const q = (name: string) => c.query.get(name)
  switch (`${service}:${c.operation}`) {
    // API_ListBackupPlans.html: BackupPlansList, maxResults 1–1000, nextToken; a region never used: empty.
    case 'backup:ListBackupPlans': {
      const { items, next } = page(
        b.plans,
        offsetOf(q('nextToken'), 'InvalidParameterValueException'),
        size(q('maxResults'), 1000, 1, 1000, 'InvalidParameterValueException')
      )
      return {
        BackupPlansList: items.map((p) => ({
          BackupPlanArn: `arn:aws:backup:${c.region}:${c.accountId}:backup-plan:${p.id}`,
          BackupPlanId: p.id,
          BackupPlanName: p.name,
          CreationDate: epoch('2024-01-02T00:00:00Z'),
          VersionId: `v-${p.id}`
        })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // API_ListBackupSelections.html: an unknown plan is ResourceNotFoundException (HTTP 400).
    case 'backup:ListBackupSelections': {
      const plan = b.plans.find((p) => p.id === c.params.BackupPlanId)
      if (!plan)
        throw new SimServiceError(
          400,
          'ResourceNotFoundException',
          `Backup plan ${c.params.BackupPlanId} not found`
        )
      const { items, next } = page(
        plan.selections,
        offsetOf(q('nextToken'), 'InvalidParameterValueException'),
        size(q('maxResults'), 1000, 1, 1000, 'InvalidParameterValueException')
      )
      return {
        BackupSelectionsList: items.map((s) => ({
          SelectionId: s.id,
          SelectionName: s.name,
          BackupPlanId: plan.id,
          CreationDate: epoch('2024-01-02T00:00:00Z'),
          IamRoleArn: `arn:aws:iam::${c.accountId}:role/service-role/AWSBackupDefaultServiceRole`
        })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // API_ListBackupVaults.html: BackupVaultList with NumberOfRecoveryPoints.
    case 'backup:ListBackupVaults': {
      const { items, next } = page(
        b.vaults,
        offsetOf(q('nextToken'), 'InvalidParameterValueException'),
        size(q('maxResults'), 1000, 1, 1000, 'InvalidParameterValueException')
      )
      return {
        BackupVaultList: items.map((v) => ({
          BackupVaultName: v,
          BackupVaultArn: `arn:aws:backup:${c.region}:${c.accountId}:backup-vault:${v}`,
          VaultType: 'BACKUP_VAULT',
          CreationDate: epoch('2024-01-02T00:00:00Z'),
          NumberOfRecoveryPoints: b.recoveryPoints.filter((p) => p.vault === v).length,
          Locked: false
        })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // API_ListRecoveryPointsByBackupVault.html: createdAfter filters; an unknown vault is
    // ResourceNotFoundException (400); maxResults 1–1000.
    case 'backup:ListRecoveryPointsByBackupVault': {
      const vault = c.params.BackupVaultName
      if (!b.vaults.includes(vault ?? ''))
        throw new SimServiceError(400, 'ResourceNotFoundException', `Backup vault ${vault} not found`)
      const from = after(q('createdAfter'))
      const all = points.filter((p) => p.vault === vault && Date.parse(p.created) >= from)
      const { items, next } = page(
        all,
        offsetOf(q('nextToken'), 'InvalidParameterValueException'),
        size(q('maxResults'), 1000, 1, 1000, 'InvalidParameterValueException')
      )
      return {
        RecoveryPoints: items.map((p) => ({
          RecoveryPointArn: p.arn,
          BackupVaultName: p.vault,
          BackupVaultArn: `arn:aws:backup:${c.region}:${c.accountId}:backup-vault:${p.vault}`,
          ResourceArn: p.resourceArn,
          ResourceType: p.resourceType,
          Status: p.status ?? 'COMPLETED',
          CreationDate: epoch(p.created),
          CompletionDate: epoch(p.created) + 600,
          IsEncrypted: true,
          ...(p.deleteAfterDays ? { Lifecycle: { DeleteAfterDays: p.deleteAfterDays } } : {})
        })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // API_ListProtectedResources.html: "Returns an array of resources successfully backed up by AWS Backup",
    // with the time of the most recent backup.
    case 'backup:ListProtectedResources': {
      const byResource = new Map<string, (typeof points)[number]>()
      for (const p of points) {
        if (p.status && p.status !== 'COMPLETED' && p.status !== 'AVAILABLE') continue
        const seen = byResource.get(p.resourceArn)
        if (!seen || seen.created < p.created) byResource.set(p.resourceArn, p)
      }
      const all = [...byResource.values()]
      const { items, next } = page(
        all,
        offsetOf(q('nextToken'), 'InvalidParameterValueException'),
        size(q('maxResults'), 1000, 1, 1000, 'InvalidParameterValueException')
      )
      return {
        Results: items.map((p) => ({
          ResourceArn: p.resourceArn,
          ResourceType: p.resourceType,
          LastBackupTime: epoch(p.created),
          LastRecoveryPointArn: p.arn
        })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // API_ListRestoreTestingPlans.html: RestoreTestingPlans (required), MaxResults 1–1000, NextToken.
    case 'backup:ListRestoreTestingPlans': {
      const { items, next } = page(
        b.restoreTestingPlans,
        offsetOf(q('NextToken'), 'InvalidParameterValueException'),
        size(q('MaxResults'), 1000, 1, 1000, 'InvalidParameterValueException')
      )
      return {
        RestoreTestingPlans: items.map((p) => ({
          CreationTime: epoch('2024-01-02T00:00:00Z'),
          RestoreTestingPlanArn: `arn:aws:backup:${c.region}:${c.accountId}:restore-testing-plan:${p.name}`,
          RestoreTestingPlanName: p.name,
          ScheduleExpression: p.schedule,
          ...(p.lastExecution ? { LastExecutionTime: epoch(p.lastExecution) } : {})
        })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // API_ListRestoreJobs.html: createdAfter filters; restore tests carry CreatedBy.RestoreTestingPlanArn and
    // ValidationStatus.
    case 'backup:ListRestoreJobs': {
      const from = after(q('createdAfter'))
      const all = b.restoreJobs.filter((j) => Date.parse(j.created) >= from)
      const { items, next } = page(
        all,
        offsetOf(q('nextToken'), 'InvalidParameterValueException'),
        size(q('maxResults'), 1000, 1, 1000, 'InvalidParameterValueException')
      )
      return {
        RestoreJobs: items.map((j) => ({
          AccountId: c.accountId,
          RestoreJobId: j.id,
          RecoveryPointArn: j.recoveryPointArn,
          ResourceType: j.resourceType,
          CreationDate: epoch(j.created),
          ...(j.status === 'COMPLETED' || j.status === 'FAILED'
            ? { CompletionDate: epoch(j.created) + 1800 }
            : {}),
          Status: j.status,
          ...(j.statusMessage ? { StatusMessage: j.statusMessage } : {}),
          ...(j.validation ? { ValidationStatus: j.validation } : {}),
          ...(j.testingPlan
            ? {
                CreatedBy: {
                  RestoreTestingPlanArn: `arn:aws:backup:${c.region}:${c.accountId}:restore-testing-plan:${j.testingPlan}`
                }
              }
            : {})
        })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DescribeDBInstances.html: MaxRecords
    // 20–100 (else InvalidParameterValue), Marker; DBInstances members named DBInstance.
    case 'rds:DescribeDBInstances': {
      const max = q('MaxRecords')
      if (max !== null && (!/^\d+$/.test(max) || Number(max) < 20 || Number(max) > 100)) {
        throw new SimServiceError(
          400,
          'InvalidParameterValue',
          'Invalid value for MaxRecords. Must be between 20 and 100'
        )
      }
      const all = (c.account.rdsInstances ?? []).filter((i) => i.region === c.region)
      const { items, next } = page(
        all,
        offsetOf(q('Marker'), 'InvalidParameterValue'),
        max ? Number(max) : 100
      )
      return [
        group(
          'DBInstances',
          items.map((i) =>
            group('DBInstance', [
              el('DBInstanceIdentifier', i.id),
              el('DBInstanceClass', 'db.t3.medium'),
              el('Engine', i.engine),
              el('DBInstanceStatus', 'available'),
              el('BackupRetentionPeriod', i.retentionDays),
              i.retentionDays > 0
                ? el('LatestRestorableTime', new Date(Date.now() - 300_000).toISOString())
                : undefined,
              el('MultiAZ', i.multiAz),
              el('ReadReplicaSourceDBInstanceIdentifier', i.readReplicaOf),
              el('DBClusterIdentifier', i.cluster),
              el('StorageEncrypted', i.encrypted ?? true),
              el(
                'KmsKeyId',
                (i.encrypted ?? true)
                  ? (i.kmsKeyId ?? `arn:aws:kms:${c.region}:${c.accountId}:key/aws-rds`)
                  : undefined
              ),
              el('DBInstanceArn', `arn:aws:rds:${c.region}:${c.accountId}:db:${i.id}`)
            ])
          )
        ),
        el('Marker', next)
      ]
    }
    // https://docs.aws.amazon.com/bedrock/latest/APIReference/API_ListGuardrails.html: without
    // guardrailIdentifier, the DRAFT version of every guardrail; with it, every version of that guardrail;
    // an unknown one is ResourceNotFoundException (404). maxResults 1–1000; dates as ISO 8601.
    case 'bedrock:ListGuardrails': {
      const all = c.account.guardrails?.[c.region] ?? []
      const id = q('guardrailIdentifier')
      const arn = (g: SimGuardrail) => `arn:aws:bedrock:${c.region}:${c.accountId}:guardrail/${g.id}`
      let summaries: { g: SimGuardrail; version: string }[]
      if (id) {
        const g = all.find((x) => x.id === id || arn(x) === id)
        if (!g) throw new SimServiceError(404, 'ResourceNotFoundException', `Guardrail ${id} not found`)
        summaries = [{ g, version: 'DRAFT' }, ...g.versions.map((version) => ({ g, version }))]
      } else summaries = all.map((g) => ({ g, version: 'DRAFT' }))
      const { items, next } = page(
        summaries,
        offsetOf(q('nextToken'), 'ValidationException'),
        size(q('maxResults'), 1000, 1, 1000, 'ValidationException')
      )
      return {
        guardrails: items.map(({ g, version }) => ({
          id: g.id,
          arn: arn(g),
          status: version === 'DRAFT' ? g.status : 'READY',
          name: g.name,
          version,
          createdAt: '2024-03-01T00:00:00Z',
          updatedAt: '2024-03-01T00:00:00Z'
        })),
        ...(next ? { nextToken: next } : {})
      }
    }
    // https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListEndpoints.html: Endpoints (required),
    // MaxResults 1–100, times as epoch seconds (JSON 1.1).
    case 'sagemaker:ListEndpoints': {
      const all = c.account.sagemakerEndpoints?.[c.region] ?? []
      const { items, next } = page(
        all,
        offsetOf(c.input.NextToken, 'ValidationException'),
        size(c.input.MaxResults, 10, 1, 100, 'ValidationException')
      )
      return {
        Endpoints: items.map((e) => ({
          EndpointName: e.name,
          EndpointArn: `arn:aws:sagemaker:${c.region}:${c.accountId}:endpoint/${e.name}`,
          CreationTime: epoch('2024-04-01T00:00:00Z'),
          LastModifiedTime: epoch('2024-04-01T00:00:00Z'),
          EndpointStatus: e.status ?? 'InService'
        })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // API_DescribeEndpoint.html: DataCaptureConfig (EnableCapture, CaptureStatus Started | Stopped,
    // CurrentSamplingPercentage, DestinationS3Uri); an unknown endpoint is ValidationException "Could not find endpoint".
    case 'sagemaker:DescribeEndpoint': {
      const e = (c.account.sagemakerEndpoints?.[c.region] ?? []).find((x) => x.name === c.input.EndpointName)
      if (!e)
        throw new SimServiceError(
          400,
          'ValidationException',
          `Could not find endpoint "${String(c.input.EndpointName)}".`
        )
      return {
        EndpointName: e.name,
        EndpointArn: `arn:aws:sagemaker:${c.region}:${c.accountId}:endpoint/${e.name}`,
        EndpointConfigName: `${e.name}-config`,
        EndpointStatus: e.status ?? 'InService',
        CreationTime: epoch('2024-04-01T00:00:00Z'),
        LastModifiedTime: epoch('2024-04-01T00:00:00Z'),
        ...(e.capture
          ? {
              DataCaptureConfig: {
                EnableCapture: e.capture.enabled,
                CaptureStatus: e.capture.status,
                CurrentSamplingPercentage: e.capture.percent,
                DestinationS3Uri: e.capture.s3Uri
              }
            }
          : {})
      }
    }
    // API_ListMonitoringSchedules.html: MonitoringScheduleSummaries (required), MaxResults 1–100.
    case 'sagemaker:ListMonitoringSchedules': {
      const all = c.account.monitoringSchedules?.[c.region] ?? []
      const { items, next } = page(
        all,
        offsetOf(c.input.NextToken, 'ValidationException'),
        size(c.input.MaxResults, 10, 1, 100, 'ValidationException')
      )
      return {
        MonitoringScheduleSummaries: items.map((s) => ({
          MonitoringScheduleName: s.name,
          MonitoringScheduleArn: `arn:aws:sagemaker:${c.region}:${c.accountId}:monitoring-schedule/${s.name}`,
          CreationTime: epoch('2024-04-02T00:00:00Z'),
          LastModifiedTime: epoch('2024-04-02T00:00:00Z'),
          MonitoringScheduleStatus: s.status,
          EndpointName: s.endpoint,
          MonitoringType: s.type ?? 'DataQuality'
        })),
        ...(next ? { NextToken: next } : {})
      }
    }
    // API_DescribeMonitoringSchedule.html: LastMonitoringExecutionSummary (MonitoringExecutionStatus,
    // ScheduledTime, FailureReason); an unknown schedule is ResourceNotFound (400).
    case 'sagemaker:DescribeMonitoringSchedule': {
      const s = (c.account.monitoringSchedules?.[c.region] ?? []).find(
        (x) => x.name === c.input.MonitoringScheduleName
      )
      if (!s)
        throw new SimServiceError(
          400,
          'ResourceNotFound',
          `Monitoring schedule ${String(c.input.MonitoringScheduleName)} not found`
        )
      return {
        MonitoringScheduleArn: `arn:aws:sagemaker:${c.region}:${c.accountId}:monitoring-schedule/${s.name}`,
        MonitoringScheduleName: s.name,
        MonitoringScheduleStatus: s.status,
        MonitoringType: s.type ?? 'DataQuality',
        CreationTime: epoch('2024-04-02T00:00:00Z'),
        LastModifiedTime: epoch('2024-04-02T00:00:00Z'),
        MonitoringScheduleConfig: {
          ScheduleConfig: { ScheduleExpression: 'cron(0 * ? * * *)' },
          MonitoringJobDefinitionName: `${s.name}-definition`,
          MonitoringType: s.type ?? 'DataQuality'
        },
        EndpointName: s.endpoint,
        ...(s.last
          ? {
              LastMonitoringExecutionSummary: {
                MonitoringScheduleName: s.name,
                ScheduledTime: epoch(s.last.scheduled),
                CreationTime: epoch(s.last.scheduled),
                LastModifiedTime: epoch(s.last.scheduled) + 900,
                MonitoringExecutionStatus: s.last.status,
                EndpointName: s.endpoint,
                ...(s.last.failureReason ? { FailureReason: s.last.failureReason } : {})
              }
            }
          : {})
      }
    }
  }
  throw new SimServiceError(400, 'UnknownOperationException', `Unknown operation ${c.operation}`)
}
