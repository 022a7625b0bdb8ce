/**
 * CloudTrail LookupEvents answers for SageMaker UpdateModelPackage calls, shaped as the real ones: the
 * Event summary with the record JSON as a string in `CloudTrailEvent` (CloudTrail LookupEvents API
 * reference), the record in the CloudTrail record schema (userIdentity with sessionContext.sessionIssuer and
 * sourceIdentity, docs "CloudTrail userIdentity element"), and SageMaker's camelCase requestParameters
 * without a `resources` list (examples in "Understand SageMaker AI log file entries").
 */
const REGION = 'eu-west-1'
const ACCOUNT = '123456789012'

export function approvalEvent(
  arn: string,
  options: {
    status?: string
    identity?: Record<string, unknown>
    time?: string
    id?: string
    errorCode?: string
  } = {}
) {
  const time = options.time ?? '2024-05-03T14:20:40Z'
  const identity = options.identity ?? {
    type: 'AssumedRole',
    principalId: 'AROAEXAMPLEAPPROVER:jonas',
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/ModelApprover/jonas`,
    accountId: ACCOUNT,
    accessKeyId: 'ASIAEXAMPLEKEYID0001',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: 'AROAEXAMPLEAPPROVER',
        arn: `arn:aws:iam::${ACCOUNT}:role/ModelApprover`,
        accountId: ACCOUNT,
        userName: 'ModelApprover'
      },
      attributes: { creationDate: '2024-05-03T14:01:02Z', mfaAuthenticated: 'false' }
    }
  }
  const id = options.id ?? 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111'
  return {
    EventId: id,
    EventName: 'UpdateModelPackage',
    ReadOnly: 'false',
    AccessKeyId: 'ASIAEXAMPLEKEYID0001',
    EventTime: new Date(time),
    EventSource: 'sagemaker.amazonaws.com',
    Username: 'jonas',
    Resources: [],
    CloudTrailEvent: JSON.stringify({
      eventVersion: '1.08',
      userIdentity: identity,
      eventTime: time,
      eventSource: 'sagemaker.amazonaws.com',
      eventName: 'UpdateModelPackage',
      awsRegion: REGION,
      sourceIPAddress: '198.51.100.7',
      userAgent: 'aws-cli/2.15.0',
      ...(options.errorCode ? { errorCode: options.errorCode, errorMessage: 'denied' } : {}),
      requestParameters: {
        modelPackageArn: arn,
        modelApprovalStatus: options.status ?? 'Approved',
        approvalDescription: 'Meets the 0.9 accuracy bar; fairness review RISK-214 signed off.'
      },
      responseElements: { modelPackageArn: arn },
      requestID: 'f0e1d2c3-0000-4000-8000-000000000000',
      eventID: id,
      readOnly: false,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: ACCOUNT,
      eventCategory: 'Management'
    })
  }
}
