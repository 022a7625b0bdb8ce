/**
 * SDK mocks (aws-sdk-client-mock) of the logging and encryption calls, for the unit tests of collectAws that
 * mock every client: a healthy account with nothing to flag. The simulator tests (aws-logging-sim.ts) cover
 * the wire shapes; these keep the mocked runs complete.
 */
import { CloudWatchClient, DescribeAlarmsForMetricCommand } from '@aws-sdk/client-cloudwatch'
import { CloudWatchLogsClient, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs'
import { DescribeTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb'
import {
  DescribeFlowLogsCommand,
  DescribeVpcsCommand,
  GetEbsEncryptionByDefaultCommand,
  type EC2Client
} from '@aws-sdk/client-ec2'
import { DescribeFileSystemsCommand, EFSClient } from '@aws-sdk/client-efs'
import { GetKeyPolicyCommand, type KMSClient } from '@aws-sdk/client-kms'
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds'
import {
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketPolicyStatusCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  type S3Client
} from '@aws-sdk/client-s3'
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock'

const meta = () => ({ $metadata: { httpStatusCode: 200, requestId: 'req-1' } })

export function loggingEncryptionMocks() {
  const logs = mockClient(CloudWatchLogsClient)
  const cloudwatch = mockClient(CloudWatchClient)
  const rds = mockClient(RDSClient)
  const efs = mockClient(EFSClient)
  const dynamodb = mockClient(DynamoDBClient)
  return {
    mocks: [logs, cloudwatch, rds, efs, dynamodb],
    /** Shared with the RDS backup collector's answers (one stub per client class). */
    rds,
    /** Registers the healthy answers; `trailBucket` is the S3BucketName of the test's trail. */
    healthy(
      existing: { ec2: AwsClientStub<EC2Client>; kms: AwsClientStub<KMSClient>; s3: AwsClientStub<S3Client> },
      trailBucket: string
    ): void {
      const { ec2, kms, s3 } = existing
      ec2.on(DescribeVpcsCommand).resolves({ ...meta(), Vpcs: [{ VpcId: 'vpc-1', IsDefault: true }] })
      ec2.on(DescribeFlowLogsCommand).resolves({
        ...meta(),
        FlowLogs: [
          { FlowLogId: 'fl-1', ResourceId: 'vpc-1', FlowLogStatus: 'ACTIVE', DeliverLogsStatus: 'SUCCESS' }
        ]
      })
      ec2.on(GetEbsEncryptionByDefaultCommand).resolves({ ...meta(), EbsEncryptionByDefault: true })
      kms.on(GetKeyPolicyCommand).resolves({ ...meta(), Policy: '{"Statement":[]}', PolicyName: 'default' })
      const bucket = { Bucket: trailBucket }
      s3.on(GetBucketLocationCommand, bucket).resolves({ ...meta() })
      s3.on(GetPublicAccessBlockCommand, bucket).resolves({
        ...meta(),
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true
        }
      })
      s3.on(GetBucketPolicyStatusCommand, bucket).resolves({ ...meta(), PolicyStatus: { IsPublic: false } })
      s3.on(GetObjectLockConfigurationCommand, bucket).resolves({
        ...meta(),
        ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' }
      })
      s3.on(GetBucketVersioningCommand, bucket).resolves({ ...meta(), Status: 'Enabled' })
      s3.on(GetBucketLoggingCommand, bucket).resolves({
        ...meta(),
        LoggingEnabled: { TargetBucket: 'a', TargetPrefix: 'p/' }
      })
      s3.on(GetBucketLifecycleConfigurationCommand, bucket).resolves({ ...meta(), Rules: [] })
      logs.on(DescribeMetricFiltersCommand).resolves({ ...meta(), metricFilters: [] })
      cloudwatch.on(DescribeAlarmsForMetricCommand).resolves({ ...meta(), MetricAlarms: [] })
      rds.on(DescribeDBInstancesCommand).resolves({ ...meta(), DBInstances: [] })
      efs.on(DescribeFileSystemsCommand).resolves({ ...meta(), FileSystems: [] })
      dynamodb.on(ListTablesCommand).resolves({ ...meta(), TableNames: [] })
      dynamodb.on(DescribeTableCommand).resolves({ ...meta() })
    }
  }
}
