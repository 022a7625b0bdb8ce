import type { ControlsReport } from '../controls/rollup.js'
import type { FrameworkId } from '../model.js'
import {
  ANNEX_EVIDENCE_NS,
  buildAssessmentResults,
  OSCAL_ASSESSMENT_RESULTS_FILE,
  OSCAL_VERSION
} from '../oscal/assessment-results.js'
import { uuidV5 } from '../oscal/uuid.js'
import type { FindingFilter } from './filter.js'
import type { ExportBundle } from './read-bundles.js'

export const OSCAL_FILE = OSCAL_ASSESSMENT_RESULTS_FILE

/**
 * How the export's OSCAL document links to evidence: every href is relative to the document and starts with
 * `../<bundle key>/`, so it resolves against the store root once
 * (key segments URL-encoded) the document's own directory stands for a
 * directory of the store root (e.g. `../2026/…/evidence/x.json` is `<store root>/2026/…/evidence/x.json`).
 * Every link also carries the file's SHA-256 from the bundle's manifest.
 */
export const OSCAL_HREF_CONVENTION =
  'evidence links are relative to the store root: an href ../<bundle key>/<path> (URL-encoded) is the file <path> of that bundle, and carries its SHA-256 from the bundle manifest'

export interface OscalInput {
  tool: { name: string; version: string }
  period: { start: string; end: string }
  /** The verified bundles, in key order. */
  bundles: Pick<ExportBundle, 'key' | 'manifest' | 'manifestSha256' | 'findings' | 'controls' | 'checks'>[]
  filter: FindingFilter
}

export interface OscalExport {
  /** The document's JSON text; undefined when no bundle gave a result. */
  text: string | undefined
  /** Bundles left out of the document because their controls.json was missing or not a controls report. */
  omitted: string[]
}

type Json = Record<string, unknown>

/**
 * One OSCAL 1.0.6 assessment-results document for the export: each verified bundle's own results (built by
 * the same builder as the bundle's document, with evidence hrefs pointing into that bundle), merged under
 * metadata of the export. Every UUID is derived from content and nothing reads the clock, so the same
 * bundles and filter give the same bytes.
 */
export function exportOscal(input: OscalInput): OscalExport {
  const omitted: string[] = []
  const results: Json[] = []
  const planLinks: Json[] = []
  const evidenceResources: Json[] = []
  const usedDocuments = new Set<string>()
  const used = new Set<string>()
  for (const bundle of input.bundles) {
    if (!bundle.controls) {
      omitted.push(bundle.key)
      continue
    }
    const { manifest } = bundle
    const build = (runId: string) =>
      buildAssessmentResults({
        tool: manifest.tool,
        scope: manifest.scope,
        run: { ...manifest.run, id: runId },
        period: manifest.period,
        startedAt: manifest.startedAt,
        finishedAt: manifest.finishedAt,
        findings: bundle.findings.filter((f) => input.filter.matches(f)),
        controls: narrowControls(bundle.controls!, input.filter),
        files: manifest.files,
        checks: [...bundle.checks.values()].map((c) => ({
          id: c.id,
          title: c.title,
          version: c.version ?? 1
        })),
        hrefPrefix: `../${bundle.key.split('/').map(encodeURIComponent).join('/')}/`
      })['assessment-results']
    // The bundle's own document UUIDs are kept so they match the bundle's oscal file; two bundles of the same
    // run (same scope, run id and start) would share them, so the later one is derived with its key too.
    let document = build(manifest.run.id)
    if (usedDocuments.has(String(document.uuid))) document = build(`${manifest.run.id} ${bundle.key}`)
    usedDocuments.add(String(document.uuid))
    const bundleProps = [prop('bundle', bundle.key), prop('bundle-manifest-sha256', bundle.manifestSha256)]
    for (const result of document.results as Json[]) {
      results.push({ ...result, props: [...(result.props as Json[]), ...bundleProps] })
    }
    const [plan, ...evidence] = (document['back-matter'] as { resources: Json[] }).resources
    planLinks.push(...((plan?.rlinks as Json[] | undefined) ?? []))
    for (const resource of evidence) {
      if (used.has(String(resource.uuid))) continue
      used.add(String(resource.uuid))
      evidenceResources.push(resource)
    }
  }
  if (results.length === 0) return { text: undefined, omitted }

  const included = input.bundles.filter((b) => !omitted.includes(b.key))
  const documentUuid = uuidV5(
    [
      'export-assessment-results',
      input.period.start,
      input.period.end,
      input.filter.framework ?? '',
      input.filter.control ?? '',
      ...included.map((b) => `${b.key} ${b.manifestSha256}`)
    ].join('\u0000')
  )
  const planUuid = uuidV5([documentUuid, 'plan'].join('\u0000'))
  const scopes = [...new Set(included.map((b) => b.manifest.scope))].sort()
  // The newest bundle's finish is the document's last change: deterministic, unlike the export's clock.
  const lastModified = included.map((b) => b.manifest.finishedAt).sort()[included.length - 1]!
  const narrowed = [
    input.filter.framework && `framework ${input.filter.framework}`,
    input.filter.control && `control ${input.filter.control}`
  ].filter(Boolean)
  const document = {
    'assessment-results': {
      uuid: documentUuid,
      metadata: {
        title: line(
          `Assessment results: audit period export of ${scopes.join(', ')}, ${input.period.start} to ${input.period.end}`
        ),
        'last-modified': lastModified,
        version: `export of ${included.length} bundle(s)`,
        'oscal-version': OSCAL_VERSION,
        props: [
          prop('period', `${input.period.start} to ${input.period.end}`),
          ...scopes.map((scope) => prop('scope', scope)),
          ...(input.filter.framework ? [prop('framework', input.filter.framework)] : []),
          ...(input.filter.control ? [prop('control', input.filter.control)] : [])
        ],
        remarks: line(
          `Produced by ${input.tool.name} ${input.tool.version} from the bundles that verified: one result per bundle and framework, each labelled with its bundle key and manifest SHA-256${narrowed.length > 0 ? `, narrowed to ${narrowed.join(' and ')}` : ''}. Hrefs: ${OSCAL_HREF_CONVENTION}. A control is "satisfied" only when the tool found it effective; an automated pass alone is "not-satisfied" with annex-status "automated-pass".`
        )
      },
      'import-ap': {
        href: `#${planUuid}`,
        remarks:
          'There is no separate OSCAL assessment plan: what was collected and which check evidences which control are the bundle files in this back-matter resource.'
      },
      results,
      'back-matter': {
        resources: [
          {
            uuid: planUuid,
            title: 'Assessment plan: the run configuration, check mapping and check catalogue of each bundle',
            ...(planLinks.length > 0 && { rlinks: planLinks })
          },
          ...evidenceResources
        ]
      }
    }
  }
  return { text: `${JSON.stringify(document, null, 2)}\n`, omitted }
}

/** `--framework` and `--control` narrow the reviewed controls as they narrow the findings. */
function narrowControls(controls: ControlsReport, filter: FindingFilter): ControlsReport {
  const frameworks = Object.fromEntries(
    (Object.entries(controls.frameworks) as [FrameworkId, ControlsReport['frameworks'][FrameworkId]][])
      .filter(([framework]) => !filter.framework || framework === filter.framework)
      .map(([framework, report]) => [
        framework,
        {
          ...report,
          controls: report.controls.filter((c) => !filter.control || c.id === filter.control)
        }
      ])
      .filter(([, report]) => !filter.control || (report as { controls: unknown[] }).controls.length > 0)
  ) as ControlsReport['frameworks']
  return { ...controls, frameworks }
}

const prop = (name: string, value: string) => ({ name, ns: ANNEX_EVIDENCE_NS, value: line(value) })

// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g

/** OSCAL strings are one non-empty line without outer whitespace; scopes come from bundles, so are made to fit. */
function line(value: string): string {
  const cleaned = value.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim()
  return cleaned === '' ? '(empty)' : cleaned
}
