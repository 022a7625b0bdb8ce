import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { generateSigningKeyPair } from '../../src/bundle/signing.js'
import { demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { startHfSimulator, type HfSimulator } from '../support/hf-simulator.js'
import { startMlflowSimulator, type MlflowSimulator } from '../support/mlflow-simulator.js'
import { demoHf, demoMlflow } from '../support/model-registry-demo.js'
import { modelConfig, modelWorkspace } from '../support/model-workspace.js'
import { CLI_ENTRY, runAction, runNode, type ActionRun } from '../support/run-action.js'

// Planted values in formats no pattern knows: only registration can mask them.
const GITHUB_TOKEN = 'planted-github-token-7f3a9c21'
const HF_TOKEN = 'planted-hf-token-0b44e1d9'
const MLFLOW_TOKEN = 'planted-mlflow-token-5c8e72aa'
const AWS_SECRET = 'planted/aws+secret-key-9d01f3b7e2'
const AWS_SESSION = 'planted-aws-session-token-41aa07'
const URL_PASSWORD = 'planted-url-password-6e2b'
const signing = generateSigningKeyPair()
const SIGNING_LINES = signing.privateKeyPem.split('\n').filter((line) => line && !line.startsWith('-----'))

let github: GitHubSimulator
let mlflow: MlflowSimulator
let hf: HfSimulator

beforeAll(async () => {
  const now = new Date()
  github = await startGitHubSimulator({
    orgs: [demoOrg(now)],
    tokens: [{ value: GITHUB_TOKEN, admin: true }]
  })
  mlflow = await startMlflowSimulator(demoMlflow(now), { token: MLFLOW_TOKEN })
  hf = await startHfSimulator(demoHf(now), { token: HF_TOKEN })
})
afterAll(async () => {
  await Promise.all([github.close(), mlflow.close(), hf.close()])
})

function nightly(workspace: string): Promise<ActionRun> {
  return runAction({
    inputs: {
      'github-token': GITHUB_TOKEN,
      repositories: 'acme-corp/payments-api',
      'signing-key': signing.privateKeyPem,
      'fail-on': 'none'
    },
    apiUrl: github.url,
    graphqlUrl: github.graphqlUrl,
    workspace,
    env: {
      MLFLOW_TRACKING_TOKEN: MLFLOW_TOKEN,
      HF_TOKEN,
      AWS_ACCESS_KEY_ID: 'AKIAPLANTED0000',
      AWS_SECRET_ACCESS_KEY: AWS_SECRET,
      AWS_SESSION_TOKEN: AWS_SESSION
    }
  })
}

/** Every byte a run left behind: bundle files, the archive decompressed, stdout, stderr, job summary. */
async function everythingWritten(run: ActionRun): Promise<Record<string, string>> {
  const texts: Record<string, string> = {
    stdout: run.stdout.replace(/^::add-mask::.*$/gm, ''),
    stderr: run.stderr,
    summary: run.summary
  }
  const dir = run.outputs['bundle-path']!
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name)
      texts[path] = await readFile(path, 'utf8')
    }
  }
  texts.archive = gunzipSync(await readFile(run.outputs['archive-path']!)).toString('utf8')
  return texts
}

function leaks(texts: Record<string, string>, secrets: string[]): string[] {
  return Object.entries(texts).flatMap(([where, text]) =>
    secrets.filter((secret) => text.includes(secret)).map((secret) => `${secret} in ${where}`)
  )
}

test('tokens echoed back by GitHub, Hugging Face and MLflow reach no record, log or summary', async () => {
  github.addFault({ path: /\/branches\/main\/protection$/, kind: 'echo-credentials' })
  hf.addFault({ path: /^\/api\/models\//, kind: 'echo-credentials' })
  mlflow.addFault({ path: /registered-models\/search/, kind: 'echo-credentials' })
  const run = await nightly(await modelWorkspace(modelConfig(mlflow.url, hf.url)))
  expect(run.code).toBe(0)
  // The servers did echo: the records say where, with the credential masked.
  for (const requests of [github.requests, hf.requests, mlflow.requests])
    expect(requests.some((r) => r.status === 403)).toBe(true)
  const findings = await readFile(join(run.outputs['bundle-path']!, 'findings.json'), 'utf8')
  expect(findings).toContain('Authorization: ***')
  const texts = await everythingWritten(run)
  expect(
    leaks(texts, [GITHUB_TOKEN, HF_TOKEN, MLFLOW_TOKEN, AWS_SECRET, AWS_SESSION, ...SIGNING_LINES])
  ).toEqual([])
  // The runner is told to mask every secret the action read.
  for (const secret of [GITHUB_TOKEN, HF_TOKEN, MLFLOW_TOKEN, AWS_SECRET, AWS_SESSION])
    expect(run.stdout).toContain(`::add-mask::${secret}`)
  // Redacted evidence still re-derives the redacted findings.
  const verified = await runNode(CLI_ENTRY, ['verify', run.outputs['bundle-path']!], {})
  expect(verified.stdout).toContain('OK:')
  github.clearFaults()
  hf.clearFaults()
  mlflow.clearFaults()
})

test('credentials in a configured URL are stripped from config.json, the manifest, evidence and the summary', async () => {
  const withPassword = mlflow.url.replace('http://', `http://alice:${URL_PASSWORD}@`)
  const run = await nightly(await modelWorkspace(modelConfig(withPassword, hf.url)))
  expect(run.code).toBe(0)
  const texts = await everythingWritten(run)
  expect(leaks(texts, [URL_PASSWORD, `alice:${URL_PASSWORD}`])).toEqual([])
  const config = await readFile(join(run.outputs['bundle-path']!, 'config.json'), 'utf8')
  expect(config).toContain(mlflow.url.replace('http://', 'http://***@'))
})
