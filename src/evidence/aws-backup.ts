/**
 * Evidence of backup and recovery on AWS: AWS Backup (plans, selections, vaults, recovery points, restore
 * testing) and RDS automated backups, one record per account and region (subject `aws:<account>/<region>`).
 * Types and kind names only; field names are the SDK's, so an auditor reads what AWS said.
 */
export const AWS_BACKUP_EVIDENCE = {
  /** data: BackupEvidence. */
  backup: 'aws.backup.status',
  /** data: RdsBackupEvidence. */
  rdsBackups: 'aws.rds.backups'
} as const

export interface BackupEvidence {
  /** The window the recovery points and restore jobs were read for (ISO 8601). */
  from: string
  to: string
  /** ListBackupPlans (current plans; deleted ones are not listed). */
  plans: { BackupPlanId?: string; BackupPlanName?: string; LastExecutionDate?: string }[]
  /** ListBackupSelections of each plan. */
  selections: { BackupPlanId?: string; SelectionId?: string; SelectionName?: string }[]
  /** ListBackupVaults. */
  vaults: { BackupVaultName?: string; NumberOfRecoveryPoints?: number; Locked?: boolean }[]
  /** ListProtectedResources: resources with at least one recovery point. */
  protectedResources: { ResourceArn?: string; ResourceType?: string; LastBackupTime?: string }[]
  /** The recovery points were read from here (ISO 8601): 8 days before the window start, to see the last one before it. */
  recoveryPointsFrom: string
  /** ListRecoveryPointsByBackupVault (created since recoveryPointsFrom), for each vault. */
  recoveryPoints: {
    RecoveryPointArn?: string
    BackupVaultName?: string
    ResourceArn?: string
    ResourceType?: string
    Status?: string
    CreationDate?: string
    CompletionDate?: string
    Lifecycle?: { DeleteAfterDays?: number }
  }[]
  /** ListRestoreTestingPlans. */
  restoreTestingPlans: {
    RestoreTestingPlanArn?: string
    RestoreTestingPlanName?: string
    ScheduleExpression?: string
    LastExecutionTime?: string
  }[]
  /** The restore jobs were read from here (ISO 8601): the window start, or 92 days before its end if earlier. */
  restoreJobsFrom: string
  /** ListRestoreJobs (created since restoreJobsFrom); restore tests carry CreatedBy.RestoreTestingPlanArn. */
  restoreJobs: {
    RestoreJobId?: string
    RecoveryPointArn?: string
    ResourceType?: string
    Status?: string
    StatusMessage?: string
    CreationDate?: string
    CompletionDate?: string
    ValidationStatus?: string
    ValidationStatusMessage?: string
    CreatedBy?: { RestoreTestingPlanArn?: string }
  }[]
  /** Listings that stopped at the page cap: the lists above are then prefixes. */
  truncated?: string[]
}

export interface RdsBackupEvidence {
  /** DescribeDBInstances, reduced to the backup and availability fields. */
  instances: {
    DBInstanceIdentifier?: string
    DBInstanceArn?: string
    Engine?: string
    DBInstanceStatus?: string
    BackupRetentionPeriod?: number
    LatestRestorableTime?: string
    MultiAZ?: boolean
    ReadReplicaSourceDBInstanceIdentifier?: string
    DBClusterIdentifier?: string
  }[]
  truncated?: boolean
}

/**
 * The CloudTrail events that take backup protection away, each keyed by the requestParameters field naming
 * the resource (the API operation names, as CloudTrail records them). There is no "on" event to match: a
 * deleted plan, selection, vault or recovery point comes back only under a new id.
 */
export const BACKUP_CONTROL_SWITCHES = {
  'backup-plan': { off: ['DeleteBackupPlan'], on: [], key: 'backupPlanId' },
  'backup-selection': { off: ['DeleteBackupSelection'], on: [], key: 'selectionId' },
  'backup-vault': { off: ['DeleteBackupVault'], on: [], key: 'backupVaultName' },
  'backup-recovery-point': { off: ['DeleteRecoveryPoint'], on: [], key: 'recoveryPointArn' },
  'backup-restore-testing-plan': {
    off: ['DeleteRestoreTestingPlan'],
    on: [],
    key: 'restoreTestingPlanName'
  }
} as const

export const AWS_S3_REPLICATION_EVIDENCE = {
  /** data: S3ReplicationEvidence. subject aws:<account> */
  replication: 'aws.s3.replication'
} as const

/** GetBucketReplication of each bucket; `none` when the bucket has no replication configuration. */
export interface S3ReplicationEvidence {
  buckets: {
    name: string
    region?: string
    none?: boolean
    rules?: {
      ID?: string
      Status?: string
      Destination?: { Bucket?: string; Account?: string; StorageClass?: string }
      DeleteMarkerReplication?: { Status?: string }
    }[]
    /** Why GetBucketReplication failed. */
    error?: string
  }[]
  /** Set when more buckets were listed than read. */
  truncated?: boolean
}
