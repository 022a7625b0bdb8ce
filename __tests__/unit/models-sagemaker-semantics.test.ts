import { readFile } from 'node:fs/promises'
import { CloudTrailClient, CloudTrailServiceException, LookupEventsCommand } from '@aws-sdk/client-cloudtrail'
import {
  DescribeModelPackageCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  SageMakerClient
} from '@aws-sdk/client-sagemaker'
import { S3Client } from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { modelDeploymentApproval } from '../../src/checks/models/deployment-approval.js'
import { modelDocumentation } from '../../src/checks/models/documentation.js'
import { modelEvaluationThresholds } from '../../src/checks/models/evaluation-thresholds.js'
import { configSchema } from '../../src/config/schema.js'
import type { EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import { reduceApprovalEvent } from '../../src/sources/models/sagemaker-approval.js'
import {
  SAGEMAKER_KIND,
  collectSageMaker,
  sageMakerVersionView,
  type SageMakerPackageData,
  type SageMakerPackageJson,
  type SageMakerReport
} from '../../src/sources/models/sagemaker.js'
import { approvalEvent } from '../support/sagemaker-cloudtrail.js'

const REGION = 'eu-west-1'
const ACCOUNT = '123456789012'
const ARN = `arn:aws:sagemaker:${REGION}:${ACCOUNT}:model-package/churn-xgb/7`
let base: SageMakerPackageJson
beforeAll(async () => {
  base = JSON.parse(
    await readFile(
      new URL('../fixtures/models/sagemaker/describe-model-package-approved.json', import.meta.url),
      'utf8'
    )
  ) as SageMakerPackageJson
  delete base.ModelMetrics
})

const assumed = (role: string, session: string, sourceIdentity?: string) => ({
  type: 'AssumedRole',
  principalId: `AROAEXAMPLE:${session}`,
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${role}/${session}`,
  accountId: ACCOUNT,
  sessionContext: {
    sessionIssuer: {
      type: 'Role',
      arn: `arn:aws:iam::${ACCOUNT}:role/${role}`,
      accountId: ACCOUNT,
      userName: role
    },
    ...(sourceIdentity ? { sourceIdentity } : {})
  }
})

function record(
  pkg: Partial<SageMakerPackageJson> = {},
  extra: Partial<SageMakerPackageData> = {}
): EvidenceRecord<SageMakerPackageData> {
  return {
    path: `evidence/models/sagemaker/${REGION}/churn-xgb/7.json`,
    source: 'sagemaker',
    subject: `sagemaker:${REGION}/churn-xgb/7`,
    kind: SAGEMAKER_KIND,
    requests: [],
    data: {
      group: 'churn-xgb',
      package: { ...base, ...pkg },
      reports: [],
      approvalLookup: { status: 'done', since: '2024-02-03T00:00:00.000Z' },
      approvalEvents: [reduceApprovalEvent(approvalEvent(ARN))!],
      ...extra
    }
  }
}
const events = (...list: ReturnType<typeof approvalEvent>[]) =>
  list.map((e) => reduceApprovalEvent(e)!).sort((a, b) => b.eventTime.localeCompare(a.eventTime))

function run(
  check: typeof modelDeploymentApproval,
  records: EvidenceRecord[],
  models: Record<string, unknown> = {}
) {
  return check.evaluate({
    evidence: new EvidenceIndex(records),
    config: configSchema.parse({ models: { sagemaker: { region: REGION }, ...models } }),
    period: { start: '2024-05-09T00:00:00.000Z', end: '2024-05-10T00:00:00.000Z', expression: 'P1D' }
  })
}

describe('SageMaker approval: who set Approved, compared normalised with who created it', () => {
  test.each([
    [
      'another role approved (the fixture: maria created in Studio, ModelApprover/jonas approved)',
      {},
      {},
      'pass',
      'approved by arn:aws:sts::123456789012:assumed-role/ModelApprover/jonas at 2024-05-03T14:20:40.000Z'
    ],
    [
      'the creator approved from another role: the Studio profile is the SourceIdentity of the approval',
      {},
      {
        approvalEvents: events(
          approvalEvent(ARN, { identity: assumed('SageMakerExecutionRole', 'SageMaker', 'maria') })
        )
      },
      'fail',
      'approved by its creator maria'
    ],
    [
      'a later edit by someone else does not hide a self-approval (LastModifiedBy is not the approver)',
      {
        CreatedBy: {
          IamIdentity: {
            Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSReservedSSO_DataScientist_0a1b2c/dana@acme.com`
          }
        }
      },
      {
        approvalEvents: events(
          approvalEvent(ARN, { identity: assumed('AWSReservedSSO_MLApprover_3d4e5f', 'dana@acme.com') })
        )
      },
      'fail',
      'approved by its creator dana@acme.com'
    ],
    [
      'one shared role and no SourceIdentity cannot tell two people apart',
      { CreatedBy: { IamIdentity: { Arn: `arn:aws:sts::${ACCOUNT}:assumed-role/MLOps/pipeline` } } },
      { approvalEvents: events(approvalEvent(ARN, { identity: assumed('MLOps', 'console-user') })) },
      'fail',
      'approved under the role arn:aws:iam::123456789012:role/MLOps that also created it'
    ],
    [
      'a role ARN and an assumed-role session of it are the same role',
      { CreatedBy: { IamIdentity: { Arn: `arn:aws:iam::${ACCOUNT}:role/service-role/MLOps` } } },
      { approvalEvents: events(approvalEvent(ARN, { identity: assumed('MLOps', 'x') })) },
      'fail',
      'approved under the role'
    ],
    [
      'no event that set Approved in the event history',
      {},
      { approvalEvents: [] },
      'fail',
      "no UpdateModelPackage event that set Approved is in CloudTrail's event history since 2024-02-03T00:00:00.000Z"
    ],
    [
      'a failed UpdateModelPackage call approved nothing',
      {},
      { approvalEvents: events(approvalEvent(ARN, { errorCode: 'AccessDeniedException' })) },
      'fail',
      'no UpdateModelPackage event that set Approved'
    ],
    [
      'the latest event that set Approved counts, not an earlier one',
      {},
      {
        approvalEvents: events(
          approvalEvent(ARN, {
            id: 'old',
            time: '2024-05-01T00:00:00Z',
            identity: assumed('Other', 's', 'lee')
          }),
          approvalEvent(ARN, { id: 'rejected', status: 'Rejected', time: '2024-05-02T00:00:00Z' }),
          approvalEvent(ARN, {
            id: 'new',
            time: '2024-05-03T00:00:00Z',
            identity: assumed('Other', 's', 'maria')
          })
        )
      },
      'fail',
      'CloudTrail event new'
    ],
    [
      'CloudTrail could not be read',
      {},
      {
        approvalLookup: {
          status: 'error' as const,
          detail: 'LookupEvents in eu-west-1: access denied. Grant the role cloudtrail:LookupEvents.'
        }
      },
      'error',
      'who approved cannot be established: LookupEvents in eu-west-1: access denied'
    ],
    [
      'a group shared from another account is approved in that account',
      {},
      {
        shared: { owner: '210987654321', groupArn: 'arn' },
        approvalLookup: {
          status: 'not-applicable' as const,
          detail: 'the group is shared from account 210987654321, whose CloudTrail holds its approvals'
        }
      },
      'error',
      'shared from account 210987654321'
    ],
    [
      'a production lifecycle stage that is not approved',
      { ModelLifeCycle: { Stage: 'Production', StageStatus: 'PendingApproval' } },
      {},
      'fail',
      'lifecycle stage Production has StageStatus PendingApproval, not Approved'
    ],
    [
      'a failing lifecycle stage fails even when CloudTrail could not be read',
      { ModelLifeCycle: { Stage: 'Production', StageStatus: 'Rejected' } },
      { approvalLookup: { status: 'error' as const, detail: 'LookupEvents in eu-west-1: access denied.' } },
      'fail',
      'lifecycle stage Production has StageStatus Rejected, not Approved; Approved, but who approved cannot be established'
    ],
    [
      'in the Production stage but never approved',
      {
        ModelApprovalStatus: 'PendingManualApproval',
        ModelLifeCycle: { Stage: 'Production', StageStatus: 'Approved' }
      },
      { approvalEvents: [] },
      'fail',
      'ModelApprovalStatus is PendingManualApproval, not Approved'
    ]
  ])('%s', (_name, pkg, extra, status, message) => {
    const [finding] = run(modelDeploymentApproval, [record(pkg, extra)])
    expect(finding).toMatchObject({ status, message: expect.stringContaining(message) })
  })

  test('only Completed packages are deployable: an approved Failed package is not in production', () => {
    expect(run(modelDeploymentApproval, [record({ ModelPackageStatus: 'Failed' })])).toEqual([])
    expect(sageMakerVersionView(record({ ModelPackageStatus: 'Failed' }))!.labels).toContain(
      'ModelPackageStatus Failed'
    )
  })

  test('the event in the bundle carries no access key or source address', () => {
    const text = JSON.stringify(reduceApprovalEvent(approvalEvent(ARN)))
    expect(text).not.toContain('ASIA')
    expect(text).not.toContain('198.51.100.7')
  })
})

describe('SageMaker model card status', () => {
  test.each([
    ['Approved', 'pass', 'intended use and limitations documented (ModelCard)'],
    [
      'Draft',
      'fail',
      'the model card (the ModelCard is Draft, not Approved) does not describe intended use or limitations'
    ],
    ['PendingReview', 'fail', 'the ModelCard is PendingReview, not Approved']
  ])('%s card', (cardStatus, status, message) => {
    const [finding] = run(modelDocumentation, [
      record({ ModelCard: { ...base.ModelCard!, ModelCardStatus: cardStatus } })
    ])
    expect(finding).toMatchObject({ status, message: expect.stringContaining(message) })
  })
})

describe('SageMaker metrics: Clarify bias reports and ContentDigest', () => {
  /** Clarify analysis.json (clarify-processing-job-analysis-results). */
  const clarify = (
    facets: Record<
      string,
      { value_or_threshold: string; metrics: { name: string; description: string; value: number | null }[] }[]
    >
  ) => ({
    version: '1.0',
    post_training_bias_metrics: { label: 'churned', label_value_or_threshold: '1', facets }
  })
  const report = (
    content: unknown,
    digest: string | undefined = 'sha256:' + 'a'.repeat(64)
  ): SageMakerReport => ({
    kind: 'Bias.PostTrainingReport',
    s3Uri: 's3://acme-ml-artifacts/churn-xgb/clarify/analysis.json',
    contentType: 'application/json',
    ...(digest ? { contentDigest: digest, digestForm: 'sha256-prefixed' as const, digestMatches: true } : {}),
    computed: { sha256Hex: 'a'.repeat(64) },
    object: { lastModified: '2024-05-02T10:00:00.000Z' },
    content
  })
  const oneFacet = clarify({
    gender: [
      {
        value_or_threshold: 'female',
        metrics: [
          {
            name: 'DPPL',
            description: 'Difference in Positive Proportions in Predicted Labels (DPPL)',
            value: 0.04
          },
          { name: 'DI', description: 'Disparate Impact (DI)', value: 0.93 },
          {
            name: 'CDDPL',
            description: 'Conditional Demographic Disparity in Predicted Labels (CDDPL)',
            value: null
          }
        ]
      }
    ]
  })
  const twoFacets = clarify({
    gender: [{ value_or_threshold: 'female', metrics: [{ name: 'DPPL', description: 'DPPL', value: 0.04 }] }],
    age: [{ value_or_threshold: '60', metrics: [{ name: 'DPPL', description: 'DPPL', value: 0.21 }] }]
  })
  test.each([
    [
      'one facet: the bare name is the metric',
      oneFacet,
      ['DPPL <= 0.1', 'DI >= 0.8'],
      'pass',
      'fairness metric DPPL 0.04 <= 0.1 (models.thresholds), fairness metric DI 0.93 >= 0.8'
    ],
    ['one facet over the bound fails', oneFacet, ['DPPL <= 0.01'], 'fail', 'DPPL 0.04 does not meet <= 0.01'],
    [
      'two facets: a bare name is not met by the better one',
      twoFacets,
      ['DPPL <= 0.1'],
      'fail',
      'no fairness metric DPPL result'
    ],
    [
      'two facets: each is named by facet and value',
      twoFacets,
      ['DPPL:age:60 <= 0.1'],
      'fail',
      'DPPL:age:60 0.21 does not meet <= 0.1'
    ],
    ['a null value is not a result', oneFacet, ['CDDPL <= 0.1'], 'fail', 'no fairness metric CDDPL result']
  ])('%s', (_name, content, thresholds, status, message) => {
    const [finding] = run(modelEvaluationThresholds, [record({}, { reports: [report(content)] })], {
      thresholds
    })
    expect(finding).toMatchObject({ status, message: expect.stringContaining(message) })
  })

  test('a report without ContentDigest is reported and cannot pass', () => {
    const [finding] = run(modelEvaluationThresholds, [record({}, { reports: [report(oneFacet, '')] })], {
      thresholds: ['DPPL <= 0.1']
    })
    expect(finding).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(
        'analysis.json has no ContentDigest, so the file in S3 cannot be shown to be the one registered'
      )
    })
  })
})

describe('collectSageMaker: shared groups and CloudTrail', () => {
  const OWNER = '210987654321'
  const SHARED = `arn:aws:sagemaker:${REGION}:${OWNER}:model-package-group/fraud-gbm`
  function clients() {
    const sagemaker = new SageMakerClient({ region: REGION })
    const s3 = new S3Client({ region: REGION })
    const cloudtrail = new CloudTrailClient({ region: REGION })
    const sm = mockClient(sagemaker)
    const trail = mockClient(cloudtrail)
    sm.on(ListModelPackageGroupsCommand)
      .resolves({
        ModelPackageGroupSummaryList: [
          {
            ModelPackageGroupName: 'churn-xgb',
            ModelPackageGroupArn: ARN.replace('model-package/churn-xgb/7', 'model-package-group/churn-xgb'),
            CreationTime: new Date(),
            ModelPackageGroupStatus: 'Completed'
          }
        ]
      })
      .on(ListModelPackageGroupsCommand, { CrossAccountFilterOption: 'CrossAccount' })
      .resolves({
        ModelPackageGroupSummaryList: [
          {
            ModelPackageGroupName: 'fraud-gbm',
            ModelPackageGroupArn: SHARED,
            CreationTime: new Date(),
            ModelPackageGroupStatus: 'Completed'
          }
        ]
      })
    sm.on(ListModelPackagesCommand, { ModelPackageGroupName: 'churn-xgb' })
      .resolves({
        ModelPackageSummaryList: [
          {
            ModelPackageGroupName: 'churn-xgb',
            ModelPackageVersion: 7,
            ModelPackageArn: ARN,
            CreationTime: new Date(),
            ModelPackageStatus: 'Completed',
            ModelApprovalStatus: 'Approved'
          }
        ]
      })
      .on(ListModelPackagesCommand, { ModelPackageGroupName: SHARED })
      .resolves({
        ModelPackageSummaryList: [
          {
            ModelPackageGroupName: 'fraud-gbm',
            ModelPackageVersion: 2,
            ModelPackageArn: `arn:aws:sagemaker:${REGION}:${OWNER}:model-package/fraud-gbm/2`,
            CreationTime: new Date(),
            ModelPackageStatus: 'Completed',
            ModelApprovalStatus: 'Approved'
          }
        ]
      })
    sm.on(DescribeModelPackageCommand).callsFake((input: { ModelPackageName: string }) => ({
      ...base,
      ModelPackageArn: input.ModelPackageName,
      ModelPackageGroupName: input.ModelPackageName.includes('fraud') ? 'fraud-gbm' : 'churn-xgb',
      $metadata: { httpStatusCode: 200 }
    }))
    const records: EvidenceRecord[] = []
    return {
      sagemaker,
      s3,
      cloudtrail,
      sm,
      trail,
      records,
      sink: { add: async (r: EvidenceRecord) => void records.push(r) }
    }
  }

  test('groups shared from another account are listed (CrossAccount) and read by ARN', async () => {
    const { sagemaker, s3, cloudtrail, sm, trail, records, sink } = clients()
    trail.on(LookupEventsCommand).resolves({ Events: [approvalEvent(ARN)] })
    const counts = await collectSageMaker(sink, { region: REGION }, { sagemaker, s3, cloudtrail })
    expect(counts).toEqual({ packages: 2, errors: 0 })
    expect(
      sm.commandCalls(ListModelPackagesCommand).map((c) => c.args[0].input.ModelPackageGroupName)
    ).toEqual(['churn-xgb', SHARED])
    expect(records.map((r) => r.subject)).toEqual([
      `sagemaker:${REGION}/churn-xgb/7`,
      `sagemaker:${REGION}/fraud-gbm@${OWNER}/2`
    ])
    expect((records[1]!.data as SageMakerPackageData).shared).toEqual({ owner: OWNER, groupArn: SHARED })
    // One LookupEvents by EventName for the region, matched by requestParameters.modelPackageArn.
    expect(trail.commandCalls(LookupEventsCommand)).toHaveLength(1)
    expect(trail.commandCalls(LookupEventsCommand)[0]!.args[0].input.LookupAttributes).toEqual([
      { AttributeKey: 'EventName', AttributeValue: 'UpdateModelPackage' }
    ])
    expect((records[0]!.data as SageMakerPackageData).approvalEvents).toHaveLength(1)
    const findings = run(modelDeploymentApproval, records)
    expect(findings.map((f) => [f.subject, f.status])).toEqual([
      [`sagemaker:${REGION}/churn-xgb/7`, 'pass'],
      [`sagemaker:${REGION}/fraud-gbm@${OWNER}/2`, 'error']
    ])
  })

  test('LookupEvents denied: the approvals are errors naming cloudtrail:LookupEvents', async () => {
    const { sagemaker, s3, cloudtrail, trail, records, sink } = clients()
    trail.on(LookupEventsCommand).rejects(
      new CloudTrailServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/annex-evidence/gha is not authorized to perform: cloudtrail:LookupEvents`
      })
    )
    const counts = await collectSageMaker(
      sink,
      { region: REGION, groups: ['churn-xgb'] },
      { sagemaker, s3, cloudtrail }
    )
    expect(counts).toEqual({ packages: 1, errors: 1 })
    const [finding] = run(modelDeploymentApproval, records)
    expect(finding).toMatchObject({
      status: 'error',
      message: expect.stringContaining('Grant the role cloudtrail:LookupEvents')
    })
  })
})
