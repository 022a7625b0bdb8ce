import { AWS_CHANGE_EVIDENCE, type ControlChangeEvent } from '../../evidence/aws-changes.js'
import { AWS_VULNERABILITY_EVIDENCE, type EcrScanningEvidence } from '../../evidence/aws-vulnerability.js'
import type { Check, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'
import { changesOf, timelineOf } from './timeline.js'

/** PutImageScanningConfiguration's requestParameters.imageScanningConfiguration.scanOnPush; anything else: off. */
const switchesOff = (e: ControlChangeEvent) => {
  const configuration = e.requestParameters?.imageScanningConfiguration
  return !(
    configuration &&
    typeof configuration === 'object' &&
    (configuration as { scanOnPush?: unknown }).scanOnPush === true
  )
}

export const awsEcrScanOnPushInForce: Check = {
  metadata: {
    id: 'aws.changes.ecr-scan-on-push-in-force',
    version: 1,
    title: 'ECR scan on push was not switched off during the period',
    severity: 'medium',
    rationale:
      'Images pushed while scan on push was off were never scanned when they arrived; switching it back on before the evidence is collected hides that from the state at the period end.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event name PutImageScanningConfiguration): scan the images pushed meanwhile (aws ecr start-image-scan), and move scanning to a registry rule (enhanced or basic scanning for *) so that no repository setting can switch it off.',
    evidenceKinds: [AWS_VULNERABILITY_EVIDENCE.ecrScanning, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    context.evidence
      .all<EcrScanningEvidence>(AWS_VULNERABILITY_EVIDENCE.ecrScanning)
      .flatMap((record): CheckResult[] => {
        if (record.error || !Array.isArray(record.data?.repositories)) {
          return [
            {
              subject: record.subject,
              status: 'error',
              message: `The ECR repositories could not be collected: ${record.error?.message ?? 'no repository list recorded'}`,
              evidence: [record.path]
            }
          ]
        }
        // Registry rules override the repository setting (ECR User Guide); those repositories are not followed here.
        if ((record.data.registry?.rules ?? []).length > 0) return []
        const changes = changesOf(context, record.subject)
        const evidence = [record.path, ...(changes ? [changes.path] : [])]
        return record.data.repositories.map((repository) => {
          const name = repository.repositoryName ?? '(unnamed)'
          const subject = `${record.subject}/ecr/${name}`
          return guardSubject(subject, evidence, () => ({
            subject,
            ...timelineOf(context, 'ecr-scan-on-push', changes, {
              events: (data) => data.events.filter((e) => e.requestParameters?.repositoryName === name),
              stateAtEnd: typeof repository.scanOnPush === 'boolean' ? repository.scanOnPush : undefined,
              what: `Scan on push of ECR repository ${name}`,
              isOff: switchesOff
            }),
            evidence
          }))
        })
      })
}
