import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseShard } from '../../src/shard.js'

// The README's matrix workflow is what users copy: it must parse, use only inputs and outputs the action
// declares, and wire the shards' artifacts to the merge step.
const ROOT = join(import.meta.dirname, '../..')

interface Step {
  id?: string
  uses?: string
  if?: string
  with?: Record<string, unknown>
}
interface Job {
  needs?: string | string[]
  if?: string
  strategy?: { 'fail-fast'?: boolean; matrix?: { shard?: number[] } }
  steps: Step[]
}

async function load() {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(
    readme.indexOf('## Shards'),
    readme.indexOf('\n## ', readme.indexOf('## Shards') + 1)
  )
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1]
  const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>
    outputs: Record<string, unknown>
  }
  return { yaml, action }
}

test('the README shards workflow parses, and uses only inputs and outputs action.yml declares', async () => {
  const { yaml, action } = await load()
  expect(yaml).toBeDefined()
  const workflow = parse(yaml!) as { jobs: Record<string, Job> }
  const ours = Object.values(workflow.jobs).flatMap((job) =>
    job.steps.filter((step) => step.uses?.startsWith('annex-evidence/annex-evidence@'))
  )
  expect(ours).toHaveLength(2)
  for (const step of ours)
    for (const input of Object.keys(step.with ?? {}))
      expect({ input, declared: input in action.inputs }).toEqual({ input, declared: true })
  const outputs = [...yaml!.matchAll(/steps\.evidence\.outputs\.([a-z-]+)/g)].map((m) => m[1]!)
  expect(outputs.length).toBeGreaterThan(0)
  for (const output of outputs)
    expect({ output, declared: output in action.outputs }).toEqual({ output, declared: true })
})

test('every matrix job is one shard of n, the artifacts reach the merge step, and merge waits for the shards', async () => {
  const { yaml } = await load()
  const { jobs } = parse(yaml!) as { jobs: Record<string, Job> }
  const shardJob = Object.entries(jobs).find(([, job]) => job.strategy?.matrix?.shard)!
  const [shardName, shard] = shardJob
  const matrix = shard.strategy!.matrix!.shard!
  expect(shard.strategy!['fail-fast']).toBe(false)
  const collect = shard.steps.find((step) => step.with?.shard)!
  const expression = String(collect.with!.shard)
  const count = Number(/\/(\d+)$/.exec(expression)?.[1])
  expect(expression).toBe(`\${{ matrix.shard }}/${count}`)
  // The matrix holds exactly 1..n, and each value makes a valid shard.
  expect(matrix).toEqual(Array.from({ length: count }, (_, i) => i + 1))
  for (const index of matrix)
    expect(parseShard(expression.replace('${{ matrix.shard }}', String(index)), 'shard')).toEqual({
      index,
      count
    })
  expect(String(collect.with!.destination)).not.toMatch(/^s3:/)

  const upload = shard.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))!
  expect(upload.with!.path).toBe('${{ steps.evidence.outputs.archive-path }}')
  expect(upload.if).toContain('!cancelled()')
  const artifactName = String(upload.with!.name)
  expect(artifactName).toContain('${{ matrix.shard }}')

  const [, merge] = Object.entries(jobs).find(([, job]) =>
    job.steps.some((step) => step.with?.mode === 'merge')
  )!
  expect([merge.needs].flat()).toContain(shardName)
  const download = merge.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'))!
  expect(String(download.with!.pattern)).toBe(artifactName.replace('${{ matrix.shard }}', '*'))
  const mergeStep = merge.steps.find((step) => step.with?.mode === 'merge')!
  expect(mergeStep.with!['partial-bundles']).toBe(download.with!.path)
  expect(merge.steps.indexOf(download)).toBeLessThan(merge.steps.indexOf(mergeStep))
  // Shards and merge sign with the same key: merge refuses a shard signed by another.
  expect(mergeStep.with!['signing-key']).toBe(collect.with!['signing-key'])
})
