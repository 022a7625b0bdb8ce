import { AWS_LOGGING_EVIDENCE } from '../../evidence/aws-logging.js'
import { collectEncryption, encryptionRecords } from './encryption.js'
import { collectFlowLogs, flowLogsPath } from './flow-logs.js'
import type { AccountScope } from './scope.js'

/** The regional logging (VPC flow logs) and encryption evidence of one region. */
export async function collectLoggingAndEncryption(scope: AccountScope, region: string): Promise<void> {
  await collectFlowLogs(scope, region)
  await collectEncryption(scope, region)
}

/** Kind and path of each record `collectLoggingAndEncryption` writes, for a region that refused the credentials. */
export function loggingAndEncryptionRecords(scope: AccountScope, region: string): [string, string][] {
  return [[AWS_LOGGING_EVIDENCE.flowLogs, flowLogsPath(scope, region)], ...encryptionRecords(scope, region)]
}
