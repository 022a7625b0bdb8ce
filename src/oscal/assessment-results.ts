import type { ControlResult, ControlsReport } from '../controls/rollup.js'
import type { CheckMetadata, EvaluationPeriod, Finding, FrameworkId } from '../model.js'
import { findingId } from '../report/finding-id.js'
import { objectiveStatusOf } from './status.js'
import { uuidV5 } from './uuid.js'

/** Where the document sits in a bundle; evidence hrefs are relative to it. */
export const OSCAL_ASSESSMENT_RESULTS_FILE = 'oscal/assessment-results.json'
export const OSCAL_VERSION = '1.0.6'
/** Namespace of this tool's own OSCAL properties (OSCAL requires a URI; a URN claims no web address). */
export const ANNEX_EVIDENCE_NS = 'urn:annex-evidence:oscal'

export interface AssessmentResultsInput {
  tool: { name: string; version: string }
  scope: string
  run: { id: string; attempt?: string }
  period: EvaluationPeriod
  startedAt: string
  finishedAt: string
  findings: Finding[]
  controls: ControlsReport
  /** Bundle files with their SHA-256 (the manifest's list): evidence links carry the hash from here. */
  files: { path: string; sha256: string }[]
  /** Check metadata, for titles and the check version behind each observation. */
  checks?: Pick<CheckMetadata, 'id' | 'title' | 'version'>[]
  /**
   * Prefix that makes a bundle-relative path an href relative to the document: `../` for the document at
   * `oscal/assessment-results.json` in a bundle (the default); an export gives e.g. `../bundles/<key>/`.
   */
  hrefPrefix?: string
}

type Json = Record<string, unknown>

/**
 * An OSCAL 1.0.6 assessment-results document for one bundle: one result per framework (the period as its
 * start and end, the tool as the origin), one observation per finding with links to its evidence files and
 * their SHA-256, one finding per applicable control. Pure and deterministic: every UUID is derived from
 * content (version 5), nothing reads the clock, so the same bundle always gives the same bytes.
 *
 * OSCAL's objective status has only `satisfied` and `not-satisfied`. An automated pass is partial evidence,
 * so only a control the tool calls `effective` (automated checks pass and the required manual evidence is
 * present) is `satisfied`; every other status is `not-satisfied` with the tool's own status in the
 * `annex-status` property and the reason in the remarks.
 */
export function buildAssessmentResults(input: AssessmentResultsInput): { 'assessment-results': Json } {
  const documentUuid = uuidV5(
    ['assessment-results', input.scope, input.run.id, input.run.attempt ?? '', input.startedAt].join('\u0000')
  )
  const id = (...parts: string[]) => uuidV5([documentUuid, ...parts].join('\u0000'))
  const hashes = new Map(input.files.map((file) => [file.path, file.sha256]))
  const prefix = input.hrefPrefix ?? '../'
  const checks = new Map((input.checks ?? []).map((check) => [check.id, check]))
  const toolUuid = id('tool')
  const planUuid = id('plan')

  const evidencePaths = [...new Set(input.findings.flatMap((f) => f.evidence))].sort()
  const evidenceResource = new Map(evidencePaths.map((path) => [path, id('evidence', path)]))
  const href = (path: string) => prefix + path.split('/').map(encodeURIComponent).join('/')
  const fileLink = (path: string) => ({
    href: href(path),
    'media-type': path.endsWith('.json') ? 'application/json' : 'application/octet-stream',
    ...(hashes.has(path) ? { hashes: [{ algorithm: 'SHA-256', value: hashes.get(path)! }] } : {})
  })
  const origins = [{ actors: [{ type: 'tool', 'actor-uuid': toolUuid }] }]

  const results = (
    Object.entries(input.controls.frameworks) as [FrameworkId, ControlsReport['frameworks'][FrameworkId]][]
  ).map(([framework, report]) => {
    const tagged = input.findings.filter((f) => (f.controls[framework] ?? []).length > 0)
    const subjects = [...new Set(tagged.map((f) => f.subject))].sort()
    const subjectUuid = new Map(subjects.map((s) => [s, id(framework, 'subject', s)]))
    const observationUuid = (f: Finding) => id(framework, 'observation', findingId(f))

    const observations = tagged.map((finding) => {
      const check = checks.get(finding.check)
      return {
        uuid: observationUuid(finding),
        title: text(`${finding.check}: ${finding.subject}`),
        description: text(finding.message),
        props: [
          prop('finding-id', findingId(finding)),
          prop('check', finding.check),
          ...(check ? [prop('check-version', String(check.version))] : []),
          prop('result', finding.status)
        ],
        methods: ['TEST'],
        origins,
        subjects: [
          {
            'subject-uuid': subjectUuid.get(finding.subject)!,
            type: 'inventory-item',
            title: text(finding.subject)
          }
        ],
        ...(finding.evidence.length > 0 && {
          'relevant-evidence': [...new Set(finding.evidence)].sort().map((path) => ({
            href: href(path),
            description: text(`Evidence record ${path}`),
            ...(hashes.has(path) && { props: [prop('sha256', hashes.get(path)!)] }),
            links: [{ href: `#${evidenceResource.get(path)!}`, rel: 'reference' }]
          }))
        }),
        collected: input.finishedAt,
        ...(check && { remarks: text(`Check "${check.title}" (version ${check.version}).`) })
      }
    })

    const applicable = report.controls.filter((c) => c.applicable)
    const excluded = report.controls.filter((c) => !c.applicable)
    const findings = applicable.map((control) =>
      controlFinding(
        control,
        framework,
        tagged,
        observationUuid,
        id(framework, 'control', control.id),
        origins
      )
    )
    return {
      uuid: id(framework, 'result'),
      title: text(`${report.title}: automated evidence of ${input.scope}`),
      description: text(
        `Findings of ${input.tool.name} ${input.tool.version} on the evidence collected for ${input.scope} over ${input.period.start} to ${input.period.end} (${input.period.expression}), rolled up to the Annex A controls of ${framework}.`
      ),
      start: input.period.start,
      end: input.period.end,
      props: [prop('framework', framework)],
      'local-definitions': {
        ...(subjects.length > 0 && {
          'inventory-items': subjects.map((subject) => ({
            uuid: subjectUuid.get(subject)!,
            description: text(subject),
            props: [prop('subject', subject)]
          }))
        }),
        'assessment-assets': {
          components: [toolComponent(toolUuid, input.tool)],
          'assessment-platforms': [
            {
              uuid: id(framework, 'platform'),
              title: text(`${input.tool.name} ${input.tool.version}`),
              'uses-components': [{ 'component-uuid': toolUuid }]
            }
          ]
        }
      },
      'reviewed-controls': {
        'control-selections': [
          {
            description: text(`Annex A controls of ${framework} in scope of the Statement of Applicability.`),
            ...(applicable.length > 0 && {
              'include-controls': applicable.map((c) => ({ 'control-id': token(c.id) }))
            }),
            ...(excluded.length > 0 && {
              'exclude-controls': excluded.map((c) => ({ 'control-id': token(c.id) }))
            })
          }
        ]
      },
      ...(observations.length > 0 && { observations }),
      ...(findings.length > 0 && { findings })
    }
  })

  const planFiles = ['config.json', 'mapping.json', 'checks.json'].filter((path) => hashes.has(path))
  return {
    'assessment-results': {
      uuid: documentUuid,
      metadata: {
        title: text(`Assessment results: ${input.scope}, ${input.period.start} to ${input.period.end}`),
        'last-modified': input.finishedAt,
        version: text(`run ${input.run.id}${input.run.attempt ? `.${input.run.attempt}` : ''}`),
        'oscal-version': OSCAL_VERSION,
        props: [prop('scope', input.scope), prop('period', input.period.expression)],
        remarks:
          'Produced by an automated tool. A control is "satisfied" only when the tool found it effective (automated checks pass and the required manual evidence is present and current); an automated pass alone is partial evidence and is "not-satisfied" with annex-status "automated-pass".'
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
            title: 'Assessment plan: the run configuration, check mapping and check catalogue of this bundle',
            ...(planFiles.length > 0 && { rlinks: planFiles.map(fileLink) })
          },
          ...evidencePaths.map((path) => ({
            uuid: evidenceResource.get(path)!,
            title: text(path),
            rlinks: [fileLink(path)]
          }))
        ]
      }
    }
  }
}

function controlFinding(
  control: ControlResult,
  framework: FrameworkId,
  tagged: Finding[],
  observationUuid: (f: Finding) => string,
  uuid: string,
  origins: unknown[]
): Json {
  const status = objectiveStatusOf(String(control.status))
  const related = tagged.filter((f) => (f.controls[framework] ?? []).includes(control.id))
  const counts = control.findingCounts
  return {
    uuid,
    title: text(`${control.id} ${control.title}`),
    description: text(
      `${status.meaning} Findings: ${counts.pass} pass, ${counts.fail} fail, ${counts.error} error, ${counts.not_applicable} not applicable.`
    ),
    props: [prop('annex-status', String(control.status)), prop('framework', framework)],
    origins,
    target: {
      type: 'objective-id',
      'target-id': token(control.id),
      title: text(`${control.id} ${control.title}`),
      status: { state: status.state, reason: status.reason, remarks: status.meaning }
    },
    ...(related.length > 0 && {
      'related-observations': related.map((f) => ({ 'observation-uuid': observationUuid(f) }))
    })
  }
}

function toolComponent(uuid: string, tool: { name: string; version: string }): Json {
  return {
    uuid,
    type: 'software',
    title: text(`${tool.name} ${tool.version}`),
    description: text(
      `${tool.name} collects evidence from GitHub, AWS and model registries, evaluates it with automated checks and writes hashed, signed, hash-chained bundles.`
    ),
    props: [prop('version', tool.version)],
    status: { state: 'operational' }
  }
}

const prop = (name: string, value: string) => ({ name, ns: ANNEX_EVIDENCE_NS, value: text(value) })

/**
 * OSCAL strings are one line without leading or trailing whitespace, never empty; text from evidence
 * (subjects, messages) is made to fit rather than making the document invalid.
 */
// eslint-disable-next-line no-control-regex -- control characters are what is removed
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g

function text(value: string): string {
  const line = String(value).replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim()
  return line === '' ? '(empty)' : line
}

/** An OSCAL token (an XML NCName): control ids such as `A.8.32` already are one. */
function token(value: string): string {
  const cleaned = value.replace(/[^\p{L}\p{N}._-]/gu, '_')
  return /^[\p{L}_]/u.test(cleaned) ? cleaned : `_${cleaned}`
}
