import type { InspectorData } from '../../evidence/aws.js'
import { AWS_EVIDENCE } from '../../evidence/aws.js'
import type { Check, CheckResult } from '../check.js'
import { perRecord } from './records.js'

/** Inspector's resource types (BatchGetAccountStatus `resourceState`), as an auditor reads them. */
const RESOURCE_NAMES: Record<string, string> = {
  ec2: 'EC2',
  ecr: 'ECR',
  lambda: 'Lambda',
  lambdaCode: 'Lambda code',
  codeRepository: 'code repositories'
}

export const awsInspectorEnabled: Check = {
  metadata: {
    id: 'aws.inspector2.enabled',
    version: 1,
    title: 'Amazon Inspector scans the account for vulnerabilities in every collected region',
    severity: 'high',
    rationale:
      'Technical vulnerabilities are managed only where they are looked for: without Inspector (or another scanner) in a region, its instances, images and functions have an unknown vulnerability state.',
    remediation:
      'Amazon Inspector → Get started → Activate Inspector in each listed region (or from the delegated administrator: Account management → Activate for all accounts, with auto-enable for new members), with at least EC2 and ECR scanning. CLI: aws inspector2 enable --resource-types EC2 ECR LAMBDA --region <region>',
    evidenceKinds: [AWS_EVIDENCE.inspector]
  },
  evaluate: (context): CheckResult[] =>
    perRecord<InspectorData>(
      context,
      AWS_EVIDENCE.inspector,
      'The Amazon Inspector status',
      ({ accounts, failedAccounts }, record) => {
        const account = record.subject.replace(/^aws:/, '').split('/')[0]!
        const own = accounts.find((entry) => entry.accountId === account) ?? accounts[0]
        if (!own) {
          return {
            status: 'error',
            message: `Inspector returned no status for account ${account}${failedAccounts?.length ? `: ${JSON.stringify(failedAccounts).slice(0, 300)}` : ''}.`
          }
        }
        const accountStatus = own.state?.status ?? 'unknown'
        const resources = Object.entries(own.resourceState ?? {}).map(([type, state]) => ({
          name: RESOURCE_NAMES[type] ?? type,
          status: (state as { status?: string } | undefined)?.status ?? 'unknown'
        }))
        const scanning = resources.filter((resource) => resource.status === 'ENABLED')
        const notScanning = resources.filter((resource) => resource.status !== 'ENABLED')
        const states = resources.map((resource) => `${resource.name} ${resource.status}`).join(', ')
        if (accountStatus !== 'ENABLED' && scanning.length === 0) {
          return {
            status: 'fail',
            message: `Inspector is ${accountStatus} for account ${account}${states ? ` (${states})` : ''}: nothing is scanned for vulnerabilities.`
          }
        }
        const counts = record.data?.findingCounts
        const open = counts
          ? ` Active findings: ${counts.CRITICAL} critical, ${counts.HIGH} high, ${counts.MEDIUM} medium, ${counts.LOW} low or informational.`
          : ''
        return {
          status: 'pass',
          message: `Inspector scans ${scanning.map((resource) => resource.name).join(', ') || 'the account'}${notScanning.length ? `; not scanned: ${notScanning.map((resource) => `${resource.name} (${resource.status})`).join(', ')}` : ''}.${open}`
        }
      }
    )
}
