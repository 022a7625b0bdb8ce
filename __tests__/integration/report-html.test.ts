import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { Manifest } from '../../src/bundle/manifest.js'
import { loadCatalogs } from '../../src/controls/catalog.js'
import type { Finding } from '../../src/model.js'
import { findingId } from '../../src/report/finding-id.js'
import { renderReportHtml } from '../../src/report/html/render.js'
import { readJson } from '../support/bundles.js'
import { demoAwsAccount, startAwsSimulator, type AwsSimulator } from '../support/aws-simulator.js'
import { DEMO_GITHUB_CONFIG, demoOrg } from '../support/github-model.js'
import { startGitHubSimulator, type GitHubSimulator } from '../support/github-simulator.js'
import { hostileReportInput } from '../support/hostile-report.js'
import { oscalAssessmentResultsValidator } from '../support/oscal-schema.js'
import { startMlflowSimulator, type MlflowSimulator } from '../support/mlflow-simulator.js'
import { startHfSimulator, type HfSimulator } from '../support/hf-simulator.js'
import { demoHf, demoMlflow } from '../support/model-registry-demo.js'
import { modelConfig, modelWorkspace } from '../support/model-workspace.js'
import { CLI_ENTRY, ROOT, runAction, runNode } from '../support/run-action.js'

/** Debian's chromium package (.ci/run installs it); playwright-core drives it, it downloads nothing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARTIFACTS = join(ROOT, 'test-artifacts')

let github: GitHubSimulator
let aws: AwsSimulator
let mlflow: MlflowSimulator
let hf: HfSimulator
let browser: Browser
let bundle: string

beforeAll(async () => {
  const now = new Date()
  github = await startGitHubSimulator({ orgs: [demoOrg(now)] })
  aws = await startAwsSimulator([demoAwsAccount(now)])
  mlflow = await startMlflowSimulator(demoMlflow(now), { token: 'demo-mlflow-token' })
  hf = await startHfSimulator(demoHf(now))
  const workspace = await modelWorkspace(
    modelConfig(mlflow.url, hf.url, DEMO_GITHUB_CONFIG + 'aws:\n  enabled: true\n  regions: [eu-west-1]\n')
  )
  const destination = await mkdtemp(join(tmpdir(), 'annex-report-'))
  const run = await runAction({
    inputs: {
      'github-token': 'ghs_simulator_token',
      repositories: 'acme-corp/*',
      destination,
      'fail-on': 'none'
    },
    apiUrl: github.url,
    graphqlUrl: github.graphqlUrl,
    workspace,
    env: {
      MLFLOW_TRACKING_TOKEN: 'demo-mlflow-token',
      AWS_ACCESS_KEY_ID: aws.accessKeyId,
      AWS_SECRET_ACCESS_KEY: aws.secretAccessKey,
      AWS_REGION: 'eu-west-1',
      AWS_ENDPOINT_URL: aws.url,
      AWS_EC2_METADATA_DISABLED: 'true'
    }
  })
  bundle = run.outputs['bundle-path']!
  if (!bundle) throw new Error(`no bundle (exit ${run.code}): ${run.stderr}\n${run.stdout.slice(-2000)}`)
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  await mkdir(ARTIFACTS, { recursive: true })
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await Promise.all([github?.close(), aws?.close(), mlflow?.close(), hf?.close()])
})

/** Opens a page from file:// and records everything that would show a broken or leaking page. */
async function open(file: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const url = pathToFileURL(file).href
  const problems: string[] = []
  const requests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('request', (request) => {
    if (request.url().split('#')[0] !== url) requests.push(request.url())
  })
  await page.goto(url)
  await page.waitForLoadState('load')
  return { page, url, problems, requests }
}

const visibleControlRows = (page: Page) =>
  page.$$eval('tr[data-control]', (rows) =>
    rows.filter((row) => !row.closest('[hidden]')).map((row) => row.getAttribute('data-control')!)
  )

describe('report.html of a nightly bundle (headless Chromium)', () => {
  it('is in the manifest, and verify passes with it', async () => {
    const manifest = await readJson<Manifest>(join(bundle, 'manifest.json'))
    const paths = manifest.files.map((f) => f.path)
    expect(paths).toEqual(expect.arrayContaining(['report.html', 'oscal/assessment-results.json']))
    const verified = await runNode(CLI_ENTRY, ['verify', bundle, '--json'], {})
    expect(verified.code).toBe(0)
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, problems: [] })
  })

  it('the bundle OSCAL document is valid OSCAL 1.0.6 and links each finding to its evidence hash', async () => {
    const validate = await oscalAssessmentResultsValidator()
    const document = await readJson<{ 'assessment-results': Record<string, unknown> }>(
      join(bundle, 'oscal', 'assessment-results.json')
    )
    expect(validate(document) ? [] : validate.errors?.slice(0, 5)).toEqual([])
    const manifest = await readJson<Manifest>(join(bundle, 'manifest.json'))
    const findings = await readJson<Finding[]>(join(bundle, 'findings.json'))
    const results = document['assessment-results'].results as {
      observations?: {
        props: { name: string; value: string }[]
        'relevant-evidence'?: { href: string; props?: { value: string }[] }[]
      }[]
    }[]
    const observations = results.flatMap((r) => r.observations ?? [])
    const sha = new Map(manifest.files.map((f) => [f.path, f.sha256]))
    const withEvidence = findings.find(
      (f) => f.evidence.length > 0 && (f.controls['iso27001-2022'] ?? []).length > 0
    )!
    const observation = observations.find((o) =>
      o.props.some((p) => p.name === 'finding-id' && p.value === findingId(withEvidence))
    )!
    const first = observation['relevant-evidence']![0]!
    expect(first.props![0]!.value).toBe(sha.get(decodeURIComponent(first.href.slice('../'.length))))
  })

  it('renders with no console error and no network request; every control of both frameworks is listed', async () => {
    const { page, problems, requests } = await open(join(bundle, 'report.html'))
    const catalogs = await loadCatalogs()
    const expected = Object.entries(catalogs).flatMap(([fw, c]) =>
      c.controls.map((control) => `${fw}/${control.id}`)
    )
    expect(await visibleControlRows(page)).toEqual(expected)
    const text = await page.locator('#controls ~ table').allInnerTexts()
    for (const catalog of Object.values(catalogs))
      for (const control of catalog.controls) expect(text.join('\n')).toContain(control.id)
    expect(await page.textContent('#shown-count')).toBe(
      `${expected.length} of ${expected.length} controls shown`
    )
    await page.screenshot({ path: join(ARTIFACTS, 'report.png') })
    expect(problems).toEqual([])
    expect(requests).toEqual([])
    await page.close()
  })

  it('filters by status, framework, source and search', async () => {
    const { page, problems } = await open(join(bundle, 'report.html'))
    const statuses = await page.$$eval('#status-filter option', (options) =>
      options.map((o) => o.getAttribute('value')).filter(Boolean)
    )
    expect(statuses).toEqual(expect.arrayContaining(['failing', 'manual']))
    await page.selectOption('#status-filter', 'failing')
    const failing = await visibleControlRows(page)
    expect(failing.length).toBeGreaterThan(0)
    const controls = await readJson<{
      frameworks: Record<string, { controls: { id: string; status: string }[] }>
    }>(join(bundle, 'controls.json'))
    const expectedFailing = Object.entries(controls.frameworks).flatMap(([fw, r]) =>
      r.controls.filter((c) => c.status === 'failing').map((c) => `${fw}/${c.id}`)
    )
    expect(failing).toEqual(expectedFailing)
    await page.screenshot({ path: join(ARTIFACTS, 'report-failing.png') })

    await page.selectOption('#framework-filter', 'iso42001-2023')
    expect((await visibleControlRows(page)).every((key) => key.startsWith('iso42001-2023/'))).toBe(true)
    await page.click('#clear-filters')

    const sources = await page.$$eval('#source-filter option', (options) =>
      options.map((o) => o.getAttribute('value')).filter(Boolean)
    )
    expect(sources).toEqual(expect.arrayContaining(['aws', 'github']))
    await page.selectOption('#source-filter', 'aws')
    const aws = await visibleControlRows(page)
    expect(aws.length).toBeGreaterThan(0)
    expect(aws.length).toBeLessThan(131)
    await page.click('#clear-filters')

    await page.fill('#search', 'A.8.32')
    expect(await visibleControlRows(page)).toContain('iso27001-2022/A.8.32')
    expect(await visibleControlRows(page)).not.toContain('iso27001-2022/A.5.1')
    expect(problems).toEqual([])
    await page.close()
  })

  it('drills down from a control to its findings and to the evidence records (request, time, response hash)', async () => {
    const { page, problems, requests } = await open(join(bundle, 'report.html'))
    await page.click('tr[data-control="iso27001-2022/A.8.32"] a')
    expect(page.url()).toMatch(/#c-iso27001-2022-A\.8\.32$/)
    const control = page.locator('#c-iso27001-2022-A\\.8\\.32')
    await expect(control.isVisible()).resolves.toBe(true)
    expect(await control.locator('h4').allInnerTexts()).toEqual(['Checks', 'Findings'])
    expect(await control.innerText()).toContain('subject(s)')

    const findingLink = control.locator('ul.plain a').first()
    const id = (await findingLink.innerText()).trim()
    expect(id).toMatch(/^F-[0-9a-f]{12}$/)
    await findingLink.click()
    const finding = page.locator(`[id="${id}"]`)
    await expect(finding.isVisible()).resolves.toBe(true)
    const evidenceLink = finding.locator('a[href^="#e-"]').first()
    await evidenceLink.click()
    const evidenceId = (await evidenceLink.getAttribute('href'))!.slice(1)
    const evidence = page.locator(`[id="${evidenceId}"]`)
    await expect(evidence.isVisible()).resolves.toBe(true)
    const headers = await evidence.locator('th').allInnerTexts()
    expect(headers).toEqual(['Method', 'Request', 'Status', 'Time', 'Response SHA-256'])
    // GET for REST evidence, POST for the GraphQL batches (branch protection is read 100 repositories a request).
    expect(['GET', 'POST']).toContain(await evidence.locator('td').first().innerText())
    // The data is collapsible pretty JSON.
    await evidence.locator('summary', { hasText: 'Data' }).click()
    expect(await evidence.locator('pre').last().isVisible()).toBe(true)

    // A link into something the filters hide shows it anyway.
    await page.goto(page.url().split('#')[0]!)
    await page.selectOption('#status-filter', 'failing')
    await page.evaluate("location.hash = '#c-iso27001-2022-A.5.1'")
    await page.waitForFunction("!document.getElementById('c-iso27001-2022-A.5.1').hidden")
    expect(problems).toEqual([])
    expect(requests).toEqual([])
    await page.close()
  })

  it('prints without the filter bar', async () => {
    const { page } = await open(join(bundle, 'report.html'))
    await page.emulateMedia({ media: 'print' })
    expect(await page.isVisible('#search')).toBe(false)
    expect(await page.isVisible('#c-iso27001-2022-A\\.8\\.32')).toBe(true)
    await page.close()
  })

  it('hostile evidence runs no script, makes no request and breaks nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'annex-hostile-report-'))
    const file = join(dir, 'report.html')
    await writeFile(file, renderReportHtml(await hostileReportInput()))
    const { page, problems, requests } = await open(file)
    expect(await page.evaluate('window.__pwned')).toBeUndefined()
    expect(await page.$$('img, svg, iframe, a[href^="javascript:"]')).toHaveLength(0)
    expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(2)
    expect(await visibleControlRows(page)).toHaveLength(131)
    await page.fill('#search', 'script')
    expect(await visibleControlRows(page)).toEqual(['iso27001-2022/A.8.32'])
    expect(problems).toEqual([])
    expect(requests).toEqual([])
    await page.close()
  })
})
