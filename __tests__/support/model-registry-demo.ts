/**
 * The demo organisation's model registries, dated relative to `now`: an MLflow tracking server with a
 * well-governed model (`churn-xgb`, the one the AI inventory lists), a self-approved under-performing one,
 * a staging-only one and one in production that the inventory does not know about (and whose run is
 * gone); and Hugging Face models: one with a complete model card, and one whose evaluation is old although
 * the repository was committed to days ago (the commit did not touch the card).
 */
import { stringify } from 'yaml'
import type { SimModelPackageGroup } from './aws-sagemaker-sim.js'
import type { HfModel } from './hf-simulator.js'
import type { MlflowMetric, MlflowState } from './mlflow-simulator.js'

const DAY = 86_400_000

/** Run ids, 32 hex digits like MLflow's. */
export const DEMO_RUNS = {
  churnV3: '9f2c4e1a7b3d4c8e9a1f2b3c4d5e6f70',
  churnV2: '5b8e2d1c0a9f4e7d8c6b5a4f3e2d1c0b',
  ticketRouterV5: 'c1d2e3f4a5b6478899aabbccddeeff00',
  /** `shadow-ranker` version 2 points at it, but the run was deleted. */
  shadowRankerMissing: 'deadbeef00000000000000000000cafe'
} as const
export const DEMO_HF_SHA = '7c3e9a1f5b2d8e4c6a0f9b1d3e5c7a9f2b4d6e8a'
export const DEMO_HF_INTENT_SHA = '2f4e6a8c0b1d3f5a7c9e1b3d5f7a9c0e2b4d6f81'
/** The revision of the demo's support-tickets dataset the summarizer was trained and evaluated on. */
export const DEMO_HF_DATASET_REVISION = 'e1f3a5c7b9d0e2f4a6c8b0d2f4e6a8c0b2d4f6a8'

export function demoMlflow(now: Date): MlflowState {
  const ago = (days: number) => now.getTime() - days * DAY
  const metrics = (at: number, values: Record<string, number>, step = 0): MlflowMetric[] =>
    Object.entries(values).map(([key, value]) => ({ key, value, timestamp: at, step }))

  const churnTrained = ago(12)
  return {
    models: [
      {
        name: 'churn-xgb',
        description: 'Gradient-boosted classifier scoring subscription churn risk.',
        creationTimestamp: ago(120),
        tags: { team: 'ml-team', 'ai-system': 'churn-predictor' },
        versions: [
          {
            name: 'churn-xgb',
            version: '2',
            creationTimestamp: ago(60),
            currentStage: 'Archived',
            description: 'Churn classifier trained on the 2026.07 snapshot.',
            runId: DEMO_RUNS.churnV2,
            source: `mlflow-artifacts:/1/${DEMO_RUNS.churnV2}/artifacts/model`
          },
          {
            name: 'churn-xgb',
            version: '3',
            creationTimestamp: ago(11),
            // Promoted the way MLflow recommends since 2.9: an alias, no stage.
            aliases: ['champion'],
            runId: DEMO_RUNS.churnV3,
            source: `mlflow-artifacts:/1/${DEMO_RUNS.churnV3}/artifacts/model`,
            description: [
              'XGBoost churn classifier, retrained on the 2026.10 account snapshot.',
              '',
              '## Intended use',
              '',
              'Ranks active subscribers by 90-day churn risk so the retention team can prioritise outreach.',
              'Scores are advisory: no automated decision is taken on a customer from the score alone.',
              '',
              '## Limitations',
              '',
              '- Not validated for accounts younger than 30 days (too little usage telemetry).',
              '- Calibrated on EU and US customers only; do not use for other regions without re-evaluation.',
              ''
            ].join('\n'),
            tags: {
              approved_by: 'lee-chen',
              approved_at: new Date(ago(10)).toISOString(),
              monitoring: 'evidently://churn-drift-dashboard',
              event_logging: 'cloudwatch:/ml/churn-predictor'
            }
          }
        ]
      },
      {
        name: 'ticket-router',
        description: 'Routes incoming support tickets to a queue.',
        creationTimestamp: ago(200),
        versions: [
          {
            name: 'ticket-router',
            version: '5',
            creationTimestamp: ago(20),
            aliases: ['production'],
            runId: DEMO_RUNS.ticketRouterV5,
            description: 'Logistic-regression ticket router, retrained with the new queue names.',
            tags: { approved_by: 'sam-ops' }
          }
        ]
      },
      {
        name: 'fraud-scorer',
        description: 'Card-not-present fraud scoring (pilot).',
        creationTimestamp: ago(15),
        versions: [
          {
            name: 'fraud-scorer',
            version: '1',
            creationTimestamp: ago(14),
            currentStage: 'Staging',
            description: 'First candidate, under evaluation.'
          }
        ]
      },
      {
        name: 'shadow-ranker',
        creationTimestamp: ago(45),
        versions: [
          {
            name: 'shadow-ranker',
            version: '2',
            creationTimestamp: ago(40),
            aliases: ['production'],
            runId: DEMO_RUNS.shadowRankerMissing,
            source: `mlflow-artifacts:/3/${DEMO_RUNS.shadowRankerMissing}/artifacts/model`
          }
        ]
      }
    ],
    runs: [
      {
        runId: DEMO_RUNS.churnV3,
        experimentId: '1',
        userId: 'dana-ml',
        runName: 'churn-xgb-2026.10',
        status: 'FINISHED',
        startTime: churnTrained - 3_600_000,
        endTime: churnTrained,
        // Accuracy logged per boosting checkpoint: the last step is the value MLflow reports.
        metrics: [
          ...metrics(churnTrained - 1_800_000, { accuracy: 0.902 }, 0),
          ...metrics(churnTrained, { accuracy: 0.931, auc: 0.962, demographic_parity_diff: 0.031 }, 1)
        ],
        params: { max_depth: '6', n_estimators: '400', learning_rate: '0.05' },
        tags: {
          'mlflow.source.name': 'train.py',
          'mlflow.source.git.commit': '3b1f0c9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c'
        },
        datasets: [
          {
            name: 'churn-training@v2026.10',
            digest: 'a3f91c0e',
            sourceType: 's3',
            source: '{"uri": "s3://acme-ml-data/churn/training/v2026.10/"}',
            context: 'training'
          },
          {
            name: 'churn-holdout@v2026.10',
            digest: '5d7e20b4',
            sourceType: 's3',
            source: '{"uri": "s3://acme-ml-data/churn/holdout/v2026.10/"}',
            context: 'evaluation'
          }
        ]
      },
      {
        runId: DEMO_RUNS.churnV2,
        experimentId: '1',
        userId: 'dana-ml',
        runName: 'churn-xgb-2026.07',
        status: 'FINISHED',
        startTime: ago(61) - 3_600_000,
        endTime: ago(61),
        metrics: metrics(ago(61), { accuracy: 0.915, auc: 0.951, demographic_parity_diff: 0.044 }),
        params: { max_depth: '6', n_estimators: '300', learning_rate: '0.05' },
        tags: { 'mlflow.source.name': 'train.py' },
        datasets: [
          {
            name: 'churn-training@v2026.07',
            digest: '0c4b9e71',
            sourceType: 's3',
            source: '{"uri": "s3://acme-ml-data/churn/training/v2026.07/"}',
            context: 'training'
          }
        ]
      },
      {
        runId: DEMO_RUNS.ticketRouterV5,
        experimentId: '2',
        userId: 'sam-ops',
        runName: 'router-retrain',
        status: 'FINISHED',
        startTime: ago(21) - 600_000,
        endTime: ago(21),
        metrics: metrics(ago(21), { accuracy: 0.812 }),
        params: { C: '1.0', penalty: 'l2' },
        tags: { 'mlflow.source.name': 'notebooks/router.ipynb' },
        datasets: []
      }
    ]
  }
}

export function demoHf(now: Date): HfModel[] {
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString()
  const cardData = {
    language: ['en'],
    license: 'apache-2.0',
    library_name: 'transformers',
    pipeline_tag: 'summarization',
    datasets: [`acme/support-tickets@${DEMO_HF_DATASET_REVISION}`],
    'model-index': [
      {
        name: 'ticket-summarizer',
        results: [
          {
            task: { type: 'summarization', name: 'Summarization' },
            dataset: {
              name: 'Acme support tickets',
              type: 'acme/support-tickets',
              split: 'test',
              revision: DEMO_HF_DATASET_REVISION
            },
            metrics: [
              { type: 'rouge1', name: 'ROUGE-1', value: 0.46 },
              { type: 'rougeL', name: 'ROUGE-L', value: 0.41 }
            ]
          }
        ]
      }
    ]
  }
  const readme = `---
${stringify(cardData)}---

# ticket-summarizer

A T5-base model fine-tuned to summarise customer support tickets in two sentences for the triage queue.

## Uses

### Direct Use

Intended for internal triage: summaries are shown to support agents next to the original ticket and
are never sent to customers.

### Out-of-Scope Use

[More Information Needed]

## Bias, Risks, and Limitations

- English only; tickets in other languages produce unreliable summaries.
- May omit account identifiers and amounts; agents must check the original ticket before acting.

## Training Details

### Training Data

The train split of \`acme/support-tickets\` at revision ${DEMO_HF_DATASET_REVISION.slice(0, 12)}.

## Evaluation

ROUGE-1 0.46 and ROUGE-L 0.41 on the held-out test split of \`acme/support-tickets\`.
`
  return [
    {
      id: 'acme-corp/ticket-summarizer',
      author: 'acme-corp',
      sha: DEMO_HF_SHA,
      lastModified: ago(30),
      createdAt: ago(180),
      private: false,
      pipelineTag: 'summarization',
      tags: [
        'transformers',
        'safetensors',
        't5',
        'text2text-generation',
        'summarization',
        'en',
        'dataset:acme/support-tickets',
        'license:apache-2.0',
        'model-index',
        'region:us'
      ],
      cardData,
      readme,
      readmeCommit: { id: DEMO_HF_SHA, title: 'Add evaluation results', date: ago(30) }
    },
    ...demoHfStale(now)
  ]
}

/**
 * `acme-corp/intent-classifier`: evaluated 200 days ago (model-index in the card and a fairness result in
 * `.eval_results/`), then a config change committed 3 days ago. The repository's `lastModified` is 3 days
 * old; the evaluation is not.
 */
function demoHfStale(now: Date): HfModel[] {
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString()
  const evaluated = {
    id: 'a0c2e4f6b8d0a2c4e6f8b0d2a4c6e8f0b2d4a6c8',
    title: 'Evaluation results',
    date: ago(200)
  }
  const cardData = {
    license: 'apache-2.0',
    library_name: 'transformers',
    pipeline_tag: 'text-classification',
    datasets: ['acme/intents'],
    'model-index': [
      {
        name: 'intent-classifier',
        results: [
          {
            task: { type: 'text-classification' },
            dataset: { name: 'Acme intents', type: 'acme/intents', split: 'test' },
            metrics: [{ type: 'accuracy', value: 0.94 }]
          }
        ]
      }
    ]
  }
  const readme = `---
${stringify(cardData)}---

# intent-classifier

## Uses

[More Information Needed]

## Bias, Risks, and Limitations

[More Information Needed]

### Recommendations

Users (both direct and downstream) should be made aware of the risks, biases and limitations of the model. More information needed for further recommendations.

## Training Details

[More Information Needed]

## Evaluation

Accuracy 0.94 on the test split of \`acme/intents\`.
`
  const fairness = stringify([
    {
      dataset: { id: 'acme/intent-fairness', task_id: 'demographic_parity_diff' },
      value: 0.04,
      date: ago(200).slice(0, 10)
    }
  ])
  return [
    {
      id: 'acme-corp/intent-classifier',
      author: 'acme-corp',
      sha: DEMO_HF_INTENT_SHA,
      lastModified: ago(3),
      createdAt: ago(400),
      pipelineTag: 'text-classification',
      tags: ['transformers', 'text-classification', 'model-index'],
      cardData,
      readme,
      readmeCommit: evaluated,
      files: [
        { path: '.eval_results/fairness.yaml', content: fairness, commit: evaluated },
        {
          path: 'config.json',
          content: '{"architectures": ["BertForSequenceClassification"]}\n',
          commit: { id: DEMO_HF_INTENT_SHA, title: 'Raise max_position_embeddings', date: ago(3) }
        }
      ]
    }
  ]
}

/**
 * The demo account's SageMaker Model Registry (eu-west-1): `churn-sm` version 4, created by the Studio
 * user dana and approved by lee through the ModelApprover role (then edited by a pipeline, so
 * LastModifiedBy is not the approver), whose model card is still a Draft; and version 5, which dana
 * approved herself through another role (her Studio profile is the session's SourceIdentity).
 */
export function demoSageMaker(now: Date): SimModelPackageGroup[] {
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString()
  const account = '123456789012'
  const dana = {
    UserProfileArn: `arn:aws:sagemaker:eu-west-1:${account}:user-profile/d-demo0001/dana`,
    UserProfileName: 'dana',
    DomainId: 'd-demo0001',
    IamIdentity: {
      Arn: `arn:aws:sts::${account}:assumed-role/SageMakerStudioExecution/SageMaker`,
      PrincipalId: 'AROADEMOSTUDIO:SageMaker',
      SourceIdentity: 'dana'
    }
  }
  const session = (role: string, name: string, sourceIdentity?: string) => ({
    type: 'AssumedRole',
    principalId: `AROADEMO${role.toUpperCase().slice(0, 6)}:${name}`,
    arn: `arn:aws:sts::${account}:assumed-role/${role}/${name}`,
    accountId: account,
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: `AROADEMO${role.toUpperCase().slice(0, 6)}`,
        arn: `arn:aws:iam::${account}:role/${role}`,
        accountId: account,
        userName: role
      },
      attributes: { creationDate: ago(20), mfaAuthenticated: 'false' },
      ...(sourceIdentity ? { sourceIdentity } : {})
    }
  })
  const card = {
    intended_uses: {
      purpose_of_model: 'Score churn risk for the retention team',
      intended_uses: 'Ranking existing customers for outreach; not for pricing or credit decisions.',
      factors_affecting_model_efficiency: 'Unreliable for accounts younger than 30 days.',
      risk_rating: 'Medium'
    }
  }
  return [
    {
      name: 'churn-sm',
      region: 'eu-west-1',
      packages: [
        {
          version: 4,
          approval: 'Approved',
          created: ago(20),
          createdBy: dana,
          description: 'Churn classifier trained in SageMaker Pipelines.',
          generatedBy: `arn:aws:sagemaker:eu-west-1:${account}:pipeline/churn-train/execution/demo4`,
          customerMetadata: { training_dataset: 's3://acme-ml-data/churn/v2026.10/train.parquet' },
          card: { content: card, status: 'Draft' },
          approvedBy: { userIdentity: session('ModelApprover', 'lee'), time: ago(18) },
          laterEdit: {
            by: { IamIdentity: { Arn: `arn:aws:sts::${account}:assumed-role/MLPipeline/tagger` } },
            time: ago(2)
          }
        },
        {
          version: 5,
          approval: 'Approved',
          created: ago(6),
          createdBy: dana,
          generatedBy: `arn:aws:sagemaker:eu-west-1:${account}:pipeline/churn-train/execution/demo5`,
          card: { content: card, status: 'Approved' },
          approvedBy: { userIdentity: session('ModelApprover', 'SageMaker', 'dana'), time: ago(5) }
        }
      ]
    }
  ]
}
