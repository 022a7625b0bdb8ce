import type { EvidenceRecord, RequestRecord } from '../../model.js'
import { AWS_BACKUP_EVIDENCE, type BackupEvidence } from '../../evidence/aws-backup.js'
import type { EventWindow } from './change-events.js'
import type { CollectionError } from '../../model.js'
import { sdkExports, type AccountScope } from './scope.js'

type Failed = { ok: false; failure: CollectionError; request: RequestRecord }

/** Pages read per listing at most (plans, vaults, protected resources, restore jobs: up to 1,000 items each). */
const PAGES = 10
/** Plans whose selections are listed, and vaults whose recovery points are read, at most. */
const MAX_PLANS = 50
const MAX_VAULTS = 20
/** Recovery point pages (100 each) per vault at most. */
const RECOVERY_POINT_PAGES = 20
/** Recovery points are read from this long before the window: the last one before the period anchors its first gap. */
const RECOVERY_POINT_LOOKBACK_DAYS = 8
/** Restore jobs are read at least this far back: restore tests run weekly or monthly, not in every period. */
const RESTORE_JOB_DAYS = 92

const iso = (value: unknown): string | undefined => {
  if (value === undefined || value === null) return undefined
  const date = new Date(value as string)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}

/**
 * AWS Backup in one region: the plans and their selections, the vaults and the recovery points created in
 * the window, the protected resources, the restore testing plans and the restore jobs of the window. AWS
 * Backup has no per-region switch: a region where it was never used answers empty lists, which the checks
 * judge. Any failed call makes the record an error (a partial picture would make a gap look like coverage).
 */
export async function collectBackup(scope: AccountScope, region: string, window: EventWindow): Promise<void> {
  const sdk = sdkExports(await import('@aws-sdk/client-backup'))
  const client = scope.clients.lazy('backup', region, (settings) => new sdk.BackupClient(settings))
  const requests: RequestRecord[] = []
  const record: EvidenceRecord<BackupEvidence> = {
    path: scope.path(region, 'backup-status'),
    source: 'aws',
    subject: scope.regionSubject(region),
    kind: AWS_BACKUP_EVIDENCE.backup,
    requests
  }
  const truncated: string[] = []
  const failed = (outcome: Failed) => {
    requests.push(outcome.request)
    return scope.add({ ...record, error: outcome.failure })
  }
  /** Walks a listing, keeping its items, up to `cap` pages. */
  const walk = async <P extends object, T>(
    command: Parameters<AccountScope['pages']>[0],
    name: string,
    pages: AsyncIterable<P>,
    items: (page: P) => T[] | undefined,
    cap = PAGES
  ): Promise<Failed | { ok: true; items: T[] }> => {
    const all: T[] = []
    let count = 0
    const result = await scope.pages(command, region, pages, (page, request) => {
      requests.push(request)
      all.push(...(items(page as P) ?? []))
      if (++count >= cap && (page as { NextToken?: string }).NextToken) {
        truncated.push(name)
        return false
      }
    })
    return result.ok ? { ok: true, items: all } : result
  }

  const plans = await walk(
    'ListBackupPlansCommand',
    'plans',
    sdk.paginateListBackupPlans({ client }, {}),
    (page) => page.BackupPlansList
  )
  if (!plans.ok) return failed(plans)
  const selections: BackupEvidence['selections'] = []
  if (plans.items.length > MAX_PLANS) truncated.push('selections')
  for (const plan of plans.items.slice(0, MAX_PLANS)) {
    if (!plan.BackupPlanId) continue
    const listed = await walk(
      'ListBackupSelectionsCommand',
      `selections of ${plan.BackupPlanId}`,
      sdk.paginateListBackupSelections({ client }, { BackupPlanId: plan.BackupPlanId }),
      (page) => page.BackupSelectionsList
    )
    if (!listed.ok) return failed(listed)
    for (const s of listed.items) {
      selections.push({
        BackupPlanId: plan.BackupPlanId,
        ...(s.SelectionId ? { SelectionId: s.SelectionId } : {}),
        ...(s.SelectionName ? { SelectionName: s.SelectionName } : {})
      })
    }
  }
  const vaults = await walk(
    'ListBackupVaultsCommand',
    'vaults',
    sdk.paginateListBackupVaults({ client }, {}),
    (page) => page.BackupVaultList
  )
  if (!vaults.ok) return failed(vaults)
  const recoveryPoints: BackupEvidence['recoveryPoints'] = []
  const recoveryPointsFrom = new Date(
    Date.parse(window.start) - RECOVERY_POINT_LOOKBACK_DAYS * 86_400_000
  ).toISOString()
  if (vaults.items.length > MAX_VAULTS) truncated.push('recovery points')
  for (const vault of vaults.items.slice(0, MAX_VAULTS)) {
    if (!vault.BackupVaultName) continue
    const listed = await walk(
      'ListRecoveryPointsByBackupVaultCommand',
      `recovery points of ${vault.BackupVaultName}`,
      sdk.paginateListRecoveryPointsByBackupVault(
        { client, pageSize: 100 },
        { BackupVaultName: vault.BackupVaultName, ByCreatedAfter: new Date(recoveryPointsFrom) }
      ),
      (page) => page.RecoveryPoints,
      RECOVERY_POINT_PAGES
    )
    if (!listed.ok) return failed(listed)
    for (const p of listed.items) {
      const created = iso(p.CreationDate)
      const completed = iso(p.CompletionDate)
      recoveryPoints.push({
        ...(p.RecoveryPointArn ? { RecoveryPointArn: p.RecoveryPointArn } : {}),
        BackupVaultName: vault.BackupVaultName,
        ...(p.ResourceArn ? { ResourceArn: p.ResourceArn } : {}),
        ...(p.ResourceType ? { ResourceType: p.ResourceType } : {}),
        ...(p.Status ? { Status: p.Status } : {}),
        ...(created ? { CreationDate: created } : {}),
        ...(completed ? { CompletionDate: completed } : {}),
        ...(p.Lifecycle?.DeleteAfterDays !== undefined
          ? { Lifecycle: { DeleteAfterDays: p.Lifecycle.DeleteAfterDays } }
          : {})
      })
    }
  }
  const resources = await walk(
    'ListProtectedResourcesCommand',
    'protected resources',
    sdk.paginateListProtectedResources({ client }, {}),
    (page) => page.Results
  )
  if (!resources.ok) return failed(resources)
  const testing = await walk(
    'ListRestoreTestingPlansCommand',
    'restore testing plans',
    sdk.paginateListRestoreTestingPlans({ client }, {}),
    (page) => page.RestoreTestingPlans
  )
  if (!testing.ok) return failed(testing)
  const restoreJobsFrom = new Date(
    Math.min(Date.parse(window.start), Date.parse(window.end) - RESTORE_JOB_DAYS * 86_400_000)
  ).toISOString()
  const jobs = await walk(
    'ListRestoreJobsCommand',
    'restore jobs',
    sdk.paginateListRestoreJobs({ client }, { ByCreatedAfter: new Date(restoreJobsFrom) }),
    (page) => page.RestoreJobs
  )
  if (!jobs.ok) return failed(jobs)

  const text = (value: unknown, max = 300) => (typeof value === 'string' ? value.slice(0, max) : undefined)
  const pick = <T extends object>(entries: [string, unknown][]): T =>
    Object.fromEntries(entries.filter(([, v]) => v !== undefined)) as T
  await scope.add({
    ...record,
    data: {
      from: window.start,
      to: window.end,
      plans: plans.items.map((p) =>
        pick([
          ['BackupPlanId', text(p.BackupPlanId)],
          ['BackupPlanName', text(p.BackupPlanName)],
          ['LastExecutionDate', iso(p.LastExecutionDate)]
        ])
      ),
      selections,
      vaults: vaults.items.map((v) =>
        pick([
          ['BackupVaultName', text(v.BackupVaultName)],
          ['NumberOfRecoveryPoints', v.NumberOfRecoveryPoints],
          ['Locked', v.Locked]
        ])
      ),
      protectedResources: resources.items.map((r) =>
        pick([
          ['ResourceArn', text(r.ResourceArn, 2048)],
          ['ResourceType', text(r.ResourceType)],
          ['LastBackupTime', iso(r.LastBackupTime)]
        ])
      ),
      recoveryPointsFrom,
      recoveryPoints,
      restoreTestingPlans: testing.items.map((t) =>
        pick([
          ['RestoreTestingPlanArn', text(t.RestoreTestingPlanArn, 2048)],
          ['RestoreTestingPlanName', text(t.RestoreTestingPlanName)],
          ['ScheduleExpression', text(t.ScheduleExpression)],
          ['LastExecutionTime', iso(t.LastExecutionTime)]
        ])
      ),
      restoreJobsFrom,
      restoreJobs: jobs.items.map((j) =>
        pick([
          ['RestoreJobId', text(j.RestoreJobId)],
          ['RecoveryPointArn', text(j.RecoveryPointArn, 2048)],
          ['ResourceType', text(j.ResourceType)],
          ['Status', text(j.Status)],
          ['StatusMessage', text(j.StatusMessage)],
          ['CreationDate', iso(j.CreationDate)],
          ['CompletionDate', iso(j.CompletionDate)],
          ['ValidationStatus', text(j.ValidationStatus)],
          ['ValidationStatusMessage', text(j.ValidationStatusMessage)],
          [
            'CreatedBy',
            j.CreatedBy?.RestoreTestingPlanArn
              ? { RestoreTestingPlanArn: text(j.CreatedBy.RestoreTestingPlanArn, 2048) }
              : undefined
          ]
        ])
      ),
      ...(truncated.length ? { truncated } : {})
    }
  })
}
