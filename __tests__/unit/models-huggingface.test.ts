import { stringify } from 'yaml'
import { modelDeploymentApproval } from '../../src/checks/models/deployment-approval.js'
import { modelDocumentation } from '../../src/checks/models/documentation.js'
import { modelEvaluationThresholds } from '../../src/checks/models/evaluation-thresholds.js'
import { modelLineage } from '../../src/checks/models/lineage.js'
import { configSchema } from '../../src/config/schema.js'
import type { EvidenceRecord } from '../../src/model.js'
import { EvidenceIndex } from '../../src/sources/evidence.js'
import {
  collectHuggingFace,
  huggingFaceView,
  type HfModelEvidence
} from '../../src/sources/models/huggingface.js'
import { cardSections } from '../../src/sources/models/model-card-sections.js'
import { startHfSimulator, type HfModel, type HfSimulator } from '../support/hf-simulator.js'
import {
  DEMO_HF_DATASET_REVISION,
  DEMO_HF_INTENT_SHA,
  DEMO_HF_SHA,
  demoHf
} from '../support/model-registry-demo.js'

const NOW = new Date('2026-11-20T12:00:00Z')
const DAY = 86_400_000
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString()

async function collect(
  sim: HfSimulator,
  models: string[],
  env: NodeJS.ProcessEnv = {},
  revision?: string
): Promise<EvidenceRecord<HfModelEvidence>[]> {
  const records: EvidenceRecord<HfModelEvidence>[] = []
  await collectHuggingFace(
    { add: async (record) => void records.push(record as EvidenceRecord<HfModelEvidence>) },
    { endpoint: sim.url, models, ...(revision ? { revision } : {}) },
    env
  )
  return records
}

function evaluate(records: EvidenceRecord[], check: typeof modelLineage, thresholds: string[] = []) {
  const config = configSchema.parse({
    models: {
      huggingface: { endpoint: 'https://huggingface.co', models: ['acme-corp/ticket-summarizer'] },
      thresholds
    }
  })
  return check.evaluate({
    evidence: new EvidenceIndex(records),
    config,
    period: { start: ago(1), end: NOW.toISOString(), expression: 'P1D' }
  })
}

/** The official template (huggingface_hub templates/modelcard_template.md) as the Hub's editor starts it. */
const TEMPLATE = `---
{}
---

# Model Card for acme/x

<!-- Provide a quick summary of what the model is/does. -->

## Model Details

### Model Description

<!-- Provide a longer summary of what this model is. -->

- **Developed by:** [More Information Needed]

## Uses

<!-- Address questions around how the model is intended to be used, including the foreseeable users of the model and those affected by the model. -->

### Direct Use

<!-- This section is for the model use without fine-tuning or plugging into a larger ecosystem/app. -->

[More Information Needed]

### Downstream Use [optional]

<!-- This section is for the model use when fine-tuned for a task, or when plugged into a larger ecosystem/app -->

[More Information Needed]

### Out-of-Scope Use

<!-- This section addresses misuse, malicious use, and uses that the model will not work well for. -->

[More Information Needed]

## Bias, Risks, and Limitations

<!-- This section is meant to convey both technical and sociotechnical limitations. -->

[More Information Needed]

### Recommendations

<!-- This section is meant to convey recommendations with respect to the bias, risk, and technical limitations. -->

Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model. More information needed for further recommendations.

## Training Details

### Training Data

<!-- This should link to a Dataset Card, perhaps with a short stub of information on what the training data is all about as well as documentation related to data pre-processing or additional filtering. -->

[More Information Needed]

## Evaluation

<!-- This section describes the evaluation protocols and provides the results. -->

### Testing Data, Factors & Metrics

#### Testing Data

<!-- This should link to a Dataset Card if possible. -->

[More Information Needed]
`

describe('model card sections (official template headings)', () => {
  test.each([
    ['the untouched template is empty everywhere', TEMPLATE, {}],
    [
      'Direct Use filled',
      TEMPLATE.replace(
        '### Direct Use\n\n<!-- This section is for the model use without fine-tuning or plugging into a larger ecosystem/app. -->\n\n[More Information Needed]',
        '### Direct Use\n\nRoutes support tickets.'
      ),
      { intendedUse: true }
    ],
    ['only the Recommendations boilerplate is not a limitation', TEMPLATE, { limitations: false }],
    [
      'a limitation written under Bias, Risks, and Limitations',
      TEMPLATE.replace(
        '## Bias, Risks, and Limitations\n\n<!-- This section is meant to convey both technical and sociotechnical limitations. -->\n\n[More Information Needed]',
        '## Bias, Risks, and Limitations\n\nEnglish only.'
      ),
      { limitations: true }
    ],
    [
      'Out-of-Scope Use says where it must not be relied on',
      TEMPLATE.replace(
        '### Out-of-Scope Use\n\n<!-- This section addresses misuse, malicious use, and uses that the model will not work well for. -->\n\n[More Information Needed]',
        '### Out-of-Scope Use\n\nNot for medical triage.'
      ),
      { limitations: true }
    ],
    [
      "transformers' Trainer card with its placeholders",
      '# x\n\n## Intended uses & limitations\n\nMore information needed\n\n## Training and evaluation data\n\nMore information needed\n',
      {}
    ],
    ['a heading inside a code fence is not a section', '# x\n\n```md\n## Uses\nanything\n```\n', {}],
    [
      'Training Details and Evaluation filled',
      TEMPLATE.replace('### Training Data\n', '### Training Data\n\nacme/intents at e1f3a5c7.\n').replace(
        '#### Testing Data\n',
        '#### Testing Data\n\nThe test split.\n'
      ),
      { trainingDetails: true, evaluation: true }
    ]
  ])('%s', (_name, card, expected) => {
    expect(cardSections(card)).toEqual({
      intendedUse: false,
      limitations: false,
      trainingDetails: false,
      evaluation: false,
      ...expected
    })
  })
})

describe('Hugging Face collector and view, against the Hub simulator', () => {
  let sim: HfSimulator
  const gated: HfModel = {
    id: 'acme-corp/gated-llm',
    author: 'acme-corp',
    sha: 'c'.repeat(40),
    lastModified: ago(5),
    createdAt: ago(50),
    gated: 'manual',
    gatedAccess: ['hf_granted'],
    readme: '---\nlicense: other\n---\n\n# gated-llm\n'
  }
  const pinned: HfModel = {
    ...demoHf(NOW)[0]!,
    id: 'acme-corp/pinned',
    refs: ['v1.2']
  }
  beforeAll(async () => {
    sim = await startHfSimulator([...demoHf(NOW), gated, pinned])
  })
  afterAll(() => sim.close())

  test('metric age is the commit that last changed the card or eval file, not the repository lastModified', async () => {
    const [record] = await collect(sim, ['acme-corp/intent-classifier'])
    expect(record!.error).toBeUndefined()
    expect(record!.data!.info.lastModified).toBe(ago(3))
    expect(record!.data!.paths!.map((p) => [p.path, p.lastCommit?.date])).toEqual([
      ['README.md', ago(200)],
      ['.eval_results/fairness.yaml', ago(200)]
    ])
    // paths-info was asked for exactly the sources, with expand, at the resolved commit.
    expect(sim.requests.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'GET /api/models/acme-corp/intent-classifier/revision/main',
        `POST /api/models/acme-corp/intent-classifier/paths-info/${DEMO_HF_INTENT_SHA}`,
        `GET /acme-corp/intent-classifier/resolve/${DEMO_HF_INTENT_SHA}/.eval_results/fairness.yaml`
      ])
    )
    const view = huggingFaceView(record!)!
    expect(view.metrics).toEqual([
      expect.objectContaining({ name: 'accuracy', value: 0.94, at: ago(200) }),
      expect.objectContaining({
        name: 'acme/intent-fairness:demographic_parity_diff',
        value: 0.04,
        // `date` is a day only: the earlier of it and the file's commit.
        at: new Date(ago(200).slice(0, 10)).toISOString()
      })
    ])
    const [finding] = evaluate([record!], modelEvaluationThresholds, ['accuracy >= 0.9'])
    expect(finding).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('accuracy 0.94 is 200 days old')
    })
  })

  test('a current evaluation passes; the finding says which commit dated it', async () => {
    const [record] = await collect(sim, ['acme-corp/ticket-summarizer'])
    const [finding] = evaluate([record!], modelEvaluationThresholds, ['rouge1 >= 0.4'])
    expect(finding).toMatchObject({ status: 'pass', message: expect.stringContaining('rouge1 0.46 >= 0.4') })
    expect(huggingFaceView(record!)!.metrics[0]!.source).toContain(`commit ${DEMO_HF_SHA.slice(0, 12)}`)
  })

  test('documentation: the template sections of the demo card are filled; placeholders are not', async () => {
    const records = await collect(sim, ['acme-corp/ticket-summarizer', 'acme-corp/intent-classifier'])
    const findings = evaluate(records, modelDocumentation)
    expect(findings.map((f) => [f.subject, f.status])).toEqual([
      ['huggingface:acme-corp/intent-classifier', 'fail'],
      ['huggingface:acme-corp/ticket-summarizer', 'pass']
    ])
    expect(findings[0]!.message).toContain(
      'does not describe intended use or limitations or training details'
    )
  })

  test('lineage needs dataset revisions: bare dataset ids fail, id@revision passes', async () => {
    const records = await collect(sim, ['acme-corp/ticket-summarizer', 'acme-corp/intent-classifier'])
    const findings = evaluate(records, modelLineage)
    expect(findings[0]).toMatchObject({
      subject: 'huggingface:acme-corp/intent-classifier',
      status: 'fail',
      message: expect.stringContaining(
        'dataset acme/intent-fairness is named without a revision; dataset acme/intents is named without a revision'
      )
    })
    expect(findings[1]).toMatchObject({
      status: 'pass',
      message: expect.stringContaining(`acme/support-tickets@${DEMO_HF_DATASET_REVISION}`)
    })
  })

  test('a gated repository the token cannot open is an error naming the gate', async () => {
    const [anonymous] = await collect(sim, [gated.id])
    expect(anonymous!.error).toMatchObject({ status: 401 })
    expect(anonymous!.error!.message).toContain(
      'acme-corp/gated-llm is a gated repository (manual approval) and no HF_TOKEN is set'
    )
    const [denied] = await collect(sim, [gated.id], { HF_TOKEN: 'hf_other' })
    expect(denied!.error).toMatchObject({
      status: 403,
      missingPermission: 'access to the gated repository acme-corp/gated-llm'
    })
    expect(denied!.error!.message).toContain("HF_TOKEN's account is not in its authorized list")
    expect(denied!.error!.message).toContain('not in the authorized list. Visit')
    expect(denied!.data!.info.gated).toBe('manual')
    const findings = evaluate([denied!], modelDocumentation)
    expect(findings).toEqual([
      expect.objectContaining({ status: 'error', subject: 'huggingface:acme-corp/gated-llm' })
    ])
    const [granted] = await collect(sim, [gated.id], { HF_TOKEN: 'hf_granted' })
    expect(granted!.error).toBeUndefined()
    expect(JSON.stringify([anonymous, denied, granted])).not.toContain('hf_granted')
  })

  test('the deployed revision is configurable, resolved to a commit and recorded', async () => {
    const [record] = await collect(sim, ['acme-corp/pinned@v1.2'])
    expect(record).toMatchObject({
      subject: 'huggingface:acme-corp/pinned@v1.2',
      path: 'evidence/models/huggingface/acme-corp/pinned@v1.2.json',
      notes: { revision: 'v1.2' },
      data: { revision: 'v1.2', info: { sha: DEMO_HF_SHA } }
    })
    expect(sim.requests.some((r) => r.path === '/api/models/acme-corp/pinned/revision/v1.2')).toBe(true)
    expect(huggingFaceView(record!)!.labels).toContain('revision v1.2')
    const [fromDefault] = await collect(sim, ['acme-corp/pinned'], {}, 'v1.2')
    expect(fromDefault!.data!.revision).toBe('v1.2')
    const [missing] = await collect(sim, ['acme-corp/pinned@v9'])
    expect(missing!.error!.message).toContain('revision v9 does not exist')
  })
})

describe('Hugging Face view on recorded evidence', () => {
  const record = (
    data: Partial<HfModelEvidence>,
    cardData: Record<string, unknown>
  ): EvidenceRecord<HfModelEvidence> => ({
    path: 'evidence/models/huggingface/acme/x.json',
    source: 'huggingface',
    subject: 'huggingface:acme/x',
    kind: 'models.huggingface.model',
    requests: [],
    data: {
      revision: 'main',
      info: { id: 'acme/x', sha: 'd'.repeat(40), lastModified: ago(1), cardData },
      ...data
    }
  })

  test('model-index results without the README commit date cannot be relied on', () => {
    const view = huggingFaceView(
      record(
        { paths: [] },
        { 'model-index': [{ results: [{ metrics: [{ type: 'accuracy', value: 0.99 }] }] }] }
      )
    )!
    expect(view.metrics[0]!.at).toBeUndefined()
    expect(view.integrityProblems[0]).toContain('the commit that last changed README.md')
    const [finding] = evaluate(
      [
        record(
          { paths: [] },
          { 'model-index': [{ results: [{ metrics: [{ type: 'accuracy', value: 0.99 }] }] }] }
        )
      ],
      modelEvaluationThresholds,
      ['accuracy >= 0.9']
    )
    expect(finding!.status).toBe('fail')
  })

  test('an eval entry claiming a date after the commit that wrote it is dated by the commit', () => {
    const view = huggingFaceView(
      record(
        {
          evalFiles: [
            {
              path: '.eval_results/hle.yaml',
              content: stringify([
                {
                  dataset: { id: 'cais/hle', task_id: 'default', revision: 'abc123' },
                  value: 20.9,
                  date: ago(1)
                }
              ])
            }
          ],
          paths: [
            {
              type: 'file',
              path: '.eval_results/hle.yaml',
              lastCommit: { id: 'e'.repeat(40), date: ago(120) }
            }
          ]
        },
        {}
      )
    )!
    expect(view.metrics).toEqual([
      expect.objectContaining({ name: 'cais/hle:default', value: 20.9, at: ago(120) })
    ])
    expect(view.lineage).toEqual({ datasets: ['cais/hle@abc123'], problems: [] })
  })

  test('an eval file that is not YAML is reported', () => {
    const view = huggingFaceView(
      record({ evalFiles: [{ path: '.eval_results/x.yaml', content: 'a: [' }], paths: [] }, {})
    )!
    expect(view.integrityProblems[0]).toContain(
      '.eval_results/x.yaml of acme/x@dddddddddddd is not valid YAML'
    )
  })

  test('self-approval in the front matter still fails', () => {
    const [finding] = evaluate(
      [record({ card: '# x' }, { approved_by: 'acme' })].map((r) => ({
        ...r,
        data: { ...r.data!, info: { ...r.data!.info, author: 'acme' } }
      })),
      modelDeploymentApproval
    )
    expect(finding).toMatchObject({
      status: 'fail',
      message: expect.stringContaining('approved by its creator acme')
    })
  })
})
