import { z } from 'zod'
import { providerConfigSchema } from '../ai/providers.js'
import { FRAMEWORKS } from '../model.js'
import { isCalendarDate, isReviewInterval } from './calendar.js'
import { durationMs } from './period.js'
import { parseThreshold, THRESHOLD_EXPECTED } from './thresholds.js'

/**
 * The schema of `.github/evidence.yml`. Every key is optional: a repository without the file gets the
 * defaults below. Keys are kebab-case like the action inputs; unknown keys are errors so a typo is never
 * silently ignored.
 */

/** Two frameworks, spelled out so the generated JSON Schema lists them for editor completion. */
function perFramework<T extends z.ZodType>(schema: T) {
  return z.strictObject({ 'iso27001-2022': schema.optional(), 'iso42001-2023': schema.optional() })
}

const controlRefs = perFramework(z.array(z.string()))

const calendarDate = z.string().refine(isCalendarDate, {
  error: (issue) => `expected a date such as 2026-03-31, got ${JSON.stringify(issue.input)}`
})

const controlApplicability = z.strictObject({
  applicable: z.boolean().default(true),
  justification: z
    .string()
    .min(1)
    .optional()
    .describe('Why the control is included (applicable) or excluded (not applicable), for the SoA.'),
  evidence: z
    .array(z.string())
    .optional()
    .describe(
      'Where the manual evidence for this control is (URLs, document ids); not hashed, see manual-evidence.'
    ),
  implementation: z
    .enum(['implemented', 'partially', 'planned', 'not-implemented'])
    .optional()
    .describe('Implementation status for the SoA.'),
  owner: z.string().min(1).optional().describe('Who owns the control.'),
  reviewed: calendarDate.optional().describe('When the control was last reviewed.'),
  'next-review': calendarDate.optional().describe('When it is next due for review.'),
  risks: z
    .array(z.string().min(1))
    .optional()
    .describe('Ids of the risks (risk register) this control treats.')
})

const manualEvidenceItem = z
  .strictObject({
    title: z.string().trim().min(1).describe('What the document is, e.g. "Information security policy v3".'),
    path: z
      .string()
      .min(1)
      .optional()
      .describe('A file in the repository (workspace), copied into the bundle under manual/ and hashed.'),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Where the document is kept; needs sha256.'),
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, { error: 'expected 64 hex digits (the SHA-256 of the document)' })
      .optional()
      .describe('SHA-256 of the document: required with url; with path, the copied file must match it.'),
    controls: controlRefs.describe('The controls this is evidence for, per framework.'),
    requirements: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'Ids of the requirements it meets (mappings/manual-evidence.yaml); absent: all of its controls.'
      ),
    owner: z.string().min(1).optional(),
    reviewed: calendarDate.describe('When the document was last reviewed or approved.'),
    'review-every': z
      .string()
      .refine(isReviewInterval, {
        error: (issue) =>
          `expected an ISO 8601 duration in years, months, weeks or days such as "P1Y" or "P6M", got ${JSON.stringify(issue.input)}`
      })
      .default('P1Y')
      .describe(
        'How often it must be reviewed; past reviewed + review-every (at the period end) it is expired.'
      )
  })
  .superRefine((item, ctx) => {
    if ((item.path === undefined) === (item.url === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['path'],
        message: 'expected exactly one of path or url',
        input: undefined
      })
    }
    if (item.url !== undefined && item.sha256 === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['sha256'],
        message: 'expected the sha256 of the document at url, got none',
        input: undefined
      })
    }
  })

const slaDays = z.number().int().min(0).nullable()

const thresholdList = z.array(
  z.string().refine((text) => parseThreshold(text) !== undefined, {
    error: (issue) => `${THRESHOLD_EXPECTED}, got ${JSON.stringify(issue.input)}`
  })
)

export const configSchema = z
  .strictObject({
    repositories: z
      .array(z.string())
      .optional()
      .describe('Repositories to collect from: `owner/repo` or `owner/*`. The `repositories` input wins.'),
    period: z
      .string()
      .optional()
      .describe('Evidence period ending at the run, as an ISO 8601 duration (`P1D`, `P90D`, `PT12H`).'),
    checks: z
      .strictObject({
        skip: z.array(z.string()).default([]).describe('Check ids not to run.'),
        'branch-protection': z
          .strictObject({
            'min-approvals': z
              .number()
              .int()
              .min(0)
              .default(1)
              .describe('Approving reviews the default branch must require.'),
            'allowed-bypass': z
              .array(
                z.strictObject({
                  'actor-type': z
                    .enum([
                      'Integration',
                      'OrganizationAdmin',
                      'RepositoryRole',
                      'Team',
                      'DeployKey',
                      'EnterpriseOwner',
                      'User'
                    ])
                    .describe(
                      'As GitHub names it in a ruleset bypass list; classic protection without "Do not allow bypassing" is RepositoryRole 5 (repository admins), its bypass allowances User, Team or Integration.'
                    ),
                  'actor-id': z
                    .number()
                    .int()
                    .nullable()
                    .optional()
                    .describe(
                      'The actor_id (app id, team id, role id; null for deploy keys). Absent: any of this type.'
                    ),
                  'bypass-mode': z
                    .enum(['always', 'pull_request', 'exempt'])
                    .optional()
                    .describe('Absent: any mode.'),
                  repositories: z
                    .array(z.string())
                    .optional()
                    .describe('`owner/repo` the allowance covers. Absent: every repository.'),
                  reason: z
                    .string()
                    .trim()
                    .min(1)
                    .describe('Why this bypass is acceptable; every finding that relies on it repeats it.')
                })
              )
              .default([])
              .describe(
                'Bypasses of the default branch protection that are accepted, each with a written reason. Any other bypass fails the protection checks.'
              )
          })
          .prefault({}),
        'pr-review': z
          .strictObject({
            'min-approvals': z
              .number()
              .int()
              .min(0)
              .default(1)
              .describe('Approvals from someone other than the author each merged PR must have had.'),
            branches: z
              .array(z.string().min(1))
              .default([])
              .describe(
                'Base branches besides the default branch whose merged PRs are in the population: names or globs (`release/*`; `*` stops at `/`, `**` does not).'
              ),
            'search-lag': z
              .string()
              .refine((value) => durationMs(value) !== undefined, {
                error: (issue) =>
                  `expected an ISO 8601 duration such as "PT1H" or "PT0M", got ${JSON.stringify(issue.input)}`
              })
              .default('PT1H')
              .describe(
                'How far before the period start the merged-PR search and the branch history begin, so a PR that search had not indexed yet at the previous run is in this one.'
              ),
            'bot-accounts': z
              .array(z.string().min(1))
              .default([])
              .describe(
                'Logins whose approvals never count as independent (machine users); GitHub App bots never count.'
              )
          })
          .prefault({}),
        'dependabot-sla': z
          .strictObject({
            critical: slaDays.default(7),
            high: slaDays.default(30),
            medium: slaDays.default(90),
            low: slaDays.default(null)
          })
          .prefault({})
          .describe('Days an open Dependabot alert may stay open, per severity; null means no limit.')
      })
      .prefault({}),
    'ai-inventory': z
      .strictObject({
        path: z
          .string()
          .default('.github/ai-inventory.yml')
          .describe('The AI system inventory file (see schemas/ai-inventory.schema.json).'),
        'max-assessment-age-days': z
          .number()
          .int()
          .min(1)
          .default(365)
          .describe('An impact assessment older than this no longer covers a system.'),
        providers: z
          .array(providerConfigSchema)
          .default([])
          .describe(
            'AI providers, packages and model patterns to add to mappings/ai-providers.yaml, by provider id.'
          )
      })
      .prefault({})
      .describe('Pull-request mode: AI inventory drift.'),
    models: z
      .strictObject({
        mlflow: z
          .strictObject({
            url: z
              .url({ protocol: /^https?$/ })
              .describe(
                'MLflow tracking server, e.g. https://mlflow.example.com. Token: MLFLOW_TRACKING_TOKEN.'
              ),
            models: z.array(z.string()).optional().describe('Registered model names; default: all.'),
            'production-aliases': z.array(z.string()).default(['champion', 'production', 'prod']),
            'production-stages': z.array(z.string()).default(['Production'])
          })
          .optional(),
        huggingface: z
          .strictObject({
            endpoint: z.url({ protocol: /^https?$/ }).default('https://huggingface.co'),
            models: z
              .array(z.string().regex(/^[\w.-]+\/[\w.-]+(@[\w./-]+)?$/))
              .min(1)
              .describe(
                'Model ids in production use, e.g. acme/ticket-summarizer, or acme/ticket-summarizer@v1.2 for a deployed revision. Token: HF_TOKEN.'
              ),
            revision: z
              .string()
              .regex(/^[\w./-]+$/)
              .default('main')
              .describe('The deployed revision (branch, tag or commit) of models listed without @revision.')
          })
          .optional(),
        sagemaker: z
          .strictObject({
            region: z.string().min(1),
            groups: z.array(z.string()).optional().describe('Model package groups; default: all.'),
            'production-statuses': z.array(z.string()).default(['Approved']),
            'production-stages': z
              .array(z.string())
              .default(['Production'])
              .describe(
                'ModelLifeCycle stages that mean a package is deployed (its StageStatus must be Approved).'
              )
          })
          .optional(),
        results: z
          .array(z.string())
          .default([])
          .describe('Globs of model test result files (JSON or JUnit XML) made earlier in the workflow.'),
        thresholds: thresholdList
          .default([])
          .describe(
            'Required evaluation results of every production model version, e.g. "accuracy >= 0.9", "demographic_parity_difference <= 0.1".'
          ),
        'model-thresholds': z
          .record(z.string().min(1), thresholdList)
          .default({})
          .describe(
            "Per registered model (`churn-xgb`, or `mlflow:churn-xgb` for one registry): thresholds that replace the AI system's and the general ones for the same metric."
          ),
        'system-thresholds': z
          .record(z.string().min(1), thresholdList)
          .default({})
          .describe(
            "Per AI system id of the inventory: thresholds for every model the system lists, replacing the general ones for the same metric (the inventory's own `thresholds` add to these)."
          ),
        'max-result-age-days': z
          .number()
          .int()
          .min(1)
          .default(90)
          .describe('Evaluation results older than this are stale.')
      })
      .prefault({})
      .describe('ISO/IEC 42001 model evidence: registries, result files and required evaluation results.'),
    aws: z
      .strictObject({
        'role-arns': z
          .array(
            z.string().regex(/^arn:aws[\w-]*:iam::\d{12}:role\/.+$/, {
              error: 'expected an IAM role ARN such as arn:aws:iam::123456789012:role/evidence-reader'
            })
          )
          .default([])
          .describe('Roles to assume into other accounts; none: the credentials of the job.'),
        regions: z.array(z.string()).optional().describe('Regions to check; default: every enabled region.'),
        'password-min-length': z.number().int().min(8).default(14),
        'access-key-max-age-days': z.number().int().min(1).default(90),
        'access-key-max-unused-days': z.number().int().min(1).default(90),
        'patch-scan-max-age-days': z.number().int().min(1).default(7),
        'dynamodb-cmk-tables': z
          .array(z.string().min(1).max(255))
          .max(500)
          .default([])
          .describe(
            'DynamoDB tables (names; * matches any characters) that must be encrypted with a customer managed KMS key of the account; other tables pass with the AWS owned or AWS managed key.'
          ),
        'credential-max-unused-days': z
          .number()
          .int()
          .min(1)
          .default(90)
          .describe(
            'Console passwords and access keys unused for longer fail aws.iam.unused-credentials-removed.'
          ),
        'admin-principals': z
          .array(z.string().min(1).max(500))
          .max(1000)
          .default([])
          .describe(
            'IAM users, groups, roles and Identity Center permission sets approved to hold administrator rights: names or ARNs, * as wildcard.'
          ),
        'inspector-finding-sla-days': z
          .strictObject({
            critical: z.number().int().min(1).default(15),
            high: z.number().int().min(1).default(30),
            medium: z.number().int().min(1).default(90),
            low: z.number().int().min(1).default(180)
          })
          .prefault({})
          .describe('Days an active Amazon Inspector finding may stay open, by severity.'),
        organization: z
          .strictObject({
            'role-name': z
              .string()
              .regex(/^[\w+=,.@-]{1,64}$/, {
                error: 'expected an IAM role name such as OrganizationAccountAccessRole'
              })
              .describe('The role assumed in each account: arn:aws:iam::<account id>:role/<role-name>.'),
            include: z
              .array(z.string().regex(/^\d{12}$/, { error: 'expected a 12-digit account id' }))
              .default([])
              .describe('Only these accounts; empty: every account of the organization.'),
            exclude: z
              .array(z.string().regex(/^\d{12}$/, { error: 'expected a 12-digit account id' }))
              .default([])
              .describe('Accounts left out (stated in the evidence).')
          })
          .optional()
          .describe(
            "Discover the accounts from AWS Organizations ListAccounts (the job's identity in the management account or an Organizations delegated administrator)."
          ),
        'backup-rpo-hours': z
          .number()
          .int()
          .min(1)
          .max(168)
          .default(32)
          .describe(
            'Recovery point objective in hours, plus the backup rule start window: the longest accepted gap between recovery points of a protected resource (default 24 h and the 8 h default start window).'
          ),
        'rds-backup-retention-min-days': z
          .number()
          .int()
          .min(1)
          .max(35)
          .default(7)
          .describe(
            'Shortest acceptable automated backup retention of an RDS DB instance (RDS allows 1 to 35).'
          ),
        'restore-test-max-age-days': z
          .number()
          .int()
          .min(1)
          .max(90)
          .default(31)
          .describe(
            'Longest time without a successful AWS Backup restore test (restore jobs are read 92 days back).'
          ),
        enabled: z
          .boolean()
          .default(false)
          .describe(
            "Collect AWS evidence with the job's AWS credentials (aws-actions/configure-aws-credentials); see README for the IAM policy."
          )
      })
      .prefault({})
      .describe('AWS evidence (IAM, CloudTrail, GuardDuty, patching, S3, KMS).'),
    mappings: z
      .record(
        z.string(),
        z.strictObject({
          replace: controlRefs
            .optional()
            .describe('Replaces the shipped controls of this check, per framework.'),
          add: controlRefs.optional().describe('Adds controls to the shipped ones, per framework.')
        })
      )
      .default({})
      .describe('Changes to which Annex A controls a check evidences, keyed by check id.'),
    controls: perFramework(z.record(z.string(), controlApplicability))
      .default({})
      .describe(
        'Applicability per Annex A control (for the Statement of Applicability) and manual evidence.'
      ),
    'manual-evidence': z
      .array(manualEvidenceItem)
      .default([])
      .describe(
        'Documents and records no check can collect (policies, training, reviews), hashed into the bundle.'
      ),
    'manual-requirements': z
      .array(
        z.strictObject({
          id: z.string().min(1),
          what: z.string().trim().min(1).optional(),
          controls: controlRefs
        })
      )
      .default([])
      .describe(
        'Changes to the manual evidence a control needs to be effective (mappings/manual-evidence.yaml): a shipped id replaces it, a new id adds one.'
      ),
    soa: z
      .strictObject({
        version: z.string().min(1).optional(),
        'approved-by': z.string().min(1).optional(),
        'approved-on': calendarDate.optional()
      })
      .prefault({})
      .describe('The Statement of Applicability header: its version and approval.')
  })
  .superRefine((config, ctx) => {
    for (const framework of FRAMEWORKS) {
      const entries = config.controls[framework] ?? {}
      for (const [id, entry] of Object.entries(entries)) {
        if (!entry.applicable && !entry.justification) {
          ctx.addIssue({
            code: 'custom',
            path: ['controls', framework, id, 'justification'],
            message: 'expected a justification for a control marked not applicable, got none',
            input: undefined
          })
        }
      }
    }
  })

export type EvidenceConfig = z.output<typeof configSchema>
export type ControlRefsInput = z.infer<typeof controlRefs>
