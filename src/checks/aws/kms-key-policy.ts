import { AWS_ENCRYPTION_EVIDENCE, type KmsKeyPoliciesEvidence } from '../../evidence/aws-encryption.js'
import type { Check } from '../check.js'
import { perRecord } from './records.js'

/** Condition keys that limit a `*` principal to the account, organization, service or network. */
const LIMITING_CONDITION_KEYS = new Set(
  [
    'kms:CallerAccount',
    'kms:ViaService',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:SourceAccount',
    'aws:SourceArn',
    'aws:SourceOrgID',
    'aws:SourceVpc',
    'aws:SourceVpce'
  ].map((k) => k.toLowerCase())
)
const MAX_STATEMENTS = 200

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v])

function wildcardPrincipal(principal: unknown): boolean {
  if (principal === '*') return true
  if (!isObject(principal)) return false
  return Object.values(principal).some((value) =>
    list(value).some((p) => typeof p === 'string' && p.includes('*'))
  )
}

function limitingCondition(condition: unknown): boolean {
  if (!isObject(condition)) return false
  return Object.values(condition).some(
    (operator) =>
      isObject(operator) &&
      Object.keys(operator).some((key) => LIMITING_CONDITION_KEYS.has(key.toLowerCase()))
  )
}

/**
 * The statements of a key policy (JSON text from AWS, parsed as hostile input: any shape, never evaluated) that
 * allow everyone: Effect Allow with Principal `*` (or an AWS principal with a wildcard), or NotPrincipal, and
 * no condition limiting who. `undefined` when the text is not a policy. Pure.
 */
export function openStatements(text: string): string[] | undefined {
  let policy: unknown
  try {
    policy = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!isObject(policy)) return undefined
  const statements = list(policy.Statement)
  if (statements.length === 0 || statements.length > MAX_STATEMENTS || !statements.every(isObject))
    return undefined
  return statements.flatMap((s, i) => {
    if (s.Effect !== 'Allow') return []
    const everyone = wildcardPrincipal(s.Principal) || s.NotPrincipal !== undefined
    if (!everyone || limitingCondition(s.Condition)) return []
    const sid = typeof s.Sid === 'string' ? s.Sid.slice(0, 100) : `#${i + 1}`
    const actions = list(s.Action)
      .filter((a): a is string => typeof a === 'string')
      .slice(0, 5)
      .map((a) => a.slice(0, 60))
    return [`${sid}${actions.length ? ` (${actions.join(', ')})` : ''}`]
  })
}

export const awsKmsKeyPolicyNotPublic: Check = {
  metadata: {
    id: 'aws.kms.key-policy-not-public',
    version: 1,
    title: 'No KMS key policy grants "*" without a condition limiting who',
    severity: 'critical',
    rationale:
      'A key policy statement allowing Principal "*" lets any AWS account use the key (decrypt, or change it) unless a condition limits the caller to the account, organization or a service; data under that key is then only as protected as its ciphertext.',
    remediation:
      'KMS → Customer managed keys → the key → Key policy → Edit: replace Principal "*" with the account or roles that need the key, or add a condition such as "StringEquals": {"kms:CallerAccount": "<account id>"} (or aws:PrincipalOrgID).',
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.kmsKeyPolicies]
  },
  evaluate: (context) =>
    perRecord<KmsKeyPoliciesEvidence>(
      context,
      AWS_ENCRYPTION_EVIDENCE.kmsKeyPolicies,
      'KMS key policies',
      ({ keys }) => {
        if (keys.length === 0)
          return { status: 'not_applicable', message: 'No customer managed KMS key in this region.' }
        const open: string[] = []
        const unknown: string[] = []
        for (const key of keys) {
          if (key.error || typeof key.Policy !== 'string') {
            unknown.push(`${key.KeyId} (${key.error ?? 'no policy recorded'})`)
            continue
          }
          const statements = openStatements(key.Policy)
          if (!statements) unknown.push(`${key.KeyId} (the policy is not a readable JSON policy)`)
          else if (statements.length > 0) open.push(`${key.KeyId}: ${statements.join('; ')}`)
        }
        if (open.length > 0) {
          return {
            status: 'fail',
            message: `Key policies allowing "*" without a limiting condition: ${open.join(' | ')}.`,
            details: open
          }
        }
        if (unknown.length > 0)
          return { status: 'error', message: `Key policies not read: ${unknown.join('; ')}.` }
        return {
          status: 'pass',
          message: `None of the ${keys.length} customer managed key policies grants "*" without a limiting condition.`
        }
      }
    )
}
