import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail'
import { ListModelPackageGroupsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker'
import { S3Client } from '@aws-sdk/client-s3'
import { modelDeploymentApproval } from '../../src/checks/models/deployment-approval.js'
import { modelDocumentation } from '../../src/checks/models/documentation.js'
import { configSchema } from '../../src/config/schema.js'
import type { EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import { collectSageMaker, type SageMakerPackageData } from '../../src/sources/models/sagemaker.js'
import { demoAwsAccount, startAwsSimulator, type AwsSimulator } from '../support/aws-simulator.js'
import { demoSageMaker } from '../support/model-registry-demo.js'

const now = new Date()
let sim: AwsSimulator
beforeAll(async () => {
  sim = await startAwsSimulator([{ ...demoAwsAccount(now), modelPackageGroups: demoSageMaker(now) }])
})
afterAll(() => sim.close())

const config = () => ({
  endpoint: sim.url,
  region: 'eu-west-1',
  credentials: { accessKeyId: sim.accessKeyId, secretAccessKey: sim.secretAccessKey }
})

test('the simulator answers the registry and CloudTrail calls as the SDK expects them', async () => {
  const groups = await new SageMakerClient(config()).send(new ListModelPackageGroupsCommand({}))
  expect(groups.ModelPackageGroupSummaryList?.map((g) => g.ModelPackageGroupArn)).toEqual([
    'arn:aws:sagemaker:eu-west-1:123456789012:model-package-group/churn-sm'
  ])
  const shared = await new SageMakerClient(config()).send(
    new ListModelPackageGroupsCommand({ CrossAccountFilterOption: 'CrossAccount' })
  )
  expect(shared.ModelPackageGroupSummaryList).toEqual([])
  const events = await new CloudTrailClient(config()).send(
    new LookupEventsCommand({
      LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'UpdateModelPackage' }]
    })
  )
  expect(events.Events?.map((e) => e.EventTime instanceof Date)).toEqual([true, true])
  expect(JSON.parse(events.Events![0]!.CloudTrailEvent!)).toMatchObject({
    eventName: 'UpdateModelPackage',
    requestParameters: { modelApprovalStatus: 'Approved' }
  })
})

test('the demo registry: LastModifiedBy is a later editor, a self-approval and a Draft card are caught', async () => {
  const records: EvidenceRecord[] = []
  const counts = await collectSageMaker(
    { add: async (record) => void records.push(record) },
    { region: 'eu-west-1' },
    {
      sagemaker: new SageMakerClient(config()),
      s3: new S3Client({ ...config(), forcePathStyle: true }),
      cloudtrail: new CloudTrailClient(config())
    }
  )
  expect(counts).toEqual({ packages: 2, errors: 0 })
  const v4 = records[0]!.data as SageMakerPackageData
  expect(v4.package.LastModifiedBy?.IamIdentity?.Arn).toContain('assumed-role/MLPipeline/tagger')
  const context = {
    evidence: new EvidenceIndex(records),
    config: configSchema.parse({ models: { sagemaker: { region: 'eu-west-1' } } }),
    period: { start: now.toISOString(), end: now.toISOString(), expression: 'P1D' }
  }
  expect(modelDeploymentApproval.evaluate(context)).toEqual([
    expect.objectContaining({
      subject: 'sagemaker:eu-west-1/churn-sm/4',
      status: 'pass',
      message: expect.stringContaining('approved by arn:aws:sts::123456789012:assumed-role/ModelApprover/lee')
    }),
    expect.objectContaining({
      subject: 'sagemaker:eu-west-1/churn-sm/5',
      status: 'fail',
      message: expect.stringContaining('approved by its creator dana')
    })
  ])
  expect(modelDocumentation.evaluate(context).map((f) => f.status)).toEqual(['fail', 'pass'])
  expect(modelDocumentation.evaluate(context)[0]!.message).toContain('the ModelCard is Draft, not Approved')
})
