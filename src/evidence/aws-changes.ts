import { ENCRYPTION_CONTROL_SWITCHES } from './aws-encryption.js'
import { LOGGING_CONTROL_SWITCHES } from './aws-logging.js'
import { AI_CONTROL_SWITCHES } from './aws-ai.js'
import { BACKUP_CONTROL_SWITCHES } from './aws-backup.js'

/**
 * Changes over the period that switch controls off (and on again), from CloudTrail event history. Types only.
 */
export const AWS_CHANGE_EVIDENCE = {
  /** data: ControlChangeEventsEvidence. subject aws:<account>/<region>; one record per region. */
  controlChanges: 'aws.cloudtrail.control-changes'
} as const

/** One management event as LookupEvents returned it, reduced to what a timeline needs. */
export interface ControlChangeEvent {
  EventId: string
  EventName: string
  /** ISO 8601. */
  EventTime: string
  EventSource?: string
  Username?: string
  /** userIdentity.arn from the CloudTrail record, when present. */
  userArn?: string
  /** requestParameters from the CloudTrail record (names of trails, keys, detectors, recorders). */
  requestParameters?: Record<string, unknown>
  /** The record's errorCode: a call that failed changed nothing. */
  errorCode?: string
}

export interface ControlChangeEventsEvidence {
  /** The window read (ISO 8601): LookupEvents holds only the last 90 days of a region's events. */
  from: string
  to: string
  /** The event names looked up (LookupEvents takes one EventName per call). */
  eventNames: string[]
  events: ControlChangeEvent[]
  /** Event names whose listing stopped at the page cap: later events may be missing. */
  truncated?: string[]
}

/**
 * The controls whose switching off (and on again) the collector looks up, and the CloudTrail event names of
 * each (the API operation names, as CloudTrail records them). `key` names the requestParameters field that
 * says which resource the event concerns, for controls with more than one per region.
 */
export const CONTROL_SWITCHES = {
  'cloudtrail-logging': {
    off: ['StopLogging', 'DeleteTrail'],
    // CreateTrail is not "on": a new trail logs only after StartLogging.
    on: ['StartLogging'],
    key: 'name'
  },
  'config-recorder': {
    off: ['StopConfigurationRecorder', 'DeleteConfigurationRecorder'],
    on: ['StartConfigurationRecorder']
  },
  'guardduty-detector': { off: ['DeleteDetector'], on: ['CreateDetector'] },
  'securityhub-hub': { off: ['DisableSecurityHub'], on: ['EnableSecurityHub'] },
  'bedrock-invocation-logging': {
    off: ['DeleteModelInvocationLoggingConfiguration'],
    on: ['PutModelInvocationLoggingConfiguration']
  },
  'kms-key-rotation': { off: ['DisableKeyRotation'], on: ['EnableKeyRotation'], key: 'keyId' },
  ...LOGGING_CONTROL_SWITCHES,
  ...ENCRYPTION_CONTROL_SWITCHES,
  // Inspector2's operations are named Disable and Enable (eventSource inspector2.amazonaws.com).
  'inspector2-scanning': { off: ['Disable'], on: ['Enable'] },
  // Organizations events are recorded in us-east-1; DeletePolicy needs the policy detached first.
  'scp-attachment': { off: ['DetachPolicy'], on: ['AttachPolicy'], key: 'policyId' },
  // Of the root user only (userIdentity type Root): a root access key created, then deleted.
  'root-access-keys': { off: ['CreateAccessKey'], on: ['DeleteAccessKey'] },
  // One event switches it either way: requestParameters.imageScanningConfiguration.scanOnPush says which.
  'ecr-scan-on-push': {
    off: ['PutImageScanningConfiguration'],
    on: ['PutImageScanningConfiguration'],
    key: 'repositoryName'
  },
  ...BACKUP_CONTROL_SWITCHES,
  ...AI_CONTROL_SWITCHES
} as const satisfies Record<string, { off: readonly string[]; on: readonly string[]; key?: string }>

export type ControlSwitch = keyof typeof CONTROL_SWITCHES

/** Every event name the collector looks up, in a stable order. */
export const CONTROL_SWITCH_EVENT_NAMES: readonly string[] = [
  ...new Set(Object.values(CONTROL_SWITCHES).flatMap((s): readonly string[] => [...s.off, ...s.on]))
]

/**
 * Kinds recorded by the older AWS collectors that hold the state at period end of the switched controls.
 * They equal `AWS_EVIDENCE` in src/sources/aws/types.ts (a unit test keeps them equal), named here so the
 * checks need not import from src/sources/.
 */
export const AWS_SNAPSHOT_KINDS = {
  cloudTrail: 'aws.cloudtrail.trails',
  guardDuty: 'aws.guardduty.detectors',
  kmsKeys: 'aws.kms.keys'
} as const

/** The fields of those records the timelines read. */
export interface TrailSnapshot {
  trails: {
    trail: { Name?: string; TrailARN?: string; HomeRegion?: string }
    status?: { IsLogging?: boolean }
    error?: string
  }[]
}
export interface DetectorSnapshot {
  detectors: { detectorId: string; status: string }[]
}
export interface KmsKeySnapshot {
  keys: {
    KeyId: string
    Arn?: string
    RotationEnabled?: boolean
    rotationNotApplicable?: string
    error?: string
  }[]
}
