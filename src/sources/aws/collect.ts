import { createHash } from 'node:crypto'
import { DescribeRegionsCommand } from '@aws-sdk/client-ec2'
import { AssumeRoleCommand, GetCallerIdentityCommand, type Credentials } from '@aws-sdk/client-sts'
import type { EvidenceRecord, RequestRecord } from '../../model.js'
import type { EvidenceSink } from '../evidence.js'
import { AWS_API_CALLS } from './actions.js'
import { collectCloudTrail } from './cloudtrail.js'
import { describeAwsError, errorName, isAccessDenied, isNoCredentials } from './errors.js'
import { collectEc2Instances, ec2InstancesPath } from './ec2.js'
import { collectGuardDuty, type RegionUnavailable } from './guardduty.js'
import { collectIam } from './iam.js'
import { collectInspector } from './inspector.js'
import { collectKmsKeys } from './kms.js'
import { collectS3 } from './s3.js'
import {
  AWS_SOURCE,
  AWS_SOURCE_KIND,
  AccountScope,
  AwsClients,
  mapLimit,
  type AwsIdentity,
  type AwsIdentityProvider
} from './scope.js'
import { collectPatchStates, patchStatesPath } from './ssm.js'
import { AWS_EVIDENCE } from './types.js'
import { AWS_AI_EVIDENCE } from '../../evidence/aws-ai.js'
import { AWS_CHANGE_EVIDENCE } from '../../evidence/aws-changes.js'
import { AWS_CONFIG_MONITORING_EVIDENCE } from '../../evidence/aws-config-monitoring.js'
import { collectAccessAnalyzer } from './access-analyzer.js'
import { collectBedrockLogging } from './bedrock.js'
import { collectControlChanges, eventWindow, type EventWindow } from './change-events.js'
import { collectConfigService } from './config-service.js'
import { collectSecurityHub } from './securityhub.js'
import { collectLoggingAndEncryption, loggingAndEncryptionRecords } from './logging-encryption.js'
import { collectTrailDestinations } from './trail-destinations.js'
import { AWS_IDENTITY_EVIDENCE } from '../../evidence/aws-identity.js'
import { AWS_VULNERABILITY_EVIDENCE } from '../../evidence/aws-vulnerability.js'
import { collectAuthorizationDetails } from './iam-authorization.js'
import { collectIdentityCenter } from './identity-center.js'
import {
  collectServiceControlPolicies,
  discoverOrganizationAccounts,
  type OrganizationSettings
} from './organization.js'
import { collectEcrScanning, collectInspectorCoverage } from './vulnerability.js'
import { AWS_AI_MONITORING_EVIDENCE } from '../../evidence/aws-ai.js'
import { AWS_BACKUP_EVIDENCE } from '../../evidence/aws-backup.js'
import { collectBackup } from './backup.js'
import { collectBedrockGuardrails } from './bedrock-guardrails.js'
import { collectRdsInstances } from './rds-instances.js'
import { collectS3Replication } from './s3-replication.js'
import { collectSageMakerMonitoring } from './sagemaker-monitoring.js'

export interface AwsSettings {
  /** Accounts to assume into; empty: the account of the default-chain identity. */
  roleArns: string[]
  /** Default: the enabled regions of each account (EC2 DescribeRegions). */
  regions?: string[]
  /** One endpoint for every service (the tests' loopback simulator); AWS_ENDPOINT_URL is honoured too. */
  endpoint?: string
  accessKeyMaxAgeDays?: number
  /** Accounts discovered from AWS Organizations (ListAccounts), besides `roleArns`. */
  organization?: OrganizationSettings
}

export interface AwsCollectResult {
  accounts: string[]
  errors: number
  notConfigured?: string
}

export interface AwsCollectOptions {
  runId: string
  log: (message: string) => void
  now: () => Date
  /** How long to wait for IAM to generate the credential report; default 60 s, at most 10 min. */
  credentialReportWaitMs?: number
  /** Default: process.env. */
  env?: NodeJS.ProcessEnv
  /** The evaluation period, for the CloudTrail events that switch controls off; default the last 90 days. */
  period?: EventWindow
}

/** Regions collected at once within an account. */
const REGION_CONCURRENCY = 4
/** Refresh an assumed role's credentials this long before they expire. */
const REFRESH_BEFORE_MS = 5 * 60_000

const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/[\w+=,.@/-]+$/

/**
 * Collects AWS evidence for each account: the default-chain identity's own account, or each account of
 * `roleArns` (AssumeRole). A failure is recorded against what it concerns (an API, a bucket, a region,
 * an account) and the rest is still collected; nothing here throws for AWS errors. Without any AWS
 * credentials the source reports itself as not configured, once.
 */
export async function collectAws(
  sink: EvidenceSink,
  settings: AwsSettings,
  options: AwsCollectOptions
): Promise<AwsCollectResult> {
  const env = options.env ?? process.env
  const endpoint = settings.endpoint ?? (env.AWS_ENDPOINT_URL || undefined)
  const homeRegion = settings.regions?.[0] ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1')
  const counts = { errors: 0 }
  const add = async (record: EvidenceRecord): Promise<void> => {
    if (record.error) counts.errors++
    await sink.add(record)
  }
  const result = (accounts: string[], extra: { notConfigured?: string } = {}): AwsCollectResult => ({
    accounts,
    errors: counts.errors,
    ...extra
  })

  const base = new AwsClients({ ...(endpoint ? { endpoint } : {}) })
  try {
    const sts = base.sts(homeRegion)
    const identity = await callOnce('GetCallerIdentityCommand', homeRegion, options.now, () =>
      sts.send(new GetCallerIdentityCommand({}))
    )
    if (!identity.ok) {
      const error = identity.error
      if (isNoCredentials(error)) {
        const notConfigured =
          'no AWS credentials: give the job an AWS role before this step (aws-actions/configure-aws-credentials ' +
          'with OIDC), or remove the aws section from the configuration'
        await add({
          path: 'evidence/aws/source.json',
          source: AWS_SOURCE,
          subject: 'aws',
          kind: AWS_SOURCE_KIND,
          requests: [identity.request],
          error: {
            message: `The AWS source is not configured (${notConfigured}); no AWS evidence was collected.`
          }
        })
        options.log(`AWS: not configured (${notConfigured})`)
        return result([], { notConfigured })
      }
      await add({
        path: 'evidence/aws/source.json',
        source: AWS_SOURCE,
        subject: 'aws',
        kind: AWS_SOURCE_KIND,
        requests: [identity.request],
        error: describeAwsError(error, {
          operation: 'GetCallerIdentity',
          action: AWS_API_CALLS.GetCallerIdentityCommand.action
        })
      })
      options.log(`AWS: the credentials could not be used (${errorName(error) ?? 'error'})`)
      return result([])
    }
    const caller = identity.output

    const targets: AccountTarget[] = []
    const roleArns =
      settings.organization && caller.Account
        ? [
            ...settings.roleArns,
            ...(await discoverOrganizationAccounts(
              base,
              homeRegion,
              settings.organization,
              { account: caller.Account, ...(caller.Arn ? { arn: caller.Arn } : {}) },
              sink,
              counts,
              options.now
            ))
          ]
        : settings.roleArns
    if (roleArns.length === 0 && (!settings.organization || !caller.Account)) {
      if (!caller.Account) {
        await add({
          path: 'evidence/aws/source.json',
          source: AWS_SOURCE,
          subject: 'aws',
          kind: AWS_SOURCE_KIND,
          requests: [identity.request],
          error: { message: 'GetCallerIdentity returned no account id' }
        })
        return result([])
      }
      targets.push({
        account: caller.Account,
        clients: base,
        requests: [identity.request],
        identity: { account: caller.Account, ...(caller.Arn ? { callerArn: caller.Arn } : {}) }
      })
    } else {
      const sessionName = roleSessionName(options.runId)
      const seen = new Set<string>()
      for (const roleArn of roleArns) {
        const match = ROLE_ARN.exec(roleArn.trim())
        const account = match?.[2]
        if (!account) {
          await add({
            path: `evidence/aws/role-${roleArn.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100)}.json`,
            source: AWS_SOURCE,
            subject: `aws:${roleArn}`,
            kind: AWS_SOURCE_KIND,
            requests: [],
            error: {
              message: `${roleArn} is not an IAM role ARN (arn:aws:iam::<12-digit account>:role/<name>)`
            }
          })
          continue
        }
        if (seen.has(account)) {
          options.log(`AWS: ${roleArn} is a second role for account ${account}; it is skipped`)
          continue
        }
        seen.add(account)
        const assumed = await assumeRole(base, homeRegion, roleArn.trim(), sessionName, options.now)
        if (!assumed.ok) {
          const denied = isAccessDenied(assumed.error)
          await add({
            path: `evidence/aws/${account}/source.json`,
            source: AWS_SOURCE,
            subject: `aws:${account}`,
            kind: AWS_SOURCE_KIND,
            requests: [identity.request, assumed.request],
            error: denied
              ? {
                  status: 403,
                  message: `AssumeRole of ${roleArn} was denied: ${caller.Arn ?? 'the caller'} lacks sts:AssumeRole on that role, or the role's trust policy does not trust it`,
                  missingPermission: `sts:AssumeRole on ${roleArn} (and a trust policy on the role that allows ${caller.Arn ?? 'the caller'})`
                }
              : {
                  ...describeAwsError(assumed.error, {
                    operation: 'AssumeRole',
                    action: 'sts:AssumeRole',
                    target: roleArn
                  })
                }
          })
          options.log(`AWS: could not assume ${roleArn} (${errorName(assumed.error) ?? 'error'})`)
          continue
        }
        targets.push({
          account,
          clients: new AwsClients({ credentials: assumed.provider, ...(endpoint ? { endpoint } : {}) }),
          requests: [identity.request, assumed.request],
          identity: {
            account,
            roleArn: roleArn.trim(),
            sessionName,
            ...(assumed.assumedRoleArn ? { callerArn: assumed.assumedRoleArn } : {}),
            ...(caller.Arn ? { assumedBy: caller.Arn } : {})
          }
        })
      }
    }

    const accounts: string[] = []
    for (const target of targets) {
      const scope = new AccountScope(target.account, homeRegion, target.clients, sink, counts, options.now)
      try {
        await collectAccount(scope, target, settings, options)
        accounts.push(target.account)
      } finally {
        if (target.clients !== base) target.clients.destroy()
      }
    }
    return result(accounts)
  } finally {
    base.destroy()
  }
}

interface AccountTarget {
  account: string
  clients: AwsClients
  requests: RequestRecord[]
  identity: {
    account: string
    callerArn?: string
    roleArn?: string
    sessionName?: string
    assumedBy?: string
  }
}

async function collectAccount(
  scope: AccountScope,
  target: AccountTarget,
  settings: AwsSettings,
  options: AwsCollectOptions
): Promise<void> {
  const before = Date.now()
  const regions = await collectRegions(scope, settings.regions)
  await scope.add({
    path: scope.path('source'),
    source: AWS_SOURCE,
    subject: scope.subject,
    kind: AWS_SOURCE_KIND,
    requests: target.requests,
    data: { ...target.identity, regions }
  })
  await collectIam(scope, {
    credentialReportWaitMs: options.credentialReportWaitMs ?? 60_000,
    ...(settings.accessKeyMaxAgeDays !== undefined
      ? { accessKeyMaxAgeDays: settings.accessKeyMaxAgeDays }
      : {})
  })
  await collectAuthorizationDetails(scope)
  await collectServiceControlPolicies(scope)
  await collectCloudTrail(scope, regions[0] ?? scope.homeRegion)
  await collectS3(scope)
  await collectTrailDestinations(scope, regions[0] ?? scope.homeRegion)
  await collectS3Replication(scope)
  const window = eventWindow(options.now(), options.period)
  await mapLimit(regions, REGION_CONCURRENCY, (region) => collectRegion(scope, region, window))
  options.log(
    `AWS ${scope.account}: ${regions.length} region(s) in ${Math.round((Date.now() - before) / 1000)} s`
  )
}

/** The regions to collect: the configured ones, else the account's enabled regions (recorded either way). */
async function collectRegions(scope: AccountScope, configured: string[] | undefined): Promise<string[]> {
  const record = {
    path: scope.path('regions'),
    source: AWS_SOURCE,
    subject: scope.subject,
    kind: AWS_EVIDENCE.regions
  }
  if (configured && configured.length > 0) {
    const regions = [...new Set(configured)]
    await scope.add({ ...record, requests: [], data: { regions }, notes: { from: 'configuration' } })
    return regions
  }
  const result = await scope.call('DescribeRegionsCommand', scope.homeRegion, () =>
    scope.clients.ec2(scope.homeRegion).send(new DescribeRegionsCommand({ AllRegions: false }))
  )
  if (!result.ok) {
    await scope.add({
      ...record,
      requests: [result.request],
      error: result.failure,
      notes: { fallback: `only ${scope.homeRegion} was collected` }
    })
    return [scope.homeRegion]
  }
  const regions = (result.body.Regions ?? [])
    .filter((region) => region.OptInStatus !== 'not-opted-in')
    .flatMap((region) => (region.RegionName ? [region.RegionName] : []))
    .sort()
  await scope.add({
    ...record,
    requests: [result.request],
    data: { regions, describeRegions: result.body },
    notes: { from: 'EC2 DescribeRegions (AllRegions: false)' }
  })
  // The home region first: DescribeTrails runs there.
  return regions.includes(scope.homeRegion)
    ? [scope.homeRegion, ...regions.filter((region) => region !== scope.homeRegion)]
    : regions
}

async function collectRegion(scope: AccountScope, region: string, window: EventWindow): Promise<void> {
  const unavailable = await collectGuardDuty(scope, region)
  if (unavailable) {
    await recordUnavailableRegion(scope, region, unavailable)
    return
  }
  await collectPatchStates(scope, region)
  await collectEc2Instances(scope, region)
  await collectInspector(scope, region)
  await collectKmsKeys(scope, region)
  await collectConfigService(scope, region)
  await collectSecurityHub(scope, region)
  await collectAccessAnalyzer(scope, region)
  await collectBedrockLogging(scope, region)
  await collectLoggingAndEncryption(scope, region)
  await collectBackup(scope, region, window)
  await collectRdsInstances(scope, region)
  await collectBedrockGuardrails(scope, region)
  await collectSageMakerMonitoring(scope, region)
  await collectControlChanges(scope, region, window)
  await collectInspectorCoverage(scope, region)
  await collectEcrScanning(scope, region)
  await collectIdentityCenter(scope, region)
}

/** A region that refused the credentials: one error record per regional kind, so no check passes silently. */
async function recordUnavailableRegion(
  scope: AccountScope,
  region: string,
  unavailable: RegionUnavailable
): Promise<void> {
  const subject = scope.regionSubject(region)
  const records: [string, string][] = [
    [AWS_EVIDENCE.guardDuty, scope.path(region, 'guardduty-detectors')],
    [AWS_EVIDENCE.patchStates, patchStatesPath(scope, region, 1)],
    [AWS_EVIDENCE.ec2Instances, ec2InstancesPath(scope, region)],
    [AWS_EVIDENCE.inspector, scope.path(region, 'inspector2-status')],
    [AWS_EVIDENCE.kmsKeys, scope.path(region, 'kms-keys')],
    [AWS_CONFIG_MONITORING_EVIDENCE.config, scope.path(region, 'config-status')],
    [AWS_CONFIG_MONITORING_EVIDENCE.securityHub, scope.path(region, 'securityhub-status')],
    [AWS_CONFIG_MONITORING_EVIDENCE.accessAnalyzer, scope.path(region, 'access-analyzer-status')],
    [AWS_AI_EVIDENCE.bedrockInvocationLogging, scope.path(region, 'bedrock-invocation-logging')],
    [AWS_CHANGE_EVIDENCE.controlChanges, scope.path(region, 'control-changes')],
    ...loggingAndEncryptionRecords(scope, region),
    [AWS_VULNERABILITY_EVIDENCE.inspectorCoverage, scope.path(region, 'inspector2-coverage')],
    [AWS_VULNERABILITY_EVIDENCE.inspectorFindings, scope.path(region, 'inspector2-findings')],
    [AWS_VULNERABILITY_EVIDENCE.ecrScanning, scope.path(region, 'ecr-scanning')],
    [AWS_IDENTITY_EVIDENCE.permissionSets, scope.path(region, 'sso-permission-sets')],
    [AWS_BACKUP_EVIDENCE.backup, scope.path(region, 'backup-status')],
    [AWS_BACKUP_EVIDENCE.rdsBackups, scope.path(region, 'rds-backups')],
    [AWS_AI_MONITORING_EVIDENCE.bedrockGuardrails, scope.path(region, 'bedrock-guardrails')],
    [AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring, scope.path(region, 'sagemaker-monitoring')]
  ]
  for (const [kind, path] of records) {
    await scope.add({
      path,
      source: AWS_SOURCE,
      subject,
      kind,
      requests: kind === AWS_EVIDENCE.guardDuty ? unavailable.requests : [],
      error: unavailable.failure,
      notes: { region: 'not collected: the region refused the credentials' }
    })
  }
}

/** `annex-evidence-<runId>` as an STS session name: [\w+=,.@-], at most 64 characters. */
export function roleSessionName(runId: string): string {
  return `annex-evidence-${runId}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64)
}

type Once<O> =
  { ok: true; output: O; request: RequestRecord } | { ok: false; error: unknown; request: RequestRecord }

/** One STS call outside an account scope, recorded like the others. */
async function callOnce<O extends { $metadata?: { httpStatusCode?: number } }>(
  command: 'GetCallerIdentityCommand' | 'AssumeRoleCommand',
  region: string,
  now: () => Date,
  send: () => Promise<O>,
  stored: (output: O) => unknown = ({ $metadata: _metadata, ...rest }) => rest
): Promise<Once<O>> {
  const call = AWS_API_CALLS[command]
  try {
    const output = await send()
    return {
      ok: true,
      output,
      request: {
        method: call.operation,
        path: `${call.service}:${region}`,
        time: now().toISOString(),
        status: output.$metadata?.httpStatusCode ?? 200,
        responseSha256: createHash('sha256')
          .update(JSON.stringify(stored(output)))
          .digest('hex')
      }
    }
  } catch (error) {
    return {
      ok: false,
      error,
      request: {
        method: call.operation,
        path: `${call.service}:${region}`,
        time: now().toISOString(),
        status: (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? 0
      }
    }
  }
}

/**
 * AssumeRole once now (so a refusal is known up front), then a credential provider shared by every client
 * of the account that assumes the role again shortly before the session expires. The credentials are
 * never stored: the request record hashes only AssumedRoleUser.
 */
async function assumeRole(
  base: AwsClients,
  region: string,
  roleArn: string,
  sessionName: string,
  now: () => Date
): Promise<
  | { ok: true; provider: AwsIdentityProvider; request: RequestRecord; assumedRoleArn?: string }
  | { ok: false; error: unknown; request: RequestRecord }
> {
  const sts = base.sts(region)
  const assume = () => sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: sessionName }))
  const first = await callOnce('AssumeRoleCommand', region, now, assume, (output) => ({
    AssumedRoleUser: output.AssumedRoleUser
  }))
  if (!first.ok) return first
  let current = toIdentity(first.output.Credentials)
  if (!current) {
    return { ok: false, error: new Error('AssumeRole returned no credentials'), request: first.request }
  }
  let pending: Promise<AwsIdentity> | undefined
  const provider: AwsIdentityProvider = async () => {
    const expires = current?.expiration?.getTime()
    if (current && (expires === undefined || expires - Date.now() > REFRESH_BEFORE_MS)) return current
    pending ??= assume()
      .then((output) => {
        const next = toIdentity(output.Credentials)
        if (!next) throw new Error(`AssumeRole of ${roleArn} returned no credentials`)
        current = next
        return next
      })
      .finally(() => {
        pending = undefined
      })
    return pending
  }
  return {
    ok: true,
    provider,
    request: first.request,
    ...(first.output.AssumedRoleUser?.Arn ? { assumedRoleArn: first.output.AssumedRoleUser.Arn } : {})
  }
}

function toIdentity(credentials: Credentials | undefined): AwsIdentity | undefined {
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) return undefined
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    ...(credentials.SessionToken ? { sessionToken: credentials.SessionToken } : {}),
    ...(credentials.Expiration ? { expiration: new Date(credentials.Expiration) } : {})
  }
}
