import { readFile, readdir } from 'node:fs/promises'
import { AWS_API_ACTIONS } from '../../src/sources/aws/actions.js'

const sourceDir = new URL('../../src/sources/aws/', import.meta.url)

interface Statement {
  Effect: string
  Action: string | string[]
  Resource: string | string[]
}

async function policy(): Promise<{ Version: string; Statement: Statement[] }> {
  return JSON.parse(await readFile(new URL('../../docs/aws-iam-policy.json', import.meta.url), 'utf8'))
}

const actionsOf = (statement: Statement): string[] =>
  Array.isArray(statement.Action) ? statement.Action : [statement.Action]

/** Every SDK command the collectors send: `new XCommand(` and paginators `paginateX(`. */
async function commandsSent(): Promise<Set<string>> {
  const sent = new Set<string>()
  for (const file of await readdir(sourceDir)) {
    if (!file.endsWith('.ts')) continue
    const text = await readFile(new URL(file, sourceDir), 'utf8')
    // Lazily loaded SDKs are used as `new sdk.XCommand(`.
    for (const match of text.matchAll(/new (?:[a-z]\w*\.)?([A-Z][A-Za-z0-9]*Command)\(/g)) sent.add(match[1]!)
    for (const match of text.matchAll(/\bpaginate([A-Z][A-Za-z0-9]*)\(/g)) sent.add(`${match[1]}Command`)
  }
  return sent
}

describe('AWS least-privilege policy', () => {
  it('maps every command the collectors send to an IAM action', async () => {
    const sent = await commandsSent()
    expect(sent.size).toBeGreaterThan(20)
    const unmapped = [...sent].filter((command) => !(command in AWS_API_ACTIONS))
    expect(unmapped).toEqual([])
    // And nothing is mapped that is never sent.
    expect(Object.keys(AWS_API_ACTIONS).filter((command) => !sent.has(command))).toEqual([])
  })

  it('grants every mapped action, and nothing else', async () => {
    const document = await policy()
    const granted = document.Statement.flatMap(actionsOf)
    const needed = new Set(Object.values(AWS_API_ACTIONS))
    expect([...needed].filter((action) => !granted.includes(action))).toEqual([])
    expect(granted.filter((action) => !needed.has(action))).toEqual([])
    // sts:AssumeRole is in both role statements (role-arns and aws.organization); nothing else repeats.
    const once = granted.filter((action) => action !== 'sts:AssumeRole')
    expect(new Set(once).size).toBe(once.length)
  })

  it('is read-only: one statement on every resource, sts:AssumeRole only on named roles', async () => {
    const document = await policy()
    expect(document.Version).toBe('2012-10-17')
    expect(document.Statement.every((statement) => statement.Effect === 'Allow')).toBe(true)
    const [readOnly, assume, organization, ...rest] = document.Statement
    expect(rest).toEqual([])
    expect(readOnly?.Resource).toBe('*')
    expect(actionsOf(readOnly!)).not.toContain('sts:AssumeRole')
    for (const action of actionsOf(readOnly!)) {
      expect(action).not.toMatch(/\*/)
      // iam:GenerateCredentialReport only asks IAM to build the (read-only) report; cloudtrail:LookupEvents
      // reads the event history.
      expect(action).toMatch(/:(Get|List|Describe|BatchGet|GenerateCredentialReport$|LookupEvents$)/)
    }
    expect(actionsOf(assume!)).toEqual(['sts:AssumeRole'])
    const roles = Array.isArray(assume!.Resource) ? assume!.Resource : [assume!.Resource]
    expect(roles.length).toBeGreaterThan(0)
    for (const role of roles) expect(role).toMatch(/^arn:aws:iam::\d{12}:role\/[\w+=,.@/-]+$/)
    // aws.organization assumes the role of one name in every discovered account, so the README documents
    // `arn:aws:iam::*:role/<role-name>`: the account may be `*` in this statement only, the role name never.
    expect((organization as Statement & { Sid?: string }).Sid).toBe('AnnexEvidenceAssumeOrganizationRole')
    expect(actionsOf(organization!)).toEqual(['sts:AssumeRole'])
    const orgRoles = Array.isArray(organization!.Resource) ? organization!.Resource : [organization!.Resource]
    expect(orgRoles.length).toBeGreaterThan(0)
    for (const role of orgRoles) expect(role).toMatch(/^arn:aws:iam::(\d{12}|\*):role\/[\w+=,.@/-]+$/)
    expect((assume as Statement & { Sid?: string }).Sid).toBe('AnnexEvidenceAssumeAuditRoles')
  })
})

test('the README shows exactly the policy in docs/aws-iam-policy.json', async () => {
  const { readFile } = await import('node:fs/promises')
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
  const policy = JSON.parse(
    await readFile(new URL('../../docs/aws-iam-policy.json', import.meta.url), 'utf8')
  )
  const shown = /The exact read-only policy[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1]
  expect(shown && JSON.parse(shown)).toEqual(policy)
})
