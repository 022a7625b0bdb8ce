import { CloudWatchClient, DescribeAlarmsForMetricCommand } from '@aws-sdk/client-cloudwatch'
import { CloudWatchLogsClient, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs'
import { DescribeTableCommand, DynamoDBClient, paginateListTables } from '@aws-sdk/client-dynamodb'
import { EC2Client, paginateDescribeVpcs } from '@aws-sdk/client-ec2'
import { GetKeyPolicyCommand, KMSClient } from '@aws-sdk/client-kms'
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds'
import { GetObjectLockConfigurationCommand, S3Client } from '@aws-sdk/client-s3'
import {
  ListSubscriptionsByTopicCommand,
  paginateListSubscriptionsByTopic,
  SNSClient
} from '@aws-sdk/client-sns'
import { demoAwsAccount, startAwsSimulator, type AwsSimulator } from '../support/aws-simulator.js'

/** The logging and encryption simulator answers as the APIs document, through the real SDK clients. */
let sim: AwsSimulator
let config: {
  region: string
  endpoint: string
  credentials: { accessKeyId: string; secretAccessKey: string }
  maxAttempts: number
}
beforeAll(async () => {
  const account = demoAwsAccount(new Date())
  account.vpcs = {
    ...account.vpcs,
    'us-east-1': Array.from({ length: 12 }, (_, i) => ({ id: `vpc-${String(i).padStart(17, '0')}` }))
  }
  account.tables = [
    ...(account.tables ?? []),
    ...Array.from({ length: 5 }, (_, i) => ({ name: `t-${i}`, region: 'us-east-1' }))
  ]
  // 150 subscriptions on one topic: two pages of ListSubscriptionsByTopic (100 a call).
  account.snsTopics = {
    ...account.snsTopics,
    'arn:aws:sns:eu-west-1:123456789012:many': Array.from({ length: 150 }, (_, i) => ({
      protocol: 'email' as const,
      endpoint: `u${i}@example.com`,
      pending: i < 120
    }))
  }
  sim = await startAwsSimulator([account])
  config = {
    region: 'eu-west-1',
    endpoint: sim.url,
    credentials: { accessKeyId: sim.accessKeyId, secretAccessKey: sim.secretAccessKey },
    maxAttempts: 1
  }
})
afterAll(() => sim.close())

test('DescribeMetricFilters: an unknown log group is ResourceNotFoundException', async () => {
  const logs = new CloudWatchLogsClient(config)
  const { metricFilters } = await logs.send(
    new DescribeMetricFiltersCommand({ logGroupName: 'cloudtrail/management-events' })
  )
  expect(metricFilters).toHaveLength(5)
  await expect(logs.send(new DescribeMetricFiltersCommand({ logGroupName: 'gone' }))).rejects.toMatchObject({
    name: 'ResourceNotFoundException'
  })
})

test('DescribeAlarmsForMetric answers the alarms of one metric over JSON 1.0', async () => {
  const cw = new CloudWatchClient(config)
  const { MetricAlarms } = await cw.send(
    new DescribeAlarmsForMetricCommand({ MetricName: 'root-usage', Namespace: 'CISBenchmark' })
  )
  expect(MetricAlarms).toEqual([
    expect.objectContaining({
      AlarmName: 'cis-root-usage',
      ActionsEnabled: true,
      StateUpdatedTimestamp: expect.any(Date)
    })
  ])
})

test('SNS ListSubscriptionsByTopic (Query/XML): pages of 100 by NextToken, PendingConfirmation, NotFound, AuthorizationError', async () => {
  const sns = new SNSClient(config)
  const pages: { SubscriptionArn?: string }[][] = []
  for await (const page of paginateListSubscriptionsByTopic(
    { client: sns },
    { TopicArn: 'arn:aws:sns:eu-west-1:123456789012:many' }
  )) {
    pages.push(page.Subscriptions ?? [])
  }
  expect(pages.map((p) => p.length)).toEqual([100, 50])
  expect(pages.flat().filter((s) => s.SubscriptionArn === 'PendingConfirmation')).toHaveLength(120)
  expect(pages[1]![49]!.SubscriptionArn).toMatch(/^arn:aws:sns:eu-west-1:123456789012:many:[0-9a-f-]{36}$/)
  const { Subscriptions } = await sns.send(
    new ListSubscriptionsByTopicCommand({ TopicArn: 'arn:aws:sns:eu-west-1:123456789012:cloudtrail-alerts' })
  )
  expect(Subscriptions).toEqual([
    {
      TopicArn: 'arn:aws:sns:eu-west-1:123456789012:cloudtrail-alerts',
      Protocol: 'email',
      SubscriptionArn: 'PendingConfirmation',
      Owner: '123456789012',
      Endpoint: 'platform@example.com'
    }
  ])
  await expect(
    sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: 'arn:aws:sns:eu-west-1:123456789012:gone' }))
  ).rejects.toMatchObject({ name: 'NotFoundException', $metadata: { httpStatusCode: 404 } })
  sim.addFault({ service: 'sns', kind: 'access-denied', times: 1 })
  await expect(
    sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: 'arn:aws:sns:eu-west-1:123456789012:many' }))
  ).rejects.toMatchObject({ name: 'AuthorizationErrorException', $metadata: { httpStatusCode: 403 } })
})

test('DescribeVpcs pages with NextToken and rejects MaxResults below 5', async () => {
  const ec2 = new EC2Client({ ...config, region: 'us-east-1' })
  const ids: string[] = []
  for await (const page of paginateDescribeVpcs({ client: ec2, pageSize: 5 }, {})) {
    ids.push(...(page.Vpcs ?? []).map((v) => v.VpcId!))
  }
  expect(ids).toHaveLength(12)
  await expect(
    (async () => {
      for await (const _ of paginateDescribeVpcs({ client: ec2, pageSize: 2 }, {})) void _
    })()
  ).rejects.toMatchObject({ name: 'InvalidParameterValue' })
})

test('RDS DescribeDBInstances (Query/XML): MaxRecords 20–100', async () => {
  const rds = new RDSClient(config)
  const { DBInstances } = await rds.send(new DescribeDBInstancesCommand({}))
  expect(DBInstances).toEqual([
    expect.objectContaining({ DBInstanceIdentifier: 'orders', StorageEncrypted: true }),
    expect.objectContaining({ DBInstanceIdentifier: 'orders-replica', StorageEncrypted: true })
  ])
  await expect(rds.send(new DescribeDBInstancesCommand({ MaxRecords: 10 }))).rejects.toMatchObject({
    name: 'InvalidParameterValue'
  })
})

test('DynamoDB ListTables pages by LastEvaluatedTableName; DescribeTable of an unknown table is ResourceNotFoundException', async () => {
  const dynamodb = new DynamoDBClient({ ...config, region: 'us-east-1' })
  const names: string[] = []
  for await (const page of paginateListTables({ client: dynamodb, pageSize: 2 }, {}))
    names.push(...(page.TableNames ?? []))
  expect(names).toEqual(['t-0', 't-1', 't-2', 't-3', 't-4'])
  await expect(dynamodb.send(new DescribeTableCommand({ TableName: 'nope' }))).rejects.toMatchObject({
    name: 'ResourceNotFoundException'
  })
})

test('GetKeyPolicy: the default policy unless one is set; another policy name is NotFoundException', async () => {
  const kms = new KMSClient(config)
  const own = await kms.send(new GetKeyPolicyCommand({ KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' }))
  expect(JSON.parse(own.Policy!)).toMatchObject({
    Statement: [{ Principal: { AWS: 'arn:aws:iam::123456789012:root' } }]
  })
  await expect(
    kms.send(new GetKeyPolicyCommand({ KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', PolicyName: 'other' }))
  ).rejects.toMatchObject({ name: 'NotFoundException' })
})

test('GetObjectLockConfiguration of a bucket without Object Lock is ObjectLockConfigurationNotFoundError', async () => {
  const s3 = new S3Client({ ...config, forcePathStyle: true })
  const locked = await s3.send(new GetObjectLockConfigurationCommand({ Bucket: 'acme-audit-logs' }))
  expect(locked.ObjectLockConfiguration).toMatchObject({
    ObjectLockEnabled: 'Enabled',
    Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 365 } }
  })
  await expect(
    s3.send(new GetObjectLockConfigurationCommand({ Bucket: 'acme-public-site' }))
  ).rejects.toMatchObject({
    name: 'ObjectLockConfigurationNotFoundError'
  })
})
