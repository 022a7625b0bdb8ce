import { createHash } from 'node:crypto'
import type { Event as CloudTrailLookupEvent } from '@aws-sdk/client-cloudtrail'
import type { ApprovalEvent } from '../../evidence/models.js'

export type { ApprovalEvent, UserContextJson } from '../../evidence/models.js'
export {
  principalOfEvent,
  principalOfUserContext,
  sameApprover,
  type Principal
} from '../../checks/models/sagemaker-approval.js'

/**
 * Who approved a SageMaker model package. `LastModifiedBy` is whoever last edited the package (a later
 * metadata update replaces the approver), so the approval is read from CloudTrail: the `UpdateModelPackage`
 * event whose `requestParameters.modelApprovalStatus` set the current status.
 */

/**
 * The CloudTrail record schema (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html):
 * `userIdentity.{type, arn, principalId, accountId, userName, invokedBy, sessionContext.{sessionIssuer.arn,
 * sourceIdentity}}`. Access key ids and source IP addresses are left out of the bundle.
 */
export function reduceApprovalEvent(event: CloudTrailLookupEvent): ApprovalEvent | undefined {
  if (!event.EventId || !event.CloudTrailEvent) return undefined
  let parsed: {
    eventTime?: string
    errorCode?: string
    requestParameters?: {
      modelPackageArn?: string
      modelApprovalStatus?: string
      approvalDescription?: string
    } | null
    userIdentity?: {
      type?: string
      arn?: string
      principalId?: string
      accountId?: string
      userName?: string
      invokedBy?: string
      sessionContext?: { sessionIssuer?: { arn?: string }; sourceIdentity?: string }
    }
  }
  try {
    parsed = JSON.parse(event.CloudTrailEvent) as typeof parsed
  } catch {
    return undefined
  }
  const identity = parsed.userIdentity ?? {}
  const request = parsed.requestParameters ?? {}
  const pick = <T extends Record<string, unknown>>(value: T) =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string' && v !== '')) as {
      [K in keyof T]?: string
    }
  return {
    eventId: event.EventId,
    eventTime: event.EventTime?.toISOString() ?? parsed.eventTime ?? '',
    cloudTrailEventSha256: createHash('sha256').update(event.CloudTrailEvent).digest('hex'),
    ...pick({
      modelPackageArn: request.modelPackageArn,
      status: request.modelApprovalStatus,
      description: request.approvalDescription,
      errorCode: parsed.errorCode
    }),
    identity: pick({
      type: identity.type,
      arn: identity.arn,
      principalId: identity.principalId,
      accountId: identity.accountId,
      userName: identity.userName,
      issuerArn: identity.sessionContext?.sessionIssuer?.arn,
      sourceIdentity: identity.sessionContext?.sourceIdentity,
      invokedBy: identity.invokedBy
    })
  }
}
