/**
 * Backup and recovery and AI workloads of the demo account (aws-account-demo.ts), relative to `now`; the
 * demo's default period is the last day.
 */
import type { SimChangeEvent } from './aws-breadth-sim.js'
import type { SimBackupAiAccount, SimRecoveryPoint } from './aws-backup-ai-sim.js'

const ACCOUNT = '123456789012'

/**
 * - eu-west-1: backup plan `daily` assigning resources by tag; RDS `orders` backed up every 12 h (passes the
 *   RPO), EFS `fs-shared` last backed up 3 days ago (fails it); restore testing that succeeded 2 h ago;
 *   `orders` Multi-AZ with 7 days of automated backups, its read replica not judged; a READY guardrail with
 *   version 1; endpoint `fraud-scoring` capturing data and monitored, its schedule stopped 9 h ago and started
 *   again 4 h later by another person (switched off for part of the period);
 * - us-east-1: the backup plan `us-daily` and its selection deleted 6 and 5 h ago (the DynamoDB table's
 *   recovery points remain, within the RPO until now); no restore testing; RDS `legacy-reporting` Single-AZ
 *   with automated backups disabled; a guardrail with only its working draft; endpoint `churn-model` without
 *   data capture or monitoring.
 */
export function demoBackupAi(now: Date): { account: SimBackupAiAccount; changeEvents: SimChangeEvent[] } {
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()
  const every = (
    vault: string,
    resourceArn: string,
    resourceType: string,
    hours: number,
    from: number,
    to: number
  ): SimRecoveryPoint[] =>
    Array.from({ length: Math.floor((to - from) / hours) + 1 }, (_, i) => ({
      vault,
      resourceArn,
      resourceType,
      created: hoursAgo(from + i * hours),
      deleteAfterDays: 35
    }))
  const orders = `arn:aws:rds:eu-west-1:${ACCOUNT}:db:orders`
  return {
    account: {
      backup: {
        'eu-west-1': {
          plans: [
            { id: 'plan-daily', name: 'daily', selections: [{ id: 'sel-tagged', name: 'backup-daily-tag' }] }
          ],
          vaults: ['Default'],
          recoveryPoints: [
            ...every('Default', orders, 'RDS', 12, 1, 240),
            ...every(
              'Default',
              `arn:aws:elasticfilesystem:eu-west-1:${ACCOUNT}:file-system/fs-shared`,
              'EFS',
              24,
              72,
              240
            )
          ],
          restoreTestingPlans: [
            { name: 'weekly-restore-test', schedule: 'cron(0 5 ? * 2 *)', lastExecution: hoursAgo(2) }
          ],
          restoreJobs: [
            {
              id: 'restore-test-1',
              recoveryPointArn: `arn:aws:backup:eu-west-1:${ACCOUNT}:recovery-point:Default-1`,
              resourceType: 'RDS',
              created: hoursAgo(170),
              status: 'COMPLETED',
              validation: 'SUCCESSFUL',
              testingPlan: 'weekly-restore-test'
            },
            {
              id: 'restore-test-2',
              recoveryPointArn: `arn:aws:backup:eu-west-1:${ACCOUNT}:recovery-point:Default-2`,
              resourceType: 'RDS',
              created: hoursAgo(2),
              status: 'COMPLETED',
              validation: 'SUCCESSFUL',
              testingPlan: 'weekly-restore-test'
            }
          ]
        },
        'us-east-1': {
          plans: [],
          vaults: ['Default'],
          recoveryPoints: every(
            'Default',
            `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/sessions`,
            'DynamoDB',
            24,
            20,
            200
          ),
          restoreTestingPlans: [],
          restoreJobs: []
        }
      },
      rdsInstances: [
        {
          id: 'orders',
          region: 'eu-west-1',
          engine: 'postgres',
          retentionDays: 7,
          multiAz: true,
          encrypted: true,
          kmsKeyId: `arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab`
        },
        {
          id: 'orders-replica',
          region: 'eu-west-1',
          engine: 'postgres',
          retentionDays: 0,
          multiAz: false,
          readReplicaOf: 'orders'
        },
        {
          id: 'legacy-reporting',
          region: 'us-east-1',
          engine: 'mysql',
          retentionDays: 0,
          multiAz: false,
          encrypted: false
        }
      ],
      guardrails: {
        'eu-west-1': [{ id: 'gr7pii0filter', name: 'pii-filter', status: 'READY', versions: ['1'] }],
        'us-east-1': [{ id: 'gr3draft0only', name: 'support-bot', status: 'READY', versions: [] }]
      },
      sagemakerEndpoints: {
        'eu-west-1': [
          {
            name: 'fraud-scoring',
            capture: {
              enabled: true,
              status: 'Started',
              percent: 20,
              s3Uri: 's3://acme-ml-capture/fraud-scoring'
            }
          }
        ],
        'us-east-1': [{ name: 'churn-model' }]
      },
      monitoringSchedules: {
        'eu-west-1': [
          {
            name: 'fraud-scoring-data-quality',
            endpoint: 'fraud-scoring',
            status: 'Scheduled',
            type: 'DataQuality',
            last: { status: 'Completed', scheduled: hoursAgo(1) }
          }
        ]
      }
    },
    changeEvents: [
      {
        region: 'eu-west-1',
        name: 'StopMonitoringSchedule',
        time: hoursAgo(9),
        user: `arn:aws:sts::${ACCOUNT}:assumed-role/ml-platform/dave`,
        parameters: { monitoringScheduleName: 'fraud-scoring-data-quality' }
      },
      {
        region: 'eu-west-1',
        name: 'StartMonitoringSchedule',
        time: hoursAgo(5),
        user: `arn:aws:sts::${ACCOUNT}:assumed-role/ml-platform/erin`,
        parameters: { monitoringScheduleName: 'fraud-scoring-data-quality' }
      },
      {
        region: 'us-east-1',
        name: 'DeleteBackupSelection',
        time: hoursAgo(6),
        user: `arn:aws:sts::${ACCOUNT}:assumed-role/ops/mallory`,
        parameters: { backupPlanId: 'plan-us-daily', selectionId: 'sel-us-all' }
      },
      {
        region: 'us-east-1',
        name: 'DeleteBackupPlan',
        time: hoursAgo(5),
        user: `arn:aws:sts::${ACCOUNT}:assumed-role/ops/mallory`,
        parameters: { backupPlanId: 'plan-us-daily' }
      }
    ]
  }
}
