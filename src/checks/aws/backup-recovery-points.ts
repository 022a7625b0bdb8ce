import { AWS_BACKUP_EVIDENCE, type BackupEvidence } from '../../evidence/aws-backup.js'
import type { Check } from '../check.js'
import { DAY_MS, perRecord } from './records.js'

const HOUR_MS = 3_600_000
/** Recovery point states that can be restored from (AWS Backup API reference, RecoveryPointByBackupVault Status). */
const USABLE = new Set(['COMPLETED', 'AVAILABLE'])

interface Gap {
  resource: string
  from: string
  to: string
  hours: number
}

/**
 * The longest interval without a recovery point that reaches into [from, to]: from the last point at or
 * before `from` (else `anchor`, where reading began) through the points in the interval to `to`.
 */
export function longestGap(
  times: number[],
  from: number,
  to: number,
  anchor: number = from
): { from: number; to: number } {
  const before = times.filter((t) => t <= from)
  const first = before.length ? Math.max(...before) : anchor
  const points = [first, ...times.filter((t) => t > from && t <= to).sort((a, b) => a - b), to]
  let best = { from: first, to: first }
  for (let i = 1; i < points.length; i++) {
    if (points[i]! - points[i - 1]! > best.to - best.from) best = { from: points[i - 1]!, to: points[i]! }
  }
  return best
}

export const awsBackupRecoveryPoints: Check = {
  metadata: {
    id: 'aws.backup.recovery-points-within-rpo',
    version: 1,
    title: 'Every resource protected by AWS Backup had a recovery point at least every RPO over the period',
    severity: 'high',
    rationale:
      'The recovery point objective is met only if backups were actually taken: a protected resource whose recovery points are further apart than the RPO would lose more data than the business accepted.',
    remediation:
      'For each listed resource: AWS Backup → Jobs → Backup jobs (filter by the resource) for the failed or missing jobs and their status message; fix the cause (IAM role, resource state, start window too short, selection that no longer matches), then run an on-demand backup. Set aws.backup-rpo-hours to the RPO of the backup policy plus the rule start window.',
    evidenceKinds: [AWS_BACKUP_EVIDENCE.backup]
  },
  evaluate: (context) =>
    perRecord<BackupEvidence>(context, AWS_BACKUP_EVIDENCE.backup, 'AWS Backup status', (data) => {
      const rpoHours = context.config.aws['backup-rpo-hours']
      const start = Date.parse(context.period.start)
      const end = Date.parse(context.period.end)
      if (data.protectedResources.length === 0) {
        return {
          status: 'not_applicable',
          message: 'No resource in this region has an AWS Backup recovery point.'
        }
      }
      const readFrom = Date.parse(data.recoveryPointsFrom)
      if (!(readFrom <= start - rpoHours * HOUR_MS + 60_000)) {
        return {
          status: 'error',
          message: `The recovery points were read from ${data.recoveryPointsFrom}, less than the RPO of ${rpoHours} h before the period start ${context.period.start}; whether the RPO was met at the period start is not evidenced.`
        }
      }
      const cut = (data.truncated ?? []).filter((t) => t.startsWith('recovery points'))
      if (cut.length > 0) {
        return {
          status: 'error',
          message: `The ${cut.join(', ')} listing was cut at the page cap; gaps could be points not read.`
        }
      }
      const gaps: Gap[] = []
      const shortened: string[] = []
      const unexplained: string[] = []
      for (const resource of data.protectedResources) {
        const arn = resource.ResourceArn ?? '(no ARN)'
        const points = data.recoveryPoints.filter(
          (p) => p.ResourceArn === resource.ResourceArn && USABLE.has(p.Status ?? '')
        )
        if (
          points.length === 0 &&
          resource.LastBackupTime &&
          Date.parse(resource.LastBackupTime) >= readFrom
        ) {
          // Backed up since reading began, yet no recovery point was read: a continuous backup begun earlier,
          // or a point in a vault beyond the cap. Not decidable from what was read.
          unexplained.push(`${arn} (last backup ${resource.LastBackupTime})`)
          continue
        }
        // Recovery points older than their retention were deleted by their lifecycle: evidenced only from then.
        const retention = Math.max(0, ...points.map((p) => p.Lifecycle?.DeleteAfterDays ?? 0))
        const from = retention > 0 ? Math.max(start, end - retention * DAY_MS) : start
        if (from > start)
          shortened.push(`${arn} from ${new Date(from).toISOString()} (kept ${retention} days)`)
        const times = points.flatMap((p) => (p.CreationDate ? [Date.parse(p.CreationDate)] : []))
        // A continuous backup (point-in-time recovery) covers from its creation onwards: only the time before
        // it can be a gap.
        const continuous = points
          .filter((p) => p.RecoveryPointArn?.includes(':continuous:') && p.CreationDate)
          .map((p) => Date.parse(p.CreationDate!))
        const until = continuous.length ? Math.min(end, Math.max(from, Math.min(...continuous))) : end
        // A shortened window starts at the retention edge: nothing before it can be known, so no gap before it.
        const gap =
          continuous.length && Math.min(...continuous) <= from
            ? { from, to: from }
            : longestGap(times, from, until, from > start ? from : readFrom)
        const hours = (gap.to - gap.from) / HOUR_MS
        if (hours > rpoHours) {
          gaps.push({
            resource: arn,
            from: new Date(gap.from).toISOString(),
            to: new Date(gap.to).toISOString(),
            hours: Math.round(hours * 10) / 10
          })
        }
      }
      const note =
        (shortened.length ? ` Evidenced only ${shortened.join('; ')}.` : '') +
        (unexplained.length
          ? ` Not decided: ${unexplained.join('; ')}, with no recovery point read since ${data.recoveryPointsFrom}.`
          : '')
      if (gaps.length > 0) {
        gaps.sort((a, b) => b.hours - a.hours)
        return {
          status: 'fail',
          message: `${gaps.length} of ${data.protectedResources.length} protected resource(s) went longer than the RPO of ${rpoHours} h without a recovery point: ${gaps
            .slice(0, 10)
            .map((g) => `${g.resource} ${g.hours} h (${g.from}–${g.to})`)
            .join('; ')}${gaps.length > 10 ? `; and ${gaps.length - 10} more` : ''}.${note}`,
          details: gaps
        }
      }
      if (unexplained.length > 0) {
        return {
          status: 'error',
          message: `${unexplained.length} protected resource(s) could not be judged.${note}`
        }
      }
      return {
        status: 'pass',
        message: `All ${data.protectedResources.length} protected resource(s) had a recovery point at least every ${rpoHours} h over the period.${note}`
      }
    })
}
