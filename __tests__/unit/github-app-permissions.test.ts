import { readFile, readdir } from 'node:fs/promises'
import { CHECKS } from '../../src/checks/index.js'
import { GITHUB_EVIDENCE } from '../../src/evidence/github.js'
import { GITHUB_ORG_EVIDENCE } from '../../src/evidence/github-org.js'
import {
  CHECK_REQUESTS,
  EVIDENCE_KIND_REQUESTS,
  GRAPHQL_FIELD_PERMISSIONS,
  REST_ROUTE_PERMISSIONS,
  renderAppPermissions
} from '../../src/sources/github/app-permissions.js'

const sourceDir = new URL('../../src/sources/github/', import.meta.url)
/** The permission tables themselves name every field and route; they are not collectors. */
const NOT_COLLECTORS = new Set(['app-permissions.ts', 'graphql-permissions.ts'])

async function collectorTexts(): Promise<string[]> {
  const texts: string[] = []
  for (const file of await readdir(sourceDir)) {
    if (file.endsWith('.ts') && !NOT_COLLECTORS.has(file))
      texts.push(await readFile(new URL(file, sourceDir), 'utf8'))
  }
  return texts
}

/** `/repos/${fullName}/rules/branches/${b}?per_page=…` and `/repos/{owner}/{repo}/rules/branches/{branch}` alike. */
const normalize = (route: string) =>
  route
    .split('?')[0]!
    .replace(/\$\{[^}]*\}/g, '{}')
    .replace(/\{owner\}\/\{repo\}/g, '{}')
    .replace(/\{[a-z_]+\}/g, '{}')
    .replace(/^GET \/repos\/\{\}\/\{\}(?=\/|$)/, 'GET /repos/{}')

/** Every REST route the collectors send: path templates given to restGet/listAll, and `request('GET …')`. */
async function routesSent(): Promise<Set<string>> {
  const sent = new Set<string>()
  for (const text of await collectorTexts()) {
    for (const match of text.matchAll(/`(\/(?:orgs|repos)\/[^`]*)`/g)) sent.add(normalize(`GET ${match[1]}`))
    for (const match of text.matchAll(/request\('(GET \/[^']*)'/g)) sent.add(normalize(match[1]!))
  }
  return sent
}

describe('GitHub App permissions', () => {
  test('every REST route the collectors send has its App permissions listed, and nothing else is listed', async () => {
    const sent = await routesSent()
    expect(sent.size).toBeGreaterThan(15)
    const listed = new Set(Object.keys(REST_ROUTE_PERMISSIONS).map(normalize))
    expect([...sent].filter((route) => !listed.has(route)).sort()).toEqual([])
    expect([...listed].filter((route) => !sent.has(route)).sort()).toEqual([])
  })

  test('every GraphQL field listed is one a collector queries', async () => {
    const texts = (await collectorTexts()).join('\n')
    const unqueried = Object.keys(GRAPHQL_FIELD_PERMISSIONS).filter(
      (field) => !new RegExp(`\\b${field}\\b\\s*[({:\\n]`).test(texts)
    )
    expect(unqueried).toEqual([])
  })

  test('every evidence kind of the GitHub source says what it is read from, through listed requests only', () => {
    const kinds = [...Object.values(GITHUB_EVIDENCE), ...Object.values(GITHUB_ORG_EVIDENCE)]
    expect(kinds.filter((kind) => !(kind in EVIDENCE_KIND_REQUESTS))).toEqual([])
    const requests = Object.values(EVIDENCE_KIND_REQUESTS).flat()
    const known = (request: string) =>
      request.startsWith('graphql ')
        ? request.slice(8) in GRAPHQL_FIELD_PERMISSIONS
        : request in REST_ROUTE_PERMISSIONS
    expect(requests.filter((request) => !known(request))).toEqual([])
    // And every permission-bearing request is read for some kind.
    const used = new Set(requests)
    const unused = [
      ...Object.entries(REST_ROUTE_PERMISSIONS)
        .filter(([route, permissions]) => permissions.length > 0 && !used.has(route))
        .map(([route]) => route),
      ...Object.keys(GRAPHQL_FIELD_PERMISSIONS).filter((field) => !used.has(`graphql ${field}`))
    ]
    expect(unused).toEqual([])
  })

  test('per-check narrowing names real checks, kinds they read, and listed requests', () => {
    const checks = new Map(CHECKS.map((check) => [check.metadata.id, check.metadata]))
    for (const [id, byKind] of Object.entries(CHECK_REQUESTS)) {
      const check = checks.get(id)
      expect(check?.id).toBe(id)
      for (const [kind, requests] of Object.entries(byKind)) {
        expect(check!.evidenceKinds).toContain(kind)
        for (const request of requests ?? []) expect(EVIDENCE_KIND_REQUESTS[kind]).toContain(request)
      }
    }
  })

  test('the README lists exactly the App permissions each check needs', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
    const shown = /<!-- github-app-permissions -->\n([\s\S]*?)\n<!-- \/github-app-permissions -->/.exec(
      readme
    )?.[1]
    expect(shown).toBe(renderAppPermissions(CHECKS.map((check) => check.metadata)))
  })
})
