import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand
} from '@aws-sdk/client-cloudtrail'
import { DescribeInstancesCommand, DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty'
import {
  GenerateCredentialReportCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  IAMClient
} from '@aws-sdk/client-iam'
import {
  BatchGetAccountStatusCommand,
  Inspector2Client,
  ListFindingAggregationsCommand
} from '@aws-sdk/client-inspector2'
import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListKeysCommand,
  paginateListKeys
} from '@aws-sdk/client-kms'
import {
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyStatusCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  S3Client
} from '@aws-sdk/client-s3'
import {
  GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand,
  S3ControlClient
} from '@aws-sdk/client-s3-control'
import {
  DescribeInstanceInformationCommand,
  DescribeInstancePatchStatesCommand,
  SSMClient,
  paginateDescribeInstanceInformation
} from '@aws-sdk/client-ssm'
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import {
  CREDENTIAL_REPORT_HEADER,
  demoAwsAccount,
  loopbackEndpointProvider,
  startAwsSimulator,
  type AwsSimulator,
  type SimAwsAccount
} from '../support/aws-simulator.js'

const OWN = '123456789012'
const OTHER = '210987654321'
const now = new Date()

let sim: AwsSimulator

/** A second account: nothing configured, more instances than one SSM page. */
const other: SimAwsAccount = {
  ...demoAwsAccount(now),
  id: OTHER,
  passwordPolicy: undefined,
  users: [],
  accountPublicAccessBlock: {
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: true,
    restrictPublicBuckets: true
  },
  buckets: [],
  instances: Array.from({ length: 12 }, (_, i) => ({
    id: `i-00000000000000${String(i).padStart(3, '0')}`,
    region: 'eu-west-1',
    critical: 0,
    security: 0,
    other: 0,
    lastScan: now.toISOString()
  }))
}

const config = (region = 'eu-west-1', credentials?: { accessKeyId: string; secretAccessKey: string }) => ({
  endpoint: sim.url,
  region,
  credentials: credentials ?? { accessKeyId: sim.accessKeyId, secretAccessKey: sim.secretAccessKey }
})
/** The error a rejected send carries. */
async function failure(
  promise: Promise<unknown>
): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise
  } catch (e) {
    return e as Error
  }
  throw new Error('expected the request to fail')
}

beforeAll(async () => {
  sim = await startAwsSimulator([demoAwsAccount(now), other], { credentialReportPolls: 2 })
})
afterAll(() => sim.close())
afterEach(() => sim.clearFaults())

describe('STS and EC2 (Query)', () => {
  it('answers GetCallerIdentity for the configured credentials', async () => {
    const id = await new STSClient(config()).send(new GetCallerIdentityCommand({}))
    expect(id.Account).toBe(OWN)
    expect(id.Arn).toBe(`arn:aws:iam::${OWN}:user/annex-evidence`)
  })

  it('assumes a role in a second account whose credentials then act in that account', async () => {
    const roleArn = `arn:aws:iam::${OTHER}:role/evidence`
    const assumed = await new STSClient(config()).send(
      new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'annex' })
    )
    const creds = assumed.Credentials!
    expect(creds.AccessKeyId).toContain(OTHER)
    expect(creds.Expiration!.getTime()).toBeGreaterThan(Date.now())
    const credentials = {
      accessKeyId: creds.AccessKeyId!,
      secretAccessKey: creds.SecretAccessKey!,
      sessionToken: creds.SessionToken!
    }
    const id = await new STSClient(config('eu-west-1', credentials)).send(new GetCallerIdentityCommand({}))
    expect(id.Account).toBe(OTHER)
    expect(id.Arn).toBe(`arn:aws:sts::${OTHER}:assumed-role/evidence/annex`)
    const noPolicy = await failure(
      new IAMClient(config('us-east-1', credentials)).send(new GetAccountPasswordPolicyCommand({}))
    )
    expect(noPolicy.name).toBe('NoSuchEntityException')
    expect(noPolicy.$metadata?.httpStatusCode).toBe(404)
    expect(sim.requests.at(-1)).toMatchObject({ service: 'iam', account: OTHER, status: 404 })

    sim.denyAssume(roleArn)
    const denied = await failure(
      new STSClient(config()).send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'annex' }))
    )
    expect(denied.name).toBe('AccessDenied')
    expect(denied.message).toContain(`sts:AssumeRole on resource: ${roleArn}`)
  })

  it('lists the enabled regions, and the opt-in ones with AllRegions', async () => {
    const ec2 = new EC2Client(config('us-east-1'))
    const enabled = await ec2.send(new DescribeRegionsCommand({}))
    expect(enabled.Regions).toEqual([
      {
        RegionName: 'eu-west-1',
        Endpoint: 'ec2.eu-west-1.amazonaws.com',
        OptInStatus: 'opt-in-not-required'
      },
      { RegionName: 'us-east-1', Endpoint: 'ec2.us-east-1.amazonaws.com', OptInStatus: 'opt-in-not-required' }
    ])
    const all = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }))
    expect(all.Regions?.find((r) => r.RegionName === 'ap-east-1')?.OptInStatus).toBe('not-opted-in')
    const disabled = await failure(new EC2Client(config('ap-east-1')).send(new DescribeRegionsCommand({})))
    expect(disabled.name).toBe('AuthFailure')
  })

  it('describes the EC2 instances of a region, including those SSM does not manage', async () => {
    const ec2 = new EC2Client(config('eu-west-1'))
    const { Reservations } = await ec2.send(
      new DescribeInstancesCommand({
        Filters: [{ Name: 'instance-state-name', Values: ['pending', 'running'] }],
        MaxResults: 1000
      })
    )
    const instances = Reservations!.flatMap((r) => r.Instances!)
    expect(instances.map((i) => i.InstanceId)).toContain('i-0a1b2c3d4e5f60007')
    expect(instances.find((i) => i.InstanceId === 'i-0a1b2c3d4e5f60007')).toMatchObject({
      State: { Code: 16, Name: 'running' },
      Tags: [{ Key: 'Name', Value: 'legacy-batch' }]
    })
    const tooMany = await failure(ec2.send(new DescribeInstancesCommand({ MaxResults: 1001 })))
    expect(tooMany.name).toBe('InvalidParameterValue')
  })
})

describe('IAM (Query)', () => {
  it('generates a credential report over several calls and serves it as CSV', async () => {
    const iam = new IAMClient(config('us-east-1'))
    expect((await failure(iam.send(new GetCredentialReportCommand({})))).name).toBe(
      'CredentialReportNotPresentException'
    )
    expect((await iam.send(new GenerateCredentialReportCommand({}))).State).toBe('STARTED')
    const notReady = await failure(iam.send(new GetCredentialReportCommand({})))
    expect(notReady.name).toBe('CredentialReportNotReadyException')
    expect((await iam.send(new GenerateCredentialReportCommand({}))).State).toBe('COMPLETE')
    const report = await iam.send(new GetCredentialReportCommand({}))
    expect(report.ReportFormat).toBe('text/csv')
    const lines = Buffer.from(report.Content!).toString('utf8').split('\n')
    expect(lines[0]).toBe(CREDENTIAL_REPORT_HEADER)
    expect(lines[0]).toMatch(/^user,arn,user_creation_time,password_enabled,.*,cert_2_last_rotated$/)
    expect(lines[1]).toMatch(
      new RegExp(`^<root_account>,arn:aws:iam::${OWN}:root,.*,not_supported,.*,true,false,`)
    )
    expect(lines).toHaveLength(6)
    const bob = lines.find((l) => l.startsWith('bob,'))!.split(',')
    expect(bob[3]).toBe('true')
    expect(bob[7]).toBe('false')
  })

  it('answers GetAccountSummary and GetAccountPasswordPolicy', async () => {
    const iam = new IAMClient(config('us-east-1'))
    const summary = await iam.send(new GetAccountSummaryCommand({}))
    expect(summary.SummaryMap).toMatchObject({ AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 4 })
    const policy = await iam.send(new GetAccountPasswordPolicyCommand({}))
    expect(policy.PasswordPolicy).toMatchObject({ MinimumPasswordLength: 10, RequireSymbols: false })
  })
})

describe('JSON 1.1 services', () => {
  it('describes the trails visible in a region, their status and event selectors', async () => {
    const ct = new CloudTrailClient(config('us-east-1'))
    const { trailList } = await ct.send(new DescribeTrailsCommand({}))
    expect(trailList).toHaveLength(1)
    expect(trailList![0]).toMatchObject({ IsMultiRegionTrail: true, HomeRegion: 'eu-west-1' })
    expect(trailList![0]!.KmsKeyId).toBeUndefined()
    const status = await ct.send(new GetTrailStatusCommand({ Name: trailList![0]!.TrailARN }))
    expect(status.IsLogging).toBe(true)
    expect(status.LatestDeliveryTime).toBeInstanceOf(Date)
    const selectors = await ct.send(new GetEventSelectorsCommand({ TrailName: 'management-events' }))
    expect(selectors.EventSelectors?.[0]).toMatchObject({
      ReadWriteType: 'All',
      IncludeManagementEvents: true
    })
    expect((await failure(ct.send(new GetTrailStatusCommand({ Name: 'nope' })))).name).toBe(
      'TrailNotFoundException'
    )
  })

  it('pages through SSM instances and answers patch states', async () => {
    const ssmOther = new SSMClient(config('eu-west-1', await assumeInto(OTHER)))
    const pages = []
    for await (const page of paginateDescribeInstanceInformation({ client: ssmOther }, { MaxResults: 5 })) {
      pages.push(page.InstanceInformationList!.length)
    }
    expect(pages).toEqual([5, 5, 2])
    const tooMany = await failure(ssmOther.send(new DescribeInstanceInformationCommand({ MaxResults: 51 })))
    expect(tooMany.name).toBe('ValidationException')

    const ssm = new SSMClient(config())
    const { InstanceInformationList } = await ssm.send(new DescribeInstanceInformationCommand({}))
    const ids = InstanceInformationList!.map((i) => i.InstanceId!)
    expect(ids).toHaveLength(4)
    const { InstancePatchStates } = await ssm.send(
      new DescribeInstancePatchStatesCommand({ InstanceIds: ids })
    )
    expect(InstancePatchStates!.filter((s) => s.CriticalNonCompliantCount! > 0)).toHaveLength(1)
    expect(
      InstancePatchStates!.filter((s) => s.OperationEndTime!.getTime() < Date.now() - 14 * 86_400_000)
    ).toHaveLength(1)
    const fiftyOne = Array.from({ length: 51 }, (_, i) => `i-${i}`)
    expect(
      (await failure(ssm.send(new DescribeInstancePatchStatesCommand({ InstanceIds: fiftyOne })))).name
    ).toBe('ValidationException')
  })

  it('lists KMS keys page by page and describes them', async () => {
    const kms = new KMSClient(config())
    const keys = []
    for await (const page of paginateListKeys({ client: kms }, { Limit: 1 })) keys.push(...page.Keys!)
    expect(keys).toHaveLength(4)
    const described = await Promise.all(
      keys.map((k) => kms.send(new DescribeKeyCommand({ KeyId: k.KeyArn })).then((d) => d.KeyMetadata!))
    )
    const signing = described.find((k) => k.KeySpec === 'ECC_NIST_P256')!
    expect(signing).toMatchObject({ KeyUsage: 'SIGN_VERIFY', KeyManager: 'CUSTOMER' })
    expect((await failure(kms.send(new GetKeyRotationStatusCommand({ KeyId: signing.KeyId })))).name).toBe(
      'UnsupportedOperationException'
    )
    const customer = described.filter((k) => k.KeyManager === 'CUSTOMER' && k.KeySpec === 'SYMMETRIC_DEFAULT')
    expect(customer).toHaveLength(2)
    const rotation = await Promise.all(
      customer.map((k) => kms.send(new GetKeyRotationStatusCommand({ KeyId: k.KeyId })))
    )
    expect(rotation.map((r) => r.KeyRotationEnabled).sort()).toEqual([false, true])
    expect((await failure(kms.send(new DescribeKeyCommand({ KeyId: 'missing' })))).name).toBe(
      'NotFoundException'
    )
  })
})

describe('REST-JSON services', () => {
  it('lists and gets GuardDuty detectors per region', async () => {
    const gd = new GuardDutyClient(config())
    const { DetectorIds } = await gd.send(new ListDetectorsCommand({}))
    expect(DetectorIds).toHaveLength(1)
    expect((await gd.send(new GetDetectorCommand({ DetectorId: DetectorIds![0] }))).Status).toBe('ENABLED')
    const east = await new GuardDutyClient(config('us-east-1')).send(new ListDetectorsCommand({}))
    expect(east.DetectorIds).toEqual([])
  })

  it('answers Inspector2 account status and ACCOUNT finding aggregations', async () => {
    const inspector = new Inspector2Client(config())
    const status = await inspector.send(new BatchGetAccountStatusCommand({}))
    expect(status.accounts?.[0]).toMatchObject({ accountId: OWN, state: { status: 'ENABLED' } })
    const aggregation = await inspector.send(
      new ListFindingAggregationsCommand({ aggregationType: 'ACCOUNT' })
    )
    expect(aggregation.responses?.[0]?.accountAggregation?.severityCounts).toEqual({
      all: 26,
      critical: 1,
      high: 3,
      medium: 8
    })
  })
})

describe('S3 and S3 Control (REST-XML)', () => {
  it('answers the bucket configuration reads with S3’s errors for what is missing', async () => {
    const s3 = new S3Client({ ...config(), forcePathStyle: true, followRegionRedirects: true })
    const { Buckets } = await s3.send(new ListBucketsCommand({}))
    expect(Buckets!.map((b) => b.Name)).toEqual(['acme-public-site', 'acme-audit-logs', 'acme-backups'])
    const location = await s3.send(new GetBucketLocationCommand({ Bucket: 'acme-backups' }))
    expect(location.LocationConstraint).toBeUndefined()
    const noPab = await failure(s3.send(new GetPublicAccessBlockCommand({ Bucket: 'acme-public-site' })))
    expect(noPab.name).toBe('NoSuchPublicAccessBlockConfiguration')
    const pab = await s3.send(new GetPublicAccessBlockCommand({ Bucket: 'acme-audit-logs' }))
    expect(pab.PublicAccessBlockConfiguration?.BlockPublicPolicy).toBe(true)
    const policy = await s3.send(new GetBucketPolicyStatusCommand({ Bucket: 'acme-public-site' }))
    expect(policy.PolicyStatus?.IsPublic).toBe(true)
    const noPolicy = await failure(s3.send(new GetBucketPolicyStatusCommand({ Bucket: 'acme-backups' })))
    expect(noPolicy.name).toBe('NoSuchBucketPolicy')
    const encryption = await s3.send(new GetBucketEncryptionCommand({ Bucket: 'acme-audit-logs' }))
    expect(
      encryption.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault
    ).toMatchObject({
      SSEAlgorithm: 'aws:kms'
    })
    // acme-backups lives in us-east-1: the client follows S3's 301 to the bucket's region.
    const versioning = await s3.send(new GetBucketVersioningCommand({ Bucket: 'acme-backups' }))
    expect(versioning.Status).toBe('Suspended')
    expect(
      (await s3.send(new GetBucketVersioningCommand({ Bucket: 'acme-public-site' }))).Status
    ).toBeUndefined()
  })

  it('answers the account public access block through S3 Control', async () => {
    const control = (credentials?: { accessKeyId: string; secretAccessKey: string }) =>
      new S3ControlClient({
        ...config('us-east-1', credentials),
        endpointProvider: loopbackEndpointProvider(sim.url)
      })
    const missing = await failure(control().send(new GetAccountPublicAccessBlockCommand({ AccountId: OWN })))
    expect(missing.name).toBe('NoSuchPublicAccessBlockConfiguration')
    const otherPab = await control(await assumeInto(OTHER)).send(
      new GetAccountPublicAccessBlockCommand({ AccountId: OTHER })
    )
    expect(otherPab.PublicAccessBlockConfiguration?.RestrictPublicBuckets).toBe(true)
    expect(sim.requests.at(-1)).toMatchObject({ service: 's3control', operation: 'GetPublicAccessBlock' })
  })
})

describe('faults', () => {
  it('answers AccessDenied naming the IAM action', async () => {
    sim.addFault({ service: 'iam', operation: 'GetAccountPasswordPolicy', kind: 'access-denied' })
    const e = await failure(new IAMClient(config('us-east-1')).send(new GetAccountPasswordPolicyCommand({})))
    expect(e.name).toBe('AccessDenied')
    expect(e.$metadata?.httpStatusCode).toBe(403)
    expect(e.message).toBe(
      `User: arn:aws:iam::${OWN}:user/annex-evidence is not authorized to perform: iam:GetAccountPasswordPolicy on resource: *`
    )
    sim.addFault({ service: 'kms', kind: 'access-denied', times: 1 })
    const kms = await failure(new KMSClient(config()).send(new ListKeysCommand({})))
    expect(kms.name).toBe('AccessDeniedException')
    expect(kms.message).toContain('kms:ListKeys')
  })

  it('throttles so that the SDK retries', async () => {
    sim.addFault({ service: 'kms', operation: 'ListKeys', region: 'eu-west-1', kind: 'throttling', times: 2 })
    const res = await new KMSClient(config()).send(new ListKeysCommand({}))
    expect(res.$metadata.attempts).toBe(3)
    sim.addFault({ service: 'sts', kind: 'throttling', times: 1 })
    const id = await new STSClient(config()).send(new GetCallerIdentityCommand({}))
    expect(id.$metadata.attempts).toBe(2)
    expect(
      sim.requests.filter((r) => r.status === 400 && r.operation === 'ListKeys').length
    ).toBeGreaterThanOrEqual(2)
  })

  it('answers malformed bodies the SDK cannot parse', async () => {
    sim.addFault({ service: 'guardduty', kind: 'malformed', times: 1 })
    sim.addFault({ service: 'ec2', kind: 'malformed', times: 1 })
    await expect(new GuardDutyClient(config()).send(new ListDetectorsCommand({}))).rejects.toThrow()
    await expect(new EC2Client(config()).send(new DescribeRegionsCommand({}))).rejects.toThrow()
  })
})

async function assumeInto(account: string) {
  const { Credentials } = await new STSClient(config()).send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${account}:role/evidence-reader`,
      RoleSessionName: 'annex'
    })
  )
  return {
    accessKeyId: Credentials!.AccessKeyId!,
    secretAccessKey: Credentials!.SecretAccessKey!,
    sessionToken: Credentials!.SessionToken!
  }
}
