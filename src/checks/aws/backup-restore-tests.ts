import { AWS_BACKUP_EVIDENCE, type BackupEvidence } from '../../evidence/aws-backup.js'
import type { Check } from '../check.js'
import { DAY_MS, perRecord } from './records.js'

/** A restore test failed (Status) or its validation did (ValidationStatus), per the ListRestoreJobs reference. */
const failed = (job: BackupEvidence['restoreJobs'][number]) =>
  job.Status === 'FAILED' ||
  job.Status === 'ABORTED' ||
  job.ValidationStatus === 'FAILED' ||
  job.ValidationStatus === 'TIMED_OUT'
const succeeded = (job: BackupEvidence['restoreJobs'][number]) => job.Status === 'COMPLETED' && !failed(job)

export const awsBackupRestoreTests: Check = {
  metadata: {
    id: 'aws.backup.restore-tests',
    version: 1,
    title: 'AWS Backup restore testing ran recently and its restores in the period succeeded',
    severity: 'high',
    rationale:
      'A backup is known to be usable only when it has been restored: restore testing restores recovery points on a schedule and validates them, which is the evidence that recovery works.',
    remediation:
      'AWS Backup → Restore testing → Create restore testing plan (frequency at least monthly, the protected resource types, a validation window), then investigate each failed restore job (AWS Backup → Jobs → Restore jobs, its status message). CLI: aws backup create-restore-testing-plan …; aws backup create-restore-testing-selection …',
    evidenceKinds: [AWS_BACKUP_EVIDENCE.backup]
  },
  evaluate: (context) =>
    perRecord<BackupEvidence>(context, AWS_BACKUP_EVIDENCE.backup, 'AWS Backup status', (data) => {
      const maxAge = context.config.aws['restore-test-max-age-days']
      const start = context.period.start
      const end = context.period.end
      if (data.restoreTestingPlans.length === 0) {
        return data.protectedResources.length === 0
          ? {
              status: 'not_applicable',
              message: 'No AWS Backup recovery points and no restore testing plan in this region.'
            }
          : {
              status: 'fail',
              message: `${data.protectedResources.length} resource(s) have recovery points but there is no restore testing plan: restores are never tested here.`
            }
      }
      if (data.truncated?.includes('restore jobs')) {
        return { status: 'error', message: 'The restore job listing was cut at the page cap.' }
      }
      const oldest = Date.parse(end) - maxAge * DAY_MS
      if (Date.parse(data.restoreJobsFrom) > Math.min(oldest, Date.parse(start)) + 60_000) {
        return {
          status: 'error',
          message: `The restore jobs were read from ${data.restoreJobsFrom}; the last ${maxAge} days before ${end} (and the period from ${start}) are not all covered.`
        }
      }
      const tests = data.restoreJobs.filter(
        (j) => j.CreatedBy?.RestoreTestingPlanArn && j.CreationDate && j.CreationDate <= end
      )
      const inPeriod = tests.filter((j) => j.CreationDate! >= start)
      const failures = inPeriod.filter(failed)
      const recent = tests.filter((j) => succeeded(j) && Date.parse(j.CreationDate!) >= oldest)
      const problems = [
        ...failures
          .slice(0, 10)
          .map(
            (j) =>
              `restore test ${j.RestoreJobId ?? '?'} of ${j.RecoveryPointArn ?? 'a recovery point'} on ${j.CreationDate}: ${j.Status}${j.ValidationStatus ? `, validation ${j.ValidationStatus}` : ''}${j.StatusMessage || j.ValidationStatusMessage ? ` (${j.StatusMessage ?? j.ValidationStatusMessage})` : ''}`
          ),
        ...(recent.length === 0 ? [`no restore test succeeded in the ${maxAge} days before ${end}`] : [])
      ]
      const plans = data.restoreTestingPlans
        .map((p) => p.RestoreTestingPlanName ?? p.RestoreTestingPlanArn)
        .join(', ')
      if (problems.length > 0) {
        return {
          status: 'fail',
          message: `Restore testing (${plans}): ${problems.join('; ')}${failures.length > 10 ? `; and ${failures.length - 10} more failures` : ''}.`,
          details: failures
        }
      }
      const last = recent
        .map((j) => j.CreationDate!)
        .sort()
        .pop()
      return {
        status: 'pass',
        message: `Restore testing (${plans}): ${recent.length} successful restore test(s) in the last ${maxAge} days, the latest on ${last}; ${inPeriod.length} in the period, none failed.`
      }
    })
}
