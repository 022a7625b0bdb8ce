import type { PatchStatesPage } from '../../evidence/aws.js'
import { AWS_EVIDENCE, type Ec2InstanceEvidence, type PatchStateEvidence } from '../../evidence/aws.js'
import type { EvidenceRecord } from '../../model.js'
import type { Check, CheckContext, CheckResult } from '../check.js'
import { ageDays } from './records.js'

export const awsPatchCompliance: Check = {
  metadata: {
    id: 'aws.ssm.patch-compliance',
    version: 1,
    title:
      'Every EC2 instance is managed by Systems Manager, has no missing critical or security patches and was scanned recently',
    severity: 'high',
    rationale:
      'Missing security patches are known, exploitable vulnerabilities; an instance not scanned recently, or not managed by Systems Manager at all, has an unknown patch state.',
    remediation:
      'Systems Manager → Patch Manager → Patch now (Scan and install) for the listed instances, or fix the maintenance window / patch policy that should have patched them. An instance not scanned recently: check the SSM agent and the patch baseline association (AWS-RunPatchBaseline). An instance Systems Manager does not manage: install or start the SSM agent and give the instance profile the AmazonSSMManagedInstanceCore policy (or turn on Default Host Management Configuration in Fleet Manager).',
    evidenceKinds: [AWS_EVIDENCE.patchStates, AWS_EVIDENCE.ec2Instances]
  },
  evaluate: (context): CheckResult[] => {
    const regions = new Map<
      string,
      { pages: EvidenceRecord<PatchStatesPage>[]; ec2?: EvidenceRecord<{ instances: Ec2InstanceEvidence[] }> }
    >()
    const region = (subject: string) => {
      const entry = regions.get(subject) ?? { pages: [] }
      regions.set(subject, entry)
      return entry
    }
    for (const record of context.evidence.all<PatchStatesPage>(AWS_EVIDENCE.patchStates))
      region(record.subject).pages.push(record)
    for (const record of context.evidence.all<{ instances: Ec2InstanceEvidence[] }>(
      AWS_EVIDENCE.ec2Instances
    ))
      region(record.subject).ec2 = record
    return [...regions].flatMap(([subject, { pages, ec2 }]) => evaluateRegion(context, subject, pages, ec2))
  }
}

function evaluateRegion(
  context: CheckContext,
  subject: string,
  pages: EvidenceRecord<PatchStatesPage>[],
  ec2: EvidenceRecord<{ instances: Ec2InstanceEvidence[] }> | undefined
): CheckResult[] {
  const maxScanAge = context.config.aws['patch-scan-max-age-days']
  const results: CheckResult[] = []
  const regionProblems: string[] = []
  const managed = new Set<string>()
  for (const record of pages) {
    if (record.error || !record.data) {
      regionProblems.push(`patch compliance could not be collected: ${record.error?.message ?? 'no data'}`)
      continue
    }
    for (const id of record.data.withoutPatchState ?? []) {
      managed.add(id)
      results.push({
        subject: `${subject}/${id}`,
        status: 'fail',
        message: `${id} is managed by Systems Manager but has no patch state: it was never scanned.`,
        evidence: [record.path]
      })
    }
    for (const instance of record.data.instances) {
      managed.add(instance.InstanceId)
      results.push(patchFinding(context, subject, instance, record.path, maxScanAge))
    }
  }
  if (!ec2) regionProblems.push('the EC2 instance inventory was not recorded')
  else if (ec2.error || !ec2.data)
    regionProblems.push(
      `the EC2 instance inventory could not be collected (${ec2.error?.message ?? 'no data'}), so instances Systems Manager does not manage cannot be found`
    )
  else if (regionProblems.length === 0) {
    // Only with every managed instance known is "not managed" a fact rather than a gap in the evidence.
    for (const instance of ec2.data.instances) {
      if (managed.has(instance.InstanceId)) continue
      const name = instance.Name ? ` (${instance.Name})` : ''
      results.push({
        subject: `${subject}/${instance.InstanceId}`,
        status: 'fail',
        message: `${instance.InstanceId}${name}, ${instance.State ?? 'state unknown'}: an EC2 instance Systems Manager does not manage, so its patch state is unknown.`,
        evidence: [ec2.path, ...pages.map((page) => page.path)]
      })
    }
  }
  const evidence = [...pages.map((page) => page.path), ...(ec2 ? [ec2.path] : [])]
  if (regionProblems.length > 0) {
    results.push({
      subject,
      status: 'error',
      message: `${subject}: ${regionProblems.join('; ')}.`,
      evidence
    })
  } else if (results.length === 0) {
    results.push({
      subject,
      status: 'not_applicable',
      message: 'No EC2 instance and no instance managed by Systems Manager in this region.',
      evidence
    })
  }
  return results
}

function patchFinding(
  context: CheckContext,
  region: string,
  instance: PatchStateEvidence,
  path: string,
  maxScanAge: number
): CheckResult {
  const subject = `${region}/${instance.InstanceId}`
  const scanAge = ageDays(context.period.end, instance.OperationEndTime)
  const problems = [
    ...(instance.CriticalNonCompliantCount
      ? [`${instance.CriticalNonCompliantCount} critical patch(es) missing`]
      : []),
    ...(instance.SecurityNonCompliantCount
      ? [`${instance.SecurityNonCompliantCount} security patch(es) missing`]
      : []),
    ...(scanAge === undefined
      ? ['never scanned']
      : scanAge > maxScanAge
        ? [`last scanned ${scanAge} days ago (max ${maxScanAge})`]
        : [])
  ]
  return problems.length === 0
    ? { subject, status: 'pass', message: `Compliant; scanned ${scanAge} day(s) ago.`, evidence: [path] }
    : { subject, status: 'fail', message: `${problems.join('; ')}.`, evidence: [path] }
}
