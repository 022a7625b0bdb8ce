import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { Readable } from 'node:stream'
import {
  DescribeModelPackageCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  SageMakerClient,
  SageMakerServiceException,
  type DescribeModelPackageCommandOutput
} from '@aws-sdk/client-sagemaker'
import {
  GetObjectCommand,
  S3Client,
  S3ServiceException,
  type GetObjectCommandOutput
} from '@aws-sdk/client-s3'
import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail'
import { mockClient } from 'aws-sdk-client-mock'
import { approvalEvent } from '../support/sagemaker-cloudtrail.js'
import type { EvidenceRecord } from '../../src/model.js'
import {
  SAGEMAKER_KIND,
  collectSageMaker,
  digestForm,
  sageMakerVersionView,
  type SageMakerPackageData
} from '../../src/sources/models/sagemaker.js'

const REGION = 'eu-west-1'
const ACCOUNT = '123456789012'
const STATISTICS_URI = 's3://acme-ml-artifacts/churn-xgb/pipelines-9q2x4k7m1p0a/evaluation/statistics.json'

let statistics: Buffer
let approvedJson: string
beforeAll(async () => {
  statistics = await readFile(
    new URL('../fixtures/models/sagemaker/model-quality-statistics.json', import.meta.url)
  )
  approvedJson = await readFile(
    new URL('../fixtures/models/sagemaker/describe-model-package-approved.json', import.meta.url),
    'utf8'
  )
})

const sha256 = (bytes: Buffer): Buffer => createHash('sha256').update(bytes).digest()
const md5 = (bytes: Buffer): Buffer => createHash('md5').update(bytes).digest()

/** The fixture as the SDK returns it: dates as Date objects, with `$metadata`. */
function described(digest: string, changes: Record<string, unknown> = {}): DescribeModelPackageCommandOutput {
  const output = JSON.parse(approvedJson.replace('CONTENT_DIGEST', digest)) as Record<string, unknown>
  for (const key of ['CreationTime', 'LastModifiedTime']) output[key] = new Date(output[key] as string)
  return {
    ...output,
    ...changes,
    $metadata: { httpStatusCode: 200, requestId: 'b1c2d3e4-0000-4000-8000-000000000000' }
  } as DescribeModelPackageCommandOutput
}

function packageArn(group: string, version: number): string {
  return `arn:aws:sagemaker:${REGION}:${ACCOUNT}:model-package/${group}/${version}`
}

function summary(group: string, version: number, status = 'Approved') {
  return {
    ModelPackageGroupName: group,
    ModelPackageVersion: version,
    ModelPackageArn: packageArn(group, version),
    CreationTime: new Date('2024-05-02T09:52:03.114Z'),
    ModelPackageStatus: 'Completed' as const,
    ModelApprovalStatus: status as 'Approved'
  }
}

function object(bytes: Buffer): GetObjectCommandOutput {
  return {
    Body: Readable.from([bytes]) as unknown as GetObjectCommandOutput['Body'],
    ContentLength: bytes.length,
    ContentType: 'application/json',
    ETag: `"${md5(bytes).toString('hex')}"`,
    VersionId: 'v3.Qf1Hkm9yq2s',
    LastModified: new Date('2024-05-02T09:50:00.000Z'),
    $metadata: { httpStatusCode: 200 }
  }
}

function setup() {
  const sagemaker = new SageMakerClient({ region: REGION })
  const s3 = new S3Client({ region: REGION })
  const cloudtrail = new CloudTrailClient({ region: REGION })
  const trail = mockClient(cloudtrail)
  trail.on(LookupEventsCommand).resolves({ Events: [approvalEvent(packageArn('churn-xgb', 7))] })
  const records: EvidenceRecord[] = []
  const sink = { add: async (record: EvidenceRecord) => void records.push(record) }
  return {
    sagemaker,
    s3,
    cloudtrail,
    trail,
    sm: mockClient(sagemaker),
    bucket: mockClient(s3),
    records,
    sink
  }
}

function accessDenied(action: string): SageMakerServiceException {
  return new SageMakerServiceException({
    name: 'AccessDeniedException',
    $fault: 'client',
    $metadata: { httpStatusCode: 403 },
    message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/annex-evidence/gha is not authorized to perform: ${action} on resource: arn:aws:sagemaker:${REGION}:${ACCOUNT}:model-package/churn-xgb/7 because no identity-based policy allows the ${action} action`
  })
}

describe('collectSageMaker', () => {
  test('an approved package with a matching digest is a production version with metrics', async () => {
    const { sagemaker, s3, cloudtrail, sm, bucket, records, sink } = setup()
    sm.on(ListModelPackagesCommand, { ModelPackageGroupName: 'churn-xgb' }).resolves({
      ModelPackageSummaryList: [summary('churn-xgb', 7)]
    })
    sm.on(DescribeModelPackageCommand, { ModelPackageName: packageArn('churn-xgb', 7) }).resolves(
      described(`sha256:${sha256(statistics).toString('hex')}`)
    )
    bucket
      .on(GetObjectCommand, {
        Bucket: 'acme-ml-artifacts',
        Key: 'churn-xgb/pipelines-9q2x4k7m1p0a/evaluation/statistics.json'
      })
      .resolves(object(statistics))

    const counts = await collectSageMaker(
      sink,
      { region: REGION, groups: ['churn-xgb'] },
      { sagemaker, s3, cloudtrail }
    )

    expect(counts).toEqual({ packages: 1, errors: 0 })
    expect(records).toHaveLength(1)
    const record = records[0]!
    expect(record).toMatchObject({
      kind: SAGEMAKER_KIND,
      source: 'sagemaker',
      subject: `sagemaker:${REGION}/churn-xgb/7`,
      path: `evidence/models/sagemaker/${REGION}/churn-xgb/7.json`
    })
    expect(record.error).toBeUndefined()
    expect(record.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['ListModelPackages', `sagemaker:${REGION}`, 200],
      ['DescribeModelPackage', `sagemaker:${REGION}`, 200],
      ['GetObject', STATISTICS_URI, 200],
      ['LookupEvents', `cloudtrail:${REGION}`, 200]
    ])
    for (const request of record.requests) {
      expect(request.responseSha256).toMatch(/^[0-9a-f]{64}$/)
      expect(Date.parse(request.time)).not.toBeNaN()
    }
    expect(record.requests[2]!.responseSha256).toBe(sha256(statistics).toString('hex'))

    const data = record.data as SageMakerPackageData
    expect(data.group).toBe('churn-xgb')
    expect(data.package).not.toHaveProperty('$metadata')
    expect(data.package.CreationTime).toBe('2024-05-02T09:52:03.114Z')
    // The hash is of the stored response, so it can be checked against the bundle.
    expect(record.requests[1]!.responseSha256).toBe(
      createHash('sha256').update(JSON.stringify(data.package)).digest('hex')
    )
    expect(data.reports).toHaveLength(1)
    expect(data.reports[0]).toMatchObject({
      kind: 'ModelQuality.Statistics',
      s3Uri: STATISTICS_URI,
      contentType: 'application/json',
      digestForm: 'sha256-prefixed',
      digestMatches: true,
      size: statistics.length,
      computed: { sha256Hex: sha256(statistics).toString('hex') },
      object: { versionId: 'v3.Qf1Hkm9yq2s', lastModified: '2024-05-02T09:50:00.000Z' }
    })
    expect(data.reports[0]!.content).toEqual(JSON.parse(statistics.toString('utf8')))

    // What `verify` sees: the record as read back from the bundle.
    const view = sageMakerVersionView(JSON.parse(JSON.stringify(record)) as EvidenceRecord, ['Approved'])!
    expect(view).toEqual(sageMakerVersionView(record, ['Approved']))
    expect(view).toMatchObject({
      registry: 'sagemaker',
      subject: `sagemaker:${REGION}/churn-xgb/7`,
      name: 'churn-xgb',
      version: '7',
      production: true,
      labels: ['Approved'],
      createdBy: 'maria',
      createdAt: '2024-05-02T09:52:03.114Z',
      // From the CloudTrail event that set Approved, not LastModifiedBy / LastModifiedTime.
      approval: {
        status: 'Approved',
        by: `arn:aws:sts::${ACCOUNT}:assumed-role/ModelApprover/jonas`,
        at: '2024-05-03T14:20:40.000Z',
        note: 'Meets the 0.9 accuracy bar; fairness review RISK-214 signed off. (CloudTrail UpdateModelPackage event a1b2c3d4-5678-90ab-cdef-EXAMPLE11111)'
      },
      documentation: { intendedUse: true, limitations: true, source: 'ModelCard' },
      lineage: {
        runId: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:pipeline/churn-train/execution/9q2x4k7m1p0a`,
        datasets: [
          's3://acme-ml-data/churn/snapshots/2024-04/train.parquet',
          's3://acme-ml-data/churn/snapshots/2024-04/validation.parquet'
        ]
      },
      monitoring: { declared: true },
      integrityProblems: [],
      evidence: [`evidence/models/sagemaker/${REGION}/churn-xgb/7.json`]
    })
    expect(view.metrics).toContainEqual({
      name: 'accuracy',
      value: 0.928,
      at: '2024-05-02T09:41:17.000Z',
      source: STATISTICS_URI
    })
    expect(view.metrics.map((m) => m.name)).toEqual(
      expect.arrayContaining(['auc', 'f1', 'precision', 'recall'])
    )
    expect(view.metrics.map((m) => m.name)).not.toContain('confusion_matrix')
  })

  test('a digest that does not match the file is an integrity problem naming the report and both digests', async () => {
    const { sagemaker, s3, cloudtrail, sm, bucket, records, sink } = setup()
    const declared = createHash('sha256').update('the statistics as registered').digest('hex')
    sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [summary('churn-xgb', 7)] })
    sm.on(DescribeModelPackageCommand).resolves(described(declared))
    bucket.on(GetObjectCommand).resolves(object(statistics))

    const counts = await collectSageMaker(
      sink,
      { region: REGION, groups: ['churn-xgb'] },
      { sagemaker, s3, cloudtrail }
    )

    expect(counts).toEqual({ packages: 1, errors: 0 })
    const report = (records[0]!.data as SageMakerPackageData).reports[0]!
    expect(report).toMatchObject({ digestForm: 'sha256-hex', digestMatches: false })
    const view = sageMakerVersionView(records[0]!, ['Approved'])!
    expect(view.integrityProblems).toHaveLength(1)
    expect(view.integrityProblems[0]).toContain(`ModelQuality.Statistics report ${STATISTICS_URI}`)
    expect(view.integrityProblems[0]).toContain(declared)
    expect(view.integrityProblems[0]).toContain(sha256(statistics).toString('hex'))
  })

  test('an MD5 ContentDigest in base64 is checked too', async () => {
    const { sagemaker, s3, cloudtrail, sm, bucket, records, sink } = setup()
    sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [summary('churn-xgb', 7)] })
    sm.on(DescribeModelPackageCommand).resolves(described(md5(statistics).toString('base64')))
    bucket.on(GetObjectCommand).resolves(object(statistics))

    await collectSageMaker(sink, { region: REGION, groups: ['churn-xgb'] }, { sagemaker, s3, cloudtrail })

    expect((records[0]!.data as SageMakerPackageData).reports[0]).toMatchObject({
      digestForm: 'md5-base64',
      digestMatches: true,
      computed: { md5Base64: md5(statistics).toString('base64') }
    })
  })

  test('a report that cannot be read is an integrity problem, and the package is still recorded', async () => {
    const { sagemaker, s3, cloudtrail, sm, bucket, records, sink } = setup()
    sm.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [summary('churn-xgb', 7)] })
    sm.on(DescribeModelPackageCommand).resolves(described(sha256(statistics).toString('base64')))
    bucket.on(GetObjectCommand).rejects(
      new S3ServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
        message: `User: arn:aws:sts::${ACCOUNT}:assumed-role/annex-evidence/gha is not authorized to perform: s3:GetObject`
      })
    )

    const counts = await collectSageMaker(
      sink,
      { region: REGION, groups: ['churn-xgb'] },
      { sagemaker, s3, cloudtrail }
    )

    expect(counts).toEqual({ packages: 1, errors: 1 })
    const report = (records[0]!.data as SageMakerPackageData).reports[0]!
    expect(report.error).toMatch(/access denied for s3:GetObject/)
    expect(report.digestMatches).toBeUndefined()
    expect(records[0]!.requests[2]).toMatchObject({ method: 'GetObject', status: 403 })
    const view = sageMakerVersionView(records[0]!, ['Approved'])!
    expect(view.integrityProblems).toEqual([expect.stringContaining(`${STATISTICS_URI} could not be read`)])
    expect(view.metrics).toEqual([])
  })

  test('AccessDenied on DescribeModelPackage is an error record naming sagemaker:DescribeModelPackage', async () => {
    const { sagemaker, s3, cloudtrail, sm, bucket, records, sink } = setup()
    sm.on(ListModelPackagesCommand).resolves({
      ModelPackageSummaryList: [summary('churn-xgb', 7), summary('churn-xgb', 8)]
    })
    sm.on(DescribeModelPackageCommand, { ModelPackageName: packageArn('churn-xgb', 7) })
      .rejects(accessDenied('sagemaker:DescribeModelPackage'))
      .on(DescribeModelPackageCommand, { ModelPackageName: packageArn('churn-xgb', 8) })
      .resolves(described('', { ModelPackageVersion: 8, ModelMetrics: undefined }))

    const counts = await collectSageMaker(
      sink,
      { region: REGION, groups: ['churn-xgb'] },
      { sagemaker, s3, cloudtrail }
    )

    expect(counts).toEqual({ packages: 1, errors: 1 })
    expect(bucket.commandCalls(GetObjectCommand)).toHaveLength(0)
    expect(records.map((r) => r.subject)).toEqual([
      `sagemaker:${REGION}/churn-xgb/7`,
      `sagemaker:${REGION}/churn-xgb/8`
    ])
    const denied = records[0]!
    expect(denied.data).toBeUndefined()
    expect(denied.error).toMatchObject({ status: 403, missingPermission: 'sagemaker:DescribeModelPackage' })
    expect(denied.error!.message).toContain('Grant the role sagemaker:DescribeModelPackage')
    expect(denied.requests.at(-1)).toMatchObject({ method: 'DescribeModelPackage', status: 403 })
    expect(sageMakerVersionView(denied, ['Approved'])).toBeUndefined()
    expect(sageMakerVersionView(records[1]!, ['Approved'])?.version).toBe('8')
  })

  test('lists every group and package across pages; a denied group does not stop the others', async () => {
    const { sagemaker, s3, cloudtrail, sm, bucket, records, sink } = setup()
    sm.on(ListModelPackageGroupsCommand)
      .resolves({
        ModelPackageGroupSummaryList: [group('churn-xgb'), group('fraud-gbm')],
        NextToken: 'groups-2'
      })
      .on(ListModelPackageGroupsCommand, { NextToken: 'groups-2' })
      .resolves({ ModelPackageGroupSummaryList: [group('ticket-router')] })
      .on(ListModelPackageGroupsCommand, { CrossAccountFilterOption: 'CrossAccount' })
      .resolves({ ModelPackageGroupSummaryList: [] })
    sm.on(ListModelPackagesCommand, { ModelPackageGroupName: 'churn-xgb' })
      .resolves({ ModelPackageSummaryList: [summary('churn-xgb', 1)], NextToken: 'churn-2' })
      .on(ListModelPackagesCommand, { ModelPackageGroupName: 'churn-xgb', NextToken: 'churn-2' })
      .resolves({ ModelPackageSummaryList: [summary('churn-xgb', 2, 'PendingManualApproval')] })
      .on(ListModelPackagesCommand, { ModelPackageGroupName: 'fraud-gbm' })
      .rejects(accessDenied('sagemaker:ListModelPackages'))
      .on(ListModelPackagesCommand, { ModelPackageGroupName: 'ticket-router' })
      .resolves({ ModelPackageSummaryList: [summary('ticket-router', 12)] })
    sm.on(DescribeModelPackageCommand).callsFake((input: { ModelPackageName: string }) => {
      const [, name, version] = /model-package\/([^/]+)\/(\d+)$/.exec(input.ModelPackageName)!
      return described('', {
        ModelPackageGroupName: name,
        ModelPackageVersion: Number(version),
        ModelPackageArn: input.ModelPackageName,
        ModelMetrics: undefined
      })
    })
    bucket.on(GetObjectCommand).rejects(new Error('not called'))

    const counts = await collectSageMaker(sink, { region: REGION }, { sagemaker, s3, cloudtrail })

    expect(counts).toEqual({ packages: 3, errors: 1 })
    // The SDK paginator reuses one input object (NextToken set on it), so only the count is telling.
    expect(sm.commandCalls(ListModelPackageGroupsCommand)).toHaveLength(3)
    expect(sm.commandCalls(ListModelPackagesCommand)).toHaveLength(4)
    expect(records.map((r) => r.subject)).toEqual([
      `sagemaker:${REGION}/churn-xgb/1`,
      `sagemaker:${REGION}/churn-xgb/2`,
      `sagemaker:${REGION}/fraud-gbm`,
      `sagemaker:${REGION}/ticket-router/12`
    ])
    // Each package carries the listing page it came from.
    expect(records[1]!.requests[0]).toMatchObject({ method: 'ListModelPackages', status: 200 })
    const denied = records[2]!
    expect(denied.path).toBe(`evidence/models/sagemaker/${REGION}/fraud-gbm.json`)
    expect(denied.error).toMatchObject({ status: 403, missingPermission: 'sagemaker:ListModelPackages' })
  })

  test('a package pending approval is not production and has no approver', async () => {
    const { sagemaker, s3, cloudtrail, sm, bucket, records, sink } = setup()
    sm.on(ListModelPackagesCommand).resolves({
      ModelPackageSummaryList: [summary('churn-xgb', 8, 'PendingManualApproval')]
    })
    sm.on(DescribeModelPackageCommand).resolves(
      described(sha256(statistics).toString('hex'), {
        ModelPackageVersion: 8,
        ModelApprovalStatus: 'PendingManualApproval',
        ApprovalDescription: undefined
      })
    )
    bucket.on(GetObjectCommand).resolves(object(statistics))

    await collectSageMaker(sink, { region: REGION, groups: ['churn-xgb'] }, { sagemaker, s3, cloudtrail })

    const view = sageMakerVersionView(records[0]!, ['Approved'])!
    expect(view.production).toBe(false)
    expect(view.labels).toEqual(['PendingManualApproval'])
    expect(view.approval).toEqual({ status: 'PendingManualApproval' })
    expect(view.integrityProblems).toEqual([])
    expect(sageMakerVersionView(records[0]!, ['Approved', 'PendingManualApproval'])!.production).toBe(true)
  })

  test('no credentials: one clear error record, no crash, nothing else attempted', async () => {
    const { sagemaker, s3, cloudtrail, sm, records, sink } = setup()
    sm.on(ListModelPackageGroupsCommand).rejects(
      Object.assign(new Error('Could not load credentials from any providers'), {
        name: 'CredentialsProviderError'
      })
    )

    const counts = await collectSageMaker(sink, { region: REGION }, { sagemaker, s3, cloudtrail })

    expect(counts).toEqual({ packages: 0, errors: 1 })
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({
      subject: `sagemaker:${REGION}`,
      path: `evidence/models/sagemaker/${REGION}.json`,
      requests: [{ method: 'ListModelPackageGroups', status: 0 }]
    })
    expect(records[0]!.error!.message).toMatch(/no AWS credentials were found/)
    expect(sm.commandCalls(ListModelPackagesCommand)).toHaveLength(0)
  })

  test('refused credentials stop collection without quoting the signed request', async () => {
    const { sagemaker, s3, cloudtrail, sm, records, sink } = setup()
    sm.on(ListModelPackagesCommand).rejects(
      new SageMakerServiceException({
        name: 'InvalidSignatureException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
        message:
          "The request signature we calculated does not match. The Canonical String for this request should have been 'POST / x-amz-security-token:IQoJb3JpZ2luX2VjEXAMPLETOKEN'"
      })
    )

    const counts = await collectSageMaker(
      sink,
      { region: REGION, groups: ['churn-xgb', 'fraud-gbm'] },
      { sagemaker, s3, cloudtrail }
    )

    expect(counts).toEqual({ packages: 0, errors: 1 })
    expect(records).toHaveLength(1)
    expect(records[0]!.error!.message).toMatch(/credentials were refused \(InvalidSignatureException\)/)
    expect(JSON.stringify(records)).not.toContain('IQoJb3JpZ2luX2VjEXAMPLETOKEN')
  })
})

describe('digestForm', () => {
  const bytes = Buffer.from('{"a":1}')
  test.each([
    [`sha256:${sha256(bytes).toString('hex')}`, 'sha256-prefixed', 'sha256'],
    [sha256(bytes).toString('hex').toUpperCase(), 'sha256-hex', 'sha256'],
    [sha256(bytes).toString('base64'), 'sha256-base64', 'sha256'],
    [md5(bytes).toString('base64'), 'md5-base64', 'md5'],
    [md5(bytes).toString('hex'), 'md5-hex', 'md5'],
    ['crc32:abcd1234', 'unrecognized', undefined],
    ['not-a-digest', 'unrecognized', undefined]
  ])('%s → %s', (declared, form, algorithm) => {
    const result = digestForm(declared)
    expect(result.form).toBe(form)
    expect(result.algorithm).toBe(algorithm)
    if (algorithm) expect(result.bytes).toEqual(algorithm === 'md5' ? md5(bytes) : sha256(bytes))
  })
})

describe('sageMakerVersionView', () => {
  test('reads intended use and limitations from the description when there is no model card', () => {
    const record: EvidenceRecord<SageMakerPackageData> = {
      path: 'evidence/models/sagemaker/eu-west-1/fraud-gbm/3.json',
      source: 'sagemaker',
      subject: 'sagemaker:eu-west-1/fraud-gbm/3',
      kind: SAGEMAKER_KIND,
      requests: [],
      data: {
        group: 'fraud-gbm',
        package: {
          ModelPackageVersion: 3,
          ModelPackageStatus: 'Completed',
          ModelApprovalStatus: 'Rejected',
          ModelPackageDescription:
            'Intended use: card-not-present fraud scoring. Limitations: EU cards only.',
          MetadataProperties: { ProjectId: 'p-4hfu6kt2wzy1' },
          DriftCheckBaselines: {
            ModelDataQuality: {
              Statistics: { S3Uri: 's3://acme-ml-artifacts/fraud/baseline/statistics.json' }
            }
          }
        },
        reports: [
          {
            kind: 'Bias.PostTrainingReport',
            s3Uri: 's3://acme-ml-artifacts/fraud/bias/report.json',
            contentDigest: 'crc32:0badf00d',
            digestForm: 'unrecognized',
            computed: { sha256Hex: '0'.repeat(64) }
          }
        ]
      }
    }
    const view = sageMakerVersionView(record, ['Approved'])!
    expect(view).toMatchObject({
      production: false,
      approval: { status: 'Rejected' },
      documentation: { intendedUse: true, limitations: true, source: 'ModelPackageDescription' },
      lineage: {
        runId: 'p-4hfu6kt2wzy1',
        datasets: ['s3://acme-ml-artifacts/fraud/baseline/statistics.json']
      },
      monitoring: { declared: true, detail: 'DriftCheckBaselines: ModelDataQuality' }
    })
    expect(view.approval).not.toHaveProperty('by')
    expect(view.integrityProblems).toEqual([
      expect.stringContaining('crc32:0badf00d is not a SHA-256 or MD5')
    ])
  })

  test('is undefined for other kinds and for error records', () => {
    const base = { path: 'x.json', source: 'sagemaker', subject: 'sagemaker:eu-west-1', requests: [] }
    expect(
      sageMakerVersionView({ ...base, kind: 'models.mlflow.version', data: {} }, ['Approved'])
    ).toBeUndefined()
    expect(
      sageMakerVersionView({ ...base, kind: SAGEMAKER_KIND, error: { message: 'x' } }, [])
    ).toBeUndefined()
  })
})

function group(name: string) {
  return {
    ModelPackageGroupName: name,
    ModelPackageGroupArn: `arn:aws:sagemaker:${REGION}:${ACCOUNT}:model-package-group/${name}`,
    CreationTime: new Date('2024-01-10T08:00:00.000Z'),
    ModelPackageGroupStatus: 'Completed' as const
  }
}
