/**
 * Evidence of encryption at rest in AWS, one record per account, region and service (subject
 * `aws:<account>/<region>`). Types only: the collectors in `src/sources/aws/encryption.ts` record these shapes,
 * the checks in `src/checks/aws/` read them. Field names are the SDK's.
 */
export const AWS_ENCRYPTION_EVIDENCE = {
  /** data: EbsDefaultEncryptionEvidence. */
  ebsDefault: 'aws.ec2.ebs-default-encryption',
  /** data: RdsEncryptionEvidence. */
  rds: 'aws.rds.storage-encryption',
  /** data: EfsEncryptionEvidence. */
  efs: 'aws.efs.encryption',
  /** data: DynamoDbEncryptionEvidence. */
  dynamodb: 'aws.dynamodb.encryption',
  /** data: KmsKeyPoliciesEvidence. */
  kmsKeyPolicies: 'aws.kms.key-policies'
} as const

export interface EbsDefaultEncryptionEvidence {
  /** GetEbsEncryptionByDefault EbsEncryptionByDefault. */
  EbsEncryptionByDefault?: boolean
  /** GetEbsEncryptionByDefault SseType, when returned. */
  SseType?: string
}

export interface RdsEncryptionEvidence {
  /** DescribeDBInstances: each instance's storage encryption. */
  instances: {
    DBInstanceIdentifier?: string
    DBInstanceArn?: string
    Engine?: string
    DBInstanceStatus?: string
    StorageEncrypted?: boolean
    KmsKeyId?: string
  }[]
  truncated?: true
}

export interface EfsEncryptionEvidence {
  /** DescribeFileSystems. */
  fileSystems: {
    FileSystemId?: string
    FileSystemArn?: string
    Name?: string
    LifeCycleState?: string
    Encrypted?: boolean
    KmsKeyId?: string
  }[]
  truncated?: true
}

export interface DynamoDbEncryptionEvidence {
  /** ListTables, then DescribeTable of each. */
  tables: {
    TableName: string
    TableArn?: string
    /** DescribeTable SSEDescription; absent: encrypted with an AWS owned key (the DynamoDB default). */
    SSEDescription?: {
      Status?: string
      SSEType?: string
      KMSMasterKeyArn?: string
      InaccessibleEncryptionDateTime?: string
    }
    /** Set when DescribeTable failed for this table. */
    error?: string
  }[]
  truncated?: true
}

export interface KmsKeyPoliciesEvidence {
  /** Customer managed keys (DescribeKey KeyManager CUSTOMER) and their default key policy. */
  keys: {
    KeyId: string
    Arn?: string
    KeyState?: string
    /** GetKeyPolicy (PolicyName default) as returned: JSON text from AWS, parsed by the check as hostile input. */
    Policy?: string
    /** Set when DescribeKey or GetKeyPolicy failed (the key policy may not allow the role). */
    error?: string
  }[]
}

/**
 * The encryption controls whose switching off the CloudTrail event history shows (spread into CONTROL_SWITCHES
 * of aws-changes.ts): EBS default encryption per region, and the scheduled deletion of a KMS key (after which
 * the data it protects cannot be decrypted), per key.
 */
export const ENCRYPTION_CONTROL_SWITCHES = {
  'ebs-default-encryption': { off: ['DisableEbsEncryptionByDefault'], on: ['EnableEbsEncryptionByDefault'] },
  'kms-key-deletion': { off: ['ScheduleKeyDeletion'], on: ['CancelKeyDeletion'], key: 'keyId' }
} as const
