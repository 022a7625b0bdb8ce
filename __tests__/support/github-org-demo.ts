/**
 * acme-corp's organisation governance and repository access for the demo: each new area shows at least one
 * passing and one failing finding, and branch protection on web-frontend is switched off for two hours
 * inside the default one-day period (recorded in the audit log, restored by another owner).
 */
import type { SimRepo } from './github-model.js'
import type { SimOrgGovernance, SimRepoAccess } from './github-org-sim.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const iso = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')

export function demoGovernance(org: string, t: number): SimOrgGovernance {
  return {
    plan: 'enterprise',
    twoFactorRequired: true,
    // Fails github.org.base-permission: every member can push to every repository.
    defaultRepositoryPermission: 'write',
    membersCanCreateRepositories: false,
    membersCanCreatePublicRepositories: false,
    // Passes github.org.repository-deletion-restricted.
    membersCanDeleteRepositories: false,
    // github.repo.team-privileged-access: web-frontend is administered by three teams (fails); the others by
    // at most two.
    teams: [
      {
        slug: 'platform-admins',
        name: 'Platform admins',
        privacy: 'closed',
        repos: [
          { repo: 'infra-terraform', role: 'admin' },
          { repo: 'payments-api', role: 'admin' },
          { repo: 'web-frontend', role: 'admin' }
        ]
      },
      {
        slug: 'payments',
        name: 'Payments',
        privacy: 'closed',
        repos: [
          { repo: 'payments-api', role: 'maintain' },
          { repo: 'identity-service', role: 'write' }
        ]
      },
      {
        slug: 'frontend',
        name: 'Frontend',
        privacy: 'closed',
        repos: [{ repo: 'web-frontend', role: 'maintain' }]
      },
      {
        slug: 'design-contractors',
        name: 'Design contractors',
        privacy: 'secret',
        parent: 'frontend',
        repos: [{ repo: 'web-frontend', role: 'admin' }]
      }
    ],
    // github.code-scanning.enabled: the baseline (CodeQL default setup) is enforced on the two services that
    // handle money and identity; web-frontend has a legacy configuration that leaves code scanning unset; the
    // rest have no configuration (fail).
    codeSecurityConfigurations: [
      {
        id: 17,
        name: 'acme baseline',
        codeScanningDefaultSetup: 'enabled',
        enforcement: 'enforced',
        attachments: [
          { repo: 'payments-api', status: 'enforced' },
          { repo: 'identity-service', status: 'attached' }
        ]
      },
      {
        id: 18,
        name: 'legacy',
        codeScanningDefaultSetup: 'not_set',
        enforcement: 'unenforced',
        attachments: [{ repo: 'web-frontend', status: 'attached' }]
      }
    ],
    members: [
      { login: 'alice-chen', role: 'admin', twoFactor: true },
      { login: 'bogdan-ionescu', role: 'admin', twoFactor: true },
      { login: 'priya-raman', role: 'member', twoFactor: true },
      { login: 'tom-okafor', role: 'member', twoFactor: true },
      { login: 'sam-obrien', role: 'member', twoFactor: true },
      { login: 'jake-lindqvist', role: 'member', twoFactor: true }
    ],
    actions: {
      enabledRepositories: 'all',
      allowedActions: 'all',
      defaultWorkflowPermissions: 'read',
      canApprovePullRequestReviews: false,
      forkPrApproval: 'first_time_contributors_new_to_github'
    },
    runnerGroups: [
      { id: 1, name: 'Default', visibility: 'all', default: true, allowsPublicRepositories: false },
      { id: 7, name: 'gpu-builders', visibility: 'all', default: false, allowsPublicRepositories: true }
    ],
    hooks: [
      {
        id: 4101,
        url: 'https://ci.acme-corp.example/github',
        insecureSsl: false,
        secret: true,
        active: true,
        events: ['push', 'pull_request']
      },
      {
        id: 4102,
        url: 'http://chatops.acme-corp.example/hook',
        insecureSsl: true,
        secret: false,
        active: true,
        events: ['*']
      }
    ],
    secretAlerts: [
      {
        number: 11,
        repo: `${org}/payments-api`,
        state: 'resolved',
        secretType: 'stripe_api_key',
        createdAt: iso(t - 40 * DAY),
        resolvedAt: iso(t - 39 * DAY)
      },
      {
        number: 12,
        repo: `${org}/data-pipeline`,
        state: 'resolved',
        secretType: 'aws_access_key_id',
        createdAt: iso(t - 5 * HOUR),
        resolvedAt: iso(t - 3 * HOUR),
        bypassedBy: 'tom-okafor',
        bypassedAt: iso(t - 5 * HOUR)
      }
    ],
    codeScanningAlerts: [
      {
        number: 3,
        repo: `${org}/payments-api`,
        state: 'open',
        securitySeverity: 'medium',
        ruleId: 'js/log-injection',
        createdAt: iso(t - 12 * DAY)
      },
      {
        number: 8,
        repo: `${org}/identity-service`,
        state: 'open',
        securitySeverity: 'critical',
        ruleId: 'java/sql-injection',
        createdAt: iso(t - 19 * DAY)
      },
      {
        number: 9,
        repo: `${org}/identity-service`,
        state: 'fixed',
        securitySeverity: 'high',
        ruleId: 'java/path-injection',
        createdAt: iso(t - 60 * DAY)
      }
    ],
    auditLog: [
      {
        action: 'protected_branch.destroy',
        actor: 'bogdan-ionescu',
        at: t - 10 * HOUR,
        repo: `${org}/web-frontend`,
        name: 'main'
      },
      {
        action: 'protected_branch.create',
        actor: 'alice-chen',
        at: t - 8 * HOUR,
        repo: `${org}/web-frontend`,
        name: 'main'
      },
      {
        action: 'repository_ruleset.update',
        actor: 'alice-chen',
        at: t - 6 * HOUR,
        repo: `${org}/payments-api`,
        rulesetName: 'production',
        rulesetId: 42,
        rulesetEnforcement: 'active'
      }
    ]
  }
}

/** Repository access of the demo repositories; the others get the default (the owners as admins). */
export function applyDemoAccess(repos: SimRepo[], t: number): void {
  const owners = [
    { login: 'alice-chen', permission: 'ADMIN' as const },
    { login: 'bogdan-ionescu', permission: 'ADMIN' as const }
  ]
  const access: Record<string, SimRepoAccess> = {
    'payments-api': {
      collaborators: [...owners, { login: 'priya-raman', permission: 'MAINTAIN' }],
      deployKeys: [{ title: 'release-mirror (read-only)', readOnly: true, createdAt: iso(t - 200 * DAY) }],
      environments: [{ name: 'production', rules: ['REQUIRED_REVIEWERS', 'BRANCH_POLICY'] }],
      codeownersErrors: [],
      securityPolicy: true,
      // Passes github.repo.webhooks-secure: TLS verified, signed.
      hooks: [
        {
          id: 470101,
          url: 'https://ci.acme-corp.example/github/webhook',
          insecureSsl: false,
          secret: true,
          active: true,
          events: ['push', 'pull_request']
        }
      ]
    },
    'web-frontend': {
      collaborators: [...owners, { login: 'design-agency-bot', permission: 'ADMIN', outside: true }],
      deployKeys: [],
      environments: [
        { name: 'staging', rules: [] },
        { name: 'production', rules: ['WAIT_TIMER'] }
      ],
      codeownersErrors: [
        { line: 4, column: 10, kind: 'Unknown owner', source: '/src/ @acme-corp/frontend-team' }
      ],
      securityPolicy: true
    },
    'infra-terraform': {
      collaborators: owners,
      deployKeys: [{ title: 'atlantis', readOnly: false, createdAt: iso(t - 400 * DAY) }],
      environments: [],
      codeownersErrors: [],
      securityPolicy: true,
      // Fails github.repo.webhooks-secure: the Atlantis hook skips TLS verification and has no secret (its token
      // in the query string is masked in the bundle); the Slack hook is fine.
      hooks: [
        {
          id: 470001,
          url: 'https://atlantis.internal.acme-corp.example/events?token=PLANTEDwebhooktoken',
          insecureSsl: true,
          secret: false,
          active: true,
          events: ['pull_request', 'push', 'issue_comment']
        },
        {
          id: 470002,
          url: 'https://hooks.slack.example/services/T000/B000',
          insecureSsl: false,
          secret: true,
          active: true,
          events: ['push']
        }
      ]
    },
    'public-sdk': {
      collaborators: [...owners, { login: 'oss-maintainer', permission: 'WRITE', outside: true }],
      deployKeys: [],
      environments: [],
      codeownersErrors: [],
      securityPolicy: true,
      // Passes github.repo.private-vulnerability-reporting; docs-site and marketing-site (public, default access)
      // have it off and fail.
      privateVulnerabilityReporting: true
    }
  }
  for (const repo of repos) {
    const modelled = access[repo.name]
    if (modelled) repo.access = modelled
  }
}
