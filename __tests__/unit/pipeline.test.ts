import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sourcesFor } from '../../src/sources/registry.js'

/**
 * Issue 12, item 4: the nightly run and pull-request mode are two modes of one pipeline (src/pipeline.ts),
 * not two orchestrators. The modes supply hooks; only the pipeline collects (through the source registry)
 * and evaluates. The behaviour of both modes is held by the integration tests (action, pull-request).
 */
const src = join(import.meta.dirname, '../../src')

async function importers(pattern: RegExp): Promise<string[]> {
  const files = (await readdir(src, { recursive: true })).filter((file) => file.endsWith('.ts'))
  const found: string[] = []
  for (const file of files) if (pattern.test(await readFile(join(src, file), 'utf8'))) found.push(file)
  return found.sort()
}

test('only the pipeline iterates the source registry; neither mode names a source by its collector', async () => {
  expect(await importers(/from '\.{1,2}\/(\.\.\/)*sources\/registry\.js'/)).toEqual(['pipeline.ts'])
  for (const mode of ['run.ts', 'pull-request.ts']) {
    const text = await readFile(join(src, mode), 'utf8')
    expect({
      mode,
      collects: /collectPullRequest\(|collectGitHub\(|collectAws\(|\.collect\(/.test(text)
    }).toEqual({
      mode,
      collects: false
    })
  }
})

test('only the pipeline evaluates and rolls up a run (verify re-derives, which is its job)', async () => {
  expect(await importers(/from '\.\/checks\/evaluate\.js'|evaluateChecks\(/)).toEqual(
    [join('bundle', 'verify.ts'), join('checks', 'evaluate.ts'), 'pipeline.ts'].sort()
  )
  expect(await importers(/rollUpControls\(/)).toEqual(
    expect.not.arrayContaining(['run.ts', 'pull-request.ts'])
  )
})

test('both modes run through runPipeline with their own hooks', async () => {
  for (const [mode, id] of [
    ['run.ts', 'nightly'],
    ['pull-request.ts', 'pull-request']
  ]) {
    const text = await readFile(join(src, mode!), 'utf8')
    expect(text).toContain('return runPipeline(options, ')
    expect(text).toContain(`id: '${id}'`)
  }
  expect(sourcesFor('pull-request').map((entry) => entry.id)).toEqual(['github'])
  expect(sourcesFor('nightly').map((entry) => entry.id)).toEqual(['github', 'models', 'aws'])
})

test('a shard is a hook of the one pipeline, and merge judges through its evaluate step', async () => {
  const pipeline = await readFile(join(src, 'pipeline.ts'), 'utf8')
  // The pipeline hands the shard to the sources, keeps unsharded sources to shard 1, and writes `shard`.
  expect(pipeline).toContain('...(options.shard ? { shard: options.shard } : {})')
  expect(pipeline).toMatch(/entry\.enabled\(settings\) && inThisShard\(entry\)/)
  // The nightly mode only seals what the pipeline made: a partial bundle, or a link of the chain.
  const run = await readFile(join(src, 'run.ts'), 'utf8')
  expect(run).toContain('sealPartialBundle(')
  expect(run).not.toMatch(/inShard\(|SOURCES|sourcesFor\(/)
  const merge = await readFile(join(src, 'merge', 'merge.ts'), 'utf8')
  expect(merge).toContain('evaluateRun(CHECKS, {')
})
