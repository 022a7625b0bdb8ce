import { AWS_VULNERABILITY_EVIDENCE, type EcrScanningEvidence } from '../../evidence/aws-vulnerability.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

const wildcard = (filter: string, name: string) =>
  filter.length <= 256 &&
  new RegExp(`^${filter.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(name)

/**
 * How a repository's images are scanned (ECR User Guide, "Scan images for software vulnerabilities"): enhanced
 * scanning (Inspector) scans the repositories a SCAN_ON_PUSH or CONTINUOUS_SCAN rule's filter matches; basic
 * scanning scans on push where a SCAN_ON_PUSH rule matches or, without registry rules, where the repository's
 * own scanOnPush is on.
 */
export function scanningOf(
  registry: EcrScanningEvidence['registry'],
  repository: { repositoryName?: string; scanOnPush?: boolean }
): string | undefined {
  const name = repository.repositoryName ?? ''
  const rules = registry?.rules ?? []
  const matching = rules.filter((rule) =>
    rule.repositoryFilters.some(
      (f) => f.filterType === 'WILDCARD' && f.filter !== undefined && wildcard(f.filter, name)
    )
  )
  if (registry?.scanType === 'ENHANCED') {
    const rule = matching.find(
      (r) => r.scanFrequency === 'CONTINUOUS_SCAN' || r.scanFrequency === 'SCAN_ON_PUSH'
    )
    return rule ? `enhanced ${rule.scanFrequency}` : undefined
  }
  if (matching.some((r) => r.scanFrequency === 'SCAN_ON_PUSH')) return 'basic SCAN_ON_PUSH (registry rule)'
  if (rules.length === 0 && repository.scanOnPush) return 'basic scan on push (repository setting)'
  return undefined
}

export const awsEcrScanOnPush: Check = {
  metadata: {
    id: 'aws.ecr.scan-on-push',
    version: 1,
    title: 'ECR repositories scan images on push or continuously',
    severity: 'medium',
    rationale:
      'A container image pushed without a vulnerability scan can run with known vulnerabilities nobody was told about.',
    remediation:
      'Amazon ECR → Private registry → Settings → Scanning: choose Enhanced scanning with a continuous-scan rule matching all repositories (filter *), or Basic scanning with a scan-on-push rule for *. CLI: aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules \'[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\'',
    evidenceKinds: [AWS_VULNERABILITY_EVIDENCE.ecrScanning]
  },
  evaluate: (context) =>
    perRecord<EcrScanningEvidence>(
      context,
      AWS_VULNERABILITY_EVIDENCE.ecrScanning,
      'The ECR scanning configuration',
      (data) => {
        if (!Array.isArray(data.repositories))
          return { status: 'error', message: 'The record holds no repository list.' }
        if (data.repositories.length === 0)
          return { status: 'not_applicable', message: 'There is no ECR repository in this region.' }
        const unscanned = data.repositories.filter((r) => !scanningOf(data.registry, r))
        if (unscanned.length > 0)
          return {
            status: 'fail',
            message: `${unscanned.length} of ${data.repositories.length} ECR repositories scan neither on push nor continuously (registry scanning ${data.registry?.scanType ?? 'unknown'}): ${unscanned
              .slice(0, 30)
              .map((r) => r.repositoryName)
              .join(', ')}.`,
            details: unscanned.map((r) => r.repositoryName)
          }
        if (data.truncated)
          return {
            status: 'error',
            message: `The repository listing stopped at the page cap after ${data.repositories.length} repositories, all scanned.`
          }
        return {
          status: 'pass',
          message: `All ${data.repositories.length} ECR repositories are scanned (${[...new Set(data.repositories.map((r) => scanningOf(data.registry, r)))].join(', ')}).`
        }
      }
    )
}
