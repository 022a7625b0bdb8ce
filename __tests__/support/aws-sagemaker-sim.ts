/**
 * The SageMaker Model Registry and the CloudTrail events of its approvals, for the loopback AWS simulator
 * (JSON 1.1: `X-Amz-Target: SageMaker.<Operation>`, timestamps as epoch seconds). Shapes follow the
 * SageMaker API reference (ListModelPackageGroups, ListModelPackages, DescribeModelPackage) and CloudTrail's
 * LookupEvents, whose events carry the CloudTrail record as a JSON string.
 */
export interface SimUserContext {
  UserProfileName?: string
  UserProfileArn?: string
  DomainId?: string
  IamIdentity?: { Arn?: string; PrincipalId?: string; SourceIdentity?: string }
}
export interface SimModelPackage {
  version: number
  approval: 'Approved' | 'Rejected' | 'PendingManualApproval'
  /** Default Completed. */
  packageStatus?: 'Pending' | 'InProgress' | 'Completed' | 'Failed' | 'Deleting'
  created: string
  createdBy: SimUserContext
  description?: string
  card?: { content: Record<string, unknown>; status: 'Draft' | 'PendingReview' | 'Approved' | 'Archived' }
  customerMetadata?: Record<string, string>
  generatedBy?: string
  /** The UpdateModelPackage call that set `approval`, as CloudTrail recorded it. */
  approvedBy?: { userIdentity: Record<string, unknown>; time: string }
  /** A later edit (e.g. of CustomerMetadataProperties): LastModifiedBy / LastModifiedTime move to it. */
  laterEdit?: { by: SimUserContext; time: string }
}
export interface SimModelPackageGroup {
  name: string
  region: string
  packages: SimModelPackage[]
}

const epoch = (iso: string) => Math.floor(Date.parse(iso) / 1000)
// SageMaker writes resource names in ARNs in lower case.
const groupArn = (account: string, region: string, name: string) =>
  `arn:aws:sagemaker:${region}:${account}:model-package-group/${name.toLowerCase()}`
const packageArn = (account: string, region: string, name: string, version: number) =>
  `arn:aws:sagemaker:${region}:${account}:model-package/${name.toLowerCase()}/${version}`

export function sageMakerOperations(
  groups: SimModelPackageGroup[],
  account: string,
  region: string,
  input: Record<string, unknown>
): Record<string, () => unknown> {
  const inRegion = groups.filter((g) => g.region === region)
  const groupOf = (ref: unknown) =>
    inRegion.find((g) => g.name === ref || groupArn(account, region, g.name) === ref)
  return {
    // Without CrossAccountFilterOption the account's own groups; CrossAccount: those shared with it (none here).
    ListModelPackageGroups: () => ({
      ModelPackageGroupSummaryList:
        input.CrossAccountFilterOption === 'CrossAccount'
          ? []
          : inRegion.map((g) => ({
              ModelPackageGroupName: g.name,
              ModelPackageGroupArn: groupArn(account, region, g.name),
              CreationTime: epoch(g.packages[0]?.created ?? '2024-01-01T00:00:00Z'),
              ModelPackageGroupStatus: 'Completed'
            }))
    }),
    ListModelPackages: () => {
      const group = groupOf(input.ModelPackageGroupName)
      return {
        ModelPackageSummaryList: (group?.packages ?? []).map((p) => ({
          ModelPackageGroupName: group!.name,
          ModelPackageVersion: p.version,
          ModelPackageArn: packageArn(account, region, group!.name, p.version),
          CreationTime: epoch(p.created),
          ModelPackageStatus: p.packageStatus ?? 'Completed',
          ModelApprovalStatus: p.approval
        }))
      }
    },
    DescribeModelPackage: () => {
      for (const group of inRegion) {
        for (const p of group.packages) {
          const arn = packageArn(account, region, group.name, p.version)
          if (arn !== input.ModelPackageName) continue
          const lastBy = p.laterEdit?.by ?? identityContext(p.approvedBy?.userIdentity) ?? p.createdBy
          const lastAt = p.laterEdit?.time ?? p.approvedBy?.time ?? p.created
          return {
            ModelPackageName: `${group.name}-${p.version}`,
            ModelPackageGroupName: group.name,
            ModelPackageVersion: p.version,
            ModelPackageArn: arn,
            ...(p.description && { ModelPackageDescription: p.description }),
            CreationTime: epoch(p.created),
            ModelPackageStatus: p.packageStatus ?? 'Completed',
            ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
            ModelApprovalStatus: p.approval,
            CreatedBy: p.createdBy,
            LastModifiedTime: epoch(lastAt),
            LastModifiedBy: lastBy,
            ...(p.generatedBy && { MetadataProperties: { GeneratedBy: p.generatedBy } }),
            ...(p.customerMetadata && { CustomerMetadataProperties: p.customerMetadata }),
            ...(p.card && {
              ModelCard: { ModelCardContent: JSON.stringify(p.card.content), ModelCardStatus: p.card.status }
            })
          }
        }
      }
      return undefined
    }
  }
}

/** LookupEvents for `EventName = UpdateModelPackage`: the approvals of the region's packages, newest first. */
export function lookUpModelPackageEvents(
  groups: SimModelPackageGroup[],
  account: string,
  region: string,
  input: Record<string, unknown>
): unknown {
  const attributes = (input.LookupAttributes ?? []) as { AttributeKey?: string; AttributeValue?: string }[]
  const wanted = attributes.find((a) => a.AttributeKey === 'EventName')?.AttributeValue
  if (wanted && wanted !== 'UpdateModelPackage') return { Events: [] }
  const events = groups
    .filter((g) => g.region === region)
    .flatMap((g) =>
      g.packages
        .filter((p) => p.approvedBy)
        .map((p) => {
          const arn = packageArn(account, region, g.name, p.version)
          const id = `${arn.split('/').slice(-2).join('-')}-approval`
          const record = {
            eventVersion: '1.08',
            userIdentity: p.approvedBy!.userIdentity,
            eventTime: p.approvedBy!.time,
            eventSource: 'sagemaker.amazonaws.com',
            eventName: 'UpdateModelPackage',
            awsRegion: region,
            sourceIPAddress: '198.51.100.7',
            userAgent: 'aws-cli/2.15.0',
            requestParameters: { modelPackageArn: arn, modelApprovalStatus: p.approval },
            responseElements: { modelPackageArn: arn },
            requestID: id,
            eventID: id,
            readOnly: false,
            eventType: 'AwsApiCall',
            managementEvent: true,
            recipientAccountId: account,
            eventCategory: 'Management'
          }
          return {
            EventId: id,
            EventName: 'UpdateModelPackage',
            ReadOnly: 'false',
            EventTime: epoch(p.approvedBy!.time),
            EventSource: 'sagemaker.amazonaws.com',
            Username: String((p.approvedBy!.userIdentity.arn as string | undefined)?.split('/').pop() ?? ''),
            Resources: [],
            CloudTrailEvent: JSON.stringify(record)
          }
        })
    )
    .sort((a, b) => b.EventTime - a.EventTime)
  return { Events: events }
}

function identityContext(identity: Record<string, unknown> | undefined): SimUserContext | undefined {
  if (!identity) return undefined
  return { IamIdentity: { Arn: String(identity.arn), PrincipalId: String(identity.principalId) } }
}
