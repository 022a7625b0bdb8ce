import { AWS_CHANGE_EVIDENCE, type ControlChangeEvent } from '../../evidence/aws-changes.js'
import { AWS_EVIDENCE } from '../../evidence/aws.js'
import { AWS_IDENTITY_EVIDENCE, type ServiceControlPoliciesEvidence } from '../../evidence/aws-identity.js'
import type { Check, CheckResult } from '../check.js'
import { guardSubject } from '../subject-guard.js'
import { deniesAction, parsePolicy } from './policy-document.js'
import { GUARDED_ACTIONS } from './scp-guardrails.js'
import { changesOf, timelineOf } from './timeline.js'

/** IAM and Organizations are global services: CloudTrail records their events in us-east-1. */
export const GLOBAL_EVENTS_REGION = 'us-east-1'

const isRoot = (e: ControlChangeEvent) =>
  /^arn:aws[a-z-]*:iam::\d{12}:root$/.test(e.userArn ?? '') &&
  typeof e.requestParameters?.userName !== 'string'

export const awsRootAccessKeysInForce: Check = {
  metadata: {
    id: 'aws.changes.root-access-keys-absent-in-force',
    version: 1,
    title: 'The root user had no access key at any time during the period',
    severity: 'high',
    rationale:
      'A root access key created and deleted again within the period leaves no trace in the state at its end, yet for that interval the account had unrestricted long-lived credentials.',
    remediation:
      'Investigate each interval (CloudTrail → Event history, event name CreateAccessKey, user root): who held the key and what it was used for; deny root use with a service control policy.',
    evidenceKinds: [AWS_EVIDENCE.accountSummary, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    context.evidence
      .all<{ summary: Record<string, number> }>(AWS_EVIDENCE.accountSummary)
      .map((record): CheckResult => {
        const changes = changesOf(context, `${record.subject}/${GLOBAL_EVENTS_REGION}`)
        const evidence = [record.path, ...(changes ? [changes.path] : [])]
        const present = record.data?.summary?.AccountAccessKeysPresent
        return guardSubject(record.subject, evidence, () => ({
          subject: record.subject,
          ...timelineOf(context, 'root-access-keys', changes, {
            events: (data) => data.events.filter(isRoot),
            stateAtEnd: record.error || typeof present !== 'number' ? undefined : present === 0,
            what: `The root user without access keys (events of ${GLOBAL_EVENTS_REGION})`
          }),
          evidence
        }))
      })
}

export const awsScpGuardrailsInForce: Check = {
  metadata: {
    id: 'aws.changes.scp-guardrails-in-force',
    version: 1,
    title: 'Guardrail service control policies stayed attached during the period',
    severity: 'high',
    rationale:
      'An SCP that denies leaving the organization or stopping CloudTrail protects nothing while it is detached; detaching it, acting, and attaching it again leaves the end state unchanged.',
    remediation:
      'Investigate each interval (CloudTrail → Event history in us-east-1 of the management account, event names DetachPolicy and AttachPolicy): who detached the policy and what was done meanwhile; restrict organizations:DetachPolicy to a break-glass role.',
    evidenceKinds: [AWS_IDENTITY_EVIDENCE.serviceControlPolicies, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) =>
    context.evidence
      .all<ServiceControlPoliciesEvidence>(AWS_IDENTITY_EVIDENCE.serviceControlPolicies)
      .filter((record) => !record.data?.deferred)
      .flatMap((record): CheckResult[] => {
        if (record.error || !record.data || !Array.isArray(record.data.policies)) {
          return [
            {
              subject: record.subject,
              status: 'error',
              message: `The service control policies could not be collected: ${record.error?.message ?? 'no data recorded'}`,
              evidence: [record.path]
            }
          ]
        }
        if (!record.data.inOrganization) return []
        const changes = changesOf(context, `${record.subject}/${GLOBAL_EVENTS_REGION}`)
        const evidence = [record.path, ...(changes ? [changes.path] : [])]
        const guardrails = record.data.policies.filter((policy) => {
          const parsed = parsePolicy(policy.Content)
          return parsed.ok && GUARDED_ACTIONS.some((a) => deniesAction(parsed.statements, a).denied)
        })
        if (guardrails.length === 0) {
          return [
            {
              subject: record.subject,
              status: 'not_applicable',
              message: 'No service control policy denies leaving the organization or stopping CloudTrail.',
              evidence
            }
          ]
        }
        return guardrails.map((policy) => {
          const subject = `${record.subject}/scp/${policy.Id ?? policy.Name}`
          return guardSubject(subject, evidence, () => ({
            subject,
            ...timelineOf(context, 'scp-attachment', changes, {
              events: (data) => data.events.filter((e) => e.requestParameters?.policyId === policy.Id),
              stateAtEnd: policy.error ? undefined : policy.targets.length > 0,
              what: `Attachment of SCP ${policy.Name ?? policy.Id}`
            }),
            evidence
          }))
        })
      })
}
