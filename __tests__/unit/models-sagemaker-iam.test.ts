import { readFile } from 'node:fs/promises'

const ACTIONS: Record<string, string> = {
  DescribeModelPackageCommand: 'sagemaker:DescribeModelPackage',
  ListModelPackageGroupsCommand: 'sagemaker:ListModelPackageGroups',
  ListModelPackagesCommand: 'sagemaker:ListModelPackages',
  GetObjectCommand: 's3:GetObject',
  LookupEventsCommand: 'cloudtrail:LookupEvents'
}

test('the README policy of the SageMaker source grants exactly the calls the collector makes', async () => {
  const source = await readFile(new URL('../../src/sources/models/sagemaker.ts', import.meta.url), 'utf8')
  const sent = new Set<string>()
  for (const match of source.matchAll(/new ([A-Z][A-Za-z0-9]*Command)\(/g)) sent.add(match[1]!)
  for (const match of source.matchAll(/\bpaginate([A-Z][A-Za-z0-9]*)\(/g)) sent.add(`${match[1]}Command`)
  expect([...sent].filter((command) => !(command in ACTIONS))).toEqual([])
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
  const shown = /The SageMaker source needs this read-only policy[\s\S]*?```json\n([\s\S]*?)```/.exec(
    readme
  )?.[1]
  const policy = JSON.parse(shown!) as { Statement: { Action: string[] }[] }
  expect(policy.Statement.flatMap((s) => s.Action).sort()).toEqual([...sent].map((c) => ACTIONS[c]!).sort())
})
