import { createHash } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { checksumEntries, renderChecksums } from '../../src/bundle/checksums.js'
import type { Manifest } from '../../src/bundle/manifest.js'
import type { Finding } from '../../src/model.js'
import { copyBundle, readJson } from '../support/bundles.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator } from '../support/github-simulator.js'
import { CLI_ENTRY, runAction, runNode } from '../support/run-action.js'

let bundle: string

beforeAll(async () => {
  const simulator = await startGitHubSimulator({ orgs: [demoOrg(new Date())] })
  try {
    const result = await runAction({
      inputs: { 'github-token': 'ghs_simulator_token', repositories: 'acme-corp/*', 'fail-on': 'none' },
      apiUrl: simulator.url,
      graphqlUrl: simulator.graphqlUrl
    })
    bundle = result.outputs['bundle-path']!
  } finally {
    await simulator.close()
  }
})

const verify = (...args: string[]) => runNode(CLI_ENTRY, ['verify', ...args], {})

/** What someone who edits a file and also fixes up its manifest entry would do. */
async function rehash(dir: string, path: string): Promise<void> {
  const manifest = await readJson<Manifest>(join(dir, 'manifest.json'))
  const bytes = await readFile(join(dir, path))
  const entry = manifest.files.find((f) => f.path === path)!
  entry.sha256 = createHash('sha256').update(bytes).digest('hex')
  entry.size = bytes.length
  const manifestText = JSON.stringify(manifest, null, 2)
  await writeFile(join(dir, 'manifest.json'), manifestText)
  // A forger who fixes up the manifest fixes up SHA256SUMS too: only re-deriving the findings can catch it.
  const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')
  await writeFile(
    join(dir, 'SHA256SUMS'),
    renderChecksums(checksumEntries(manifest.files, sha(manifestText)))
  )
}

const EVIDENCE = 'evidence/github/acme-corp/payments-api/branch-rules.json'

test('an intact bundle verifies: hashes and every re-derived finding', async () => {
  const result = await verify(bundle)
  expect(result.code).toBe(0)
  expect(result.stdout).toMatch(
    /OK: \d+ files match the manifest; 261 findings and every control status re-derived/
  )
})

test('--json reports the same as data', async () => {
  const result = await verify(bundle, '--json')
  expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, findingsRederived: 261, problems: [] })
})

test.each([
  [
    'a flipped byte in an evidence file',
    async (dir: string) => {
      const bytes = await readFile(join(dir, EVIDENCE))
      bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0x01
      await writeFile(join(dir, EVIDENCE), bytes)
    },
    `${EVIDENCE}: SHA-256 is`
  ],
  [
    'an edited findings.json',
    async (dir: string) => {
      const text = await readFile(join(dir, 'findings.json'), 'utf8')
      await writeFile(join(dir, 'findings.json'), text.replace('"status": "fail"', '"status": "pass"'))
    },
    'findings.json: SHA-256 is'
  ],
  [
    'an edited findings.json whose manifest entry was fixed up',
    async (dir: string) => {
      const findings = await readJson<Finding[]>(join(dir, 'findings.json'))
      const target = findings.find((f) => f.status === 'fail' && f.subject.includes('legacy-billing'))!
      target.status = 'pass'
      await writeFile(join(dir, 'findings.json'), JSON.stringify(findings, null, 2))
      await rehash(dir, 'findings.json')
    },
    'recorded status "pass", the evidence gives "fail"'
  ],
  [
    'edited evidence whose manifest entry was fixed up',
    async (dir: string) => {
      const record = await readJson<{ data: { rules: unknown[] } }>(join(dir, EVIDENCE))
      record.data.rules = []
      await writeFile(join(dir, EVIDENCE), JSON.stringify(record, null, 2))
      await rehash(dir, EVIDENCE)
    },
    'finding github.branch-protection.enabled for github:acme-corp/payments-api: recorded status "pass", the evidence gives "fail"'
  ],
  [
    'a missing file',
    (dir: string) => rm(join(dir, EVIDENCE)),
    `${EVIDENCE}: listed in the manifest but missing`
  ],
  [
    'an extra file',
    (dir: string) => writeFile(join(dir, 'evidence', 'backfilled.json'), '{}'),
    'evidence/backfilled.json: present but not listed in the manifest'
  ],
  [
    'a missing manifest',
    (dir: string) => rm(join(dir, 'manifest.json')),
    'manifest.json is missing: this is not a complete bundle'
  ],
  [
    'a manifest that is not JSON',
    (dir: string) => writeFile(join(dir, 'manifest.json'), '{ "schemaVersion": 1, '),
    'manifest.json is not valid JSON'
  ]
])('%s is detected (exit 1)', async (_name, tamper, message) => {
  const copy = await copyBundle(bundle)
  await tamper(copy)
  const result = await verify(copy)
  expect(result.stdout).toContain(message)
  expect(result.code).toBe(1)
})

test('bad input exits 2', async () => {
  expect((await verify('/nonexistent/bundle')).code).toBe(2)
  expect((await verify()).code).toBe(2)
  expect((await runNode(CLI_ENTRY, ['frobnicate'], {})).stderr).toContain('unknown command "frobnicate"')
})
