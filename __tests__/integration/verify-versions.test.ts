import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { checksumEntries, renderChecksums } from '../../src/bundle/checksums.js'
import type { Manifest } from '../../src/bundle/manifest.js'
import type { Finding } from '../../src/model.js'
import { copyBundle, readJson } from '../support/bundles.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator } from '../support/github-simulator.js'
import { CLI_ENTRY, runAction, runNode } from '../support/run-action.js'

/**
 * Issue 13 §7: a bundle made by an older build (another version of a check: other logic or message text)
 * verifies. Its integrity is checked in full; findings of a check whose version differs are not compared
 * (never a false tamper alarm) and verify names the build that re-derives them.
 */
let bundle: string
let toolVersion: string

const CHECK = 'github.branch-protection.enabled'

beforeAll(async () => {
  const simulator = await startGitHubSimulator({ orgs: [demoOrg(new Date())] })
  try {
    const result = await runAction({
      inputs: { 'github-token': 'ghs_simulator_token', repositories: 'acme-corp/*', 'fail-on': 'none' },
      apiUrl: simulator.url,
      graphqlUrl: simulator.graphqlUrl
    })
    bundle = result.outputs['bundle-path']!
    toolVersion = (await readJson<Manifest>(join(bundle, 'manifest.json'))).tool.version
  } finally {
    await simulator.close()
  }
})

const verify = (...args: string[]) => runNode(CLI_ENTRY, ['verify', ...args], {})

/** Rewrites a JSON file of an (unsigned) bundle and its manifest entry, as the older build would have written it. */
async function rewrite<T>(dir: string, path: string, edit: (data: T) => T | void): Promise<void> {
  const data = await readJson<T>(join(dir, path))
  await writeFile(join(dir, path), JSON.stringify(edit(data) ?? data, null, 2))
  const manifest = await readJson<Manifest>(join(dir, 'manifest.json'))
  const bytes = await readFile(join(dir, path))
  const entry = manifest.files.find((f) => f.path === path)!
  entry.sha256 = createHash('sha256').update(bytes).digest('hex')
  entry.size = bytes.length
  const manifestText = JSON.stringify(manifest, null, 2)
  await writeFile(join(dir, 'manifest.json'), manifestText)
  // The older build's SHA256SUMS agrees with its manifest, as every sealed bundle's does.
  const sha = createHash('sha256').update(manifestText).digest('hex')
  await writeFile(join(dir, 'SHA256SUMS'), renderChecksums(checksumEntries(manifest.files, sha)))
}

/** A bundle as version 0 of CHECK made it: recorded as version 0, with its older message text. */
async function olderBuildBundle(): Promise<string> {
  const copy = await copyBundle(bundle)
  await rewrite<{ id: string; version?: number }[]>(copy, 'checks.json', (checks) => {
    checks.find((check) => check.id === CHECK)!.version = 0
  })
  await rewrite<Finding[]>(copy, 'findings.json', (findings) => {
    for (const finding of findings)
      if (finding.check === CHECK) finding.message = `(older wording) ${finding.message}`
  })
  return copy
}

test('a bundle made by an older version of a check verifies, and says which build re-derives it', async () => {
  const copy = await olderBuildBundle()
  const result = await verify(copy)
  expect(result.stdout).toContain('OK: ')
  expect(result.stdout).toContain(
    `${CHECK}: made by version 0 of the check, this build has version 2, so its`
  )
  expect(result.stdout).toContain(`re-derive with npx annex-evidence@${toolVersion} verify ${copy}`)
  expect(result.code).toBe(0)

  const json = JSON.parse((await verify(copy, '--json')).stdout)
  expect(json).toMatchObject({
    ok: true,
    problems: [],
    notRederived: [
      {
        check: CHECK,
        bundleVersion: 0,
        buildVersion: 2,
        command: `npx annex-evidence@${toolVersion} verify ${copy}`
      }
    ]
  })
  expect(json.notRederived[0].findings).toBeGreaterThan(0)
})

test('in such a bundle, a tampered finding of a check of this version is still caught', async () => {
  const copy = await olderBuildBundle()
  await rewrite<Finding[]>(copy, 'findings.json', (findings) => {
    const target = findings.find((f) => f.check !== CHECK && f.status === 'fail')!
    target.status = 'pass'
  })
  const result = await verify(copy)
  expect(result.stdout).toContain('recorded status "pass", the evidence gives "fail"')
  expect(result.code).toBe(1)
})

test('in such a bundle, an edited evidence file is still caught by its hash', async () => {
  const copy = await olderBuildBundle()
  const path = 'evidence/github/acme-corp/payments-api/branch-rules.json'
  const bytes = await readFile(join(copy, path))
  bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0x01
  await writeFile(join(copy, path), bytes)
  const result = await verify(copy)
  expect(result.stdout).toContain(`${path}: SHA-256 is`)
  expect(result.code).toBe(1)
})

test('a bundle that records no check versions was made by version 1 of every check', async () => {
  const copy = await copyBundle(bundle)
  await rewrite<{ version?: number }[]>(copy, 'checks.json', (checks) => {
    for (const check of checks) delete check.version
  })
  const result = await verify(copy)
  expect(result.code).toBe(0)
  // Checks still at version 1 are re-derived and compared; those changed since are sent to the older build.
  expect(result.stdout).toContain(`${CHECK}: made by version 1 of the check, this build has version 2`)
  expect(result.stdout).not.toContain('github.dependabot.alerts-enabled: made by')
})
