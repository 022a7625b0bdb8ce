import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  AWS_AI_EVIDENCE,
  AWS_AI_MONITORING_EVIDENCE,
  AWS_BACKUP_EVIDENCE,
  AWS_CHANGE_EVIDENCE,
  AWS_CONFIG_MONITORING_EVIDENCE,
  AWS_ENCRYPTION_EVIDENCE,
  AWS_EVIDENCE,
  AWS_IDENTITY_EVIDENCE,
  AWS_LOGGING_EVIDENCE,
  AWS_S3_REPLICATION_EVIDENCE,
  AWS_SNAPSHOT_KINDS,
  AWS_SOURCE_RECORD_KIND,
  AWS_VULNERABILITY_EVIDENCE,
  CONTROL_SWITCHES,
  awsCloudWatchCisAlarms,
  cisCoverage,
  guardSubject
} from "./chunk-JST3WB76.js";
import {
  AI_CATALOG_KIND,
  MAX_CONFIG_BYTES,
  MAX_PR_FILES,
  MAX_PR_FILE_BYTES,
  ManifestParseError,
  PR_EVIDENCE,
  THRESHOLD_EXPECTED,
  addedDependencies,
  catalogFrom,
  formatBytes,
  isFairnessMetric,
  isModelConfigFile,
  isWorkflowFile,
  lineOfOffset,
  manifestAmbiguities,
  manifestKind,
  mapEntries,
  mapEntry,
  matchModels,
  matchPackage,
  meetsThreshold,
  parseConfig,
  parseThreshold,
  readWorkflow,
  scalarValue,
  sequenceItems,
  yamlToData
} from "./chunk-CG44BHTW.js";
import {
  huggingFaceView,
  mlflowVersionView
} from "./chunk-ZEJUPZEW.js";
import {
  BUNDLE_HISTORY_EVIDENCE,
  BUNDLE_HISTORY_SUBJECT,
  GITHUB_ORG_EVIDENCE,
  orgSubject
} from "./chunk-U4YSPENK.js";
import {
  GITHUB_EVIDENCE,
  evidencePath,
  repoSubject
} from "./chunk-AKQKRLW5.js";
import {
  sageMakerVersionView
} from "./chunk-FX7GPS5Y.js";
import {
  HF_KIND,
  INVENTORY_KIND,
  MLFLOW_KIND,
  MLFLOW_REGISTRY_KIND,
  RESULTS_KIND,
  SAGEMAKER_KIND
} from "./chunk-5OAN6P4X.js";
import {
  require_dist
} from "./chunk-NNI55PZK.js";
import {
  editDistance,
  scalarText,
  showValue
} from "./chunk-URX6PXYS.js";
import {
  external_exports
} from "./chunk-U734E4WK.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";
import {
  __toESM
} from "./chunk-E4WBWSDB.js";

// src/checks/github/bypass.ts
var ADMIN_ROLE_ID = 5;
function assessBypass(repo, protection, requirement, satisfies, allowed) {
  const rulesetsRecord = repo.records[GITHUB_EVIDENCE.rulesets];
  const classicRecord = repo.records[GITHUB_EVIDENCE.branchProtection];
  const suitesRecord = repo.records[GITHUB_EVIDENCE.ruleSuites];
  const sources = protection.contributions.filter((c) => c.requirement === requirement && satisfies(c));
  const verdicts = sources.map((c) => sourceBypass(c.source, requirement, rulesetsRecord, classicRecord));
  const fullName = repo.repository.full_name.toLowerCase();
  for (const verdict2 of verdicts) {
    for (const entry of verdict2.entries) {
      const match = allowed.find((a) => allows(a, entry, fullName));
      if (match) entry.allowedReason = match.reason;
    }
  }
  const clean = verdicts.some((v) => v.readable && v.entries.length === 0);
  const allAllowed = verdicts.some(
    (v) => v.readable && v.entries.length > 0 && v.entries.every((e) => e.allowedReason)
  );
  const unreadable2 = verdicts.flatMap((v) => v.readable ? [] : [v.problem]);
  const hasRulesets = sources.some((c) => c.source.kind === "ruleset");
  const events = suitesRecord?.data?.bypasses ?? [];
  const eventsNote = !hasRulesets ? void 0 : suitesRecord?.error ? `Ruleset bypasses in the period (rule suites) could not be read: ${suitesRecord.error.message}` : !suitesRecord?.data ? "Ruleset bypasses in the period (rule suites) were not collected." : suitesRecord.data.truncated ? "GitHub keeps rule suites for a month: bypasses earlier in the period are not in this list." : void 0;
  return {
    status: clean ? "none" : allAllowed ? "allowed" : unreadable2.length > 0 ? "unknown" : "bypassable",
    entries: verdicts.flatMap((v) => v.entries),
    unreadable: unreadable2,
    events,
    ...eventsNote ? { eventsNote } : {},
    evidence: [rulesetsRecord, suitesRecord].flatMap((r) => r && hasRulesets ? [r.path] : [])
  };
}
function sourceBypass(source, requirement, rulesetsRecord, classicRecord) {
  const reachesRequirement = (mode) => !(mode === "pull_request" && (requirement === "force-push" || requirement === "deletion"));
  if (source.kind === "ruleset") {
    if (!rulesetsRecord?.data) {
      const why = rulesetsRecord?.error?.message ?? "the rulesets were not collected";
      return { readable: false, entries: [], problem: `Bypass list of ${source.label}: ${why}` };
    }
    const detail = rulesetsRecord.data.rulesets.find((r) => r.id === source.id);
    const missing = rulesetsRecord.data.unreadable.find((u) => u.id === source.id);
    if (!detail?.bypass_actors) {
      const why = missing?.message ?? "GitHub did not return it";
      return { readable: false, entries: [], problem: `Bypass list of ${source.label}: ${why}` };
    }
    const label = `ruleset ${detail.id} "${detail.name}" (${detail.source_type ?? "Repository"} ${detail.source ?? ""})`.replace(
      " )",
      ")"
    );
    return {
      readable: true,
      entries: detail.bypass_actors.filter((actor) => actor && reachesRequirement(actor.bypass_mode)).map((actor) => ({
        source: label,
        actorType: actor.actor_type,
        actorId: actor.actor_id ?? null,
        ...actorName(actor.actor_type, actor.actor_id) ? { actorName: actorName(actor.actor_type, actor.actor_id) } : {},
        bypassMode: actor.bypass_mode
      }))
    };
  }
  if (requirement === "force-push" || requirement === "deletion") return { readable: true, entries: [] };
  const protection = classicRecord?.data?.protection;
  if (!protection) return { readable: false, entries: [], problem: "Classic branch protection was not read." };
  const entries = [];
  const enforceAdmins = protection.enforce_admins?.enabled;
  if (enforceAdmins === void 0) {
    return {
      readable: false,
      entries: [],
      problem: "Classic branch protection did not say whether it binds administrators (enforce_admins missing)."
    };
  }
  if (!enforceAdmins) {
    entries.push({
      source: "classic branch protection (enforce_admins off)",
      actorType: "RepositoryRole",
      actorId: ADMIN_ROLE_ID,
      actorName: "repository admins",
      bypassMode: "always"
    });
  }
  if (requirement === "reviews") {
    const allowances = protection.required_pull_request_reviews?.bypass_pull_request_allowances;
    const source2 = "classic branch protection (bypass_pull_request_allowances)";
    for (const u of allowances?.users ?? [])
      entries.push({
        source: source2,
        actorType: "User",
        actorId: u.id,
        actorName: u.login,
        bypassMode: "pull_request"
      });
    for (const t of allowances?.teams ?? [])
      entries.push({
        source: source2,
        actorType: "Team",
        actorId: t.id,
        actorName: t.slug,
        bypassMode: "pull_request"
      });
    for (const a of allowances?.apps ?? [])
      entries.push({
        source: source2,
        actorType: "Integration",
        actorId: a.id,
        actorName: a.slug,
        bypassMode: "pull_request"
      });
  }
  return { readable: true, entries };
}
function actorName(type, id) {
  if (type === "OrganizationAdmin") return "organization owners";
  if (type === "RepositoryRole" && id === ADMIN_ROLE_ID) return "repository admins";
  if (type === "DeployKey") return "deploy keys";
  return void 0;
}
function allows(allowed, entry, fullName) {
  if (allowed["actor-type"] !== entry.actorType) return false;
  if (allowed["actor-id"] !== void 0 && allowed["actor-id"] !== entry.actorId) return false;
  if (allowed["bypass-mode"] !== void 0 && allowed["bypass-mode"] !== entry.bypassMode) return false;
  if (allowed.repositories && !allowed.repositories.some((r) => r.toLowerCase() === fullName)) return false;
  return true;
}
function describeBypass(entry) {
  const who2 = `${entry.actorType}${entry.actorId === null ? "" : ` ${entry.actorId}`}${entry.actorName ? ` (${entry.actorName})` : ""}`;
  return `${who2}, bypass_mode ${entry.bypassMode}, in ${entry.source}`;
}
function describeEvents(assessment) {
  const listed = assessment.events.slice(0, 5).map(
    (e) => `${e.actor_name ?? `actor ${e.actor_id ?? "?"}`} at ${e.pushed_at} (${(e.after_sha ?? "").slice(0, 12)})`
  );
  const more = assessment.events.length > 5 ? ` and ${assessment.events.length - 5} more` : "";
  const events = assessment.events.length > 0 ? ` ${assessment.events.length} push(es) bypassed a ruleset in the period: ${listed.join("; ")}${more}.` : "";
  return `${events}${assessment.eventsNote ? ` ${assessment.eventsNote}` : ""}`;
}
function bypassVerdict(subject, passMessage, assessment, evidence) {
  const details = [
    ...assessment.entries.map((entry) => ({ kind: "bypass-actor", ...entry })),
    ...assessment.events.map((event) => ({ kind: "bypass-event", ...event })),
    ...assessment.eventsNote ? [{ kind: "bypass-events-note", message: assessment.eventsNote }] : []
  ];
  const events = describeEvents(assessment);
  switch (assessment.status) {
    case "none":
      return {
        subject,
        status: "pass",
        message: `${passMessage} Nobody can bypass it.${events}`,
        evidence,
        ...details.length > 0 ? { details } : {}
      };
    case "allowed": {
      const reasons = assessment.entries.filter((e) => e.allowedReason).map((e) => `${describeBypass(e)}: "${e.allowedReason}"`);
      return {
        subject,
        status: "pass",
        message: `${passMessage} Bypass allowed by checks.branch-protection.allowed-bypass: ${reasons.join("; ")}.${events}`,
        evidence,
        details
      };
    }
    case "unknown":
      return {
        subject,
        status: "error",
        message: `${passMessage.replace(/\.$/, "")}, but who can bypass it could not be read. ${assessment.unreadable.join(" ")}${events}`,
        evidence,
        details
      };
    case "bypassable": {
      const open = assessment.entries.filter((e) => !e.allowedReason).map(describeBypass);
      return {
        subject,
        status: "fail",
        message: `${passMessage.replace(/\.$/, "")}, but it can be bypassed by ${open.join("; ")}. Remove the bypass, or allow it with a written reason under checks.branch-protection.allowed-bypass.${events}`,
        evidence,
        details
      };
    }
  }
}

// src/checks/github/effective-protection.ts
var BRANCH_KINDS = [GITHUB_EVIDENCE.branchRules, GITHUB_EVIDENCE.branchProtection];
var BYPASS_KINDS = [...BRANCH_KINDS, GITHUB_EVIDENCE.rulesets, GITHUB_EVIDENCE.ruleSuites];
function effectiveProtection(repo) {
  const rulesRecord = repo.records[GITHUB_EVIDENCE.branchRules];
  const classicRecord = repo.records[GITHUB_EVIDENCE.branchProtection];
  const result = {
    branch: repo.repository.default_branch,
    protectedBy: [],
    requiredApprovals: 0,
    statusChecks: [],
    forcePushBlocked: false,
    deletionBlocked: false,
    unreadable: [],
    evidence: [rulesRecord, classicRecord].filter((r) => r !== void 0).map((r) => r.path),
    contributions: [],
    branchMissing: classicRecord?.data?.branchMissing === true
  };
  if (classicRecord?.data?.planLimitation) result.planLimitation = classicRecord.data.planLimitation;
  if (rulesRecord?.data) applyRules(result, rulesRecord.data.rules);
  else unreadable(result, "Rulesets (branch rules)", rulesRecord, repo);
  if (classicRecord?.data) {
    if (classicRecord.data.protected) applyClassic(result, classicRecord.data);
  } else unreadable(result, "Classic branch protection", classicRecord, repo);
  result.statusChecks = [...new Set(result.statusChecks)].sort();
  return result;
}
function applyRules(result, rules) {
  const sources = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    const label = `ruleset ${rule.ruleset_id ?? "?"} (${rule.ruleset_source_type ?? "Repository"} ${rule.ruleset_source ?? ""})`.replace(
      " )",
      ")"
    );
    sources.add(label);
    const source = { kind: "ruleset", id: rule.ruleset_id ?? -1, label };
    const parameters = rule.parameters ?? {};
    switch (rule.type) {
      case "pull_request": {
        const approvals = Number(parameters.required_approving_review_count ?? 0);
        result.requiredApprovals = Math.max(result.requiredApprovals, approvals);
        result.contributions.push({ requirement: "reviews", source, approvals });
        break;
      }
      case "required_status_checks": {
        const checks = (parameters.required_status_checks ?? []).map(
          (check) => check.context
        );
        result.statusChecks.push(...checks);
        result.contributions.push({ requirement: "status-checks", source, checks });
        break;
      }
      case "non_fast_forward":
        result.forcePushBlocked = true;
        result.contributions.push({ requirement: "force-push", source });
        break;
      case "deletion":
        result.deletionBlocked = true;
        result.contributions.push({ requirement: "deletion", source });
        break;
    }
  }
  result.protectedBy.push(...[...sources].sort());
}
function applyClassic(result, evidence) {
  const protection = evidence.protection ?? {};
  const source = { kind: "classic", label: "classic branch protection" };
  result.protectedBy.push("classic branch protection");
  const approvals = protection.required_pull_request_reviews?.required_approving_review_count ?? 0;
  result.requiredApprovals = Math.max(result.requiredApprovals, approvals);
  if (protection.required_pull_request_reviews)
    result.contributions.push({ requirement: "reviews", source, approvals });
  const checks = protection.required_status_checks;
  if (checks) {
    const contexts = [...checks.contexts ?? [], ...(checks.checks ?? []).map((c) => c.context)];
    result.statusChecks.push(...contexts);
    result.contributions.push({ requirement: "status-checks", source, checks: contexts });
  }
  if (!protection.allow_force_pushes?.enabled) {
    result.forcePushBlocked = true;
    result.contributions.push({ requirement: "force-push", source });
  }
  if (!protection.allow_deletions?.enabled) {
    result.deletionBlocked = true;
    result.contributions.push({ requirement: "deletion", source });
  }
}
function unreadable(result, what, record, repo) {
  result.unreadable.push({
    what,
    message: record?.error?.message ?? "not collected",
    path: record?.path ?? `(no evidence for ${repo.subject})`
  });
}
function protectionVerdict(repo, protection, satisfied, passMessage, failMessage, bypass) {
  const subject = repo.subject;
  const evidence = [...protection.evidence, ...bypass?.evidence ?? []];
  if (protection.branchMissing) {
    return {
      subject,
      status: "not_applicable",
      message: `Branch ${protection.branch} does not exist (GitHub answered 404 "Branch not found"): the repository is empty, so nothing can be merged into it or protected yet.`,
      evidence
    };
  }
  if (satisfied)
    return bypass ? bypassVerdict(subject, passMessage, bypass, evidence) : { subject, status: "pass", message: passMessage, evidence };
  if (protection.planLimitation) {
    return {
      subject,
      status: "fail",
      message: `${failMessage}: this private repository's plan offers no branch protection or rulesets (${protection.planLimitation}). Upgrade the account to GitHub Pro, Team or Enterprise, or make the repository public, then protect ${protection.branch}.`,
      evidence
    };
  }
  if (protection.unreadable.length > 0) {
    const reasons = protection.unreadable.map((u) => `${u.what}: ${u.message}`).join(" ");
    return {
      subject,
      status: "error",
      message: `${failMessage} in what could be read, but not everything could be read. ${reasons}`,
      evidence
    };
  }
  return { subject, status: "fail", message: failMessage, evidence };
}

// src/checks/github/repositories.ts
function forEachRepository(context, kinds, evaluate) {
  return context.evidence.all(GITHUB_EVIDENCE.repository).map((record) => {
    if (record.error || !record.data) {
      return {
        subject: record.subject,
        status: "error",
        message: `Repository could not be read: ${record.error?.message ?? "no data recorded"}`,
        evidence: [record.path]
      };
    }
    if (record.data.archived) {
      return {
        subject: record.subject,
        status: "not_applicable",
        message: "Repository is archived (read-only): nothing can be merged or changed.",
        evidence: [record.path]
      };
    }
    const records = Object.fromEntries(
      kinds.map((kind) => [kind, context.evidence.get(kind, record.subject)])
    );
    const data = record.data;
    const paths = [record.path, ...Object.values(records).flatMap((r) => r ? [r.path] : [])];
    return guardSubject(
      record.subject,
      paths,
      () => evaluate({ repository: data, subject: record.subject, records })
    );
  });
}
function evidenceError(subject, what, record) {
  return {
    subject,
    status: "error",
    message: record?.error ? `${what} could not be collected: ${record.error.message}` : `${what} was not collected for this repository.`,
    evidence: record ? [record.path] : []
  };
}

// src/checks/github/branch-protection-enabled.ts
var branchProtectionEnabled = {
  metadata: {
    id: "github.branch-protection.enabled",
    version: 2,
    title: "Default branch is protected",
    severity: "high",
    rationale: "Without protection anyone with write access can change the code that ships, bypassing review and the change process.",
    remediation: 'Settings \u2192 Rules \u2192 Rulesets \u2192 New branch ruleset: target the default branch, set Enforcement status to Active, and add at least "Require a pull request before merging", "Block force pushes" and "Restrict deletions". For many repositories, create the ruleset once at the organization level (Organization settings \u2192 Repository \u2192 Rulesets).',
    evidenceKinds: BRANCH_KINDS
  },
  evaluate: (context) => forEachRepository(context, BRANCH_KINDS, (repo) => {
    const protection = effectiveProtection(repo);
    return protectionVerdict(
      repo,
      protection,
      protection.protectedBy.length > 0,
      `Branch ${protection.branch} is protected by ${protection.protectedBy.join(", ")}.`,
      `Branch ${protection.branch} has no active ruleset and no classic branch protection`
    );
  })
};

// src/checks/github/branch-protection-force-push-blocked.ts
var branchProtectionForcePushBlocked = {
  metadata: {
    id: "github.branch-protection.force-push-blocked",
    version: 2,
    title: "Force pushes and deletion of the default branch are blocked",
    severity: "high",
    rationale: "A force push or a deleted branch rewrites history: approved changes can be replaced after review, and the record of what shipped is lost.",
    remediation: 'In the ruleset that targets the default branch, enable "Block force pushes" and "Restrict deletions". With classic protection: Settings \u2192 Branches \u2192 Edit \u2192 leave "Allow force pushes" and "Allow deletions" unchecked. Ruleset bypassers with mode "always" can still force push: remove them from the "Bypass list", or accept them in checks.branch-protection.allowed-bypass with a reason.',
    evidenceKinds: BYPASS_KINDS
  },
  evaluate: (context) => forEachRepository(context, BYPASS_KINDS, (repo) => {
    const protection = effectiveProtection(repo);
    const allowed = context.config.checks["branch-protection"]["allowed-bypass"];
    const forcePush = assessBypass(repo, protection, "force-push", () => true, allowed);
    const deletion = assessBypass(repo, protection, "deletion", () => true, allowed);
    const open = [
      ...protection.forcePushBlocked ? [] : ["force pushes"],
      ...protection.deletionBlocked ? [] : ["deletion"]
    ];
    return protectionVerdict(
      repo,
      protection,
      open.length === 0,
      `Force pushes and deletion of ${protection.branch} are blocked.`,
      `Branch ${protection.branch} allows ${open.join(" and ")}`,
      worseBypass(forcePush, deletion)
    );
  })
};
function worseBypass(a, b) {
  const rank = { bypassable: 3, unknown: 2, allowed: 1, none: 0 };
  const worse = rank[a.status] >= rank[b.status] ? a : b;
  const entries = [a, b].filter((x) => x.status !== "none").flatMap((x) => x.entries).filter((e, i, all) => all.findIndex((o) => describeBypass(o) === describeBypass(e)) === i);
  return { ...worse, entries, unreadable: [.../* @__PURE__ */ new Set([...a.unreadable, ...b.unreadable])] };
}

// src/checks/github/branch-protection-required-reviews.ts
var branchProtectionRequiredReviews = {
  metadata: {
    id: "github.branch-protection.required-reviews",
    version: 2,
    title: "Default branch requires approving reviews",
    severity: "high",
    rationale: "A required approval from a second person is how segregation of duties and change approval are enforced, not just expected.",
    remediation: 'In the ruleset that targets the default branch (Settings \u2192 Rules \u2192 Rulesets), enable "Require a pull request before merging" and set "Required approvals" to at least the configured minimum, and remove from its "Bypass list" anyone who should not merge unreviewed. With classic protection: Settings \u2192 Branches \u2192 Edit \u2192 "Require approvals", check "Do not allow bypassing the above settings" and clear "Allow specified actors to bypass required pull requests". A bypass the organization accepts goes in checks.branch-protection.allowed-bypass with its reason.',
    evidenceKinds: BYPASS_KINDS
  },
  evaluate: (context) => {
    const minimum = context.config.checks["branch-protection"]["min-approvals"];
    const allowed = context.config.checks["branch-protection"]["allowed-bypass"];
    return forEachRepository(context, BYPASS_KINDS, (repo) => {
      const protection = effectiveProtection(repo);
      return protectionVerdict(
        repo,
        protection,
        protection.requiredApprovals >= minimum,
        `Branch ${protection.branch} requires ${protection.requiredApprovals} approving review(s) (minimum ${minimum}).`,
        `Branch ${protection.branch} requires ${protection.requiredApprovals} approving review(s); at least ${minimum} required`,
        // With no approvals required there is nothing to bypass.
        minimum > 0 ? assessBypass(repo, protection, "reviews", (c) => (c.approvals ?? 0) >= minimum, allowed) : void 0
      );
    });
  }
};

// src/checks/github/branch-protection-required-status-checks.ts
var branchProtectionRequiredStatusChecks = {
  metadata: {
    id: "github.branch-protection.required-status-checks",
    version: 2,
    title: "Default branch requires status checks to pass",
    severity: "medium",
    rationale: "Required status checks make tests and security scans a gate of every change instead of advice that can be ignored.",
    remediation: `In the ruleset that targets the default branch, enable "Require status checks to pass" and add the CI jobs that build and test the code (they must have run once to be selectable). With classic protection: Settings \u2192 Branches \u2192 Edit \u2192 "Require status checks to pass before merging" and "Do not allow bypassing the above settings". Remove unneeded entries from the ruleset's "Bypass list"; accepted bypasses go in checks.branch-protection.allowed-bypass with their reason.`,
    evidenceKinds: BYPASS_KINDS
  },
  evaluate: (context) => forEachRepository(context, BYPASS_KINDS, (repo) => {
    const protection = effectiveProtection(repo);
    return protectionVerdict(
      repo,
      protection,
      protection.statusChecks.length > 0,
      `Branch ${protection.branch} requires ${protection.statusChecks.map((c) => `"${c}"`).join(", ")} to pass.`,
      `Branch ${protection.branch} requires no status checks`,
      assessBypass(
        repo,
        protection,
        "status-checks",
        (c) => (c.checks ?? []).length > 0,
        context.config.checks["branch-protection"]["allowed-bypass"]
      )
    );
  })
};

// src/checks/github/dependabot-alerts-enabled.ts
var dependabotAlertsEnabled = {
  metadata: {
    id: "github.dependabot.alerts-enabled",
    version: 1,
    title: "Dependabot alerts are enabled",
    severity: "high",
    rationale: "Vulnerabilities in dependencies are found only if something looks for them; without alerts there is no record that known vulnerabilities were identified.",
    remediation: "Settings \u2192 Code security \u2192 Dependabot alerts \u2192 Enable. For every repository at once: Organization settings \u2192 Code security \u2192 Configurations, apply a configuration with Dependabot alerts enabled.",
    evidenceKinds: [GITHUB_EVIDENCE.dependabot]
  },
  evaluate: (context) => forEachRepository(context, [GITHUB_EVIDENCE.dependabot], (repo) => {
    const record = repo.records[GITHUB_EVIDENCE.dependabot];
    if (!record?.data) return evidenceError(repo.subject, "Dependabot alert status", record);
    return record.data.alertsEnabled ? {
      subject: repo.subject,
      status: "pass",
      message: "Dependabot alerts are enabled.",
      evidence: [record.path]
    } : {
      subject: repo.subject,
      status: "fail",
      message: "Dependabot alerts are disabled.",
      evidence: [record.path]
    };
  })
};

// src/checks/github/dependabot-alerts-within-sla.ts
var DAY_MS = 864e5;
function alertSeverity(graphqlSeverity) {
  const severity = graphqlSeverity.toLowerCase();
  return severity === "moderate" ? "medium" : severity;
}
var dependabotAlertsWithinSla = {
  metadata: {
    id: "github.dependabot.alerts-within-sla",
    version: 1,
    title: "No open Dependabot alert is older than its severity allows",
    severity: "high",
    rationale: "Technical vulnerabilities must be remediated within a defined time; an alert open past its deadline is a known, unpatched weakness.",
    remediation: "Open Security \u2192 Dependabot alerts, fix each listed alert (merge the Dependabot pull request or upgrade the package), or dismiss it with a documented reason if it does not apply. Deadlines per severity are set under checks.dependabot-sla in .github/evidence.yml.",
    evidenceKinds: [GITHUB_EVIDENCE.dependabot]
  },
  evaluate: (context) => {
    const sla = context.config.checks["dependabot-sla"];
    const now = Date.parse(context.period.end);
    return forEachRepository(context, [GITHUB_EVIDENCE.dependabot], (repo) => {
      const record = repo.records[GITHUB_EVIDENCE.dependabot];
      if (!record?.data) return evidenceError(repo.subject, "Open Dependabot alerts", record);
      const evidence = [record.path];
      if (!record.data.alertsEnabled) {
        return {
          subject: repo.subject,
          status: "not_applicable",
          message: "Dependabot alerts are disabled, so there are no alerts to age (see github.dependabot.alerts-enabled).",
          evidence
        };
      }
      const alerts = record.data.openAlerts.filter((alert) => alert !== null);
      const assessed = alerts.map((alert) => {
        const graphqlSeverity = alert.securityVulnerability?.severity ?? alert.securityAdvisory?.severity;
        const severity = graphqlSeverity ? alertSeverity(graphqlSeverity) : void 0;
        const ageDays2 = Math.floor((now - Date.parse(alert.createdAt)) / DAY_MS);
        return { alert, severity, ageDays: ageDays2, slaDays: severity ? sla[severity] : void 0 };
      });
      const describe2 = ({ alert, severity, ageDays: ageDays2, slaDays }) => {
        const pkg = alert.securityVulnerability?.package;
        return {
          number: alert.number,
          severity: severity ?? null,
          package: pkg ? `${pkg.ecosystem}:${pkg.name}` : "(package not returned)",
          advisory: alert.securityAdvisory?.ghsaId ?? null,
          summary: alert.securityAdvisory?.summary ?? null,
          openedAt: alert.createdAt,
          ageDays: ageDays2,
          slaDays: slaDays ?? null
        };
      };
      const overdue = assessed.filter(({ ageDays: ageDays2, slaDays }) => slaDays !== null && slaDays !== void 0 && ageDays2 > slaDays).map(describe2);
      const undecided = assessed.filter((a) => a.severity === void 0).map(describe2);
      const open = alerts.length;
      if (overdue.length === 0 && undecided.length === 0) {
        return {
          subject: repo.subject,
          status: "pass",
          message: `${open} open alert(s), none older than its severity's deadline.`,
          evidence
        };
      }
      const undecidedText = undecided.length > 0 ? ` ${undecided.length} alert(s) have no severity in GitHub's answer (securityVulnerability and securityAdvisory null), so their deadline is unknown: ${undecided.map((u) => `#${u.number} open ${u.ageDays}d`).join("; ")}.` : "";
      if (overdue.length === 0) {
        return {
          subject: repo.subject,
          status: "error",
          message: `No open alert is known to be past its deadline, but not every alert could be assessed.${undecidedText}`,
          evidence,
          details: undecided
        };
      }
      const list3 = overdue.map(
        (o) => `#${o.number} ${o.severity} ${o.package} open ${o.ageDays}d (SLA ${o.slaDays}d)`
      );
      return {
        subject: repo.subject,
        status: "fail",
        message: `${overdue.length} of ${open} open alert(s) past their deadline: ${list3.join("; ")}.${undecidedText}`,
        evidence,
        details: [...overdue, ...undecided]
      };
    });
  }
};

// src/checks/github/review-rules.ts
var VERDICTS = /* @__PURE__ */ new Set(["APPROVED", "CHANGES_REQUESTED", "DISMISSED"]);
function isBot(actor, botAccounts) {
  return actor.__typename === "Bot" || actor.login.endsWith("[bot]") || botAccounts.some((bot) => bot.toLowerCase() === actor.login.toLowerCase());
}
function assessApprovals(pr, botAccounts = []) {
  const assessment = {
    approvers: [],
    staleApprovals: [],
    withdrawn: [],
    selfApproved: false,
    botApprovers: [],
    unknownApprovals: 0,
    nullReviews: 0
  };
  const nodes = pr.reviews?.nodes ?? [];
  const reviews = nodes.filter((review) => review !== null);
  const total = pr.reviews?.totalCount ?? 0;
  assessment.nullReviews = nodes.length - reviews.length;
  if (!pr.reviews?.nodes || nodes.length < total) {
    assessment.undecidable = `${nodes.length} of ${total} review(s) recorded, so the latest review of each reviewer is unknown`;
    return assessment;
  }
  const beforeMerge = reviews.map((review, index) => ({ review, index })).filter(
    ({ review }) => VERDICTS.has(review.state) && review.submittedAt !== null && review.submittedAt <= pr.mergedAt
  ).sort((a, b) => a.review.submittedAt.localeCompare(b.review.submittedAt) || a.index - b.index);
  const latest = /* @__PURE__ */ new Map();
  const approvedOnce = /* @__PURE__ */ new Set();
  for (const { review } of beforeMerge) {
    if (!review.author) {
      if (review.state === "APPROVED") assessment.unknownApprovals++;
      continue;
    }
    const login = review.author.login;
    if (review.state === "APPROVED") approvedOnce.add(login);
    latest.set(login, review);
  }
  const author = pr.author?.login;
  for (const [login, review] of [...latest].sort(([a], [b]) => a.localeCompare(b))) {
    if (review.state !== "APPROVED") {
      if (approvedOnce.has(login)) assessment.withdrawn.push({ by: login, state: review.state });
      continue;
    }
    if (login === author) assessment.selfApproved = true;
    else if (isBot(review.author, botAccounts)) assessment.botApprovers.push(login);
    else if (review.commit?.oid !== pr.headRefOid)
      assessment.staleApprovals.push({ by: login, commit: review.commit?.oid ?? null });
    else assessment.approvers.push(login);
  }
  return assessment;
}
var short = (oid) => oid ? oid.slice(0, 12) : "an unknown commit";
function violationReason(pr, a, minimum) {
  const parts = [];
  if (a.approvers.length > 0)
    parts.push(`${a.approvers.length} independent approval(s) of the merged head, ${minimum} required`);
  for (const stale of a.staleApprovals)
    parts.push(
      `approval by ${stale.by} was given on ${short(stale.commit)}, but the merged head ${short(pr.headRefOid)} was never approved`
    );
  for (const w of a.withdrawn)
    parts.push(`approval by ${w.by} was withdrawn (latest review before merge: ${w.state})`);
  if (a.botApprovers.length > 0)
    parts.push(`approved by bot account(s) ${a.botApprovers.join(", ")}, which do not count`);
  if (a.nullReviews > 0) parts.push(`${a.nullReviews} review item(s) returned as null (unknown reviewer)`);
  if (a.unknownApprovals > 0)
    parts.push(`${a.unknownApprovals} approval(s) by a deleted account (unknown approver)`);
  if (parts.length > 0) return parts.join("; ");
  return a.selfApproved ? "approved only by its author" : "merged without an approving review";
}
function describeWindow(period, window) {
  const lagMinutes = window ? Math.round((Date.parse(period.start) - Date.parse(window.start)) / 6e4) : 0;
  return lagMinutes > 0 ? `in the period and the ${lagMinutes} min before it` : "in the period";
}

// src/checks/github/pull-requests-independent-approval.ts
function codeOwnerRequirement(repo) {
  const rules = repo.records[GITHUB_EVIDENCE.branchRules];
  const classic = repo.records[GITHUB_EVIDENCE.branchProtection];
  const required = [];
  const unreadable2 = [];
  if (rules?.data) {
    for (const rule of rules.data.rules) {
      if (rule.type === "pull_request" && rule.parameters?.require_code_owner_review === true)
        required.push(`ruleset ${rule.ruleset_id ?? "?"}`);
    }
  } else unreadable2.push("rulesets");
  if (classic?.data) {
    if (classic.data.protection?.required_pull_request_reviews?.require_code_owner_reviews)
      required.push("classic branch protection");
  } else unreadable2.push("classic branch protection");
  const evidence = [rules, classic].filter((r) => r !== void 0).map((r) => r.path);
  return { required: [...new Set(required)], unreadable: unreadable2, evidence };
}
var pullRequestsIndependentApproval = {
  metadata: {
    id: "github.pull-requests.independent-approval",
    version: 1,
    title: "Every pull request merged into a protected branch in the period was approved by someone other than its author, on the commit that was merged",
    severity: "high",
    rationale: "Settings show what was required; merged pull requests show what happened. Each change reaching the default branch without an independent approval of what was actually merged breaks segregation of duties, whatever the settings say. A reviewer who approved and then requested changes, or whose approval was dismissed, did not approve; an approval of an older commit does not cover later pushes.",
    remediation: 'Review each listed pull request after the fact and record the review (a comment linking to this finding is enough for the auditor). Then stop it recurring: in Settings \u2192 Rules \u2192 Rulesets require approvals, enable "Dismiss stale pull request approvals when new commits are pushed" and "Require approval of the most recent reviewable push", and remove bypass permissions ("Bypass list") for people who merged without review.',
    evidenceKinds: [
      GITHUB_EVIDENCE.pullRequests,
      GITHUB_EVIDENCE.branchRules,
      GITHUB_EVIDENCE.branchProtection
    ]
  },
  evaluate: (context) => {
    const settings = context.config.checks["pr-review"];
    const minimum = settings["min-approvals"];
    const kinds = [
      GITHUB_EVIDENCE.pullRequests,
      GITHUB_EVIDENCE.branchRules,
      GITHUB_EVIDENCE.branchProtection
    ];
    return forEachRepository(context, kinds, (repo) => {
      const record = repo.records[GITHUB_EVIDENCE.pullRequests];
      if (!record?.data) return evidenceError(repo.subject, "The merged pull requests of the period", record);
      const population = record.data;
      const evidence = [record.path];
      const between = describeWindow(population.period, population.window);
      const branches = (population.branches ?? [repo.repository.default_branch]).join(", ");
      const retrieved = population.retrieved ?? population.pullRequests.length;
      if (retrieved !== population.totalCount) {
        const unresolved = population.unresolved ? ` (${population.unresolved} of them null items)` : "";
        return {
          subject: repo.subject,
          status: "error",
          message: `The population is incomplete: GitHub's search reported ${population.totalCount} merged pull request(s) ${between}, but ${retrieved} were retrieved${unresolved}. Searched: ${population.queries.join(" | ")}.`,
          evidence
        };
      }
      if (population.pullRequests.length === 0) {
        return {
          subject: repo.subject,
          status: "not_applicable",
          message: `No pull request was merged into ${branches} ${between}.`,
          evidence
        };
      }
      const codeOwners = codeOwnerRequirement(repo);
      if (codeOwners.required.length > 0) evidence.push(...codeOwners.evidence);
      const defaultBranch = repo.repository.default_branch;
      const violations = [];
      const undecided = [];
      for (const pr of population.pullRequests) {
        const assessment = assessApprovals(pr, settings["bot-accounts"]);
        if (assessment.undecidable) {
          undecided.push(`#${pr.number}: ${assessment.undecidable}`);
          continue;
        }
        const base = {
          number: pr.number,
          title: pr.title,
          url: pr.url,
          author: pr.author?.login ?? null,
          mergedBy: pr.mergedBy?.login ?? null,
          mergedAt: pr.mergedAt,
          baseRefName: pr.baseRefName,
          headRefOid: pr.headRefOid,
          approvers: assessment.approvers,
          ...assessment.staleApprovals.length > 0 ? { staleApprovals: assessment.staleApprovals } : {},
          ...assessment.withdrawn.length > 0 ? { withdrawn: assessment.withdrawn } : {}
        };
        if (assessment.approvers.length < minimum) {
          violations.push({ ...base, reason: violationReason(pr, assessment, minimum) });
          continue;
        }
        if (assessment.nullReviews > 0) {
          undecided.push(
            `#${pr.number}: ${assessment.nullReviews} review item(s) returned as null, which may withdraw an approval`
          );
          continue;
        }
        if (codeOwners.required.length > 0 && pr.baseRefName === defaultBranch) {
          if (pr.reviewDecision === "APPROVED") continue;
          if (pr.reviewDecision === "REVIEW_REQUIRED" || pr.reviewDecision === "CHANGES_REQUESTED") {
            violations.push({
              ...base,
              reviewDecision: pr.reviewDecision,
              reason: `code-owner review is required (${codeOwners.required.join(", ")}) and GitHub's review decision is ${pr.reviewDecision}`
            });
          } else {
            undecided.push(
              `#${pr.number}: code-owner review is required (${codeOwners.required.join(", ")}) but GitHub recorded no review decision, and which approvers are code owners is not in the evidence`
            );
          }
        }
      }
      const total = population.pullRequests.length;
      const excluded = population.excluded?.length ? ` ${population.excluded.length} PR(s) merged into other branches (${[...new Set(population.excluded.map((e) => e.baseRefName))].join(", ")}) are outside the population.` : "";
      if (violations.length > 0) {
        const list3 = violations.map((v) => `#${v.number} (${v.reason})`).join(", ");
        const also = undecided.length > 0 ? ` Undecided: ${undecided.join("; ")}.` : "";
        return {
          subject: repo.subject,
          status: "fail",
          message: `${violations.length} of ${total} pull request(s) merged into ${branches} ${between} lacked an independent approval of what was merged: ${list3}.${also}`,
          evidence,
          details: violations
        };
      }
      if (undecided.length > 0) {
        return {
          subject: repo.subject,
          status: "error",
          message: `Could not decide for ${undecided.length} of ${total} pull request(s) merged into ${branches} ${between}: ${undecided.join("; ")}.`,
          evidence
        };
      }
      const codeOwnerNote = codeOwners.required.length > 0 ? ` Code-owner review is required (${codeOwners.required.join(", ")}); GitHub's review decision, read when collected, was APPROVED for each.` : codeOwners.unreadable.length > 0 ? ` Whether code-owner review is required is not known (${codeOwners.unreadable.join(" and ")} could not be read); this finding does not cover it.` : "";
      return {
        subject: repo.subject,
        status: "pass",
        message: `All ${total} pull request(s) merged into ${branches} ${between} had at least ${minimum} approval(s) of the merged commit from someone other than the author before merge (latest review per reviewer; bots not counted).${codeOwnerNote}${excluded}`,
        evidence
      };
    });
  }
};

// src/checks/github/default-branch-changes-via-pull-requests.ts
var person = (actor) => {
  if (!actor) return null;
  const login = actor.user?.login;
  if (actor.name && login) return `${actor.name} (${login})`;
  return login ?? actor.name ?? null;
};
function commitsOutsidePullRequests(branch, commits, mergeCommits) {
  const byOid = new Map(commits.map((commit) => [commit.oid, commit]));
  const parents = (commit) => (commit.parents?.nodes ?? []).filter((p) => p !== null).map((p) => p.oid);
  const direct = (commit) => mergeCommits.has(commit.oid) || (commit.associatedPullRequests?.nodes ?? []).some(
    (pr) => pr !== null && pr.mergedAt !== null && pr.baseRefName === branch
  );
  const mainline = /* @__PURE__ */ new Set();
  for (let commit = commits[0]; commit && !mainline.has(commit.oid); ) {
    mainline.add(commit.oid);
    const first = parents(commit)[0];
    commit = first === void 0 ? void 0 : byOid.get(first);
  }
  const covered = new Set(commits.filter(direct).map((commit) => commit.oid));
  const visited = /* @__PURE__ */ new Set();
  for (const oid of mainline) {
    if (!covered.has(oid)) continue;
    const stack = parents(byOid.get(oid)).slice(1);
    while (stack.length > 0) {
      const next = byOid.get(stack.pop());
      if (!next || mainline.has(next.oid) || visited.has(next.oid)) continue;
      visited.add(next.oid);
      covered.add(next.oid);
      stack.push(...parents(next));
    }
  }
  return commits.filter((commit) => !covered.has(commit.oid));
}
var defaultBranchChangesViaPullRequests = {
  metadata: {
    id: "github.default-branch.changes-via-pull-requests",
    version: 2,
    title: "Every commit that reached the default branch in the period came through a merged pull request",
    severity: "high",
    rationale: "Approvals of merged pull requests say nothing about changes that never went through one. A commit pushed straight to the default branch (by an admin bypass, a ruleset bypass actor or an unprotected branch) skipped review entirely; it belongs to the change population as much as any merged pull request.",
    remediation: 'Review each listed commit after the fact and record who pushed it and why (the organisation audit log, "git.push" events, names the pusher). Then stop it recurring: in Settings \u2192 Rules \u2192 Rulesets require a pull request before merging on the default branch, block force pushes, and empty the "Bypass list"; with classic protection, enable "Do not allow bypassing the above settings".',
    evidenceKinds: [GITHUB_EVIDENCE.defaultBranchCommits, GITHUB_EVIDENCE.pullRequests]
  },
  evaluate: (context) => forEachRepository(
    context,
    [GITHUB_EVIDENCE.defaultBranchCommits, GITHUB_EVIDENCE.pullRequests],
    (repo) => {
      const record = repo.records[GITHUB_EVIDENCE.defaultBranchCommits];
      if (!record?.data)
        return evidenceError(repo.subject, "The default branch history of the period", record);
      const history = record.data;
      const subject = repo.subject;
      const pulls = repo.records[GITHUB_EVIDENCE.pullRequests];
      const evidence = [record.path, ...pulls ? [pulls.path] : []];
      const between = describeWindow(context.period, history.window);
      const commits = history.commits.filter((commit) => commit !== null);
      if (commits.length !== history.totalCount) {
        return {
          subject,
          status: "error",
          message: `The history is incomplete: GitHub reported ${history.totalCount} commit(s) on ${history.branch} ${between}, but ${commits.length} were retrieved.`,
          evidence
        };
      }
      if (commits.length === 0) {
        return {
          subject,
          status: "not_applicable",
          message: `No commit reached ${history.branch} ${between}.`,
          evidence
        };
      }
      const mergeCommits = new Set(
        (pulls?.data?.pullRequests ?? []).filter((pr) => pr.baseRefName === history.branch && pr.mergeCommit).map((pr) => pr.mergeCommit.oid)
      );
      const outside = commitsOutsidePullRequests(history.branch, commits, mergeCommits);
      if (outside.length === 0) {
        return {
          subject,
          status: "pass",
          message: `All ${commits.length} commit(s) committed to ${history.branch} ${between} came through a merged pull request into ${history.branch}.`,
          evidence
        };
      }
      const details = outside.map((commit) => ({
        oid: commit.oid,
        committedDate: commit.committedDate,
        messageHeadline: commit.messageHeadline,
        author: person(commit.author),
        committer: person(commit.committer),
        pusher: null,
        associatedPullRequests: (commit.associatedPullRequests?.nodes ?? []).filter((pr) => pr !== null)
      }));
      const list3 = details.map(
        (c) => `${c.oid.slice(0, 12)} "${c.messageHeadline}" by ${c.author ?? "unknown author"}, committed by ${c.committer ?? "unknown committer"}`
      ).join("; ");
      return {
        subject,
        status: "fail",
        message: `${outside.length} of ${commits.length} commit(s) on ${history.branch} ${between} did not come through a merged pull request: ${list3}. The pusher is not in GitHub's commit data; the organisation audit log names it.`,
        evidence,
        details
      };
    }
  )
};

// src/checks/github/secret-scanning-push-protection.ts
var secretScanningPushProtection = {
  metadata: {
    id: "github.secret-scanning.push-protection",
    version: 1,
    title: "Secret scanning and push protection are enabled",
    severity: "high",
    rationale: "Credentials committed to a repository leak to everyone who can read it; push protection stops them before they land, scanning finds the ones that did.",
    remediation: 'Settings \u2192 Code security \u2192 Secret Protection: enable "Secret scanning" and "Push protection" (private repositories need GitHub Secret Protection). For every repository at once: Organization settings \u2192 Code security \u2192 Configurations.',
    evidenceKinds: [GITHUB_EVIDENCE.repository]
  },
  evaluate: (context) => forEachRepository(context, [], (repo) => {
    const evidence = [evidencePath(repo.repository.full_name, "repository")];
    const settings = repo.repository.security_and_analysis;
    if (!settings) {
      return {
        subject: repo.subject,
        status: "error",
        message: "GitHub did not return security_and_analysis for this repository: the token needs administration: read (GitHub App) or admin rights on the repository to see it.",
        evidence
      };
    }
    const scanning = settings.secret_scanning?.status === "enabled";
    const pushProtection = settings.secret_scanning_push_protection?.status === "enabled";
    if (scanning && pushProtection) {
      return {
        subject: repo.subject,
        status: "pass",
        message: "Secret scanning and push protection are enabled.",
        evidence
      };
    }
    const off = [...scanning ? [] : ["secret scanning"], ...pushProtection ? [] : ["push protection"]];
    return { subject: repo.subject, status: "fail", message: `Disabled: ${off.join(" and ")}.`, evidence };
  })
};

// src/checks/github/org-records.ts
function forEachOrg(context, kinds, evaluate) {
  return context.evidence.all(GITHUB_ORG_EVIDENCE.organization).map((record) => {
    const org = record.subject.replace(/^github-org:/, "");
    if (record.notes?.notAnOrganization) {
      return {
        subject: record.subject,
        status: "not_applicable",
        message: `${org} is not an organisation (GitHub answered 404 to GET /orgs/${org}): a user account has no organisation settings.`,
        evidence: [record.path]
      };
    }
    if (record.error || !record.data) {
      return {
        subject: record.subject,
        status: "error",
        message: `Organisation ${org} could not be read: ${record.error?.message ?? "no data recorded"}`,
        evidence: [record.path]
      };
    }
    const records = Object.fromEntries(
      kinds.map((kind) => [kind, context.evidence.get(kind, record.subject)])
    );
    const organization = record.data;
    const paths = [record.path, ...Object.values(records).flatMap((r) => r ? [r.path] : [])];
    return guardSubject(
      record.subject,
      paths,
      () => evaluate({ org, subject: record.subject, organization, organizationPath: record.path, records })
    );
  });
}
function orgEvidenceError(subject, what, record) {
  return {
    subject,
    status: "error",
    message: record?.error ? `${what} could not be collected: ${record.error.message}` : `${what} was not collected for this organisation.`,
    evidence: record ? [record.path] : []
  };
}
function withheldSetting(org, field) {
  return {
    subject: org.subject,
    status: "error",
    message: `GitHub returned organisation ${org.org} without "${field}": only organisation owners see it (the token needs organization Administration: read, or an owner's admin:org scope).`,
    evidence: [org.organizationPath]
  };
}
function forEachRepoAccess(context, field, what, evaluate) {
  return forEachRepository(context, [GITHUB_ORG_EVIDENCE.repoAccess], (repo) => {
    const record = repo.records[GITHUB_ORG_EVIDENCE.repoAccess];
    if (!record?.data) return evidenceError(repo.subject, what, record);
    const refused = field ? record.data.fieldErrors?.[field] : void 0;
    if (refused) {
      return {
        subject: repo.subject,
        status: "error",
        message: `${what} could not be read: ${refused}`,
        evidence: [record.path]
      };
    }
    return evaluate({ ...repo, access: record.data, accessPath: record.path });
  });
}
function inScope(context) {
  const names2 = new Set(
    context.evidence.all(GITHUB_EVIDENCE.repository).map((r) => (r.data?.full_name ?? r.subject.replace(/^github:/, "")).toLowerCase())
  );
  return (fullName) => names2.size === 0 || names2.has(fullName.toLowerCase());
}

// src/checks/github/org-two-factor-required.ts
var orgTwoFactorRequired = {
  metadata: {
    id: "github.org.two-factor-required",
    version: 1,
    title: "The organisation requires two-factor authentication and no member is without it",
    severity: "high",
    rationale: "A password alone is a weak authenticator for people who can change source code and settings; requiring a second factor for every member makes a stolen password insufficient.",
    remediation: 'Organization settings \u2192 Authentication security \u2192 tick "Require two-factor authentication for everyone in the organization" \u2192 Save. Members without 2FA are removed: ask them to enable it first (People \u2192 filter "2FA: disabled").',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.organization, GITHUB_ORG_EVIDENCE.membersWithout2fa]
  },
  evaluate: (context) => forEachOrg(context, [GITHUB_ORG_EVIDENCE.membersWithout2fa], (org) => {
    const required = org.organization.two_factor_requirement_enabled;
    if (typeof required !== "boolean") return withheldSetting(org, "two_factor_requirement_enabled");
    const record = org.records[GITHUB_ORG_EVIDENCE.membersWithout2fa];
    if (!record?.data) return orgEvidenceError(org.subject, "The members without 2FA", record);
    const evidence = [org.organizationPath, record.path];
    const without = record.data.map((m) => m.login).sort();
    const list3 = without.length > 0 ? `: ${without.join(", ")}` : "";
    if (required && without.length === 0) {
      return {
        subject: org.subject,
        status: "pass",
        message: "Two-factor authentication is required, and GitHub lists no member without it.",
        evidence
      };
    }
    return {
      subject: org.subject,
      status: "fail",
      message: `${required ? "Two-factor authentication is required" : "Two-factor authentication is not required"}; ${without.length} member(s) without it${list3}.`,
      evidence,
      details: without.map((login) => ({ login }))
    };
  })
};

// src/checks/github/org-base-permission.ts
var LEAST_PRIVILEGE = /* @__PURE__ */ new Set(["none", "read"]);
var orgBasePermission = {
  metadata: {
    id: "github.org.base-permission",
    version: 1,
    title: "Members' base repository permission is read or none",
    severity: "medium",
    rationale: "The base permission applies to every member on every repository; write or admin as the base grants change rights to people who were never given them for a reason. Access should be granted per team and repository.",
    remediation: 'Organization settings \u2192 Member privileges \u2192 Base permissions \u2192 choose "Read" (or "No permission") \u2192 confirm. Grant write access through teams on the repositories that need it.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.organization]
  },
  evaluate: (context) => forEachOrg(context, [], (org) => {
    const base = org.organization.default_repository_permission;
    if (typeof base !== "string") return withheldSetting(org, "default_repository_permission");
    const evidence = [org.organizationPath];
    if (LEAST_PRIVILEGE.has(base)) {
      return {
        subject: org.subject,
        status: "pass",
        message: `Base repository permission is "${base}".`,
        evidence
      };
    }
    return {
      subject: org.subject,
      status: "fail",
      message: `Base repository permission is "${base}": every member has ${base} access to every repository of ${org.org}.`,
      evidence
    };
  })
};

// src/checks/github/org-repository-creation.ts
var orgRepositoryCreation = {
  metadata: {
    id: "github.org.repository-creation-restricted",
    version: 1,
    title: "Only owners can create repositories",
    severity: "low",
    rationale: "A repository created by any member starts outside the reviewed set: no protection, no owner, possibly public. Restricting creation to owners keeps the inventory of code repositories under control. Who may delete or transfer repositories is github.org.repository-deletion-restricted.",
    remediation: 'Organization settings \u2192 Member privileges \u2192 Repository creation \u2192 untick "Public" and "Private" (and "Internal") \u2192 Save. Owners then create repositories on request.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.organization]
  },
  evaluate: (context) => forEachOrg(context, [], (org) => {
    const create = org.organization.members_can_create_repositories;
    if (typeof create !== "boolean") return withheldSetting(org, "members_can_create_repositories");
    const evidence = [org.organizationPath];
    if (!create) {
      return {
        subject: org.subject,
        status: "pass",
        message: "Members cannot create repositories; only owners can.",
        evidence
      };
    }
    const publicToo = org.organization.members_can_create_public_repositories ? ", public ones included" : "";
    return {
      subject: org.subject,
      status: "fail",
      message: `Every member can create repositories${publicToo}.`,
      evidence
    };
  })
};

// src/checks/github/org-owners.ts
var MIN_OWNERS = 2;
var MAX_OWNERS = 5;
var orgOwners = {
  metadata: {
    id: "github.org.owners",
    version: 1,
    title: `The organisation has between ${MIN_OWNERS} and ${MAX_OWNERS} owners`,
    severity: "medium",
    rationale: "Owners hold every privilege over every repository and setting. One owner is a single point of failure; many owners is privileged access spread wider than anyone reviews. The list is the population for the access review.",
    remediation: `Organization \u2192 People \u2192 filter Role: Owner. Demote owners who do not need it (\u22EF \u2192 Change role \u2192 Member), or promote a second trusted person when there is only one. Keep ${MIN_OWNERS}\u2013${MAX_OWNERS}.`,
    evidenceKinds: [GITHUB_ORG_EVIDENCE.owners]
  },
  evaluate: (context) => forEachOrg(context, [GITHUB_ORG_EVIDENCE.owners], (org) => {
    const record = org.records[GITHUB_ORG_EVIDENCE.owners];
    if (!record?.data) return orgEvidenceError(org.subject, "The owner list", record);
    const owners = record.data.map((m) => m.login).sort();
    const evidence = [record.path];
    const details = owners.map((login) => ({ login }));
    if (owners.length === 0) {
      return {
        subject: org.subject,
        status: "error",
        message: "GitHub listed no owner, which no organisation has: the token cannot see the owners.",
        evidence
      };
    }
    const names2 = owners.join(", ");
    if (owners.length < MIN_OWNERS || owners.length > MAX_OWNERS) {
      const why = owners.length < MIN_OWNERS ? "no second owner can step in" : `more than ${MAX_OWNERS}`;
      return {
        subject: org.subject,
        status: "fail",
        message: `${owners.length} owner(s) (${why}): ${names2}.`,
        evidence,
        details
      };
    }
    return {
      subject: org.subject,
      status: "pass",
      message: `${owners.length} owners: ${names2}.`,
      evidence,
      details
    };
  })
};

// src/checks/github/repo-privileged-access.ts
var PRIVILEGED = /* @__PURE__ */ new Set(["ADMIN", "MAINTAIN"]);
function edges(connection) {
  return (connection.edges ?? []).flatMap(
    (e) => e?.node ? [{ login: e.node.login, permission: e.permission }] : []
  );
}
var repoPrivilegedAccess = {
  metadata: {
    id: "github.repo.outside-collaborators-not-privileged",
    version: 1,
    title: "No outside collaborator administers a repository",
    severity: "high",
    rationale: "Outside collaborators are not members of the organisation, so the organisation\u2019s joiner-mover-leaver process and 2FA requirement do not reach them; admin or maintain rights let them change protection, secrets and access. The finding lists every admin and outside collaborator as the population for the access review.",
    remediation: "Repository \u2192 Settings \u2192 Collaborators and teams: for each listed outside collaborator choose Role \u2192 Write (or less), or remove them; if they need to administer, make them an organisation member under your access process first.",
    evidenceKinds: [GITHUB_ORG_EVIDENCE.repoAccess]
  },
  evaluate: (context) => forEachRepoAccess(context, "collaborators", "The repository collaborators", (repo) => {
    const evidence = [repo.accessPath];
    const { collaborators, outsideCollaborators } = repo.access;
    if (!collaborators || !outsideCollaborators) {
      return {
        subject: repo.subject,
        status: "error",
        message: "GitHub returned no collaborator list for this repository: the token needs push access to the repository to list collaborators.",
        evidence
      };
    }
    const all = edges(collaborators);
    const outside = edges(outsideCollaborators);
    if (all.length < collaborators.totalCount || outside.length < outsideCollaborators.totalCount) {
      return {
        subject: repo.subject,
        status: "error",
        message: `Only the first ${all.length} of ${collaborators.totalCount} collaborators were read; the rest could hold privileged access.`,
        evidence
      };
    }
    const admins = all.filter((c) => c.permission === "ADMIN").map((c) => c.login);
    const privileged = outside.filter((c) => PRIVILEGED.has(c.permission));
    const outsideText = outside.map((c) => `${c.login} (${c.permission})`).join(", ") || "none";
    const details = [
      ...admins.map((login) => ({
        login,
        permission: "ADMIN",
        outside: outside.some((o) => o.login === login)
      })),
      ...outside.filter((o) => o.permission !== "ADMIN").map((o) => ({ ...o, outside: true }))
    ];
    if (privileged.length === 0) {
      return {
        subject: repo.subject,
        status: "pass",
        message: `${admins.length} admin(s): ${admins.join(", ") || "none"}; outside collaborators: ${outsideText}; none with admin or maintain.`,
        evidence,
        details
      };
    }
    return {
      subject: repo.subject,
      status: "fail",
      message: `Outside collaborator(s) with ${privileged.map((c) => `${c.permission}: ${c.login}`).join(", ")}; admins: ${admins.join(", ") || "none"}.`,
      evidence,
      details
    };
  })
};

// src/checks/github/actions-default-token-read-only.ts
var actionsDefaultTokenReadOnly = {
  metadata: {
    id: "github.actions.default-token-read-only",
    version: 1,
    title: "Workflows get a read-only GITHUB_TOKEN by default and cannot approve pull requests",
    severity: "high",
    rationale: "A write token by default lets any workflow step (including a compromised action) push code or change releases; letting Actions approve pull requests lets automation satisfy the review rule meant for people.",
    remediation: 'Organization settings \u2192 Actions \u2192 General \u2192 Workflow permissions \u2192 choose "Read repository contents and packages permissions", untick "Allow GitHub Actions to create and approve pull requests" \u2192 Save. Workflows that need more declare `permissions:`.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.workflowPermissions]
  },
  evaluate: (context) => forEachOrg(context, [GITHUB_ORG_EVIDENCE.workflowPermissions], (org) => {
    const record = org.records[GITHUB_ORG_EVIDENCE.workflowPermissions];
    if (!record?.data) return orgEvidenceError(org.subject, "The default workflow permissions", record);
    const { default_workflow_permissions: permissions, can_approve_pull_request_reviews: canApprove } = record.data;
    const evidence = [record.path];
    const problems = [
      ...permissions === "read" ? [] : [`the default GITHUB_TOKEN permission is "${permissions}"`],
      ...canApprove === false ? [] : ["GitHub Actions may approve pull requests"]
    ];
    if (problems.length === 0) {
      return {
        subject: org.subject,
        status: "pass",
        message: "The default GITHUB_TOKEN is read-only and GitHub Actions cannot approve pull requests.",
        evidence
      };
    }
    return { subject: org.subject, status: "fail", message: `${problems.join("; ")}.`, evidence };
  })
};

// src/checks/github/actions-allowed-actions.ts
var actionsAllowedActions = {
  metadata: {
    id: "github.actions.allowed-actions-restricted",
    version: 1,
    title: "Only local or selected actions may run",
    severity: "medium",
    rationale: "An action is third-party code that runs with the workflow token and secrets; allowing every action on the Marketplace makes every one of their authors a supplier nobody assessed.",
    remediation: 'Organization settings \u2192 Actions \u2192 General \u2192 Policies \u2192 choose "Allow <org>, and select non-<org>, actions and reusable workflows", tick "Allow actions created by GitHub" and list the approved ones (owner/action@*) \u2192 Save.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.actionsPermissions]
  },
  evaluate: (context) => forEachOrg(context, [GITHUB_ORG_EVIDENCE.actionsPermissions], (org) => {
    const record = org.records[GITHUB_ORG_EVIDENCE.actionsPermissions];
    if (!record?.data) return orgEvidenceError(org.subject, "The Actions permissions policy", record);
    const evidence = [record.path];
    if (record.data.enabled_repositories === "none") {
      return {
        subject: org.subject,
        status: "not_applicable",
        message: "GitHub Actions is disabled for every repository of the organisation.",
        evidence
      };
    }
    const allowed = record.data.allowed_actions;
    if (allowed === "local_only" || allowed === "selected") {
      return {
        subject: org.subject,
        status: "pass",
        message: `Allowed actions: "${allowed}" (${allowed === "local_only" ? "only actions defined in the organisation" : "the organisation\u2019s own and an explicit allow list"}).`,
        evidence
      };
    }
    if (allowed === "all") {
      return {
        subject: org.subject,
        status: "fail",
        message: 'Allowed actions: "all": any action or reusable workflow from any author may run.',
        evidence
      };
    }
    return {
      subject: org.subject,
      status: "error",
      message: `GitHub returned no known allowed_actions value (${JSON.stringify(allowed ?? null)}).`,
      evidence
    };
  })
};

// src/checks/github/actions-fork-pr-approval.ts
var SUFFICIENT = /* @__PURE__ */ new Set(["first_time_contributors", "all_external_contributors"]);
var actionsForkPrApproval = {
  metadata: {
    id: "github.actions.fork-pr-approval",
    version: 1,
    title: "Workflows of fork pull requests from outside contributors wait for approval",
    severity: "medium",
    rationale: "A fork pull request runs the contributor\u2019s workflow changes on your runners; requiring a maintainer to approve the run before it starts stops drive-by code execution and resource abuse.",
    remediation: 'Organization settings \u2192 Actions \u2192 General \u2192 "Approval for running fork pull request workflows from contributors" \u2192 choose "Require approval for first-time contributors" or "Require approval for all external contributors" \u2192 Save.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.forkPrApproval]
  },
  evaluate: (context) => forEachOrg(context, [GITHUB_ORG_EVIDENCE.forkPrApproval], (org) => {
    const record = org.records[GITHUB_ORG_EVIDENCE.forkPrApproval];
    if (!record?.data) return orgEvidenceError(org.subject, "The fork pull request approval policy", record);
    const policy = record.data.approval_policy;
    const evidence = [record.path];
    if (SUFFICIENT.has(policy)) {
      return {
        subject: org.subject,
        status: "pass",
        message: `Fork PR workflow approval: "${policy}".`,
        evidence
      };
    }
    if (policy === "first_time_contributors_new_to_github") {
      return {
        subject: org.subject,
        status: "fail",
        message: 'Fork PR workflow approval: "first_time_contributors_new_to_github": only brand-new GitHub accounts wait; any other first-time contributor\u2019s workflow runs unapproved.',
        evidence
      };
    }
    return {
      subject: org.subject,
      status: "error",
      message: `GitHub returned an unknown approval_policy (${JSON.stringify(policy ?? null)}).`,
      evidence
    };
  })
};

// src/checks/github/actions-runner-groups-private.ts
var actionsRunnerGroupsPrivate = {
  metadata: {
    id: "github.actions.runner-groups-not-public",
    version: 1,
    title: "No self-hosted runner group serves public repositories",
    severity: "high",
    rationale: "Anyone can open a pull request on a public repository; a self-hosted runner that takes its jobs runs that stranger\u2019s code inside your network, often with persistent state between jobs.",
    remediation: 'Organization settings \u2192 Actions \u2192 Runner groups \u2192 open each listed group \u2192 untick "Allow public repositories" \u2192 Save. Build public repositories on GitHub-hosted runners.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.runnerGroups]
  },
  evaluate: (context) => forEachOrg(context, [GITHUB_ORG_EVIDENCE.runnerGroups], (org) => {
    const record = org.records[GITHUB_ORG_EVIDENCE.runnerGroups];
    if (!record?.data || record.error)
      return orgEvidenceError(org.subject, "The self-hosted runner groups", record);
    const groups = record.data.runner_groups ?? [];
    const exposed = groups.filter((g) => g.allows_public_repositories);
    const evidence = [record.path];
    if (exposed.length === 0) {
      return {
        subject: org.subject,
        status: "pass",
        message: `${groups.length} runner group(s), none open to public repositories.`,
        evidence
      };
    }
    return {
      subject: org.subject,
      status: "fail",
      message: `${exposed.length} of ${groups.length} runner group(s) allow public repositories: ${exposed.map((g) => `"${g.name}" (visibility ${g.visibility})`).join(", ")}.`,
      evidence,
      details: exposed.map((g) => ({ id: g.id, name: g.name, visibility: g.visibility }))
    };
  })
};

// src/checks/github/secret-scanning-open-alerts.ts
var DAY_MS2 = 864e5;
var secretScanningOpenAlerts = {
  metadata: {
    id: "github.secret-scanning.open-alerts",
    version: 1,
    title: "No secret-scanning alert is left open",
    severity: "critical",
    rationale: "An open secret-scanning alert is a credential known to be exposed in a repository and not yet revoked or rotated. The listing covers repositories where secret scanning runs (see github.secret-scanning.push-protection for where it does not).",
    remediation: 'Organization \u2192 Security \u2192 Secret scanning: open each listed alert, revoke or rotate the credential at its issuer, then close the alert as "Revoked" (or "False positive" with a comment).',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.secretScanningAlerts]
  },
  evaluate: (context) => {
    const now = Date.parse(context.period.end);
    const scoped = inScope(context);
    return forEachOrg(context, [GITHUB_ORG_EVIDENCE.secretScanningAlerts], (org) => {
      const record = org.records[GITHUB_ORG_EVIDENCE.secretScanningAlerts];
      if (!record?.data) return orgEvidenceError(org.subject, "The secret-scanning alerts", record);
      const alerts = record.data.filter((a) => scoped(a.repository.full_name));
      const open = alerts.filter((a) => a.state === "open").map((a) => ({
        repository: a.repository.full_name,
        number: a.number,
        secretType: a.secret_type_display_name ?? a.secret_type,
        openedAt: a.created_at,
        ageDays: Math.floor((now - Date.parse(a.created_at)) / DAY_MS2)
      })).sort((a, b) => b.ageDays - a.ageDays);
      const evidence = [record.path];
      if (open.length === 0) {
        return {
          subject: org.subject,
          status: "pass",
          message: `No open secret-scanning alert (${alerts.length} alert(s) in the repositories in scope, all resolved).`,
          evidence
        };
      }
      const list3 = open.map((a) => `${a.repository}#${a.number} ${a.secretType} open ${a.ageDays}d`);
      return {
        subject: org.subject,
        status: "fail",
        message: `${open.length} open secret-scanning alert(s), oldest ${open[0].ageDays} day(s): ${list3.join("; ")}.`,
        evidence,
        details: open
      };
    });
  }
};

// src/checks/github/secret-scanning-push-protection-bypasses.ts
var secretScanningPushProtectionBypasses = {
  metadata: {
    id: "github.secret-scanning.push-protection-bypasses",
    version: 1,
    title: "Nobody bypassed secret-scanning push protection during the period",
    severity: "high",
    rationale: "Push protection blocks a commit containing a secret; a bypass means someone chose to push it anyway. Each bypass in the period is a credential knowingly published and must be followed up.",
    remediation: 'For each listed bypass: rotate the credential, close the alert as "Revoked", and record why it was pushed. To stop bypasses: Organization settings \u2192 Code security \u2192 Global settings \u2192 Push protection \u2192 enable "Delegated bypass" so bypasses need a reviewer\u2019s approval.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.secretScanningAlerts]
  },
  evaluate: (context) => {
    const start = Date.parse(context.period.start);
    const end = Date.parse(context.period.end);
    const scoped = inScope(context);
    return forEachOrg(context, [GITHUB_ORG_EVIDENCE.secretScanningAlerts], (org) => {
      const record = org.records[GITHUB_ORG_EVIDENCE.secretScanningAlerts];
      if (!record?.data) return orgEvidenceError(org.subject, "The secret-scanning alerts", record);
      const bypasses = record.data.filter((a) => scoped(a.repository.full_name)).filter((a) => a.push_protection_bypassed && a.push_protection_bypassed_at).filter((a) => {
        const at = Date.parse(a.push_protection_bypassed_at);
        return at >= start && at <= end;
      }).map((a) => ({
        repository: a.repository.full_name,
        number: a.number,
        secretType: a.secret_type_display_name ?? a.secret_type,
        bypassedBy: a.push_protection_bypassed_by?.login ?? null,
        bypassedAt: a.push_protection_bypassed_at,
        state: a.state
      }));
      const evidence = [record.path];
      if (bypasses.length === 0) {
        return {
          subject: org.subject,
          status: "pass",
          message: "No push-protection bypass during the period.",
          evidence
        };
      }
      const list3 = bypasses.map(
        (b) => `${b.repository}#${b.number} ${b.secretType} by ${b.bypassedBy ?? "(unknown)"} at ${b.bypassedAt} (now ${b.state})`
      );
      return {
        subject: org.subject,
        status: "fail",
        message: `${bypasses.length} push-protection bypass(es) during the period: ${list3.join("; ")}.`,
        evidence,
        details: bypasses
      };
    });
  }
};

// src/checks/github/code-scanning-alerts-within-sla.ts
var DAY_MS3 = 864e5;
var SEVERITIES = ["critical", "high", "medium", "low"];
var codeScanningAlertsWithinSla = {
  metadata: {
    id: "github.code-scanning.alerts-within-sla",
    version: 1,
    title: "No open code-scanning security alert is older than its severity allows",
    severity: "high",
    rationale: "A code-scanning security alert is a weakness found in the organisation\u2019s own code; one open past its deadline is a known, unfixed vulnerability. The listing covers repositories where code scanning runs; whether it runs everywhere is not evidenced here.",
    remediation: "Organization \u2192 Security \u2192 Code scanning: fix each listed alert (or dismiss it with a reason). Deadlines per severity are the ones of checks.dependabot-sla in .github/evidence.yml. Enable code scanning where it is missing: Organization settings \u2192 Code security \u2192 Configurations \u2192 apply a configuration with CodeQL default setup.",
    evidenceKinds: [GITHUB_ORG_EVIDENCE.codeScanningAlerts]
  },
  evaluate: (context) => {
    const sla = context.config.checks["dependabot-sla"];
    const now = Date.parse(context.period.end);
    const scoped = inScope(context);
    return forEachOrg(context, [GITHUB_ORG_EVIDENCE.codeScanningAlerts], (org) => {
      const record = org.records[GITHUB_ORG_EVIDENCE.codeScanningAlerts];
      if (!record?.data) return orgEvidenceError(org.subject, "The open code-scanning alerts", record);
      const open = record.data.filter((a) => a.state === "open" && scoped(a.repository.full_name));
      const security = open.filter((a) => SEVERITIES.includes(a.rule.security_severity_level));
      const bySeverity = Object.fromEntries(
        SEVERITIES.map((s) => [s, security.filter((a) => a.rule.security_severity_level === s).length])
      );
      const overdue = security.map((a) => {
        const severity = a.rule.security_severity_level;
        return {
          repository: a.repository.full_name,
          number: a.number,
          rule: a.rule.id,
          severity,
          openedAt: a.created_at,
          ageDays: Math.floor((now - Date.parse(a.created_at)) / DAY_MS3),
          slaDays: sla[severity] ?? null
        };
      }).filter((a) => a.slaDays !== null && a.ageDays > a.slaDays);
      const evidence = [record.path];
      const counts = SEVERITIES.map((s) => `${bySeverity[s]} ${s}`).join(", ");
      if (overdue.length === 0) {
        return {
          subject: org.subject,
          status: "pass",
          message: `${security.length} open security alert(s) (${counts}), none past its deadline.`,
          evidence,
          details: [{ openBySeverity: bySeverity }]
        };
      }
      const list3 = overdue.map(
        (o) => `${o.repository}#${o.number} ${o.severity} ${o.rule} open ${o.ageDays}d (SLA ${o.slaDays}d)`
      );
      return {
        subject: org.subject,
        status: "fail",
        message: `${overdue.length} of ${security.length} open security alert(s) (${counts}) past their deadline: ${list3.join("; ")}.`,
        evidence,
        details: overdue
      };
    });
  }
};

// src/checks/github/webhook-problems.ts
function webhookProblems(hook) {
  return [
    ...String(hook.config.insecure_ssl ?? "0") === "0" ? [] : ["TLS verification disabled"],
    ...hook.config.url?.startsWith("http://") ? ["plain http URL"] : [],
    ...hook.config.secret ? [] : ["no secret"]
  ];
}
function weakWebhooks(hooks) {
  return hooks.flatMap((hook) => {
    const problems = webhookProblems(hook);
    return problems.length > 0 ? [{ id: hook.id, url: hook.config.url ?? null, active: hook.active, problems }] : [];
  });
}

// src/checks/github/org-webhooks-secure.ts
var orgWebhooksSecure = {
  metadata: {
    id: "github.org.webhooks-secure",
    version: 1,
    title: "Organisation webhooks verify TLS and sign their payloads",
    severity: "medium",
    rationale: "Org webhooks send every event of every repository to another system. Without TLS verification the payloads can be read or altered in transit; without a secret the receiver cannot tell GitHub\u2019s deliveries from forged ones.",
    remediation: 'Organization settings \u2192 Webhooks \u2192 Edit each listed hook: set an https:// Payload URL, choose "Enable SSL verification", enter a random Secret (and configure the receiver to check X-Hub-Signature-256) \u2192 Update webhook.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.webhooks]
  },
  evaluate: (context) => forEachOrg(context, [GITHUB_ORG_EVIDENCE.webhooks], (org) => {
    const record = org.records[GITHUB_ORG_EVIDENCE.webhooks];
    if (!record?.data) return orgEvidenceError(org.subject, "The organisation webhooks", record);
    const weak = weakWebhooks(record.data);
    const evidence = [record.path];
    if (weak.length === 0) {
      return {
        subject: org.subject,
        status: "pass",
        message: `${record.data.length} organisation webhook(s), each with TLS verification and a secret.`,
        evidence
      };
    }
    return {
      subject: org.subject,
      status: "fail",
      message: `${weak.length} of ${record.data.length} organisation webhook(s) insecure: ${weak.map((w) => `#${w.id} ${w.url ?? ""} (${w.problems.join(", ")})`).join("; ")}.`,
      evidence,
      details: weak
    };
  })
};

// src/checks/github/repo-deploy-keys-read-only.ts
var repoDeployKeysReadOnly = {
  metadata: {
    id: "github.repo.deploy-keys-read-only",
    version: 1,
    title: "No deploy key can push to the repository",
    severity: "high",
    rationale: "A deploy key with write access is a long-lived credential, tied to no person and outside 2FA, that can push to every branch protection does not cover. Machines that need to push should use a GitHub App with narrow permissions.",
    remediation: 'Repository \u2192 Settings \u2192 Deploy keys: delete each listed key and add it again without "Allow write access", or replace it with a GitHub App installation token.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.repoAccess]
  },
  evaluate: (context) => forEachRepoAccess(context, "deployKeys", "The deploy keys", (repo) => {
    const evidence = [repo.accessPath];
    const keys = repo.access.deployKeys;
    if (!keys) {
      return {
        subject: repo.subject,
        status: "error",
        message: "GitHub returned no deploy key list for this repository.",
        evidence
      };
    }
    const nodes = (keys.nodes ?? []).filter((k) => k !== null);
    if (nodes.length < keys.totalCount) {
      return {
        subject: repo.subject,
        status: "error",
        message: `Only ${nodes.length} of ${keys.totalCount} deploy keys were read.`,
        evidence
      };
    }
    if (nodes.length === 0) {
      return {
        subject: repo.subject,
        status: "not_applicable",
        message: "The repository has no deploy keys.",
        evidence
      };
    }
    const writable = nodes.filter((k) => !k.readOnly);
    if (writable.length === 0) {
      return {
        subject: repo.subject,
        status: "pass",
        message: `${nodes.length} deploy key(s), all read-only.`,
        evidence
      };
    }
    return {
      subject: repo.subject,
      status: "fail",
      message: `${writable.length} of ${nodes.length} deploy key(s) can push: ${writable.map((k) => `"${k.title}" (added ${k.createdAt.slice(0, 10)})`).join(", ")}.`,
      evidence,
      details: writable.map((k) => ({ title: k.title, createdAt: k.createdAt }))
    };
  })
};

// src/checks/github/repo-production-environments.ts
var PRODUCTION = /^(prod|production|live)([-_ ./].*)?$/i;
var repoProductionEnvironments = {
  metadata: {
    id: "github.repo.production-environments-protected",
    version: 1,
    title: "Production environments require a reviewer and restrict deploying branches",
    severity: "high",
    rationale: "A deployment job to production runs with that environment\u2019s secrets; required reviewers make a person approve each deployment, and a branch policy stops a workflow on an unreviewed branch from deploying at all.",
    remediation: 'Repository \u2192 Settings \u2192 Environments \u2192 production: tick "Required reviewers" and add the release approvers; under "Deployment branches and tags" choose "Protected branches only" (or selected branches) \u2192 Save protection rules.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.repoAccess]
  },
  evaluate: (context) => forEachRepoAccess(context, "environments", "The environments", (repo) => {
    const evidence = [repo.accessPath];
    const environments = repo.access.environments;
    if (!environments) {
      return {
        subject: repo.subject,
        status: "error",
        message: "GitHub returned no environment list.",
        evidence
      };
    }
    const nodes = (environments.nodes ?? []).filter((e) => e !== null);
    if (nodes.length < environments.totalCount) {
      return {
        subject: repo.subject,
        status: "error",
        message: `Only ${nodes.length} of ${environments.totalCount} environments were read.`,
        evidence
      };
    }
    const production = nodes.filter((e) => PRODUCTION.test(e.name));
    if (production.length === 0) {
      return {
        subject: repo.subject,
        status: "not_applicable",
        message: `No production environment (${nodes.length} environment(s): ${nodes.map((e) => e.name).join(", ") || "none"}).`,
        evidence
      };
    }
    const assessed = production.map((env) => {
      const types = new Set((env.protectionRules?.nodes ?? []).flatMap((r) => r ? [r.type] : []));
      const missing = [
        ...types.has("REQUIRED_REVIEWERS") ? [] : ["required reviewers"],
        ...types.has("BRANCH_POLICY") ? [] : ["a branch policy"]
      ];
      return { environment: env.name, rules: [...types].sort(), missing };
    });
    const weak = assessed.filter((a) => a.missing.length > 0);
    if (weak.length === 0) {
      return {
        subject: repo.subject,
        status: "pass",
        message: `Production environment(s) ${production.map((e) => `"${e.name}"`).join(", ")} require reviewers and restrict branches.`,
        evidence
      };
    }
    return {
      subject: repo.subject,
      status: "fail",
      message: weak.map((w) => `"${w.environment}" lacks ${w.missing.join(" and ")}`).join("; ") + ".",
      evidence,
      details: weak
    };
  })
};

// src/checks/github/repo-codeowners-valid.ts
var repoCodeownersValid = {
  metadata: {
    id: "github.repo.codeowners-valid",
    version: 1,
    title: "A CODEOWNERS file exists and GitHub finds no error in it",
    severity: "medium",
    rationale: 'CODEOWNERS names who is responsible for each part of the code and, with "Require review from Code Owners", who must approve changes to it; a line GitHub cannot parse (unknown owner, bad pattern) silently assigns nobody. Whether it covers the protected paths is not assessed.',
    remediation: "Add .github/CODEOWNERS (e.g. `* @org/team`) on the default branch; for each listed error open the file on GitHub, which underlines the line, and fix the owner (it must be a user or team with write access) or pattern.",
    evidenceKinds: [GITHUB_ORG_EVIDENCE.repoAccess]
  },
  evaluate: (context) => forEachRepoAccess(context, "codeowners", "The CODEOWNERS errors", (repo) => {
    const evidence = [repo.accessPath];
    const codeowners = repo.access.codeowners;
    if (!codeowners) {
      return {
        subject: repo.subject,
        status: "fail",
        message: "No CODEOWNERS file on the default branch (.github/, the root or docs/).",
        evidence
      };
    }
    if (codeowners.errors.length === 0) {
      return {
        subject: repo.subject,
        status: "pass",
        message: "CODEOWNERS present; GitHub reports no errors.",
        evidence
      };
    }
    return {
      subject: repo.subject,
      status: "fail",
      message: `CODEOWNERS has ${codeowners.errors.length} error(s): ${codeowners.errors.map((e) => `${e.path}:${e.line} ${e.kind}`).join("; ")}.`,
      evidence,
      details: codeowners.errors,
      locations: codeowners.errors.map((e) => ({ path: e.path, line: e.line, message: e.kind }))
    };
  })
};

// src/checks/github/repo-security-policy.ts
var repoSecurityPolicy = {
  metadata: {
    id: "github.repo.security-policy",
    version: 1,
    title: "Public repositories tell reporters how to report a vulnerability",
    severity: "medium",
    rationale: "People outside the organisation find vulnerabilities in public code; a security policy (SECURITY.md, in the repository or the org\u2019s .github repository) tells them where to report privately instead of in a public issue.",
    remediation: 'Add SECURITY.md (repository root, docs/ or .github/, or once for all repositories in the org\u2019s .github repository) saying how to report; also enable Settings \u2192 Code security \u2192 "Private vulnerability reporting" so reports arrive as draft advisories.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.repoAccess]
  },
  evaluate: (context) => forEachRepoAccess(context, "isSecurityPolicyEnabled", "The security policy", (repo) => {
    const evidence = [repo.accessPath];
    if (repo.access.visibility !== "PUBLIC") {
      return {
        subject: repo.subject,
        status: "not_applicable",
        message: `The repository is ${repo.access.visibility.toLowerCase()}: only people with access can report.`,
        evidence
      };
    }
    const enabled = repo.access.isSecurityPolicyEnabled;
    if (enabled === null || enabled === void 0) {
      return {
        subject: repo.subject,
        status: "error",
        message: "GitHub returned no isSecurityPolicyEnabled.",
        evidence
      };
    }
    return enabled ? {
      subject: repo.subject,
      status: "pass",
      message: "A security policy is in force for this public repository.",
      evidence
    } : {
      subject: repo.subject,
      status: "fail",
      message: "Public repository without a security policy (no SECURITY.md).",
      evidence
    };
  })
};

// src/checks/github/repo-private-vulnerability-reporting.ts
var repoPrivateVulnerabilityReporting = {
  metadata: {
    id: "github.repo.private-vulnerability-reporting",
    version: 1,
    title: "Public repositories accept private vulnerability reports",
    severity: "medium",
    rationale: 'With private vulnerability reporting enabled, anyone who finds a vulnerability in a public repository can report it to the maintainers through the "Report a vulnerability" button as a draft security advisory, seen only by them, instead of in a public issue. Whether reports are then triaged is not assessed.',
    remediation: "Settings \u2192 Code security \u2192 Private vulnerability reporting \u2192 Enable",
    evidenceKinds: [GITHUB_EVIDENCE.privateVulnerabilityReporting]
  },
  evaluate: (context) => forEachRepository(context, [GITHUB_EVIDENCE.privateVulnerabilityReporting], (repo) => {
    const visibility = repo.repository.visibility ?? (repo.repository.private ? "private" : "public");
    const record = repo.records[GITHUB_EVIDENCE.privateVulnerabilityReporting];
    if (visibility !== "public") {
      return {
        subject: repo.subject,
        status: "not_applicable",
        message: `The repository is ${visibility}: outsiders cannot see it to report on it.`,
        evidence: record ? [record.path] : []
      };
    }
    if (!record || record.error) {
      return evidenceError(repo.subject, "Whether private vulnerability reporting is enabled", record);
    }
    if (typeof record.data?.enabled !== "boolean") {
      return {
        subject: repo.subject,
        status: "error",
        message: 'GitHub\u2019s answer was recorded without a boolean "enabled": the setting is unknown.',
        evidence: [record.path]
      };
    }
    const evidence = [record.path];
    return record.data.enabled ? {
      subject: repo.subject,
      status: "pass",
      message: "Private vulnerability reporting is enabled for this public repository.",
      evidence
    } : {
      subject: repo.subject,
      status: "fail",
      message: "Private vulnerability reporting is disabled: outsiders can report a vulnerability only in public (an issue) or by a channel SECURITY.md names.",
      evidence
    };
  })
};

// src/checks/github/repo-webhooks-secure.ts
var repoWebhooksSecure = {
  metadata: {
    id: "github.repo.webhooks-secure",
    version: 1,
    title: "Repository webhooks verify TLS and sign their payloads",
    severity: "medium",
    rationale: "A repository webhook sends its events (pushes with their commits, pull requests, releases) to another system. Without TLS verification the payloads can be read or altered in transit; without a secret the receiver cannot tell GitHub\u2019s deliveries from forged ones, so anyone who learns the URL can trigger a deployment or a build. Inactive hooks count too: they can be switched back on.",
    remediation: 'Repository Settings \u2192 Webhooks \u2192 Edit each listed hook: set an https:// Payload URL, choose "Enable SSL verification", enter a random Secret (and configure the receiver to check X-Hub-Signature-256) \u2192 Update webhook; delete hooks nobody uses.',
    evidenceKinds: [GITHUB_EVIDENCE.repoWebhooks]
  },
  evaluate: (context) => forEachRepository(context, [GITHUB_EVIDENCE.repoWebhooks], (repo) => {
    const record = repo.records[GITHUB_EVIDENCE.repoWebhooks];
    if (!record || record.error) return evidenceError(repo.subject, "The repository webhooks", record);
    if (!Array.isArray(record.data)) {
      return {
        subject: repo.subject,
        status: "error",
        message: "GitHub\u2019s answer was recorded without a list of webhooks: they are unknown.",
        evidence: [record.path]
      };
    }
    const evidence = [record.path];
    if (record.data.length === 0) {
      return {
        subject: repo.subject,
        status: "not_applicable",
        message: "The repository has no webhooks.",
        evidence
      };
    }
    const weak = weakWebhooks(record.data);
    if (weak.length === 0) {
      return {
        subject: repo.subject,
        status: "pass",
        message: `${record.data.length} repository webhook(s), each with TLS verification and a secret.`,
        evidence
      };
    }
    return {
      subject: repo.subject,
      status: "fail",
      message: `${weak.length} of ${record.data.length} repository webhook(s) insecure: ${weak.map((w) => `#${w.id} ${w.url ?? ""}${w.active ? "" : " (inactive)"} (${w.problems.join(", ")})`).join("; ")}.`,
      evidence,
      details: weak
    };
  })
};

// src/checks/github/audit-timeline.ts
function settingTimeline(setting, events, start, end) {
  const offIntervals = [];
  const changes = [];
  let openOff;
  let seen = false;
  for (const { event, effect } of events) {
    const at = event["@timestamp"];
    if (at < start || at > end) continue;
    const who2 = { action: event.action, actor: event.actor ?? null };
    if (effect === "changed") changes.push({ at, ...who2 });
    else if (effect === "off" && !openOff) openOff = { from: at, to: end, offBy: who2 };
    else if (effect === "on") {
      if (openOff) offIntervals.push({ ...openOff, to: at, onBy: who2 });
      else if (!seen) offIntervals.push({ from: start, to: at, onBy: who2 });
      openOff = void 0;
    }
    seen = true;
  }
  if (openOff) offIntervals.push(openOff);
  const off = offIntervals.reduce((sum, i) => sum + (i.to - i.from), 0);
  return { setting, offIntervals, changes, inForce: end > start ? 1 - off / (end - start) : 1 };
}
function describeDuration(ms) {
  const minutes = Math.round(ms / 6e4);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours < 48) return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  return `${Math.round(hours / 24)} days`;
}
var isoMinute = (ms) => new Date(ms).toISOString().slice(0, 16) + "Z";
function describeInterval(interval) {
  const off = interval.offBy ? `switched off at ${isoMinute(interval.from)} by ${interval.offBy.actor ?? "(unknown)"} (${interval.offBy.action})` : `not in force from the start of the period`;
  const on = interval.onBy ? `restored at ${isoMinute(interval.to)} by ${interval.onBy.actor ?? "(unknown)"} (${interval.onBy.action})` : "still off at the end of the period";
  return `off for ${describeDuration(interval.to - interval.from)} on ${isoMinute(interval.from).slice(0, 10)}: ${off}, ${on}`;
}

// src/checks/github/bundle-timeline.ts
var GAP_FACTOR = 1.5;
function stateOf(status) {
  if (status === "pass") return { state: "in-force" };
  if (status === "fail") return { state: "not-in-force" };
  if (status === void 0) return { state: "unknown", reason: "the bundle has no finding for this subject" };
  return { state: "unknown", reason: `the bundle's finding is ${status}` };
}
var iso = (ms) => new Date(ms).toISOString();
function bundleTimeline(samples, settings, period, cadenceMs) {
  const start = Date.parse(period.start);
  const end = Date.parse(period.end);
  const inPeriod2 = samples.filter((s) => {
    const at = Date.parse(s.at);
    return Number.isFinite(at) && at >= start && at <= end;
  }).sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.bundle.localeCompare(b.bundle));
  const longest = cadenceMs * GAP_FACTOR;
  return settings.map(({ check, subject }) => {
    const points = inPeriod2.map((sample) => {
      if (sample.unreadable)
        return { at: sample.at, bundle: sample.bundle, state: "unknown", reason: sample.unreadable };
      const finding = sample.findings.find((f) => f.check === check && f.subject === subject);
      return { at: sample.at, bundle: sample.bundle, ...stateOf(finding?.status) };
    });
    const gaps = [];
    const times = points.map((p) => Date.parse(p.at));
    const edges2 = [start, ...times, end];
    for (let i = 1; i < edges2.length; i++) {
      const [from, to] = [edges2[i - 1], edges2[i]];
      if (to - from > longest) {
        const where = i === 1 ? "before the first bundle" : i === edges2.length - 1 ? "after the last bundle" : "between bundles";
        gaps.push({
          from: iso(from),
          to: iso(to),
          reason: points.length === 0 ? "no bundle in the period" : `no bundle for ${Math.round((to - from) / 36e5)} h (${where})`
        });
      }
    }
    for (const point of points) {
      if (point.state === "unknown")
        gaps.push({ from: point.at, to: point.at, reason: `${point.bundle}: ${point.reason ?? "unknown"}` });
    }
    gaps.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
    const notInForce = [];
    let lastOn = null;
    let run;
    for (const point of points) {
      if (point.state === "not-in-force") {
        if (run) run.lastSeen = point.at;
        else run = { firstSeen: point.at, lastSeen: point.at, after: lastOn, before: null };
      } else if (point.state === "in-force") {
        if (run) {
          run.before = point.at;
          notInForce.push(run);
          run = void 0;
        }
        lastOn = point.at;
      }
    }
    if (run) notInForce.push(run);
    const decided = points.filter((p) => p.state !== "unknown");
    return {
      check,
      subject,
      samples: points,
      gaps,
      notInForce,
      inForceSamples: decided.filter((p) => p.state === "in-force").length,
      decidedSamples: decided.length
    };
  });
}
function describeSampledTimeline(timeline) {
  const total = timeline.samples.length;
  if (total === 0) return "no bundle in the period: nothing was sampled";
  const parts = [
    `in force at ${timeline.inForceSamples} of ${timeline.decidedSamples} nightly sample(s)` + (timeline.decidedSamples < total ? ` (${total - timeline.decidedSamples} could not tell)` : "")
  ];
  for (const run of timeline.notInForce) {
    const since = run.after ? `after ${run.after}` : "from before the first sample";
    const until = run.before ? `restored before ${run.before}` : "not restored by the last sample";
    parts.push(
      `not in force at the samples ${run.firstSeen}\u2026${run.lastSeen} (switched off ${since}, ${until})`
    );
  }
  if (timeline.gaps.length > 0)
    parts.push(`gaps: ${timeline.gaps.map((g) => `${g.from}\u2013${g.to} ${g.reason}`).join("; ")}`);
  parts.push("between samples the setting was not observed");
  return parts.join("; ");
}

// src/checks/github/audit-log-settings-in-force.ts
var RETENTION_DAYS = 180;
var NOT_ENFORCING = /* @__PURE__ */ new Set(["disabled", "evaluate"]);
function branchEffect(event) {
  switch (event.action) {
    case "protected_branch.create":
      return "on";
    case "protected_branch.destroy":
      return "off";
    case "repository_ruleset.create":
      return event.ruleset_enforcement && NOT_ENFORCING.has(event.ruleset_enforcement) ? void 0 : "on";
    case "repository_ruleset.destroy":
      return "off";
    case "repository_ruleset.update":
      if (!event.ruleset_enforcement) return "changed";
      return NOT_ENFORCING.has(event.ruleset_enforcement) ? "off" : "on";
    default:
      return event.action.startsWith("protected_branch.") || event.action.startsWith("repository_ruleset.") ? "changed" : void 0;
  }
}
function branchSetting(event) {
  return event.action.startsWith("protected_branch.") ? `branch protection "${event.name ?? "(unnamed rule)"}"` : `ruleset "${event.ruleset_name ?? event.ruleset_id ?? "(unnamed)"}"`;
}
function twoFactorEffect(event) {
  if (event.action === "org.enable_two_factor_requirement") return "on";
  if (event.action === "org.disable_two_factor_requirement") return "off";
  return void 0;
}
function timelines(events, keyed, context) {
  const bySetting = /* @__PURE__ */ new Map();
  for (const event of events) {
    const found = keyed(event);
    if (!found) continue;
    const [setting, effect] = found;
    bySetting.set(setting, [...bySetting.get(setting) ?? [], { event, effect }]);
  }
  const start = Date.parse(context.period.start);
  const end = Date.parse(context.period.end);
  return [...bySetting.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([setting, list3]) => settingTimeline(setting, list3, start, end));
}
function verdict(subject, what, lines, evidence, eventCount) {
  const off = lines.filter((l) => l.offIntervals.length > 0);
  const changed = lines.flatMap(
    (l) => l.changes.map((c) => `${l.setting} ${c.action} by ${c.actor ?? "(unknown)"}`)
  );
  const changedText = changed.length > 0 ? ` Changed without being switched off: ${changed.join("; ")}.` : "";
  const details = lines.map((l) => ({
    setting: l.setting,
    inForcePercent: Math.round(l.inForce * 1e3) / 10,
    offIntervals: l.offIntervals.map((i) => ({
      from: new Date(i.from).toISOString(),
      to: new Date(i.to).toISOString(),
      offBy: i.offBy ?? null,
      onBy: i.onBy ?? null
    })),
    changes: l.changes.map((c) => ({ ...c, at: new Date(c.at).toISOString() }))
  }));
  if (off.length === 0) {
    return {
      subject,
      status: "pass",
      message: eventCount === 0 ? `The org audit log records no change to ${what} during the period: as the snapshot shows it, it stayed so 100% of the period.` : `${what} was never switched off during the period (${eventCount} audit-log event(s)): in force 100% of the period as the audit log records it.${changedText}`,
      evidence,
      details
    };
  }
  const text = off.map(
    (l) => `${l.setting} in force ${Math.round(l.inForce * 1e3) / 10}% of the period, ${l.offIntervals.map(describeInterval).join("; ")}`
  );
  return { subject, status: "fail", message: `${text.join(". ")}.${changedText}`, evidence, details };
}
function inPeriod(events, context) {
  const start = Date.parse(context.period.start);
  const end = Date.parse(context.period.end);
  return events.filter((e) => e["@timestamp"] >= start && e["@timestamp"] <= end).length;
}
function unavailable(record, org) {
  if (!record) return `The audit log of ${org} was not collected`;
  const status = record.error?.status;
  if (status === 404) {
    return `The audit log of ${org} is not available (404: the audit-log API exists on GitHub Enterprise Cloud only)`;
  }
  return `The audit log of ${org} could not be read (${record.error?.message ?? "no data recorded"})`;
}
var NOT_DERIVABLE = "whether the setting stayed in force over the period is not derivable from it; only the snapshot at the end of the period is evidenced";
var DAY_MS4 = 864e5;
function withoutAuditLog(context, subject, sampledCheck, unavailableText, auditEvidence) {
  const history = context.evidence.get(BUNDLE_HISTORY_EVIDENCE, BUNDLE_HISTORY_SUBJECT);
  if (!history?.data) {
    return {
      subject,
      status: "error",
      message: `${unavailableText}: ${NOT_DERIVABLE}${history?.error ? ` (the earlier bundles could not be read either: ${history.error.message})` : ""}.`,
      evidence: [...auditEvidence, ...history ? [history.path] : []]
    };
  }
  const [line] = bundleTimeline(
    history.data.samples,
    [{ check: sampledCheck, subject }],
    context.period,
    DAY_MS4
  );
  const evidence = [...auditEvidence, history.path];
  const details = [{ sampledFrom: "nightly bundles", ...line }];
  if (line.notInForce.length > 0) {
    return {
      subject,
      status: "fail",
      message: `${unavailableText}; sampled from the earlier nightly bundles instead: ${describeSampledTimeline(line)}.`,
      evidence,
      details
    };
  }
  return {
    subject,
    status: "error",
    message: `${unavailableText}: ${NOT_DERIVABLE}. Sampled from the earlier nightly bundles instead: ${describeSampledTimeline(line)}.`,
    evidence,
    details
  };
}
var auditLogSettingsInForce = {
  metadata: {
    id: "github.audit-log.settings-in-force",
    version: 2,
    title: "Branch protection and the 2FA requirement stayed in force for the whole period",
    severity: "high",
    rationale: "A setting seen at the end of the period says nothing about the days before: protection switched off for an hour to push a change, then restored, leaves no trace in a snapshot. The org audit log records each switch, who made it and when; the timeline shows the share of the period each setting was in force. Where the audit log is not available, the earlier nightly bundles of the period are sampled instead: a night that saw the setting off fails; nights that all saw it on are not proof of the hours between them, so that stays error, with the sample points and every gap listed.",
    remediation: "For each interval listed: find what was pushed or changed while the setting was off (the repository\u2019s activity and rule suites for that window) and have it reviewed after the fact; restrict who may change protection (Organization settings \u2192 Member privileges; org rulesets instead of per-repository protection). The audit log needs GitHub Enterprise Cloud and a token with organization Administration: read (read:audit_log).",
    evidenceKinds: [GITHUB_ORG_EVIDENCE.auditLog, BUNDLE_HISTORY_EVIDENCE]
  },
  evaluate: (context) => {
    const days = (Date.parse(context.period.end) - Date.parse(context.period.start)) / 864e5;
    const auditOf = (org) => context.evidence.get(GITHUB_ORG_EVIDENCE.auditLog, `github-org:${org}`);
    const beyondRetention = days > RETENTION_DAYS;
    const orgFindings = forEachOrg(context, [GITHUB_ORG_EVIDENCE.auditLog], (org) => {
      const record = auditOf(org.org);
      const evidence = record ? [record.path] : [];
      if (!record?.data) {
        return withoutAuditLog(
          context,
          org.subject,
          "github.org.two-factor-required",
          unavailable(record, org.org),
          evidence
        );
      }
      if (beyondRetention) {
        return {
          subject: org.subject,
          status: "error",
          message: `The period (${Math.round(days)} days) is longer than the ${RETENTION_DAYS} days GitHub keeps audit-log events: the start of the period is not covered.`,
          evidence
        };
      }
      const events = record.data.events.filter((e) => twoFactorEffect(e));
      const lines = timelines(events, (e) => ["2FA requirement", twoFactorEffect(e)], context);
      return verdict(org.subject, "the 2FA requirement", lines, evidence, inPeriod(events, context));
    });
    const repoFindings = forEachRepository(context, [], (repo) => {
      const org = repo.repository.full_name.split("/")[0];
      const record = auditOf(org);
      const evidence = record ? [record.path] : [];
      return guardSubject(repo.subject, evidence, () => {
        if (!record?.data) {
          return withoutAuditLog(
            context,
            repo.subject,
            "github.branch-protection.enabled",
            unavailable(record, org),
            evidence
          );
        }
        if (beyondRetention) {
          return {
            subject: repo.subject,
            status: "error",
            message: `The period (${Math.round(days)} days) is longer than the ${RETENTION_DAYS} days GitHub keeps audit-log events.`,
            evidence
          };
        }
        const events = record.data.events.filter(
          (e) => e.repo?.toLowerCase() === repo.repository.full_name.toLowerCase() && branchEffect(e)
        );
        const lines = timelines(events, (e) => [branchSetting(e), branchEffect(e)], context);
        return verdict(
          repo.subject,
          "branch protection and rulesets",
          lines,
          evidence,
          inPeriod(events, context)
        );
      });
    });
    return [...orgFindings, ...repoFindings];
  }
};

// src/checks/github/org-scoped.ts
function forEachRepoOfOrgRecord(context, kind, what, evaluate) {
  return forEachRepository(context, [], (repo) => {
    const fullName = repo.repository.full_name ?? repo.subject.replace(/^github:/, "");
    const owner = fullName.split("/")[0];
    const organization = context.evidence.get(GITHUB_ORG_EVIDENCE.organization, orgSubject(owner));
    if (organization?.notes?.notAnOrganization) {
      return {
        subject: repo.subject,
        status: "not_applicable",
        message: `${owner} is a user account, not an organisation: it has no ${what}.`,
        evidence: [organization.path]
      };
    }
    const record = context.evidence.get(kind, orgSubject(owner));
    if (!record?.data) {
      return {
        subject: repo.subject,
        status: "error",
        message: record?.error ? `The organisation's ${what} could not be collected: ${record.error.message}` : `The organisation's ${what} were not collected.`,
        evidence: record ? [record.path] : []
      };
    }
    return evaluate(repo, record, fullName);
  });
}

// src/checks/github/repo-team-access.ts
var PRIVILEGED_ROLES = /* @__PURE__ */ new Set(["admin", "maintain"]);
var MAX_PRIVILEGED_TEAMS = 2;
function roleOf(repo) {
  if (repo.role_name) return repo.role_name;
  if (repo.permissions?.admin) return "admin";
  if (repo.permissions?.maintain) return "maintain";
  return "other";
}
var repoTeamPrivilegedAccess = {
  metadata: {
    id: "github.repo.team-privileged-access",
    version: 1,
    title: `At most ${MAX_PRIVILEGED_TEAMS} teams administer each repository`,
    severity: "medium",
    rationale: "Teams with admin or maintain on a repository can change its protection, access and settings; every member of such a team holds that privilege. The finding lists, per repository, each team with admin or maintain (the population for the access review) and fails when more teams hold it than anyone reviews. Team membership itself is not listed, and access through organisation roles or custom repository roles not named admin or maintain is not evidenced here.",
    remediation: `Repository \u2192 Settings \u2192 Collaborators and teams: for each listed team that does not need to administer the repository choose Role \u2192 Write (or less). Keep admin and maintain with at most ${MAX_PRIVILEGED_TEAMS} named teams.`,
    evidenceKinds: [GITHUB_ORG_EVIDENCE.teams]
  },
  evaluate: (context) => forEachRepoOfOrgRecord(
    context,
    GITHUB_ORG_EVIDENCE.teams,
    "teams",
    (repo, record, fullName) => {
      const privileged = record.data.teams.flatMap((team) => {
        const entry = team.repositories.find((r) => r.full_name.toLowerCase() === fullName.toLowerCase());
        return entry ? [{ team: team.slug, role: roleOf(entry) }] : [];
      }).filter((grant) => PRIVILEGED_ROLES.has(grant.role)).sort((a, b) => a.team.localeCompare(b.team));
      const evidence = [record.path];
      const list3 = privileged.map((grant) => `${grant.team} (${grant.role})`).join(", ");
      if (privileged.length === 0) {
        return {
          subject: repo.subject,
          status: "pass",
          message: `No team has admin or maintain on this repository (${record.data.teams.length} team(s) in the organisation).`,
          evidence,
          details: []
        };
      }
      return {
        subject: repo.subject,
        status: privileged.length > MAX_PRIVILEGED_TEAMS ? "fail" : "pass",
        message: privileged.length > MAX_PRIVILEGED_TEAMS ? `${privileged.length} teams administer this repository (more than ${MAX_PRIVILEGED_TEAMS}): ${list3}.` : `${privileged.length} team(s) with admin or maintain: ${list3}.`,
        evidence,
        details: privileged
      };
    }
  )
};

// src/checks/github/code-scanning-enabled.ts
var APPLIED = /* @__PURE__ */ new Set(["attached", "enforced"]);
var IN_TRANSITION = /* @__PURE__ */ new Set(["attaching", "updating"]);
var codeScanningEnabled = {
  metadata: {
    id: "github.code-scanning.enabled",
    version: 1,
    title: "Code scanning is enabled by an attached code security configuration",
    severity: "high",
    rationale: "Weaknesses in the organisation\u2019s own code are found only where something scans it. A code security configuration with CodeQL default setup enabled, attached (or enforced) on the repository, makes scanning an organisation setting rather than a per-repository choice. Code scanning set up outside configurations (an advanced-setup workflow, default setup switched on in the repository itself) is not visible from the organisation endpoints: such a repository fails this check, and its scanning is not evidenced here.",
    remediation: 'Organization settings \u2192 Code security \u2192 Configurations: create or edit a configuration with "Code scanning: Enabled (default setup)", then "Apply to" the listed repositories (choose "Enforce" so repository admins cannot turn it off).',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.codeSecurityConfigurations]
  },
  evaluate: (context) => forEachRepoOfOrgRecord(
    context,
    GITHUB_ORG_EVIDENCE.codeSecurityConfigurations,
    "code security configurations",
    (repo, record, fullName) => {
      const evidence = [record.path];
      const attachments = record.data.configurations.flatMap(
        (configuration) => configuration.repositories.filter((r) => r.repository.full_name.toLowerCase() === fullName.toLowerCase()).map((r) => ({ configuration, status: r.status }))
      );
      const pending = attachments.find((a) => IN_TRANSITION.has(a.status));
      if (pending) {
        return {
          subject: repo.subject,
          status: "error",
          message: `Configuration "${pending.configuration.name}" is ${pending.status} on this repository: which settings apply cannot be told until GitHub finishes.`,
          evidence
        };
      }
      const applied = attachments.find((a) => APPLIED.has(a.status));
      if (!applied) {
        const failed2 = attachments.find((a) => a.status === "failed");
        return {
          subject: repo.subject,
          status: "fail",
          message: failed2 ? `Configuration "${failed2.configuration.name}" failed to attach to this repository: no configuration applies, so code scanning is not enabled by one.` : "No code security configuration is attached to this repository, so code scanning is not enabled by one (scanning set up in the repository itself is not visible here).",
          evidence
        };
      }
      const setup = applied.configuration.code_scanning_default_setup ?? "not_set";
      const how = `configuration "${applied.configuration.name}" (${applied.status})`;
      const details = [
        { configuration: applied.configuration.name, status: applied.status, defaultSetup: setup }
      ];
      if (setup === "enabled") {
        return {
          subject: repo.subject,
          status: "pass",
          message: `Code scanning default setup is enabled by ${how}.`,
          evidence,
          details
        };
      }
      return {
        subject: repo.subject,
        status: "fail",
        message: `The attached ${how} ${setup === "disabled" ? "disables" : "does not set"} code scanning.`,
        evidence,
        details
      };
    }
  )
};

// src/checks/github/org-repository-deletion.ts
var orgRepositoryDeletion = {
  metadata: {
    id: "github.org.repository-deletion-restricted",
    version: 1,
    title: "Only owners can delete or transfer repositories",
    severity: "medium",
    rationale: 'A deleted or transferred repository takes its code, history, issues and settings out of the organisation\u2019s control. GitHub\u2019s "Allow members to delete or transfer repositories" lets every member with admin rights on a repository do it; restricted, only owners can. GitHub reports the setting as `members_can_delete_repositories` in the organisation (owners only); it has no separate switch for transfers. Changing a repository\u2019s visibility is a separate setting, not evidenced here.',
    remediation: 'Organization settings \u2192 Member privileges \u2192 Admin repository permissions \u2192 untick "Allow members to delete or transfer repositories for this organization" \u2192 Save.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.organization]
  },
  evaluate: (context) => forEachOrg(context, [], (org) => {
    const allowed = org.organization.members_can_delete_repositories;
    if (typeof allowed !== "boolean") return withheldSetting(org, "members_can_delete_repositories");
    return {
      subject: org.subject,
      status: allowed ? "fail" : "pass",
      message: allowed ? "Members with admin rights on a repository can delete or transfer it." : "Members cannot delete or transfer repositories; only owners can.",
      evidence: [org.organizationPath]
    };
  })
};

// src/checks/aws/records.ts
var DAY_MS5 = 864e5;
function perRecord(context, kind, what, evaluate) {
  return context.evidence.all(kind).map((record) => {
    if (record.error || record.data === void 0) {
      return {
        subject: record.subject,
        status: "error",
        message: `${what} could not be collected: ${record.error?.message ?? "no data recorded"}`,
        evidence: [record.path]
      };
    }
    const data = record.data;
    return guardSubject(record.subject, [record.path], () => {
      const result = evaluate(data, record);
      return { subject: record.subject, ...result, evidence: [record.path] };
    });
  });
}
var ageDays = (now, then) => then && then !== "N/A" && then !== "no_information" && !Number.isNaN(Date.parse(then)) ? Math.floor((Date.parse(now) - Date.parse(then)) / DAY_MS5) : void 0;

// src/checks/aws/access-keys-rotated.ts
var awsAccessKeyRotation = {
  metadata: {
    id: "aws.iam.access-keys-rotated",
    version: 1,
    title: "Active IAM access keys are rotated and in use",
    severity: "high",
    rationale: "Long-lived access keys leak through laptops, logs and repositories; old or unused keys are access nobody needs.",
    remediation: "For each listed key: create a new key, switch the workload to it (better: to an IAM role or OIDC federation, which needs no key), then deactivate and delete the old one: aws iam update-access-key --status Inactive, aws iam delete-access-key. Delete keys that are not used.",
    evidenceKinds: [AWS_EVIDENCE.credentialReport]
  },
  evaluate: (context) => {
    const maxAge = context.config.aws["access-key-max-age-days"];
    const maxUnused = context.config.aws["access-key-max-unused-days"];
    return perRecord(
      context,
      AWS_EVIDENCE.credentialReport,
      "The IAM credential report",
      ({ rows }) => {
        const problems = [];
        let active = 0;
        for (const row of rows.filter((r) => r.user !== "<root_account>")) {
          for (const n of [1, 2]) {
            if (row[`access_key_${n}_active`] !== "true") continue;
            active++;
            const age = ageDays(context.period.end, row[`access_key_${n}_last_rotated`]);
            const used = row[`access_key_${n}_last_used_date`];
            const unused = ageDays(context.period.end, used) ?? age;
            if (age !== void 0 && age > maxAge)
              problems.push(`${row.user} key ${n} not rotated for ${age} days (max ${maxAge})`);
            else if (unused !== void 0 && unused > maxUnused)
              problems.push(`${row.user} key ${n} unused for ${unused} days (max ${maxUnused})`);
          }
        }
        if (active === 0)
          return { status: "not_applicable", message: "No IAM user has an active access key." };
        return problems.length === 0 ? {
          status: "pass",
          message: `All ${active} active access key(s) were rotated within ${maxAge} days and used within ${maxUnused}.`
        } : { status: "fail", message: `${problems.join("; ")}.`, details: problems };
      }
    );
  }
};

// src/checks/aws/console-mfa.ts
var consoleUsers = (rows) => rows.filter((row) => row.user !== "<root_account>" && row.password_enabled === "true");
var awsConsoleMfa = {
  metadata: {
    id: "aws.iam.console-mfa",
    version: 1,
    title: "Every IAM user with a console password has MFA",
    severity: "high",
    rationale: "A password alone is one phished credential away from console access.",
    remediation: "IAM \u2192 Users \u2192 <user> \u2192 Security credentials \u2192 Assign MFA device; better, move people to IAM Identity Center with enforced MFA and remove IAM user passwords.",
    evidenceKinds: [AWS_EVIDENCE.credentialReport]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_EVIDENCE.credentialReport,
    "The IAM credential report",
    ({ rows }) => {
      const users = consoleUsers(rows);
      if (users.length === 0)
        return {
          status: "not_applicable",
          message: "No IAM user has a console password (the root user is checked by aws.iam.root-mfa)."
        };
      const without = users.filter((row) => row.mfa_active !== "true").map((row) => row.user);
      return without.length === 0 ? { status: "pass", message: `All ${users.length} console user(s) have MFA.` } : { status: "fail", message: `Console users without MFA: ${without.join(", ")}.`, details: without };
    }
  )
};

// src/checks/aws/password-policy.ts
var awsPasswordPolicy = {
  metadata: {
    id: "aws.iam.password-policy",
    version: 1,
    title: "The IAM password policy requires strong passwords",
    severity: "medium",
    rationale: "Console passwords are authentication information; weak or reused passwords are guessed and stuffed.",
    remediation: "IAM \u2192 Account settings \u2192 Password policy \u2192 Edit: minimum length of at least the configured value (14 by default), require upper and lower case, numbers and symbols, and prevent reuse of the last 24 passwords. CLI: aws iam update-account-password-policy --minimum-password-length 14 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --password-reuse-prevention 24",
    evidenceKinds: [AWS_EVIDENCE.passwordPolicy]
  },
  evaluate: (context) => {
    const minimum = context.config.aws["password-min-length"];
    return perRecord(
      context,
      AWS_EVIDENCE.passwordPolicy,
      "The password policy",
      ({ policy }) => {
        if (!policy)
          return {
            status: "fail",
            message: "No password policy is set: AWS defaults apply (8 characters, no complexity)."
          };
        const problems = [
          ...(policy.MinimumPasswordLength ?? 0) >= minimum ? [] : [`minimum length ${policy.MinimumPasswordLength ?? 0} < ${minimum}`],
          ...policy.RequireSymbols && policy.RequireNumbers && policy.RequireUppercaseCharacters && policy.RequireLowercaseCharacters ? [] : ["not all character classes required"],
          ...(policy.PasswordReusePrevention ?? 0) >= 1 ? [] : ["password reuse is not prevented"]
        ];
        return problems.length === 0 ? {
          status: "pass",
          message: `Minimum length ${policy.MinimumPasswordLength}, all character classes, reuse prevention ${policy.PasswordReusePrevention}.`
        } : { status: "fail", message: `${problems.join("; ")}.` };
      }
    );
  }
};

// src/checks/aws/root-mfa.ts
var awsRootMfa = {
  metadata: {
    id: "aws.iam.root-mfa",
    version: 1,
    title: "The AWS root user has MFA and no access keys",
    severity: "critical",
    rationale: "The root user can do everything in the account and cannot be restricted; a stolen root password or key is a total compromise.",
    remediation: 'Sign in as root \u2192 IAM \u2192 Security credentials \u2192 Multi-factor authentication: assign an MFA device (a hardware key for production accounts). Delete any root access keys under "Access keys".',
    evidenceKinds: [AWS_EVIDENCE.accountSummary]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_EVIDENCE.accountSummary,
    "The IAM account summary",
    ({ summary }) => {
      const problems = [
        ...summary.AccountMFAEnabled === 1 ? [] : ["root MFA is not enabled"],
        ...summary.AccountAccessKeysPresent ? ["the root user has access keys"] : []
      ];
      return problems.length === 0 ? { status: "pass", message: "Root MFA is enabled and the root user has no access keys." } : { status: "fail", message: `${problems.join("; ")}.` };
    }
  )
};

// src/checks/aws/inspector.ts
var RESOURCE_NAMES = {
  ec2: "EC2",
  ecr: "ECR",
  lambda: "Lambda",
  lambdaCode: "Lambda code",
  codeRepository: "code repositories"
};
var awsInspectorEnabled = {
  metadata: {
    id: "aws.inspector2.enabled",
    version: 1,
    title: "Amazon Inspector scans the account for vulnerabilities in every collected region",
    severity: "high",
    rationale: "Technical vulnerabilities are managed only where they are looked for: without Inspector (or another scanner) in a region, its instances, images and functions have an unknown vulnerability state.",
    remediation: "Amazon Inspector \u2192 Get started \u2192 Activate Inspector in each listed region (or from the delegated administrator: Account management \u2192 Activate for all accounts, with auto-enable for new members), with at least EC2 and ECR scanning. CLI: aws inspector2 enable --resource-types EC2 ECR LAMBDA --region <region>",
    evidenceKinds: [AWS_EVIDENCE.inspector]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_EVIDENCE.inspector,
    "The Amazon Inspector status",
    ({ accounts, failedAccounts }, record) => {
      const account = record.subject.replace(/^aws:/, "").split("/")[0];
      const own = accounts.find((entry) => entry.accountId === account) ?? accounts[0];
      if (!own) {
        return {
          status: "error",
          message: `Inspector returned no status for account ${account}${failedAccounts?.length ? `: ${JSON.stringify(failedAccounts).slice(0, 300)}` : ""}.`
        };
      }
      const accountStatus = own.state?.status ?? "unknown";
      const resources = Object.entries(own.resourceState ?? {}).map(([type, state]) => ({
        name: RESOURCE_NAMES[type] ?? type,
        status: state?.status ?? "unknown"
      }));
      const scanning = resources.filter((resource) => resource.status === "ENABLED");
      const notScanning = resources.filter((resource) => resource.status !== "ENABLED");
      const states = resources.map((resource) => `${resource.name} ${resource.status}`).join(", ");
      if (accountStatus !== "ENABLED" && scanning.length === 0) {
        return {
          status: "fail",
          message: `Inspector is ${accountStatus} for account ${account}${states ? ` (${states})` : ""}: nothing is scanned for vulnerabilities.`
        };
      }
      const counts = record.data?.findingCounts;
      const open = counts ? ` Active findings: ${counts.CRITICAL} critical, ${counts.HIGH} high, ${counts.MEDIUM} medium, ${counts.LOW} low or informational.` : "";
      return {
        status: "pass",
        message: `Inspector scans ${scanning.map((resource) => resource.name).join(", ") || "the account"}${notScanning.length ? `; not scanned: ${notScanning.map((resource) => `${resource.name} (${resource.status})`).join(", ")}` : ""}.${open}`
      };
    }
  )
};

// src/checks/aws/cloudtrail-multi-region.ts
var awsCloudTrail = {
  metadata: {
    id: "aws.cloudtrail.multi-region",
    version: 1,
    title: "A multi-region CloudTrail trail is logging with log file validation",
    severity: "high",
    rationale: "API activity in any region must be logged, and the log must be provably unaltered, or incidents cannot be investigated.",
    remediation: 'CloudTrail \u2192 Trails \u2192 Create trail (or edit): "Apply trail to all regions", management events Read/Write All, "Log file validation" enabled, SSE-KMS encryption with a customer managed key; make sure logging is on (aws cloudtrail start-logging --name <trail>).',
    evidenceKinds: [AWS_EVIDENCE.cloudTrail]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_EVIDENCE.cloudTrail,
    "CloudTrail trails",
    ({ trails }) => {
      const good = trails.filter(
        (t) => t.trail.IsMultiRegionTrail && t.status?.IsLogging && t.trail.LogFileValidationEnabled
      );
      if (good.length === 0) {
        const seen = trails.map(
          (t) => `${t.trail.Name} (${[t.trail.IsMultiRegionTrail ? "multi-region" : "single-region", t.status?.IsLogging ? "logging" : "not logging", t.trail.LogFileValidationEnabled ? "validation" : "no validation"].join(", ")})`
        );
        return {
          status: "fail",
          message: trails.length === 0 ? "No CloudTrail trail exists." : `No trail is multi-region, logging and validated: ${seen.join("; ")}.`
        };
      }
      const unencrypted = good.filter((t) => !t.trail.KmsKeyId).map((t) => t.trail.Name);
      return {
        status: "pass",
        message: `${good.map((t) => t.trail.Name).join(", ")}: multi-region, logging, log file validation${unencrypted.length ? `; not encrypted with KMS: ${unencrypted.join(", ")}` : ", KMS-encrypted"}.`
      };
    }
  )
};

// src/checks/aws/guardduty-enabled.ts
var awsGuardDuty = {
  metadata: {
    id: "aws.guardduty.enabled",
    version: 1,
    title: "GuardDuty is enabled in every enabled region",
    severity: "high",
    rationale: "Threat detection must cover every region an attacker could use, including the ones the team does not.",
    remediation: "GuardDuty \u2192 Get started \u2192 Enable in each listed region (or from the delegated administrator account: Settings \u2192 Auto-enable for all member accounts and regions). CLI: aws guardduty create-detector --enable --region <region>",
    evidenceKinds: [AWS_EVIDENCE.guardDuty]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_EVIDENCE.guardDuty,
    "GuardDuty detectors",
    ({ detectors }) => detectors.some((d) => d.status === "ENABLED") ? {
      status: "pass",
      message: `GuardDuty detector ${detectors.find((d) => d.status === "ENABLED").detectorId} is enabled.`
    } : {
      status: "fail",
      message: detectors.length === 0 ? "No GuardDuty detector in this region." : "The GuardDuty detector is suspended."
    }
  )
};

// src/checks/aws/patching.ts
var awsPatchCompliance = {
  metadata: {
    id: "aws.ssm.patch-compliance",
    version: 1,
    title: "Every EC2 instance is managed by Systems Manager, has no missing critical or security patches and was scanned recently",
    severity: "high",
    rationale: "Missing security patches are known, exploitable vulnerabilities; an instance not scanned recently, or not managed by Systems Manager at all, has an unknown patch state.",
    remediation: "Systems Manager \u2192 Patch Manager \u2192 Patch now (Scan and install) for the listed instances, or fix the maintenance window / patch policy that should have patched them. An instance not scanned recently: check the SSM agent and the patch baseline association (AWS-RunPatchBaseline). An instance Systems Manager does not manage: install or start the SSM agent and give the instance profile the AmazonSSMManagedInstanceCore policy (or turn on Default Host Management Configuration in Fleet Manager).",
    evidenceKinds: [AWS_EVIDENCE.patchStates, AWS_EVIDENCE.ec2Instances]
  },
  evaluate: (context) => {
    const regions = /* @__PURE__ */ new Map();
    const region = (subject) => {
      const entry = regions.get(subject) ?? { pages: [] };
      regions.set(subject, entry);
      return entry;
    };
    for (const record of context.evidence.all(AWS_EVIDENCE.patchStates))
      region(record.subject).pages.push(record);
    for (const record of context.evidence.all(
      AWS_EVIDENCE.ec2Instances
    ))
      region(record.subject).ec2 = record;
    return [...regions].flatMap(([subject, { pages, ec2 }]) => evaluateRegion(context, subject, pages, ec2));
  }
};
function evaluateRegion(context, subject, pages, ec2) {
  const maxScanAge = context.config.aws["patch-scan-max-age-days"];
  const results = [];
  const regionProblems = [];
  const managed = /* @__PURE__ */ new Set();
  for (const record of pages) {
    if (record.error || !record.data) {
      regionProblems.push(`patch compliance could not be collected: ${record.error?.message ?? "no data"}`);
      continue;
    }
    for (const id of record.data.withoutPatchState ?? []) {
      managed.add(id);
      results.push({
        subject: `${subject}/${id}`,
        status: "fail",
        message: `${id} is managed by Systems Manager but has no patch state: it was never scanned.`,
        evidence: [record.path]
      });
    }
    for (const instance of record.data.instances) {
      managed.add(instance.InstanceId);
      results.push(patchFinding(context, subject, instance, record.path, maxScanAge));
    }
  }
  if (!ec2) regionProblems.push("the EC2 instance inventory was not recorded");
  else if (ec2.error || !ec2.data)
    regionProblems.push(
      `the EC2 instance inventory could not be collected (${ec2.error?.message ?? "no data"}), so instances Systems Manager does not manage cannot be found`
    );
  else if (regionProblems.length === 0) {
    for (const instance of ec2.data.instances) {
      if (managed.has(instance.InstanceId)) continue;
      const name = instance.Name ? ` (${instance.Name})` : "";
      results.push({
        subject: `${subject}/${instance.InstanceId}`,
        status: "fail",
        message: `${instance.InstanceId}${name}, ${instance.State ?? "state unknown"}: an EC2 instance Systems Manager does not manage, so its patch state is unknown.`,
        evidence: [ec2.path, ...pages.map((page) => page.path)]
      });
    }
  }
  const evidence = [...pages.map((page) => page.path), ...ec2 ? [ec2.path] : []];
  if (regionProblems.length > 0) {
    results.push({
      subject,
      status: "error",
      message: `${subject}: ${regionProblems.join("; ")}.`,
      evidence
    });
  } else if (results.length === 0) {
    results.push({
      subject,
      status: "not_applicable",
      message: "No EC2 instance and no instance managed by Systems Manager in this region.",
      evidence
    });
  }
  return results;
}
function patchFinding(context, region, instance, path, maxScanAge) {
  const subject = `${region}/${instance.InstanceId}`;
  const scanAge = ageDays(context.period.end, instance.OperationEndTime);
  const problems = [
    ...instance.CriticalNonCompliantCount ? [`${instance.CriticalNonCompliantCount} critical patch(es) missing`] : [],
    ...instance.SecurityNonCompliantCount ? [`${instance.SecurityNonCompliantCount} security patch(es) missing`] : [],
    ...scanAge === void 0 ? ["never scanned"] : scanAge > maxScanAge ? [`last scanned ${scanAge} days ago (max ${maxScanAge})`] : []
  ];
  return problems.length === 0 ? { subject, status: "pass", message: `Compliant; scanned ${scanAge} day(s) ago.`, evidence: [path] } : { subject, status: "fail", message: `${problems.join("; ")}.`, evidence: [path] };
}

// src/checks/aws/kms-rotation.ts
var awsKmsRotation = {
  metadata: {
    id: "aws.kms.rotation",
    version: 1,
    title: "Customer managed KMS keys rotate automatically",
    severity: "medium",
    rationale: "Key rotation limits how much data one key protects and how long a compromised key stays useful.",
    remediation: 'KMS \u2192 Customer managed keys \u2192 <key> \u2192 Key rotation \u2192 "Automatically rotate this KMS key every year". CLI: aws kms enable-key-rotation --key-id <key id>',
    evidenceKinds: [AWS_EVIDENCE.kmsKeys]
  },
  evaluate: (context) => perRecord(context, AWS_EVIDENCE.kmsKeys, "KMS keys", ({ keys }) => {
    const enabled = keys.filter((key) => key.KeyState === void 0 || key.KeyState === "Enabled");
    const cannotRotate = enabled.filter((key) => !key.error && key.rotationNotApplicable);
    const rotatable = enabled.filter((key) => !cannotRotate.includes(key));
    const unknown = rotatable.filter((key) => key.error);
    const without = rotatable.filter((key) => !key.error && !key.RotationEnabled).map((key) => key.KeyId);
    const excluded = cannotRotate.length > 0 ? ` Excluded ${cannotRotate.length} key(s) that AWS KMS cannot rotate automatically: ${cannotRotate.map((key) => `${key.KeyId} (${key.rotationNotApplicable})`).join("; ")}.` : "";
    if (without.length > 0)
      return {
        status: "fail",
        message: `Rotation off: ${without.join(", ")}.${excluded}`,
        details: without
      };
    if (unknown.length > 0)
      return {
        status: "error",
        message: `Rotation status unknown: ${unknown.map((k) => `${k.KeyId} (${k.error})`).join("; ")}.${excluded}`
      };
    if (rotatable.length === 0)
      return {
        status: "not_applicable",
        message: enabled.length === 0 ? "No enabled customer managed keys in this region." : `No customer managed key in this region can rotate automatically.${excluded}`
      };
    return {
      status: "pass",
      message: `All ${rotatable.length} rotatable customer managed key(s) rotate.${excluded}`
    };
  })
};

// src/checks/aws/s3-default-encryption.ts
var awsS3Encryption = {
  metadata: {
    id: "aws.s3.default-encryption",
    version: 1,
    title: "S3 buckets encrypt objects by default",
    severity: "medium",
    rationale: "Encryption at rest protects stored data from access outside the service's controls.",
    remediation: "S3 \u2192 bucket \u2192 Properties \u2192 Default encryption \u2192 Edit: SSE-KMS with a customer managed key (or at least SSE-S3).",
    evidenceKinds: [AWS_EVIDENCE.bucket]
  },
  evaluate: (context) => perRecord(context, AWS_EVIDENCE.bucket, "The bucket settings", (bucket) => {
    if (bucket.errors?.GetBucketEncryption)
      return { status: "error", message: `${bucket.name}: ${bucket.errors.GetBucketEncryption}` };
    const algorithms = (bucket.encryption ?? []).map((rule) => rule.SSEAlgorithm).filter(Boolean);
    return algorithms.length > 0 ? { status: "pass", message: `${bucket.name}: default encryption ${algorithms.join(", ")}.` } : { status: "fail", message: `${bucket.name}: no default encryption.` };
  })
};

// src/checks/aws/s3-public-access-blocked.ts
var blocksAll = (block) => Boolean(
  block?.BlockPublicAcls && block.IgnorePublicAcls && block.BlockPublicPolicy && block.RestrictPublicBuckets
);
function accountBlock(context, bucketSubject) {
  const account = bucketSubject.split("/")[0];
  return context.evidence.get(
    AWS_EVIDENCE.accountPublicAccessBlock,
    account
  )?.data?.configuration;
}
var awsS3PublicAccess = {
  metadata: {
    id: "aws.s3.public-access-blocked",
    version: 1,
    title: "S3 buckets are not public",
    severity: "critical",
    rationale: "A public bucket exposes its data to anyone on the internet; most data breaches from S3 are exactly this.",
    remediation: 'S3 \u2192 Block Public Access settings for this account \u2192 Edit: turn on all four settings (or per bucket: Permissions \u2192 Block public access). Remove statements with "Principal": "*" from the bucket policy unless the bucket is meant to be a public website, and then document that exception.',
    evidenceKinds: [AWS_EVIDENCE.bucket, AWS_EVIDENCE.accountPublicAccessBlock]
  },
  evaluate: (context) => perRecord(context, AWS_EVIDENCE.bucket, "The bucket settings", (bucket, record) => {
    const blocked = blocksAll(accountBlock(context, record.subject)) || blocksAll(bucket.publicAccessBlock);
    if (bucket.policyIsPublic)
      return { status: "fail", message: `${bucket.name} is public through its bucket policy.` };
    if (blocked) return { status: "pass", message: `${bucket.name}: public access is blocked.` };
    if (bucket.errors?.GetBucketPolicyStatus)
      return { status: "error", message: `${bucket.name}: ${bucket.errors.GetBucketPolicyStatus}` };
    return {
      status: "fail",
      message: `${bucket.name}: Block Public Access is not fully on (account or bucket), so a policy or ACL can make it public.`
    };
  })
};

// src/checks/aws/s3-versioning.ts
var awsS3Versioning = {
  metadata: {
    id: "aws.s3.versioning",
    version: 1,
    title: "S3 buckets keep object versions",
    severity: "medium",
    rationale: "Without versioning an overwrite or delete is final: no backup of the previous state exists in the bucket.",
    remediation: "S3 \u2192 bucket \u2192 Properties \u2192 Bucket Versioning \u2192 Edit \u2192 Enable (add a lifecycle rule to expire noncurrent versions). CLI: aws s3api put-bucket-versioning --bucket <name> --versioning-configuration Status=Enabled",
    evidenceKinds: [AWS_EVIDENCE.bucket]
  },
  evaluate: (context) => perRecord(context, AWS_EVIDENCE.bucket, "The bucket settings", (bucket) => {
    if (bucket.errors?.GetBucketVersioning)
      return { status: "error", message: `${bucket.name}: ${bucket.errors.GetBucketVersioning}` };
    return bucket.versioning?.Status === "Enabled" ? { status: "pass", message: `${bucket.name}: versioning enabled.` } : {
      status: "fail",
      message: `${bucket.name}: versioning ${bucket.versioning?.Status?.toLowerCase() ?? "never enabled"}.`
    };
  })
};

// src/checks/aws/access-analyzer-external-access.ts
var awsAccessAnalyzerExternalAccess = {
  metadata: {
    id: "aws.access-analyzer.no-active-external-access",
    version: 1,
    title: "IAM Access Analyzer is active and reports no unreviewed external access",
    severity: "high",
    rationale: "An active external-access finding is a resource (role, bucket, key, queue\u2026) that grants access outside the account or organisation and that nobody has archived as intended.",
    remediation: "IAM \u2192 Access analyzer \u2192 Analyzers \u2192 Create analyzer (type: account or organization) in each listed region. Then Findings \u2192 Active: for each finding either remove the grant from the resource policy, or Archive it when the access is intended (and record why).",
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.accessAnalyzer]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_CONFIG_MONITORING_EVIDENCE.accessAnalyzer,
    "IAM Access Analyzer",
    ({ analyzers, activeFindings, findingsTruncated }) => {
      const active = analyzers.filter((a) => a.status === "ACTIVE");
      if (active.length === 0) {
        return {
          status: "fail",
          message: analyzers.length === 0 ? "No external-access analyzer exists in this region." : `No external-access analyzer is active: ${analyzers.map((a) => `${a.name} ${a.status}`).join(", ")}.`
        };
      }
      if (activeFindings.length > 0) {
        const publicOnes = activeFindings.filter((f) => f.isPublic).length;
        return {
          status: "fail",
          message: `${activeFindings.length}${findingsTruncated ? "+" : ""} active external-access finding(s)${publicOnes ? `, ${publicOnes} public` : ""}: ${activeFindings.slice(0, 5).map(
            (f) => `${f.resourceType} ${f.resource}${f.principal ? ` to ${Object.values(f.principal).join(", ")}` : ""}`
          ).join("; ")}.`,
          details: activeFindings
        };
      }
      if (findingsTruncated)
        return { status: "error", message: "The findings listing was cut at the page cap." };
      return {
        status: "pass",
        message: `Analyzer ${active.map((a) => a.name).join(", ")} is active with no active external-access finding.`
      };
    }
  )
};

// src/checks/aws/bedrock-invocation-logging.ts
var awsBedrockInvocationLogging = {
  metadata: {
    id: "aws.bedrock.invocation-logging",
    version: 1,
    title: "Amazon Bedrock model invocation logging is on, to S3 or CloudWatch Logs",
    severity: "high",
    rationale: "Model invocation logs are the record of what was asked of an AI model and what it answered; without them an AI incident or misuse cannot be investigated.",
    remediation: 'Amazon Bedrock \u2192 Settings (in each listed region) \u2192 "Model invocation logging": turn on, select the data types (at least text), choose "S3 only", "CloudWatch Logs only" or both, with a bucket that blocks public access and a log group with retention, Save. CLI: aws bedrock put-model-invocation-logging-configuration --logging-config file://logging.json --region <region>',
    evidenceKinds: [AWS_AI_EVIDENCE.bedrockInvocationLogging]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_AI_EVIDENCE.bedrockInvocationLogging,
    "Bedrock model invocation logging",
    ({ loggingConfig }) => {
      const destinations = [
        ...loggingConfig?.s3Config?.bucketName ? [`s3://${loggingConfig.s3Config.bucketName}`] : [],
        ...loggingConfig?.cloudWatchConfig?.logGroupName ? [`CloudWatch Logs ${loggingConfig.cloudWatchConfig.logGroupName}`] : []
      ];
      if (!loggingConfig || destinations.length === 0) {
        return {
          status: "fail",
          message: "Bedrock model invocation logging is not configured in this region."
        };
      }
      if (loggingConfig.textDataDeliveryEnabled === false) {
        return {
          status: "fail",
          message: `Bedrock model invocation logging goes to ${destinations.join(" and ")} but does not include text prompts and completions.`
        };
      }
      return {
        status: "pass",
        message: `Bedrock model invocation logging is on, to ${destinations.join(" and ")}.`
      };
    }
  )
};

// src/checks/aws/timeline.ts
var who = (e) => e.userArn ?? e.Username ?? "an unknown principal";
function controlTimeline(input) {
  const { period, window, what } = input;
  const { off, on } = CONTROL_SWITCHES[input.control];
  if (input.stateAtEnd === void 0) {
    return { status: "error", message: `${what}: its state at the end of the period was not recorded.` };
  }
  if (Date.parse(window.from) > Date.parse(period.start) + 6e4) {
    return {
      status: "error",
      message: `${what}: the CloudTrail event history read starts at ${window.from}, after the period start ${period.start} (LookupEvents holds 90 days); whether it was switched off before that is not evidenced.`
    };
  }
  const events = input.events.filter((e) => !e.errorCode).filter((e) => e.EventTime >= period.start && e.EventTime <= period.end).filter(
    (e) => off.includes(e.EventName) || on.includes(e.EventName)
  ).sort((a, b) => a.EventTime.localeCompare(b.EventTime));
  if (events.length === 0) {
    return input.stateAtEnd ? {
      status: "pass",
      message: `${what} was in force for the whole period: no event in the period switched it off.`
    } : {
      status: "fail",
      message: `${what} is off at the end of the period and no event in the period switched it on: off for the whole period.`,
      details: [{ from: period.start }]
    };
  }
  const isOff = input.isOff ?? ((e) => off.includes(e.EventName));
  let state = isOff(events[0]);
  const intervals = [];
  let current = state ? void 0 : { from: period.start };
  for (const event of events) {
    if (isOff(event) && state) {
      state = false;
      current = { from: event.EventTime, offEvent: event.EventName, offBy: who(event) };
    } else if (!isOff(event) && !state) {
      state = true;
      intervals.push({ ...current, to: event.EventTime, onEvent: event.EventName, onBy: who(event) });
      current = void 0;
    }
  }
  if (current) intervals.push(current);
  if (state !== input.stateAtEnd) {
    return {
      status: "error",
      message: `${what}: the events of the period leave it ${state ? "on" : "off"}, but it was ${input.stateAtEnd ? "on" : "off"} when collected; an event is missing from the history, so the timeline cannot be trusted.`,
      details: events
    };
  }
  if (intervals.length === 0) {
    return {
      status: "pass",
      message: `${what} was in force for the whole period (${events.length} event(s), none switched it off).`
    };
  }
  const described = intervals.map(
    (i) => `${i.from}\u2013${i.to ?? "period end"} (${i.offEvent ? `${i.offEvent} by ${i.offBy}` : "already off at the period start"}${i.onEvent ? `; ${i.onEvent} by ${i.onBy}` : "; still off"})`
  );
  return {
    status: "fail",
    message: `${what} was not in force for ${intervals.length} interval(s) of the period: ${described.join("; ")}.`,
    details: intervals
  };
}
function changesOf(context, regionSubject) {
  return context.evidence.get(AWS_CHANGE_EVIDENCE.controlChanges, regionSubject);
}
function perRegionTimeline(context, control, kind, what, stateOf2) {
  return context.evidence.all(kind).map((record) => {
    const region = record.subject.split("/").pop() ?? record.subject;
    const changes = changesOf(context, record.subject);
    const evidence = [record.path, ...changes ? [changes.path] : []];
    return guardSubject(record.subject, evidence, () => {
      const result = timelineOf(context, control, changes, {
        events: (data) => data.events,
        stateAtEnd: record.error || record.data === void 0 ? void 0 : stateOf2(record.data),
        what: what(region)
      });
      return { subject: record.subject, ...result, evidence };
    });
  });
}
function timelineOf(context, control, changes, subject) {
  if (!changes || changes.error || !changes.data) {
    return {
      status: "error",
      message: `${subject.what}: the CloudTrail events of the period could not be read: ${changes?.error?.message ?? "not collected"}.`
    };
  }
  const data = changes.data;
  const truncated = (data.truncated ?? []).filter(
    (name) => [...CONTROL_SWITCHES[control].off, ...CONTROL_SWITCHES[control].on].includes(name)
  );
  if (truncated.length > 0) {
    return {
      status: "error",
      message: `${subject.what}: the CloudTrail history of ${truncated.join(", ")} was cut at the page cap; the timeline would be incomplete.`
    };
  }
  return controlTimeline({
    control,
    events: subject.events(data),
    period: context.period,
    window: { from: data.from, to: data.to },
    stateAtEnd: subject.stateAtEnd,
    what: subject.what,
    ...subject.isOff ? { isOff: subject.isOff } : {}
  });
}

// src/checks/aws/changes-bedrock-logging.ts
var awsBedrockLoggingInForce = {
  metadata: {
    id: "aws.changes.bedrock-logging-in-force",
    version: 1,
    title: "Bedrock model invocation logging was not switched off during the period",
    severity: "high",
    rationale: "Model invocations made while logging was deleted left no record; the AI request log has a gap an auditor will ask about.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history, event name DeleteModelInvocationLoggingConfiguration): who deleted it and which invocations fell in the gap; restore it (Bedrock \u2192 Settings \u2192 Model invocation logging) and deny bedrock:DeleteModelInvocationLoggingConfiguration with a service control policy.",
    evidenceKinds: [AWS_AI_EVIDENCE.bedrockInvocationLogging, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => perRegionTimeline(
    context,
    "bedrock-invocation-logging",
    AWS_AI_EVIDENCE.bedrockInvocationLogging,
    (region) => `Bedrock model invocation logging in ${region}`,
    (data) => Boolean(
      data.loggingConfig?.s3Config?.bucketName || data.loggingConfig?.cloudWatchConfig?.logGroupName
    )
  )
};

// src/checks/aws/changes-cloudtrail-logging.ts
var concerns = (parameters, name, arn) => {
  const ref = parameters?.name;
  return typeof ref === "string" && (ref === name || ref === arn || !!name && ref.endsWith(`:trail/${name}`));
};
var awsCloudTrailLoggingInForce = {
  metadata: {
    id: "aws.changes.cloudtrail-logging-in-force",
    version: 1,
    title: "No CloudTrail trail stopped logging during the period",
    severity: "critical",
    rationale: "Stopping a trail is the first step of covering tracks: API activity while it was stopped was not logged.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history, event names StopLogging and DeleteTrail): who stopped it and what happened meanwhile; restart (aws cloudtrail start-logging --name <trail>) and deny cloudtrail:StopLogging and cloudtrail:DeleteTrail with a service control policy.",
    evidenceKinds: [AWS_SNAPSHOT_KINDS.cloudTrail, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => context.evidence.all(AWS_SNAPSHOT_KINDS.cloudTrail).flatMap((record) => {
    if (record.error || !Array.isArray(record.data?.trails)) {
      return [
        {
          subject: record.subject,
          status: "error",
          message: `CloudTrail trails could not be collected: ${record.error?.message ?? "no list of trails recorded"}`,
          evidence: [record.path]
        }
      ];
    }
    const trails = [
      ...new Map(record.data.trails.map((t) => [t.trail.TrailARN ?? t.trail.Name, t])).values()
    ];
    return trails.map((t) => {
      const home = t.trail.HomeRegion ?? "";
      const subject = `${record.subject}/${home}/trail/${t.trail.Name}`;
      const changes = changesOf(context, `${record.subject}/${home}`);
      const evidence = [record.path, ...changes ? [changes.path] : []];
      return guardSubject(subject, evidence, () => ({
        subject,
        ...timelineOf(context, "cloudtrail-logging", changes, {
          events: (data) => data.events.filter((e) => concerns(e.requestParameters, t.trail.Name, t.trail.TrailARN)),
          stateAtEnd: t.error ? void 0 : t.status?.IsLogging,
          what: `CloudTrail logging of trail ${t.trail.Name}`
        }),
        evidence
      }));
    });
  })
};

// src/checks/aws/changes-config-recorder.ts
var awsConfigRecorderInForce = {
  metadata: {
    id: "aws.changes.config-recorder-in-force",
    version: 1,
    title: "AWS Config recording was not stopped during the period",
    severity: "high",
    rationale: "A recorder that is on today may have been stopped for days; changes made meanwhile were never recorded or evaluated.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history, event name StopConfigurationRecorder): who stopped it and why; restart with aws configservice start-configuration-recorder. Prevent it with a service control policy denying config:StopConfigurationRecorder and config:DeleteConfigurationRecorder.",
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.config, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => perRegionTimeline(
    context,
    "config-recorder",
    AWS_CONFIG_MONITORING_EVIDENCE.config,
    (region) => `AWS Config recording in ${region}`,
    (data) => data.statuses.some((s) => s.recording)
  )
};

// src/checks/aws/changes-guardduty.ts
var awsGuardDutyInForce = {
  metadata: {
    id: "aws.changes.guardduty-in-force",
    version: 1,
    title: "The GuardDuty detector was not deleted during the period",
    severity: "high",
    rationale: "Threat detection that was off for part of the period did not detect anything in that interval.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history, event name DeleteDetector); re-enable GuardDuty in the region and deny guardduty:DeleteDetector with a service control policy.",
    evidenceKinds: [AWS_SNAPSHOT_KINDS.guardDuty, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => perRegionTimeline(
    context,
    "guardduty-detector",
    AWS_SNAPSHOT_KINDS.guardDuty,
    (region) => `GuardDuty in ${region}`,
    (data) => data.detectors.some((d) => d.status === "ENABLED")
  )
};

// src/checks/aws/changes-kms-rotation.ts
var concerns2 = (parameters, id, arn) => {
  const ref = parameters?.keyId;
  return typeof ref === "string" && (ref === id || ref === arn || ref.endsWith(`:key/${id}`));
};
var awsKmsRotationInForce = {
  metadata: {
    id: "aws.changes.kms-rotation-in-force",
    version: 1,
    title: "Automatic rotation of customer-managed KMS keys was not disabled during the period",
    severity: "medium",
    rationale: "A key whose rotation was disabled for part of the period missed the rotation the key policy requires.",
    remediation: 'Investigate each interval (CloudTrail \u2192 Event history, event name DisableKeyRotation); KMS \u2192 Customer managed keys \u2192 the key \u2192 Key rotation \u2192 enable "Automatically rotate this KMS key".',
    evidenceKinds: [AWS_SNAPSHOT_KINDS.kmsKeys, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => context.evidence.all(AWS_SNAPSHOT_KINDS.kmsKeys).flatMap((record) => {
    if (record.error || !Array.isArray(record.data?.keys)) {
      return [
        {
          subject: record.subject,
          status: "error",
          message: `KMS keys could not be collected: ${record.error?.message ?? "no list of keys recorded"}`,
          evidence: [record.path]
        }
      ];
    }
    const changes = changesOf(context, record.subject);
    const evidence = [record.path, ...changes ? [changes.path] : []];
    return record.data.keys.filter((k) => !k.rotationNotApplicable).map((k) => {
      const subject = `${record.subject}/${k.KeyId}`;
      return guardSubject(subject, evidence, () => ({
        subject,
        ...timelineOf(context, "kms-key-rotation", changes, {
          events: (data) => data.events.filter((e) => concerns2(e.requestParameters, k.KeyId, k.Arn)),
          stateAtEnd: k.error ? void 0 : k.RotationEnabled,
          what: `Rotation of KMS key ${k.KeyId}`
        }),
        evidence
      }));
    });
  })
};

// src/checks/aws/changes-securityhub.ts
var awsSecurityHubInForce = {
  metadata: {
    id: "aws.changes.securityhub-in-force",
    version: 1,
    title: "Security Hub was not disabled during the period",
    severity: "medium",
    rationale: "While Security Hub is disabled, no control is evaluated and no finding is gathered.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history, event name DisableSecurityHub); re-enable Security Hub and deny securityhub:DisableSecurityHub with a service control policy.",
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.securityHub, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => perRegionTimeline(
    context,
    "securityhub-hub",
    AWS_CONFIG_MONITORING_EVIDENCE.securityHub,
    (region) => `Security Hub in ${region}`,
    (data) => data.enabled
  )
};

// src/checks/aws/config-recorder.ts
var awsConfigRecorder = {
  metadata: {
    id: "aws.config.recorder-on",
    version: 1,
    title: "AWS Config records all resources with a delivery channel in every region",
    severity: "high",
    rationale: "Without a recording configuration recorder and a delivery channel, configuration changes in the region are not tracked and Config rules cannot evaluate them.",
    remediation: 'AWS Config \u2192 Settings (in each listed region) \u2192 Edit: "Record all resource types supported in this region", include global resources in one region, choose an S3 bucket for the delivery channel, Save, then "Start recording". CLI: aws configservice put-configuration-recorder \u2026; aws configservice put-delivery-channel \u2026; aws configservice start-configuration-recorder --configuration-recorder-name default --region <region>',
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.config]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_CONFIG_MONITORING_EVIDENCE.config,
    "AWS Config status",
    ({ recorders, statuses, deliveryChannels }) => {
      if (recorders.length === 0) {
        return { status: "fail", message: "AWS Config has no configuration recorder in this region." };
      }
      const recording = statuses.filter((s) => s.recording);
      const problems = [
        ...recording.length === 0 ? [
          `recorder ${statuses[0]?.name ?? recorders[0]?.name} is stopped${statuses[0]?.lastStopTime ? ` since ${statuses[0].lastStopTime}` : ""}`
        ] : [],
        ...recording.filter((s) => s.lastStatus?.toUpperCase() === "FAILURE").map((s) => `recorder ${s.name}'s last delivery failed`),
        ...recorders.filter((r) => r.recordingGroup?.allSupported === false).map((r) => `recorder ${r.name} records only selected resource types`),
        ...deliveryChannels.length === 0 ? ["no delivery channel"] : []
      ];
      if (problems.length > 0) return { status: "fail", message: `AWS Config: ${problems.join("; ")}.` };
      return {
        status: "pass",
        message: `AWS Config recorder ${recording.map((s) => s.name).join(", ")} is recording all supported resources, delivering to ${deliveryChannels.map((d) => d.s3BucketName ?? d.name).join(", ")}.`
      };
    }
  )
};

// src/checks/aws/config-rules.ts
var awsConfigRulesCompliant = {
  metadata: {
    id: "aws.config.rules-compliant",
    version: 1,
    title: "AWS Config rules evaluate resources as compliant",
    severity: "medium",
    rationale: "Config rules (alone or in conformance packs) are the continuous check that resources keep their required configuration; a non-compliant rule is a configuration that drifted.",
    remediation: `AWS Config \u2192 Rules \u2192 open each non-compliant rule \u2192 "Resources in scope": fix each non-compliant resource (or apply the rule's remediation action), then "Re-evaluate". Rules with insufficient data need the recorder to record the resource types they evaluate.`,
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.config]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_CONFIG_MONITORING_EVIDENCE.config,
    "AWS Config rules",
    ({ rules, rulesTruncated }) => {
      if (rules.length === 0) {
        return { status: "not_applicable", message: "No AWS Config rules are deployed in this region." };
      }
      const of = (type) => rules.filter((r) => r.Compliance?.ComplianceType === type).map((r) => r.ConfigRuleName ?? "(unnamed)");
      const nonCompliant = of("NON_COMPLIANT");
      if (nonCompliant.length > 0) {
        return {
          status: "fail",
          message: `${nonCompliant.length} of ${rules.length}${rulesTruncated ? "+" : ""} Config rule(s) are non-compliant: ${nonCompliant.slice(0, 10).join(", ")}${nonCompliant.length > 10 ? ", \u2026" : ""}.`,
          details: nonCompliant.map((rule) => ({ rule }))
        };
      }
      const undecided = rules.filter(
        (r) => !["COMPLIANT", "NOT_APPLICABLE"].includes(r.Compliance?.ComplianceType ?? "")
      );
      if (undecided.length > 0 || rulesTruncated) {
        return {
          status: "error",
          message: rulesTruncated ? `The Config rule listing was cut at the page cap after ${rules.length} rules; the rest were not read.` : `No rule is non-compliant, but ${undecided.length} rule(s) have not evaluated (${undecided.map((r) => `${r.ConfigRuleName}: ${r.Compliance?.ComplianceType ?? "no result"}`).join(", ")}).`
        };
      }
      return {
        status: "pass",
        message: `All ${rules.length} Config rule(s) are compliant (or not applicable).`
      };
    }
  )
};

// src/checks/aws/securityhub-enabled.ts
var standardName = (arn) => arn?.split("/").slice(1).join("/") ?? "(unknown standard)";
var awsSecurityHubEnabled = {
  metadata: {
    id: "aws.securityhub.enabled",
    version: 1,
    title: "Security Hub is enabled with at least one security standard in every region",
    severity: "high",
    rationale: "Security Hub evaluates the account continuously against security standards and gathers findings from the other services; a region without it is not monitored this way.",
    remediation: 'Security Hub \u2192 Go to Security Hub \u2192 Enable (in each listed region, or from the delegated administrator: Configuration \u2192 Central configuration policy for all accounts and regions), with "AWS Foundational Security Best Practices" and "CIS AWS Foundations Benchmark" enabled. CLI: aws securityhub enable-security-hub --enable-default-standards --region <region>',
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.securityHub]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_CONFIG_MONITORING_EVIDENCE.securityHub,
    "Security Hub status",
    ({ enabled, standards }) => {
      if (!enabled) return { status: "fail", message: "Security Hub is not enabled in this region." };
      const ready = standards.filter((s) => s.StandardsStatus === "READY");
      if (ready.length === 0) {
        return {
          status: "fail",
          message: standards.length === 0 ? "Security Hub is enabled but no security standard is enabled." : `Security Hub is enabled but no standard is ready: ${standards.map((s) => `${standardName(s.StandardsArn)} ${s.StandardsStatus}`).join(", ")}.`
        };
      }
      return {
        status: "pass",
        message: `Security Hub is enabled with ${ready.map((s) => standardName(s.StandardsArn)).join(", ")}.`
      };
    }
  )
};

// src/checks/aws/securityhub-failed-controls.ts
var awsSecurityHubFailedControls = {
  metadata: {
    id: "aws.securityhub.no-critical-or-high-failed-controls",
    version: 1,
    title: "Security Hub reports no active critical or high failed controls",
    severity: "high",
    rationale: "A failed critical or high Security Hub control is a known technical weakness of the account that is not yet remediated.",
    remediation: 'Security Hub \u2192 Controls \u2192 filter "Failed", severity Critical and High \u2192 open each control \u2192 "Remediation" link, fix the listed resources (or suppress the finding with a documented risk acceptance: Workflow status \u2192 Suppressed).',
    evidenceKinds: [AWS_CONFIG_MONITORING_EVIDENCE.securityHub]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_CONFIG_MONITORING_EVIDENCE.securityHub,
    "Security Hub findings",
    ({ enabled, failedBySeverity, failedSample, findingsTruncated }) => {
      if (!enabled) {
        return {
          status: "error",
          message: "Security Hub is not enabled in this region, so there are no control results to judge (see aws.securityhub.enabled)."
        };
      }
      const counts = `critical ${failedBySeverity.CRITICAL}, high ${failedBySeverity.HIGH}, medium ${failedBySeverity.MEDIUM}, low ${failedBySeverity.LOW}`;
      if (failedBySeverity.CRITICAL + failedBySeverity.HIGH > 0) {
        return {
          status: "fail",
          message: `Active failed Security Hub controls${findingsTruncated ? " (at least)" : ""}: ${counts}; e.g. ${failedSample.filter((f) => f.severity === "CRITICAL" || f.severity === "HIGH").slice(0, 5).map((f) => `${f.controlId ?? f.title} on ${f.resource}`).join(", ")}.`,
          details: failedSample
        };
      }
      if (findingsTruncated) {
        return {
          status: "error",
          message: `The failed findings were not all read (page cap); so far ${counts}.`
        };
      }
      return {
        status: "pass",
        message: `No active critical or high failed Security Hub control (${counts}).`
      };
    }
  )
};

// src/checks/aws/cloudtrail-log-bucket.ts
var MIN_LOG_RETENTION_DAYS = 365;
var blocksAll2 = (p) => !!p && !!p.BlockPublicAcls && !!p.IgnorePublicAcls && !!p.BlockPublicPolicy && !!p.RestrictPublicBuckets;
function logBucketProblems(bucket, accountBlock2) {
  const errors = bucket.errors ?? {};
  const unknown = Object.entries(errors).map(([api, message]) => `${api}: ${message}`);
  const problems = [];
  if (!errors.GetBucketPolicyStatus && bucket.policyIsPublic === true)
    problems.push("its bucket policy makes it public");
  if (!errors.GetPublicAccessBlock && !blocksAll2(bucket.publicAccessBlock) && !blocksAll2(accountBlock2)) {
    problems.push("public access is not blocked (bucket or account Block Public Access)");
  }
  const locked = bucket.objectLock?.ObjectLockEnabled === "Enabled";
  const mfaDelete = bucket.versioning?.MFADelete === "Enabled";
  if (!errors.GetObjectLockConfiguration && !errors.GetBucketVersioning && !locked && !mfaDelete) {
    problems.push("log files can be deleted or overwritten: neither Object Lock nor MFA delete is enabled");
  }
  if (!errors.GetBucketLogging && !bucket.accessLogging) problems.push("server access logging is off");
  if (!errors.GetBucketLifecycleConfiguration) {
    const short2 = bucket.lifecycleRules.filter(
      (r) => r.Status === "Enabled" && typeof r.ExpirationDays === "number" && r.ExpirationDays < MIN_LOG_RETENTION_DAYS
    );
    if (short2.length > 0) {
      problems.push(
        `lifecycle rule(s) delete log files before ${MIN_LOG_RETENTION_DAYS} days: ${short2.map((r) => `${r.ID ?? "(unnamed)"} after ${r.ExpirationDays} days`).join(", ")}`
      );
    }
  }
  return { problems, unknown };
}
var awsCloudTrailLogBucket = {
  metadata: {
    id: "aws.cloudtrail.log-bucket-protected",
    version: 1,
    title: "Each CloudTrail trail's S3 bucket is private, tamper-resistant, access-logged and keeps logs a year",
    severity: "high",
    rationale: "A trail is only as trustworthy as the bucket it writes to: a public bucket leaks the account\u2019s activity, a bucket without Object Lock or MFA delete lets an intruder delete the evidence, and without access logging nobody knows who read or removed it.",
    remediation: "S3 \u2192 the trail bucket \u2192 Permissions: Block all public access; Properties: Object Lock (set at creation, or a new bucket) with a default retention, or MFA delete (root, aws s3api put-bucket-versioning --mfa \u2026); Server access logging to another bucket; Management \u2192 lifecycle rules expiring logs no earlier than one year.",
    evidenceKinds: [AWS_LOGGING_EVIDENCE.trailDestinations, AWS_EVIDENCE.accountPublicAccessBlock]
  },
  evaluate: (context) => context.evidence.all(AWS_LOGGING_EVIDENCE.trailDestinations).flatMap((record) => {
    if (record.error || !Array.isArray(record.data?.trails)) {
      return [
        {
          subject: record.subject,
          status: "error",
          message: `CloudTrail trails and their buckets could not be collected: ${record.error?.message ?? "no list of trails recorded"}`,
          evidence: [record.path]
        }
      ];
    }
    const account = context.evidence.get(
      AWS_EVIDENCE.accountPublicAccessBlock,
      record.subject
    );
    const evidence = [record.path, ...account ? [account.path] : []];
    const buckets = /* @__PURE__ */ new Map();
    for (const trail of record.data.trails) {
      if (!trail.S3BucketName) continue;
      const entry = buckets.get(trail.S3BucketName) ?? { bucket: trail.bucket, trails: [] };
      entry.trails.push(trail.Name ?? trail.TrailARN ?? "(unnamed)");
      buckets.set(trail.S3BucketName, entry);
    }
    if (buckets.size === 0) {
      return [
        {
          subject: record.subject,
          status: "not_applicable",
          message: "No CloudTrail trail delivers to an S3 bucket in this account.",
          evidence
        }
      ];
    }
    return [...buckets.entries()].map(([name, { bucket, trails }]) => {
      const subject = `${record.subject}/${bucket?.region ?? "unknown-region"}/${name}`;
      return guardSubject(subject, evidence, () => {
        const of = `Bucket ${name} (trail ${trails.join(", ")})`;
        if (!bucket)
          return { subject, status: "error", message: `${of}: the bucket was not read.`, evidence };
        const { problems, unknown } = logBucketProblems(bucket, account?.data?.configuration);
        if (problems.length > 0) {
          return {
            subject,
            status: "fail",
            message: `${of}: ${problems.join("; ")}.${unknown.length ? ` Not read: ${unknown.join("; ")}.` : ""}`,
            details: problems,
            evidence
          };
        }
        if (unknown.length > 0) {
          return {
            subject,
            status: "error",
            message: `${of}: its protection could not be read (${unknown.join("; ")}); a bucket in another account (an organization's log archive) must be checked there.`,
            evidence
          };
        }
        const lock = bucket.objectLock?.DefaultRetention;
        return {
          subject,
          status: "pass",
          message: `${of} is private, ${bucket.objectLock?.ObjectLockEnabled === "Enabled" ? `Object Lock${lock ? ` (${lock.Mode ?? ""} ${lock.Days ?? (lock.Years ?? 0) * 365} days)` : ""}` : "MFA delete"}, access-logged to ${bucket.accessLogging?.TargetBucket ?? "a bucket"}, no lifecycle rule deletes logs within ${MIN_LOG_RETENTION_DAYS} days.`,
          evidence
        };
      });
    });
  })
};

// src/checks/aws/cloudtrail-kms.ts
var awsCloudTrailKms = {
  metadata: {
    id: "aws.cloudtrail.kms-encrypted",
    version: 1,
    title: "CloudTrail log files are encrypted with a KMS key",
    severity: "medium",
    rationale: "With SSE-KMS, reading the log files needs kms:Decrypt on a key the account controls, on top of S3 access, and every use of the key is itself logged.",
    remediation: "CloudTrail \u2192 Trails \u2192 the trail \u2192 General details \u2192 Edit \u2192 Log file SSE-KMS encryption: Enabled, with a customer managed key whose policy allows CloudTrail (aws cloudtrail update-trail --name <trail> --kms-key-id <key>).",
    evidenceKinds: [AWS_EVIDENCE.cloudTrail]
  },
  evaluate: (context) => context.evidence.all(AWS_EVIDENCE.cloudTrail).flatMap((record) => {
    if (record.error || !Array.isArray(record.data?.trails)) {
      return [
        {
          subject: record.subject,
          status: "error",
          message: `CloudTrail trails could not be collected: ${record.error?.message ?? "no list of trails recorded"}`,
          evidence: [record.path]
        }
      ];
    }
    const trails = [
      ...new Map(record.data.trails.map((t) => [t.trail.TrailARN ?? t.trail.Name, t])).values()
    ];
    if (trails.length === 0) {
      return [
        {
          subject: record.subject,
          status: "not_applicable",
          message: "No CloudTrail trail exists (aws.cloudtrail.multi-region fails that).",
          evidence: [record.path]
        }
      ];
    }
    return trails.map((t) => {
      const subject = `${record.subject}/${t.trail.HomeRegion ?? ""}/trail/${t.trail.Name}`;
      return guardSubject(subject, [record.path], () => ({
        subject,
        status: t.trail.KmsKeyId ? "pass" : "fail",
        message: t.trail.KmsKeyId ? `Trail ${t.trail.Name} encrypts its log files with KMS key ${t.trail.KmsKeyId}.` : `Trail ${t.trail.Name} does not encrypt its log files with KMS (only S3-managed encryption).`,
        evidence: [record.path]
      }));
    });
  })
};

// src/checks/aws/vpc-flow-logs.ts
function vpcsWithoutFlowLogs(data) {
  const logged = new Set(
    data.flowLogs.filter((f) => f.FlowLogStatus === "ACTIVE" && f.DeliverLogsStatus !== "FAILED" && f.ResourceId).map((f) => f.ResourceId)
  );
  return data.vpcs.filter((v) => !logged.has(v.VpcId)).map((v) => v.VpcId);
}
var awsVpcFlowLogs = {
  metadata: {
    id: "aws.vpc.flow-logs",
    version: 1,
    title: "Every VPC has an active flow log",
    severity: "medium",
    rationale: "Flow logs are the record of network traffic in and out of a VPC; without them a connection to or from a compromised instance cannot be traced.",
    remediation: "VPC \u2192 Your VPCs \u2192 the VPC \u2192 Flow logs \u2192 Create flow log: filter All (or at least Reject), destination CloudWatch Logs or S3 (aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc> --traffic-type ALL \u2026).",
    evidenceKinds: [AWS_LOGGING_EVIDENCE.flowLogs]
  },
  evaluate: (context) => perRecord(context, AWS_LOGGING_EVIDENCE.flowLogs, "VPC flow logs", (data) => {
    if (data.truncated) {
      return {
        status: "error",
        message: "The VPC or flow log listing was cut at the page cap; not every VPC was read."
      };
    }
    if (data.vpcs.length === 0) return { status: "not_applicable", message: "No VPC in this region." };
    const without = vpcsWithoutFlowLogs(data);
    if (without.length > 0) {
      return {
        status: "fail",
        message: `${without.length} of ${data.vpcs.length} VPC(s) have no active flow log: ${without.join(", ")}.`,
        details: without
      };
    }
    return { status: "pass", message: `All ${data.vpcs.length} VPC(s) have an active flow log.` };
  })
};

// src/checks/aws/changes-flow-logs.ts
var awsFlowLogsInForce = {
  metadata: {
    id: "aws.changes.flow-logs-in-force",
    version: 1,
    title: "No VPC flow log was deleted during the period",
    severity: "medium",
    rationale: "Network traffic while a flow log was deleted was not recorded; a flow log present today says nothing about the gap.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history, event name DeleteFlowLogs): who deleted it and why; recreate it, and deny ec2:DeleteFlowLogs to all but the network administrators (service control policy or permissions boundary).",
    evidenceKinds: [AWS_LOGGING_EVIDENCE.flowLogs, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => context.evidence.all(AWS_LOGGING_EVIDENCE.flowLogs).map((record) => {
    const region = record.subject.split("/").pop() ?? record.subject;
    const changes = changesOf(context, record.subject);
    const evidence = [record.path, ...changes ? [changes.path] : []];
    return guardSubject(record.subject, evidence, () => {
      const data = record.error ? void 0 : record.data;
      if (data && data.vpcs.length === 0 && !data.truncated) {
        return {
          subject: record.subject,
          status: "not_applicable",
          message: "No VPC in this region.",
          evidence
        };
      }
      const result = timelineOf(context, "vpc-flow-logs", changes, {
        events: (d) => d.events,
        stateAtEnd: !data || data.truncated ? void 0 : vpcsWithoutFlowLogs(data).length === 0,
        what: `VPC flow logging in ${region}`
      });
      return { subject: record.subject, ...result, evidence };
    });
  })
};

// src/checks/aws/ebs-default-encryption.ts
var awsEbsDefaultEncryption = {
  metadata: {
    id: "aws.ec2.ebs-default-encryption",
    version: 1,
    title: "EBS encryption by default is on in every region",
    severity: "medium",
    rationale: "With encryption by default every new EBS volume and snapshot copy in the region is encrypted; without it, encryption depends on each launch remembering to ask.",
    remediation: "EC2 \u2192 Settings (in each listed region) \u2192 Data protection and security \u2192 EBS encryption \u2192 Manage \u2192 Enable (aws ec2 enable-ebs-encryption-by-default --region <region>). Existing unencrypted volumes stay unencrypted: copy their snapshots with encryption.",
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.ebsDefault]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_ENCRYPTION_EVIDENCE.ebsDefault,
    "EBS default encryption",
    (data) => {
      if (typeof data.EbsEncryptionByDefault !== "boolean") {
        return { status: "error", message: "GetEbsEncryptionByDefault returned no EbsEncryptionByDefault." };
      }
      return data.EbsEncryptionByDefault ? { status: "pass", message: "EBS encryption by default is on." } : {
        status: "fail",
        message: "EBS encryption by default is off: new volumes are unencrypted unless asked."
      };
    }
  )
};

// src/checks/aws/changes-ebs-encryption.ts
var awsEbsEncryptionInForce = {
  metadata: {
    id: "aws.changes.ebs-encryption-in-force",
    version: 1,
    title: "EBS encryption by default was not switched off during the period",
    severity: "medium",
    rationale: "Volumes created while encryption by default was off are unencrypted for their whole life, even once it is back on.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history, event name DisableEbsEncryptionByDefault): who disabled it, and which volumes were created meanwhile (CreateVolume, RunInstances); encrypt them by snapshot copy, and deny ec2:DisableEbsEncryptionByDefault with a service control policy.",
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.ebsDefault, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => perRegionTimeline(
    context,
    "ebs-default-encryption",
    AWS_ENCRYPTION_EVIDENCE.ebsDefault,
    (region) => `EBS encryption by default in ${region}`,
    (data) => typeof data.EbsEncryptionByDefault === "boolean" ? data.EbsEncryptionByDefault : void 0
  )
};

// src/checks/aws/rds-storage-encrypted.ts
var awsRdsStorageEncrypted = {
  metadata: {
    id: "aws.rds.storage-encrypted",
    version: 1,
    title: "RDS DB instances encrypt their storage",
    severity: "high",
    rationale: "An unencrypted DB instance leaves its data, automated backups, snapshots and read replicas readable by anyone who gets the storage or a shared snapshot.",
    remediation: "Encryption cannot be switched on for an existing instance: take a snapshot, copy it with encryption (RDS \u2192 Snapshots \u2192 Copy \u2192 Enable encryption, a KMS key), restore a new instance from the copy and move clients to it.",
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.rds]
  },
  evaluate: (context) => perRecord(context, AWS_ENCRYPTION_EVIDENCE.rds, "RDS DB instances", (data) => {
    if (data.truncated)
      return { status: "error", message: "The DB instance listing was cut at the page cap." };
    if (data.instances.length === 0)
      return { status: "not_applicable", message: "No RDS DB instance in this region." };
    const unknown = data.instances.filter((d) => typeof d.StorageEncrypted !== "boolean");
    const plain = data.instances.filter((d) => d.StorageEncrypted === false).map((d) => d.DBInstanceIdentifier ?? "(unnamed)");
    if (plain.length > 0) {
      return {
        status: "fail",
        message: `${plain.length} of ${data.instances.length} DB instance(s) store data unencrypted: ${plain.join(", ")}.`,
        details: plain
      };
    }
    if (unknown.length > 0) {
      return {
        status: "error",
        message: `StorageEncrypted was not reported for ${unknown.map((d) => d.DBInstanceIdentifier ?? "(unnamed)").join(", ")}.`
      };
    }
    return { status: "pass", message: `All ${data.instances.length} DB instance(s) encrypt their storage.` };
  })
};

// src/checks/aws/efs-encrypted.ts
var awsEfsEncrypted = {
  metadata: {
    id: "aws.efs.encrypted",
    version: 1,
    title: "EFS file systems are encrypted at rest",
    severity: "medium",
    rationale: "An EFS file system created without encryption at rest stays unencrypted; its data and backups are stored in clear.",
    remediation: "Encryption at rest is chosen at creation: create an encrypted file system (EFS \u2192 Create \u2192 Enable encryption of data at rest, a KMS key), copy the data across (AWS DataSync) and move mounts to it.",
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.efs]
  },
  evaluate: (context) => perRecord(context, AWS_ENCRYPTION_EVIDENCE.efs, "EFS file systems", (data) => {
    if (data.truncated)
      return { status: "error", message: "The file system listing was cut at the page cap." };
    const live = data.fileSystems.filter(
      (f) => f.LifeCycleState !== "deleted" && f.LifeCycleState !== "deleting"
    );
    if (live.length === 0)
      return { status: "not_applicable", message: "No EFS file system in this region." };
    const name = (f) => `${f.FileSystemId ?? "(no id)"}${f.Name ? ` (${f.Name})` : ""}`;
    const plain = live.filter((f) => f.Encrypted === false).map(name);
    const unknown = live.filter((f) => typeof f.Encrypted !== "boolean").map(name);
    if (plain.length > 0) {
      return { status: "fail", message: `Unencrypted file system(s): ${plain.join(", ")}.`, details: plain };
    }
    if (unknown.length > 0)
      return { status: "error", message: `Encrypted was not reported for ${unknown.join(", ")}.` };
    return { status: "pass", message: `All ${live.length} file system(s) are encrypted at rest.` };
  })
};

// src/checks/aws/dynamodb-encryption.ts
function tableMatches(pattern, name) {
  const escaped = pattern.slice(0, 255).replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*+/g, ".*");
  return new RegExp(`^${escaped}$`).test(name);
}
var awsDynamoDbEncryption = {
  metadata: {
    id: "aws.dynamodb.encryption",
    version: 1,
    title: "DynamoDB tables are encrypted with a usable key, and with a customer managed key where configured",
    severity: "medium",
    rationale: "DynamoDB encrypts every table, by default with an AWS owned key the account cannot see or control; tables whose policy requires a customer managed key must use one, and a table whose KMS key is inaccessible cannot be read and is archived by AWS after seven days.",
    remediation: 'DynamoDB \u2192 Tables \u2192 the table \u2192 Additional settings \u2192 Encryption \u2192 Manage encryption \u2192 "Stored in your account, and owned and managed by you" with a customer managed key (aws dynamodb update-table --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=<key>). For an inaccessible key: re-enable the key or restore its grant.',
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.dynamodb, AWS_EVIDENCE.kmsKeys]
  },
  evaluate: (context) => {
    const required = context.config.aws["dynamodb-cmk-tables"];
    return perRecord(
      context,
      AWS_ENCRYPTION_EVIDENCE.dynamodb,
      "DynamoDB tables",
      (data, record) => {
        if (data.truncated) return { status: "error", message: "The table listing was cut at the page cap." };
        if (data.tables.length === 0)
          return { status: "not_applicable", message: "No DynamoDB table in this region." };
        const keys = context.evidence.get(AWS_EVIDENCE.kmsKeys, record.subject);
        const customerKeys = keys?.data && !keys.error ? new Set(keys.data.keys.flatMap((k) => [k.Arn, k.KeyId])) : void 0;
        const problems = [];
        const unknown = [];
        const kinds = { "AWS owned key": 0, "KMS key": 0 };
        for (const t of data.tables) {
          if (t.error) {
            unknown.push(`${t.TableName}: ${t.error}`);
            continue;
          }
          const sse = t.SSEDescription;
          if (sse?.Status && sse.Status !== "ENABLED" && sse.Status !== "UPDATING") {
            problems.push(
              `${t.TableName}: encryption ${sse.Status}${sse.InaccessibleEncryptionDateTime ? ` since ${sse.InaccessibleEncryptionDateTime}` : ""}`
            );
            continue;
          }
          kinds[sse?.SSEType === "KMS" ? "KMS key" : "AWS owned key"]++;
          if (!required.some((pattern) => tableMatches(pattern, t.TableName))) continue;
          if (sse?.SSEType !== "KMS" || !sse.KMSMasterKeyArn) {
            problems.push(`${t.TableName}: must use a customer managed key, uses the AWS owned key`);
          } else if (!customerKeys) {
            unknown.push(
              `${t.TableName}: whether ${sse.KMSMasterKeyArn} is customer managed is not known (${keys?.error?.message ?? "KMS keys not collected"})`
            );
          } else if (!customerKeys.has(sse.KMSMasterKeyArn)) {
            problems.push(
              `${t.TableName}: must use a customer managed key of the account, uses ${sse.KMSMasterKeyArn} (AWS managed or another account's)`
            );
          }
        }
        if (problems.length > 0)
          return { status: "fail", message: `${problems.join("; ")}.`, details: problems };
        if (unknown.length > 0) return { status: "error", message: `Not decided: ${unknown.join("; ")}.` };
        return {
          status: "pass",
          message: `All ${data.tables.length} table(s) are encrypted with a usable key (${Object.entries(
            kinds
          ).filter(([, n]) => n > 0).map(([k, n]) => `${n} with ${k === "KMS key" ? "a KMS key" : "the AWS owned key"}`).join(", ")})${required.length ? `; the tables required to use a customer managed key do` : ""}.`
        };
      }
    );
  }
};

// src/checks/aws/kms-key-policy.ts
var LIMITING_CONDITION_KEYS = new Set(
  [
    "kms:CallerAccount",
    "kms:ViaService",
    "aws:PrincipalAccount",
    "aws:PrincipalArn",
    "aws:PrincipalOrgID",
    "aws:PrincipalOrgPaths",
    "aws:SourceAccount",
    "aws:SourceArn",
    "aws:SourceOrgID",
    "aws:SourceVpc",
    "aws:SourceVpce"
  ].map((k) => k.toLowerCase())
);
var MAX_STATEMENTS = 200;
var isObject = (v) => !!v && typeof v === "object" && !Array.isArray(v);
var list = (v) => Array.isArray(v) ? v : v === void 0 ? [] : [v];
function wildcardPrincipal(principal) {
  if (principal === "*") return true;
  if (!isObject(principal)) return false;
  return Object.values(principal).some(
    (value) => list(value).some((p) => typeof p === "string" && p.includes("*"))
  );
}
function limitingCondition(condition) {
  if (!isObject(condition)) return false;
  return Object.values(condition).some(
    (operator) => isObject(operator) && Object.keys(operator).some((key) => LIMITING_CONDITION_KEYS.has(key.toLowerCase()))
  );
}
function openStatements(text) {
  let policy;
  try {
    policy = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isObject(policy)) return void 0;
  const statements = list(policy.Statement);
  if (statements.length === 0 || statements.length > MAX_STATEMENTS || !statements.every(isObject))
    return void 0;
  return statements.flatMap((s, i) => {
    if (s.Effect !== "Allow") return [];
    const everyone = wildcardPrincipal(s.Principal) || s.NotPrincipal !== void 0;
    if (!everyone || limitingCondition(s.Condition)) return [];
    const sid = typeof s.Sid === "string" ? s.Sid.slice(0, 100) : `#${i + 1}`;
    const actions = list(s.Action).filter((a) => typeof a === "string").slice(0, 5).map((a) => a.slice(0, 60));
    return [`${sid}${actions.length ? ` (${actions.join(", ")})` : ""}`];
  });
}
var awsKmsKeyPolicyNotPublic = {
  metadata: {
    id: "aws.kms.key-policy-not-public",
    version: 1,
    title: 'No KMS key policy grants "*" without a condition limiting who',
    severity: "critical",
    rationale: 'A key policy statement allowing Principal "*" lets any AWS account use the key (decrypt, or change it) unless a condition limits the caller to the account, organization or a service; data under that key is then only as protected as its ciphertext.',
    remediation: 'KMS \u2192 Customer managed keys \u2192 the key \u2192 Key policy \u2192 Edit: replace Principal "*" with the account or roles that need the key, or add a condition such as "StringEquals": {"kms:CallerAccount": "<account id>"} (or aws:PrincipalOrgID).',
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.kmsKeyPolicies]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_ENCRYPTION_EVIDENCE.kmsKeyPolicies,
    "KMS key policies",
    ({ keys }) => {
      if (keys.length === 0)
        return { status: "not_applicable", message: "No customer managed KMS key in this region." };
      const open = [];
      const unknown = [];
      for (const key of keys) {
        if (key.error || typeof key.Policy !== "string") {
          unknown.push(`${key.KeyId} (${key.error ?? "no policy recorded"})`);
          continue;
        }
        const statements = openStatements(key.Policy);
        if (!statements) unknown.push(`${key.KeyId} (the policy is not a readable JSON policy)`);
        else if (statements.length > 0) open.push(`${key.KeyId}: ${statements.join("; ")}`);
      }
      if (open.length > 0) {
        return {
          status: "fail",
          message: `Key policies allowing "*" without a limiting condition: ${open.join(" | ")}.`,
          details: open
        };
      }
      if (unknown.length > 0)
        return { status: "error", message: `Key policies not read: ${unknown.join("; ")}.` };
      return {
        status: "pass",
        message: `None of the ${keys.length} customer managed key policies grants "*" without a limiting condition.`
      };
    }
  )
};

// src/checks/aws/changes-kms-deletion.ts
var concerns3 = (parameters, id, arn) => {
  const ref = parameters?.keyId;
  return typeof ref === "string" && (ref === id || ref === arn || ref.endsWith(`:key/${id}`));
};
var awsKmsKeyDeletionInForce = {
  metadata: {
    id: "aws.changes.kms-key-not-scheduled-for-deletion",
    version: 1,
    title: "No customer managed KMS key was scheduled for deletion during the period",
    severity: "high",
    rationale: "A key pending deletion cannot encrypt or decrypt; once deleted, everything encrypted under it is lost. Scheduling deletion is the quiet way to destroy data, and the waiting period is the only chance to notice.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history, event name ScheduleKeyDeletion): who scheduled it and why; cancel it (KMS \u2192 the key \u2192 Key actions \u2192 Cancel key deletion, then enable the key) and deny kms:ScheduleKeyDeletion to all but key administrators.",
    evidenceKinds: [AWS_ENCRYPTION_EVIDENCE.kmsKeyPolicies, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => context.evidence.all(AWS_ENCRYPTION_EVIDENCE.kmsKeyPolicies).flatMap((record) => {
    if (record.error || !Array.isArray(record.data?.keys)) {
      return [
        {
          subject: record.subject,
          status: "error",
          message: `KMS keys could not be collected: ${record.error?.message ?? "no list of keys recorded"}`,
          evidence: [record.path]
        }
      ];
    }
    const changes = changesOf(context, record.subject);
    const evidence = [record.path, ...changes ? [changes.path] : []];
    return record.data.keys.map((k) => {
      const subject = `${record.subject}/${k.KeyId}`;
      return guardSubject(subject, evidence, () => ({
        subject,
        ...timelineOf(context, "kms-key-deletion", changes, {
          events: (data) => data.events.filter((e) => concerns3(e.requestParameters, k.KeyId, k.Arn)),
          stateAtEnd: k.KeyState === void 0 ? void 0 : k.KeyState !== "PendingDeletion",
          what: `KMS key ${k.KeyId} (not pending deletion)`
        }),
        evidence
      }));
    });
  })
};

// src/checks/aws/changes-cis-alarms.ts
var OFF = /* @__PURE__ */ new Set(["DeleteMetricFilter", "DeleteAlarms"]);
var str = (v) => typeof v === "string" ? v : void 0;
function cisEvents(group, events) {
  const alarms = new Set(group.metricFilters.flatMap((f) => f.alarms.map((a) => a.AlarmName).filter(Boolean)));
  const metrics = new Set(
    group.metricFilters.flatMap(
      (f) => f.metricTransformations.map((t) => `${t.metricNamespace}/${t.metricName}`)
    )
  );
  const concerns4 = (e) => {
    const p = e.requestParameters ?? {};
    switch (e.EventName) {
      case "DeleteMetricFilter":
      case "PutMetricFilter":
        return str(p.logGroupName) === group.name;
      case "DeleteAlarms":
        return Array.isArray(p.alarmNames) && p.alarmNames.some((n) => typeof n === "string" && alarms.has(n));
      case "PutMetricAlarm":
        return alarms.has(str(p.alarmName) ?? "") || metrics.has(`${str(p.namespace)}/${str(p.metricName)}`);
      default:
        return false;
    }
  };
  let off = false;
  return events.filter((e) => !e.errorCode && concerns4(e)).sort((a, b) => a.EventTime.localeCompare(b.EventTime)).filter((e) => {
    if (OFF.has(e.EventName)) return off = true;
    if (!off) return false;
    off = false;
    return true;
  });
}
var awsCisAlarmsInForce = {
  metadata: {
    id: "aws.changes.cis-alarms-in-force",
    version: 1,
    title: "No CIS metric filter or alarm on the CloudTrail log group was deleted during the period",
    severity: "high",
    rationale: "Deleting the metric filter or alarm that watches root use or CloudTrail changes silences the alert exactly when it matters; an alarm present today says nothing about the gap.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history, event names DeleteMetricFilter and DeleteAlarms): who deleted it and what happened meanwhile (search the log group for the CIS events of the gap); recreate it and deny logs:DeleteMetricFilter and cloudwatch:DeleteAlarms to all but the monitoring administrators.",
    evidenceKinds: [AWS_LOGGING_EVIDENCE.trailDestinations, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => context.evidence.all(AWS_LOGGING_EVIDENCE.trailDestinations).flatMap((record) => {
    if (record.error || !Array.isArray(record.data?.trails)) {
      return [
        {
          subject: record.subject,
          status: "error",
          message: `The trails' CloudWatch Logs delivery could not be collected: ${record.error?.message ?? "no list of trails recorded"}`,
          evidence: [record.path]
        }
      ];
    }
    const groups = /* @__PURE__ */ new Map();
    for (const t of record.data.trails) {
      if (t.logGroup && !t.error) groups.set(`${t.logGroup.region}/${t.logGroup.name}`, t.logGroup);
    }
    return [...groups.values()].map((group) => {
      const subject = `${record.subject}/${group.region}/log-group/${group.name}`;
      const changes = changesOf(context, `${record.subject}/${group.region}`);
      const evidence = [record.path, ...changes ? [changes.path] : []];
      return guardSubject(subject, evidence, () => {
        const coverage2 = cisCoverage(group.metricFilters, !!group.truncated);
        return {
          subject,
          ...timelineOf(context, "cis-alarms", changes, {
            events: (data) => cisEvents(group, data.events),
            stateAtEnd: coverage2.unknown.length > 0 ? void 0 : coverage2.missing.length === 0,
            what: `CIS alarms on log group ${group.name}`
          }),
          evidence
        };
      });
    });
  })
};

// src/checks/aws/approved.ts
function isApproved(patterns, ...names2) {
  return patterns.some((pattern) => names2.some((name) => name !== void 0 && globMatches(pattern, name)));
}
function globMatches(pattern, value) {
  if (pattern.length > 500) return false;
  const expression = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${expression}$`).test(value);
}

// src/checks/aws/policy-document.ts
var ADMINISTRATOR_ACCESS_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;
var MAX_CHARS = 131072;
var MAX_STATEMENTS2 = 1e3;
var strings = (value) => {
  if (value === void 0) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.length <= 1e4 && value.every((v) => typeof v === "string"))
    return value;
  return void 0;
};
function parsePolicy(text) {
  if (typeof text !== "string") return { ok: false, error: "no policy document was recorded" };
  if (text.length > MAX_CHARS) return { ok: false, error: `the policy is ${text.length} characters long` };
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: "the policy is not JSON" };
  }
  if (!value || typeof value !== "object" || Array.isArray(value))
    return { ok: false, error: "the policy is not a JSON object" };
  const raw = value.Statement;
  const list3 = Array.isArray(raw) ? raw : raw && typeof raw === "object" ? [raw] : void 0;
  if (!list3) return { ok: false, error: "the policy has no Statement" };
  if (list3.length > MAX_STATEMENTS2) return { ok: false, error: `the policy has ${list3.length} statements` };
  const statements = [];
  for (const entry of list3) {
    if (!entry || typeof entry !== "object" || Array.isArray(entry))
      return { ok: false, error: "a statement is not an object" };
    const s = entry;
    if (s.Effect !== "Allow" && s.Effect !== "Deny")
      return { ok: false, error: `a statement's Effect is ${JSON.stringify(s.Effect)?.slice(0, 40)}` };
    const action = strings(s.Action);
    const notAction = strings(s.NotAction);
    const resource = strings(s.Resource);
    const notResource = strings(s.NotResource);
    if (!action || !notAction || !resource || !notResource)
      return {
        ok: false,
        error: "a statement has an Action or Resource that is not a string or list of strings"
      };
    statements.push({
      ...typeof s.Sid === "string" ? { Sid: s.Sid.slice(0, 200) } : {},
      Effect: s.Effect,
      Action: action,
      NotAction: notAction,
      Resource: resource,
      NotResource: notResource,
      hasCondition: s.Condition !== void 0
    });
  }
  return { ok: true, statements };
}
function grantsAdministrator(statement) {
  return statement.Effect === "Allow" && statement.Action.some((a) => a === "*" || a === "*:*") && statement.Resource.includes("*");
}
function actionMatches(pattern, action) {
  if (pattern.length > 300) return false;
  const expression = pattern.toLowerCase().replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${expression}$`).test(action.toLowerCase());
}
function deniesAction(statements, action) {
  let conditional = false;
  for (const s of statements) {
    if (s.Effect !== "Deny" || s.NotResource.length > 0 || !s.Resource.includes("*")) continue;
    const matches = s.Action.some((a) => actionMatches(a, action)) || s.NotAction.length > 0 && !s.NotAction.some((a) => actionMatches(a, action));
    if (!matches) continue;
    if (!s.hasCondition) return { denied: true, conditional: false };
    conditional = true;
  }
  return { denied: conditional, conditional };
}

// src/checks/aws/admin-principals.ts
function ownAdminRights(principal, customer) {
  const via = [];
  const unknown = [];
  for (const p of principal.AttachedManagedPolicies ?? []) {
    const arn = p.PolicyArn ?? "";
    if (ADMINISTRATOR_ACCESS_ARN.test(arn)) {
      via.push("AdministratorAccess");
      continue;
    }
    if (/^arn:aws[a-z-]*:iam::aws:policy\//.test(arn)) continue;
    const policy = customer.get(arn);
    if (!policy) {
      unknown.push(`${p.PolicyName ?? arn} (not in the recorded customer managed policies)`);
      continue;
    }
    const parsed = parsePolicy(policy.document);
    if (!parsed.ok) unknown.push(`${p.PolicyName ?? arn} (${policy.omitted ?? parsed.error})`);
    else if (parsed.statements.some(grantsAdministrator)) via.push(`${p.PolicyName ?? arn} ("*" on "*")`);
  }
  for (const p of principal.inlinePolicies ?? []) {
    const parsed = parsePolicy(p.PolicyDocument);
    const name = `inline ${p.PolicyName ?? "(unnamed)"}`;
    if (!parsed.ok) unknown.push(`${name} (${p.omitted ?? parsed.error})`);
    else if (parsed.statements.some(grantsAdministrator)) via.push(`${name} ("*" on "*")`);
  }
  if (via.length > 0) return { admin: true, via };
  return unknown.length > 0 ? { admin: false, unknown } : { admin: false };
}
function administrators(data, approvedList) {
  const customer = new Map(
    (data.policies ?? []).map((p) => [
      p.Arn ?? "",
      {
        ...p.defaultDocument !== void 0 ? { document: p.defaultDocument } : {},
        ...p.omitted ? { omitted: p.omitted } : {}
      }
    ])
  );
  const admins = [];
  const unknown = [];
  const add = (type, p, via) => admins.push({
    type,
    name: p.name ?? p.Arn ?? "(unnamed)",
    ...p.Arn ? { arn: p.Arn } : {},
    via,
    approved: isApproved(approvedList, p.name, p.Arn)
  });
  const groups = /* @__PURE__ */ new Map();
  for (const g of data.groups ?? []) {
    const verdict2 = ownAdminRights(g, customer);
    groups.set(g.name ?? "", verdict2);
    if (verdict2.admin) add("group", g, verdict2.via);
    else if (verdict2.unknown) unknown.push(`group ${g.name}: ${verdict2.unknown.join(", ")}`);
  }
  for (const u of data.users ?? []) {
    const own = ownAdminRights(u, customer);
    const via = own.admin ? [...own.via] : [];
    const undecided = own.admin ? [] : [...own.unknown ?? []];
    for (const name of u.GroupList ?? []) {
      const group = groups.get(name);
      if (!group) undecided.push(`group ${name} (not recorded)`);
      else if (group.admin) via.push(`group ${name}`);
      else if (group.unknown) undecided.push(`group ${name}`);
    }
    if (via.length > 0) add("user", u, via);
    else if (undecided.length > 0) unknown.push(`user ${u.name}: ${undecided.join(", ")}`);
  }
  for (const r of data.roles ?? []) {
    const verdict2 = ownAdminRights(r, customer);
    if (verdict2.admin) add("role", r, verdict2.via);
    else if (verdict2.unknown) unknown.push(`role ${r.name}: ${verdict2.unknown.join(", ")}`);
  }
  return { admins, unknown };
}
var describe = (a) => `${a.type} ${a.name} (${a.via.join(", ")})`;
var awsAdminPrincipalsApproved = {
  metadata: {
    id: "aws.iam.admin-principals-approved",
    version: 1,
    title: "Only approved IAM users, groups and roles hold administrator rights",
    severity: "high",
    rationale: 'Administrator rights (AdministratorAccess, or any policy allowing "*" on "*") let a principal do everything in the account, including erasing the evidence of it; they must be held only by the principals whose privileged access was approved.',
    remediation: 'For each unapproved principal: detach AdministratorAccess or the "*"-on-"*" policy (IAM \u2192 Users / Groups / Roles \u2192 Permissions), grant a narrower policy, or, when the access is approved, add its name or ARN to aws.admin-principals in the evidence configuration (the approval record belongs in the manual evidence of A.8.2).',
    evidenceKinds: [AWS_IDENTITY_EVIDENCE.authorizationDetails]
  },
  evaluate: (context) => {
    const approvedList = context.config.aws["admin-principals"];
    return perRecord(
      context,
      AWS_IDENTITY_EVIDENCE.authorizationDetails,
      "The IAM authorization details",
      (data) => {
        if (!Array.isArray(data.users) || !Array.isArray(data.groups) || !Array.isArray(data.roles)) {
          return { status: "error", message: "The IAM authorization details hold no list of principals." };
        }
        const { admins, unknown } = administrators(data, approvedList);
        const unapproved = admins.filter((a) => !a.approved);
        const approved = admins.filter((a) => a.approved);
        const undecided = [
          ...data.truncated ? ["the listing stopped at the page cap, so principals may be missing"] : [],
          ...unknown
        ];
        if (unapproved.length > 0) {
          return {
            status: "fail",
            message: `${unapproved.length} principal(s) hold administrator rights without approval: ${unapproved.map(describe).join("; ")}.${undecided.length ? ` Also undecided: ${undecided.join("; ")}.` : ""}`,
            details: admins
          };
        }
        if (undecided.length > 0) {
          return {
            status: "error",
            message: `Whether these principals hold administrator rights could not be decided: ${undecided.join("; ")}.`,
            details: admins
          };
        }
        return {
          status: "pass",
          message: admins.length === 0 ? `No IAM user, group or role holds administrator rights (${data.users.length} users, ${data.groups.length} groups, ${data.roles.length} roles).` : `${approved.length} principal(s) hold administrator rights, all approved: ${approved.map(describe).join("; ")}.`,
          details: admins
        };
      }
    );
  }
};

// src/checks/aws/unused-credentials.ts
var ROOT = "<root_account>";
function unusedCredentials(row, end, maxUnused) {
  const unused = [];
  let credentials = 0;
  if (row.password_enabled === "true") {
    credentials++;
    const since = ageDays(end, row.password_last_used);
    const created = ageDays(end, row.user_creation_time);
    if (since !== void 0 ? since > maxUnused : created !== void 0 && created > maxUnused) {
      unused.push(
        since !== void 0 ? `${row.user} console password unused for ${since} days` : `${row.user} console password never used (user created ${created} days ago)`
      );
    }
  }
  for (const n of [1, 2]) {
    if (row[`access_key_${n}_active`] !== "true") continue;
    credentials++;
    const since = ageDays(end, row[`access_key_${n}_last_used_date`]);
    const rotated = ageDays(end, row[`access_key_${n}_last_rotated`]);
    if (since !== void 0 ? since > maxUnused : rotated !== void 0 && rotated > maxUnused) {
      unused.push(
        since !== void 0 ? `${row.user} access key ${n} unused for ${since} days` : `${row.user} access key ${n} never used (created ${rotated} days ago)`
      );
    }
  }
  return { credentials, unused };
}
var awsUnusedCredentials = {
  metadata: {
    id: "aws.iam.unused-credentials-removed",
    version: 1,
    title: "IAM console passwords and access keys unused beyond the limit are removed",
    severity: "medium",
    rationale: "A credential nobody used for months belongs to access that is no longer needed (a leaver, a retired workload); while it stays active, whoever finds it gets that access unnoticed.",
    remediation: 'For each listed credential: IAM \u2192 Users \u2192 the user \u2192 Security credentials \u2192 "Manage console access" \u2192 Disable, or deactivate and delete the access key (aws iam update-access-key --status Inactive; aws iam delete-access-key); remove users nobody needs. The limit is aws.credential-max-unused-days.',
    evidenceKinds: [AWS_EVIDENCE.credentialReport]
  },
  evaluate: (context) => {
    const maxUnused = context.config.aws["credential-max-unused-days"];
    return perRecord(
      context,
      AWS_EVIDENCE.credentialReport,
      "The IAM credential report",
      ({ rows }) => {
        if (!Array.isArray(rows)) return { status: "error", message: "The credential report holds no rows." };
        let credentials = 0;
        const unused = [];
        for (const row of rows.filter((r) => r.user !== ROOT)) {
          const result = unusedCredentials(row, context.period.end, maxUnused);
          credentials += result.credentials;
          unused.push(...result.unused);
        }
        if (credentials === 0)
          return {
            status: "not_applicable",
            message: "No IAM user has a console password or an active access key."
          };
        return unused.length === 0 ? {
          status: "pass",
          message: `All ${credentials} IAM console password(s) and active access key(s) were used within ${maxUnused} days of the period end.`
        } : {
          status: "fail",
          message: `${unused.length} of ${credentials} credential(s) unused for more than ${maxUnused} days: ${unused.join("; ")}.`,
          details: unused
        };
      }
    );
  }
};

// src/checks/aws/root-access-keys.ts
function fromReport(record) {
  if (!record) return { unknown: "the credential report was not collected" };
  if (record.error || !Array.isArray(record.data?.rows))
    return { unknown: `the credential report could not be read (${record.error?.message ?? "no rows"})` };
  const root = record.data.rows.find((r) => r.user === "<root_account>");
  if (!root) return { unknown: "the credential report has no <root_account> row" };
  const active = [1, 2].filter((n) => root[`access_key_${n}_active`] === "true");
  return {
    present: active.length > 0,
    how: active.length ? `the credential report shows root access key(s) ${active.join(" and ")} active` : "the credential report shows no active root access key"
  };
}
function fromSummary(record) {
  if (!record) return { unknown: "the IAM account summary was not collected" };
  const value = record.data?.summary?.AccountAccessKeysPresent;
  if (record.error || typeof value !== "number")
    return {
      unknown: `the IAM account summary could not be read (${record.error?.message ?? "no AccountAccessKeysPresent"})`
    };
  return {
    present: value > 0,
    how: `GetAccountSummary AccountAccessKeysPresent is ${value}`
  };
}
var awsRootAccessKeysAbsent = {
  metadata: {
    id: "aws.iam.root-access-keys-absent",
    version: 1,
    title: "The AWS root user has no access keys",
    severity: "critical",
    rationale: "A root access key is unrestricted, long-lived access to the whole account that no IAM policy or permission boundary can narrow; privileged access should be through roles that can be restricted and reviewed.",
    remediation: "Sign in as the root user \u2192 Security credentials \u2192 Access keys \u2192 Delete each key (first move whatever uses it to an IAM role). Then deny the root user with a service control policy where the account is in an organization.",
    evidenceKinds: [AWS_EVIDENCE.credentialReport, AWS_EVIDENCE.accountSummary]
  },
  evaluate: (context) => {
    const reports = context.evidence.all(AWS_EVIDENCE.credentialReport);
    const summaries = context.evidence.all(AWS_EVIDENCE.accountSummary);
    const subjects = [...new Set([...reports, ...summaries].map((r) => r.subject))].sort();
    return subjects.map((subject) => {
      const report = reports.find((r) => r.subject === subject);
      const summary = summaries.find((r) => r.subject === subject);
      const evidence = [report?.path, summary?.path].filter((p) => p !== void 0);
      return guardSubject(subject, evidence, () => {
        const said = [fromReport(report), fromSummary(summary)];
        const known = said.filter((s) => "present" in s);
        const unknown = said.filter((s) => "unknown" in s);
        if (known.length === 0) {
          return {
            subject,
            status: "error",
            message: `Whether the root user has access keys is not known: ${unknown.map((u) => u.unknown).join("; ")}.`,
            evidence
          };
        }
        const present2 = known.filter((k) => k.present);
        const also = unknown.length ? ` (${unknown.map((u) => u.unknown).join("; ")})` : "";
        return present2.length > 0 ? {
          subject,
          status: "fail",
          message: `The root user has access keys: ${present2.map((k) => k.how).join("; ")}.`,
          evidence
        } : {
          subject,
          status: "pass",
          message: `The root user has no access keys: ${known.map((k) => k.how).join("; ")}${also}.`,
          evidence
        };
      });
    });
  }
};

// src/checks/aws/sso-admin-permission-sets.ts
var awsSsoAdminPermissionSetsApproved = {
  metadata: {
    id: "aws.sso.admin-permission-sets-approved",
    version: 1,
    title: "Only approved IAM Identity Center permission sets grant administrator rights",
    severity: "high",
    rationale: 'A permission set with AdministratorAccess (or an inline policy allowing "*" on "*") makes everyone assigned to it an administrator of each account it is provisioned to; such permission sets must be the approved privileged ones.',
    remediation: 'IAM Identity Center \u2192 Permission sets \u2192 the listed set \u2192 remove AdministratorAccess or the "*"-on-"*" inline policy, or, when it is the approved administrator set, add its name to aws.admin-principals in the evidence configuration. Review who is assigned to it (AWS accounts \u2192 Users and groups).',
    evidenceKinds: [AWS_IDENTITY_EVIDENCE.permissionSets]
  },
  evaluate: (context) => {
    const approvedList = context.config.aws["admin-principals"];
    return perRecord(
      context,
      AWS_IDENTITY_EVIDENCE.permissionSets,
      "IAM Identity Center permission sets",
      (data) => {
        if (!Array.isArray(data.instances) || !Array.isArray(data.permissionSets))
          return { status: "error", message: "The record holds no list of instances or permission sets." };
        if (data.instances.length === 0)
          return { status: "not_applicable", message: "IAM Identity Center has no instance in this region." };
        const admins = [];
        const unknown = data.truncated ? ["the listing stopped at the page cap"] : [];
        for (const set of data.permissionSets) {
          const name = set.Name ?? set.PermissionSetArn;
          if (set.error) {
            unknown.push(`${name}: ${set.error}`);
            continue;
          }
          const via = (set.managedPolicies ?? []).filter((p) => ADMINISTRATOR_ACCESS_ARN.test(p.PolicyArn ?? "")).map(() => "AdministratorAccess");
          if (set.inlinePolicy !== void 0) {
            const parsed = parsePolicy(set.inlinePolicy);
            if (!parsed.ok) unknown.push(`${name}: inline policy ${parsed.error}`);
            else if (parsed.statements.some(grantsAdministrator)) via.push('inline policy ("*" on "*")');
          }
          if (via.length > 0)
            admins.push({ name, via, approved: isApproved(approvedList, set.Name, set.PermissionSetArn) });
        }
        const unapproved = admins.filter((a) => !a.approved);
        const list3 = (items) => items.map((a) => `${a.name} (${a.via.join(", ")})`).join("; ");
        if (unapproved.length > 0)
          return {
            status: "fail",
            message: `${unapproved.length} permission set(s) grant administrator rights without approval: ${list3(unapproved)}.${unknown.length ? ` Also undecided: ${unknown.join("; ")}.` : ""}`,
            details: admins
          };
        if (unknown.length > 0)
          return {
            status: "error",
            message: `The rights of these permission sets could not be read: ${unknown.join("; ")}.`,
            details: admins
          };
        return {
          status: "pass",
          message: admins.length === 0 ? `None of the ${data.permissionSets.length} permission set(s) grants administrator rights through AWS managed or inline policies.` : `${admins.length} permission set(s) grant administrator rights, all approved: ${list3(admins)}.`,
          details: admins
        };
      }
    );
  }
};

// src/checks/aws/scp-guardrails.ts
var GUARDED_ACTIONS = [
  "organizations:LeaveOrganization",
  "cloudtrail:StopLogging",
  "cloudtrail:DeleteTrail"
];
var appliesTo = (policy, account) => policy.targets.some((t) => t.Type === "ROOT" || t.Type === "ACCOUNT" && t.TargetId === account);
function evaluateGuardrails(data, account) {
  if (!data.inOrganization)
    return {
      status: "fail",
      message: `Account ${account} is in no AWS organization: no service control policy can stop it leaving controls or switching CloudTrail off.`
    };
  if (data.managementAccountId === account)
    return {
      status: "not_applicable",
      message: `Account ${account} is the management account of ${data.organizationId ?? "the organization"}: service control policies do not apply to it (AWS Organizations User Guide, "SCP effects on permissions"); its CloudTrail is protected only by its own IAM policies. The member accounts' findings evaluate its SCPs.`
    };
  const enabled = data.roots.some(
    (r) => (r.PolicyTypes ?? []).some((t) => t.Type === "SERVICE_CONTROL_POLICY" && t.Status === "ENABLED")
  );
  if (!enabled)
    return {
      status: "fail",
      message: "Service control policies are not enabled on the organization root: no SCP applies."
    };
  const problems = [];
  const ouOnly = [];
  const covered = /* @__PURE__ */ new Map();
  for (const policy of data.policies) {
    if (policy.error) {
      problems.push(`${policy.Name ?? policy.Id}: ${policy.error}`);
      continue;
    }
    const parsed = parsePolicy(policy.Content);
    if (!parsed.ok) {
      problems.push(`${policy.Name ?? policy.Id}: ${parsed.error}`);
      continue;
    }
    const applies = appliesTo(policy, account);
    for (const action of GUARDED_ACTIONS) {
      const result = deniesAction(parsed.statements, action);
      if (!result.denied) continue;
      if (!applies) {
        if (policy.targets.some((t) => t.Type === "ORGANIZATIONAL_UNIT"))
          ouOnly.push(`${policy.Name ?? policy.Id} (${action})`);
        continue;
      }
      const before = covered.get(action);
      if (!before || before.conditional && !result.conditional)
        covered.set(action, {
          policy: policy.Name ?? policy.Id ?? "(unnamed)",
          conditional: result.conditional
        });
    }
  }
  const missing = GUARDED_ACTIONS.filter((a) => !covered.has(a));
  const described = [...covered].map(
    ([action, c]) => `${action} by ${c.policy}${c.conditional ? " (with a condition, e.g. a break-glass exemption)" : ""}`
  );
  if (missing.length === 0)
    return {
      status: "pass",
      message: `SCPs attached to the root or the account deny ${described.join("; ")}.`,
      details: described
    };
  if (problems.length > 0 || ouOnly.length > 0 || data.truncated)
    return {
      status: "error",
      message: `No SCP read so far denies ${missing.join(", ")} for account ${account}, but ${[
        ...problems.map((p) => `a policy could not be read (${p})`),
        ...ouOnly.map((p) => `${p} is attached to an organizational unit whose members were not read`),
        ...data.truncated ? ["the policy listing stopped at the cap"] : []
      ].join("; ")}.`
    };
  return {
    status: "fail",
    message: `No service control policy applying to account ${account} denies ${missing.join(", ")}.${described.length ? ` Denied: ${described.join("; ")}.` : ""}`,
    details: [...missing.map((action) => ({ action, denied: false })), ...described]
  };
}
var awsScpGuardrails = {
  metadata: {
    id: "aws.organizations.scp-guardrails",
    version: 1,
    title: "Service control policies stop accounts leaving the organization and switching CloudTrail off",
    severity: "high",
    rationale: "An account that can leave the organization escapes every organization-wide control, and whoever can stop CloudTrail can act unrecorded; a service control policy denies both even to the account's administrators.",
    remediation: 'AWS Organizations \u2192 Policies \u2192 Service control policies \u2192 Create policy with a Deny statement for organizations:LeaveOrganization, cloudtrail:StopLogging and cloudtrail:DeleteTrail on "*" (exempting a break-glass role with a condition if needed), and attach it to the root.',
    evidenceKinds: [AWS_IDENTITY_EVIDENCE.serviceControlPolicies]
  },
  evaluate: (context) => {
    const records = context.evidence.all(
      AWS_IDENTITY_EVIDENCE.serviceControlPolicies
    );
    const byAccount = new Map(records.map((r) => [r.subject.replace(/^aws:/, ""), r]));
    return records.map((record) => {
      const account = record.subject.replace(/^aws:/, "");
      return guardSubject(record.subject, [record.path], () => {
        if (record.error || !record.data) {
          return {
            subject: record.subject,
            status: "error",
            message: `The service control policies could not be collected: ${record.error?.message ?? "no data recorded"}`,
            evidence: [record.path]
          };
        }
        let source = record;
        if (record.data.deferred) {
          const management = record.data.managementAccountId;
          const found = management ? byAccount.get(management) : void 0;
          if (!found?.data || found.error || found.data.deferred) {
            return {
              subject: record.subject,
              status: "error",
              message: `Account ${account} is a member of ${record.data.organizationId ?? "an organization"}; its service control policies are read in the management account ${management ?? "(unknown)"}, which was ${found ? `not readable: ${found.error?.message ?? "no data"}` : "not collected"}.`,
              evidence: [record.path, ...found ? [found.path] : []]
            };
          }
          source = found;
        }
        const evidence = [.../* @__PURE__ */ new Set([record.path, source.path])];
        return { subject: record.subject, ...evaluateGuardrails(source.data, account), evidence };
      });
    });
  }
};

// src/checks/aws/organization-accounts.ts
var awsOrganizationAccountsCollected = {
  metadata: {
    id: "aws.organizations.accounts-collected",
    version: 1,
    title: "Every account discovered in AWS Organizations was collected",
    severity: "high",
    rationale: 'Evidence over "all accounts" holds only if each account of the organization was read: an account whose role could not be assumed is missing from every other finding, and must be visible as such.',
    remediation: "For each account in error: create the role named in aws.organization.role-name in that account (e.g. with a CloudFormation StackSet from the management account), trusting the identity the job runs as, with the policy docs/aws-iam-policy.json; or exclude the account in aws.organization.exclude with the reason recorded.",
    evidenceKinds: [AWS_IDENTITY_EVIDENCE.organizationAccounts, AWS_SOURCE_RECORD_KIND]
  },
  evaluate: (context) => context.evidence.all(AWS_IDENTITY_EVIDENCE.organizationAccounts).flatMap((record) => {
    if (record.error || !Array.isArray(record.data?.accounts)) {
      return [
        {
          subject: record.subject,
          status: "error",
          message: `The accounts of the organization could not be discovered: ${record.error?.message ?? "no account list recorded"}`,
          evidence: [record.path]
        }
      ];
    }
    const { roleName } = record.data;
    return record.data.accounts.map((account) => {
      const subject = `aws:${account.Id}`;
      const name = account.Name ? `${account.Id} (${account.Name})` : account.Id;
      if (!account.selected) {
        return {
          subject,
          status: "not_applicable",
          message: `Account ${name} is not collected: ${account.reason ?? "not selected"}.`,
          evidence: [record.path]
        };
      }
      const source = context.evidence.get(AWS_SOURCE_RECORD_KIND, subject);
      const evidence = [record.path, ...source ? [source.path] : []];
      if (!source)
        return {
          subject,
          status: "error",
          message: `Account ${name} was discovered but not collected (no record of assuming role ${roleName}).`,
          evidence
        };
      if (source.error || source.data === void 0)
        return {
          subject,
          status: "error",
          message: `Account ${name} could not be collected: ${source.error?.message ?? "no data recorded"}`,
          evidence
        };
      return {
        subject,
        status: "pass",
        message: `Account ${name} was collected by assuming ${roleName}.`,
        evidence
      };
    });
  })
};

// src/checks/aws/inspector-coverage.ts
var REQUIRED = { ec2: "EC2", ecr: "ECR", lambda: "Lambda" };
var OUT_OF_SCOPE = /* @__PURE__ */ new Set([
  "RESOURCE_TERMINATED",
  "EC2_INSTANCE_STOPPED",
  "SCAN_ELIGIBILITY_EXPIRED",
  "DELETED"
]);
var awsInspectorCoverage = {
  metadata: {
    id: "aws.inspector2.coverage",
    version: 1,
    title: "Amazon Inspector scans every EC2 instance, ECR repository and Lambda function",
    severity: "high",
    rationale: "Inspector turned on is not the same as every workload scanned: a resource type left off, or instances without the SSM agent, are never looked at for known vulnerabilities.",
    remediation: "Amazon Inspector \u2192 Account management \u2192 activate EC2, ECR and Lambda scanning; then Resources coverage \u2192 fix each listed resource by its reason (e.g. install or repair the SSM agent for UNMANAGED_EC2_INSTANCE, or remove an exclusion tag).",
    evidenceKinds: [AWS_VULNERABILITY_EVIDENCE.inspectorCoverage]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_VULNERABILITY_EVIDENCE.inspectorCoverage,
    "The Amazon Inspector coverage",
    (data) => {
      if (!Array.isArray(data.resources) || typeof data.resourceState !== "object" || data.resourceState === null)
        return { status: "error", message: "The record holds no coverage list." };
      if (!data.enabled)
        return {
          status: "fail",
          message: "Amazon Inspector is not enabled in this region: nothing is scanned."
        };
      const off = Object.entries(REQUIRED).filter(([type]) => data.resourceState[type] !== "ENABLED").map(([type, name]) => `${name} scanning ${data.resourceState[type] ?? "not reported"}`);
      const inScope2 = data.resources.filter((r) => !OUT_OF_SCOPE.has(r.reason ?? ""));
      const unscanned = inScope2.filter((r) => r.statusCode !== "ACTIVE");
      const problems = [
        ...off,
        ...unscanned.slice(0, 50).map(
          (r) => `${r.resourceType ?? "resource"} ${r.resourceId ?? "?"} not scanned (${r.reason ?? r.statusCode ?? "no status"})`
        ),
        ...unscanned.length > 50 ? [`and ${unscanned.length - 50} more`] : []
      ];
      if (problems.length > 0)
        return {
          status: "fail",
          message: `${problems.join("; ")}.`,
          details: [...off, ...unscanned]
        };
      if (data.truncated)
        return {
          status: "error",
          message: `The coverage listing stopped at the page cap after ${data.resources.length} resources, all scanned; the rest is not known.`
        };
      return {
        status: "pass",
        message: inScope2.length === 0 ? "EC2, ECR and Lambda scanning are enabled; Inspector lists no resource of these types in this region." : `EC2, ECR and Lambda scanning are enabled and all ${inScope2.length} resource(s) Inspector lists are scanned.`
      };
    }
  )
};

// src/checks/aws/inspector-findings-sla.ts
var limitOf = (sla, severity) => ({ CRITICAL: sla.critical, HIGH: sla.high, MEDIUM: sla.medium, LOW: sla.low })[severity ?? ""];
var awsInspectorFindingsWithinSla = {
  metadata: {
    id: "aws.inspector2.findings-within-sla",
    version: 1,
    title: "Open Amazon Inspector findings are within the remediation SLA for their severity",
    severity: "high",
    rationale: "Vulnerabilities are managed when they are fixed in time: a critical finding open for months is an exposure the process did not act on. Informational and untriaged findings have no SLA.",
    remediation: "Amazon Inspector \u2192 Findings \u2192 filter Status Active, sort by age: patch or rebuild the resource (SSM Patch Manager for EC2, a new image for ECR, a dependency update for Lambda), or suppress a finding with a recorded risk acceptance. SLAs are aws.inspector-finding-sla-days.",
    evidenceKinds: [AWS_VULNERABILITY_EVIDENCE.inspectorFindings]
  },
  evaluate: (context) => {
    const sla = context.config.aws["inspector-finding-sla-days"];
    const end = Date.parse(context.period.end);
    return perRecord(
      context,
      AWS_VULNERABILITY_EVIDENCE.inspectorFindings,
      "The Amazon Inspector findings",
      (data) => {
        if (!Array.isArray(data.findings))
          return { status: "error", message: "The record holds no findings list." };
        if (!data.enabled)
          return {
            status: "error",
            message: "Amazon Inspector is not enabled in this region, so its findings are unknown (see aws.inspector2.coverage)."
          };
        const overdue = [];
        const undated = [];
        let measured = 0;
        for (const f of data.findings) {
          const limit = limitOf(sla, f.severity);
          if (limit === void 0) continue;
          measured++;
          const first = f.firstObservedAt ? Date.parse(f.firstObservedAt) : NaN;
          if (Number.isNaN(first)) {
            undated.push(f.findingArn ?? f.title ?? "(finding)");
            continue;
          }
          const age = Math.floor((end - first) / DAY_MS5);
          if (age > limit)
            overdue.push(
              `${f.severity} "${f.title ?? f.findingArn}" on ${f.resourceId ?? "a resource"} open ${age} days (SLA ${limit})`
            );
        }
        if (overdue.length > 0)
          return {
            status: "fail",
            message: `${overdue.length} open finding(s) past their SLA: ${overdue.slice(0, 20).join("; ")}${overdue.length > 20 ? `; and ${overdue.length - 20} more` : ""}.`,
            details: overdue
          };
        if (undated.length > 0)
          return {
            status: "error",
            message: `Open findings without a first-observed time: ${undated.slice(0, 10).join(", ")}.`
          };
        if (data.truncated) {
          const last = data.findings.at(-1)?.firstObservedAt;
          const youngest = last ? Math.floor((end - Date.parse(last)) / DAY_MS5) : void 0;
          const tightest = Math.min(sla.critical, sla.high, sla.medium, sla.low);
          if (youngest === void 0 || Number.isNaN(youngest) || youngest > tightest)
            return {
              status: "error",
              message: `The findings listing stopped at the page cap; the findings not read may be past the ${tightest}-day SLA.`
            };
        }
        return measured === 0 ? {
          status: "pass",
          message: "Amazon Inspector has no open critical, high, medium or low finding in this region."
        } : {
          status: "pass",
          message: `All ${measured} open finding(s) are within their SLA (critical ${sla.critical}, high ${sla.high}, medium ${sla.medium}, low ${sla.low} days).`
        };
      }
    );
  }
};

// src/checks/aws/ecr-scan-on-push.ts
var wildcard = (filter, name) => filter.length <= 256 && new RegExp(`^${filter.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(name);
function scanningOf(registry, repository) {
  const name = repository.repositoryName ?? "";
  const rules = registry?.rules ?? [];
  const matching = rules.filter(
    (rule) => rule.repositoryFilters.some(
      (f) => f.filterType === "WILDCARD" && f.filter !== void 0 && wildcard(f.filter, name)
    )
  );
  if (registry?.scanType === "ENHANCED") {
    const rule = matching.find(
      (r) => r.scanFrequency === "CONTINUOUS_SCAN" || r.scanFrequency === "SCAN_ON_PUSH"
    );
    return rule ? `enhanced ${rule.scanFrequency}` : void 0;
  }
  if (matching.some((r) => r.scanFrequency === "SCAN_ON_PUSH")) return "basic SCAN_ON_PUSH (registry rule)";
  if (rules.length === 0 && repository.scanOnPush) return "basic scan on push (repository setting)";
  return void 0;
}
var awsEcrScanOnPush = {
  metadata: {
    id: "aws.ecr.scan-on-push",
    version: 1,
    title: "ECR repositories scan images on push or continuously",
    severity: "medium",
    rationale: "A container image pushed without a vulnerability scan can run with known vulnerabilities nobody was told about.",
    remediation: `Amazon ECR \u2192 Private registry \u2192 Settings \u2192 Scanning: choose Enhanced scanning with a continuous-scan rule matching all repositories (filter *), or Basic scanning with a scan-on-push rule for *. CLI: aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules '[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]'`,
    evidenceKinds: [AWS_VULNERABILITY_EVIDENCE.ecrScanning]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_VULNERABILITY_EVIDENCE.ecrScanning,
    "The ECR scanning configuration",
    (data) => {
      if (!Array.isArray(data.repositories))
        return { status: "error", message: "The record holds no repository list." };
      if (data.repositories.length === 0)
        return { status: "not_applicable", message: "There is no ECR repository in this region." };
      const unscanned = data.repositories.filter((r) => !scanningOf(data.registry, r));
      if (unscanned.length > 0)
        return {
          status: "fail",
          message: `${unscanned.length} of ${data.repositories.length} ECR repositories scan neither on push nor continuously (registry scanning ${data.registry?.scanType ?? "unknown"}): ${unscanned.slice(0, 30).map((r) => r.repositoryName).join(", ")}.`,
          details: unscanned.map((r) => r.repositoryName)
        };
      if (data.truncated)
        return {
          status: "error",
          message: `The repository listing stopped at the page cap after ${data.repositories.length} repositories, all scanned.`
        };
      return {
        status: "pass",
        message: `All ${data.repositories.length} ECR repositories are scanned (${[...new Set(data.repositories.map((r) => scanningOf(data.registry, r)))].join(", ")}).`
      };
    }
  )
};

// src/checks/aws/changes-identity.ts
var GLOBAL_EVENTS_REGION = "us-east-1";
var isRoot = (e) => /^arn:aws[a-z-]*:iam::\d{12}:root$/.test(e.userArn ?? "") && typeof e.requestParameters?.userName !== "string";
var awsRootAccessKeysInForce = {
  metadata: {
    id: "aws.changes.root-access-keys-absent-in-force",
    version: 1,
    title: "The root user had no access key at any time during the period",
    severity: "high",
    rationale: "A root access key created and deleted again within the period leaves no trace in the state at its end, yet for that interval the account had unrestricted long-lived credentials.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history, event name CreateAccessKey, user root): who held the key and what it was used for; deny root use with a service control policy.",
    evidenceKinds: [AWS_EVIDENCE.accountSummary, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => context.evidence.all(AWS_EVIDENCE.accountSummary).map((record) => {
    const changes = changesOf(context, `${record.subject}/${GLOBAL_EVENTS_REGION}`);
    const evidence = [record.path, ...changes ? [changes.path] : []];
    const present2 = record.data?.summary?.AccountAccessKeysPresent;
    return guardSubject(record.subject, evidence, () => ({
      subject: record.subject,
      ...timelineOf(context, "root-access-keys", changes, {
        events: (data) => data.events.filter(isRoot),
        stateAtEnd: record.error || typeof present2 !== "number" ? void 0 : present2 === 0,
        what: `The root user without access keys (events of ${GLOBAL_EVENTS_REGION})`
      }),
      evidence
    }));
  })
};
var awsScpGuardrailsInForce = {
  metadata: {
    id: "aws.changes.scp-guardrails-in-force",
    version: 1,
    title: "Guardrail service control policies stayed attached during the period",
    severity: "high",
    rationale: "An SCP that denies leaving the organization or stopping CloudTrail protects nothing while it is detached; detaching it, acting, and attaching it again leaves the end state unchanged.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history in us-east-1 of the management account, event names DetachPolicy and AttachPolicy): who detached the policy and what was done meanwhile; restrict organizations:DetachPolicy to a break-glass role.",
    evidenceKinds: [AWS_IDENTITY_EVIDENCE.serviceControlPolicies, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => context.evidence.all(AWS_IDENTITY_EVIDENCE.serviceControlPolicies).filter((record) => !record.data?.deferred).flatMap((record) => {
    if (record.error || !record.data || !Array.isArray(record.data.policies)) {
      return [
        {
          subject: record.subject,
          status: "error",
          message: `The service control policies could not be collected: ${record.error?.message ?? "no data recorded"}`,
          evidence: [record.path]
        }
      ];
    }
    if (!record.data.inOrganization) return [];
    const changes = changesOf(context, `${record.subject}/${GLOBAL_EVENTS_REGION}`);
    const evidence = [record.path, ...changes ? [changes.path] : []];
    const guardrails = record.data.policies.filter((policy) => {
      const parsed = parsePolicy(policy.Content);
      return parsed.ok && GUARDED_ACTIONS.some((a) => deniesAction(parsed.statements, a).denied);
    });
    if (guardrails.length === 0) {
      return [
        {
          subject: record.subject,
          status: "not_applicable",
          message: "No service control policy denies leaving the organization or stopping CloudTrail.",
          evidence
        }
      ];
    }
    return guardrails.map((policy) => {
      const subject = `${record.subject}/scp/${policy.Id ?? policy.Name}`;
      return guardSubject(subject, evidence, () => ({
        subject,
        ...timelineOf(context, "scp-attachment", changes, {
          events: (data) => data.events.filter((e) => e.requestParameters?.policyId === policy.Id),
          stateAtEnd: policy.error ? void 0 : policy.targets.length > 0,
          what: `Attachment of SCP ${policy.Name ?? policy.Id}`
        }),
        evidence
      }));
    });
  })
};

// src/checks/aws/changes-inspector.ts
var awsInspectorInForce = {
  metadata: {
    id: "aws.changes.inspector2-in-force",
    version: 1,
    title: "Amazon Inspector scanning was not disabled during the period",
    severity: "medium",
    rationale: "While Inspector is disabled nothing is scanned, and its findings are removed; re-enabling it before the evidence is collected hides the gap from the state at the period end.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history, event source inspector2.amazonaws.com, event names Disable and Enable); re-enable EC2, ECR and Lambda scanning and deny inspector2:Disable with a service control policy.",
    evidenceKinds: [AWS_VULNERABILITY_EVIDENCE.inspectorCoverage, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => context.evidence.all(AWS_VULNERABILITY_EVIDENCE.inspectorCoverage).map((record) => {
    const region = record.subject.split("/").pop() ?? record.subject;
    const changes = changesOf(context, record.subject);
    const evidence = [record.path, ...changes ? [changes.path] : []];
    return guardSubject(record.subject, evidence, () => ({
      subject: record.subject,
      ...timelineOf(context, "inspector2-scanning", changes, {
        events: (data) => data.events.filter((e) => e.EventSource === "inspector2.amazonaws.com"),
        // On: Inspector scans something in the region (which types is aws.inspector2.coverage). A Disable
        // of some types only, with Inspector still on at the end, contradicts the history: error.
        stateAtEnd: record.error || !record.data ? void 0 : record.data.enabled === true,
        what: `Amazon Inspector in ${region}`
      }),
      evidence
    }));
  })
};

// src/checks/aws/changes-ecr.ts
var switchesOff = (e) => {
  const configuration = e.requestParameters?.imageScanningConfiguration;
  return !(configuration && typeof configuration === "object" && configuration.scanOnPush === true);
};
var awsEcrScanOnPushInForce = {
  metadata: {
    id: "aws.changes.ecr-scan-on-push-in-force",
    version: 1,
    title: "ECR scan on push was not switched off during the period",
    severity: "medium",
    rationale: "Images pushed while scan on push was off were never scanned when they arrived; switching it back on before the evidence is collected hides that from the state at the period end.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history, event name PutImageScanningConfiguration): scan the images pushed meanwhile (aws ecr start-image-scan), and move scanning to a registry rule (enhanced or basic scanning for *) so that no repository setting can switch it off.",
    evidenceKinds: [AWS_VULNERABILITY_EVIDENCE.ecrScanning, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => context.evidence.all(AWS_VULNERABILITY_EVIDENCE.ecrScanning).flatMap((record) => {
    if (record.error || !Array.isArray(record.data?.repositories)) {
      return [
        {
          subject: record.subject,
          status: "error",
          message: `The ECR repositories could not be collected: ${record.error?.message ?? "no repository list recorded"}`,
          evidence: [record.path]
        }
      ];
    }
    if ((record.data.registry?.rules ?? []).length > 0) return [];
    const changes = changesOf(context, record.subject);
    const evidence = [record.path, ...changes ? [changes.path] : []];
    return record.data.repositories.map((repository) => {
      const name = repository.repositoryName ?? "(unnamed)";
      const subject = `${record.subject}/ecr/${name}`;
      return guardSubject(subject, evidence, () => ({
        subject,
        ...timelineOf(context, "ecr-scan-on-push", changes, {
          events: (data) => data.events.filter((e) => e.requestParameters?.repositoryName === name),
          stateAtEnd: typeof repository.scanOnPush === "boolean" ? repository.scanOnPush : void 0,
          what: `Scan on push of ECR repository ${name}`,
          isOff: switchesOff
        }),
        evidence
      }));
    });
  })
};

// src/checks/aws/backup-plans.ts
var awsBackupPlans = {
  metadata: {
    id: "aws.backup.plans-with-selections",
    version: 1,
    title: "AWS Backup has a backup plan that assigns resources in every region in use",
    severity: "high",
    rationale: "A backup plan backs up only the resources its selections assign (by tag or by ARN); a region with resources and no plan with a selection has no AWS Backup copies to recover from.",
    remediation: "AWS Backup \u2192 Backup plans (in each listed region) \u2192 Create backup plan (a rule with the schedule and retention of the backup policy) \u2192 Assign resources (by tag, e.g. backup=daily, or by resource ID). CLI: aws backup create-backup-plan \u2026; aws backup create-backup-selection --backup-plan-id <id> --backup-selection file://selection.json --region <region>",
    evidenceKinds: [AWS_BACKUP_EVIDENCE.backup, AWS_BACKUP_EVIDENCE.rdsBackups]
  },
  evaluate: (context) => perRecord(context, AWS_BACKUP_EVIDENCE.backup, "AWS Backup status", (data, record) => {
    const { plans, selections, protectedResources } = data;
    if (plans.length === 0) {
      const rds = context.evidence.get(AWS_BACKUP_EVIDENCE.rdsBackups, record.subject);
      const rdsInstances = rds?.data?.instances.length;
      if (protectedResources.length === 0 && rdsInstances === 0) {
        return {
          status: "not_applicable",
          message: "No AWS Backup plan, no resource with an AWS Backup recovery point and no RDS DB instance in this region (other resource types were not looked at)."
        };
      }
      const what = [
        ...protectedResources.length ? [`${protectedResources.length} resource(s) with older recovery points`] : [],
        ...rdsInstances ? [`${rdsInstances} RDS DB instance(s)`] : [],
        ...rdsInstances === void 0 ? ["RDS DB instances not known"] : []
      ];
      return {
        status: "fail",
        message: `No AWS Backup plan in this region (${what.join(", ")}).`
      };
    }
    const withSelections = plans.filter((p) => selections.some((s) => s.BackupPlanId === p.BackupPlanId));
    const named = (p) => p.BackupPlanName ?? p.BackupPlanId ?? "(unnamed)";
    if (withSelections.length === 0) {
      if (data.truncated?.includes("selections")) {
        return {
          status: "error",
          message: `None of the first ${plans.length} backup plans' selections listed assigns resources, and the listing was cut at the cap.`
        };
      }
      return {
        status: "fail",
        message: `Backup plan(s) ${plans.map(named).join(", ")} assign no resources (no backup selection): nothing is backed up by them.`
      };
    }
    const idle = plans.filter((p) => !withSelections.includes(p));
    const count = (p) => selections.filter((s) => s.BackupPlanId === p.BackupPlanId).length;
    return {
      status: "pass",
      message: `Backup plan(s) ${withSelections.map((p) => `${named(p)} (${count(p)} selection(s))`).join(", ")} assign resources${idle.length ? `; ${idle.map(named).join(", ")} assign none` : ""}.`
    };
  })
};

// src/checks/aws/backup-recovery-points.ts
var HOUR_MS = 36e5;
var USABLE = /* @__PURE__ */ new Set(["COMPLETED", "AVAILABLE"]);
function longestGap(times, from, to, anchor = from) {
  const before = times.filter((t) => t <= from);
  const first = before.length ? Math.max(...before) : anchor;
  const points = [first, ...times.filter((t) => t > from && t <= to).sort((a, b) => a - b), to];
  let best = { from: first, to: first };
  for (let i = 1; i < points.length; i++) {
    if (points[i] - points[i - 1] > best.to - best.from) best = { from: points[i - 1], to: points[i] };
  }
  return best;
}
var awsBackupRecoveryPoints = {
  metadata: {
    id: "aws.backup.recovery-points-within-rpo",
    version: 1,
    title: "Every resource protected by AWS Backup had a recovery point at least every RPO over the period",
    severity: "high",
    rationale: "The recovery point objective is met only if backups were actually taken: a protected resource whose recovery points are further apart than the RPO would lose more data than the business accepted.",
    remediation: "For each listed resource: AWS Backup \u2192 Jobs \u2192 Backup jobs (filter by the resource) for the failed or missing jobs and their status message; fix the cause (IAM role, resource state, start window too short, selection that no longer matches), then run an on-demand backup. Set aws.backup-rpo-hours to the RPO of the backup policy plus the rule start window.",
    evidenceKinds: [AWS_BACKUP_EVIDENCE.backup]
  },
  evaluate: (context) => perRecord(context, AWS_BACKUP_EVIDENCE.backup, "AWS Backup status", (data) => {
    const rpoHours = context.config.aws["backup-rpo-hours"];
    const start = Date.parse(context.period.start);
    const end = Date.parse(context.period.end);
    if (data.protectedResources.length === 0) {
      return {
        status: "not_applicable",
        message: "No resource in this region has an AWS Backup recovery point."
      };
    }
    const readFrom = Date.parse(data.recoveryPointsFrom);
    if (!(readFrom <= start - rpoHours * HOUR_MS + 6e4)) {
      return {
        status: "error",
        message: `The recovery points were read from ${data.recoveryPointsFrom}, less than the RPO of ${rpoHours} h before the period start ${context.period.start}; whether the RPO was met at the period start is not evidenced.`
      };
    }
    const cut = (data.truncated ?? []).filter((t) => t.startsWith("recovery points"));
    if (cut.length > 0) {
      return {
        status: "error",
        message: `The ${cut.join(", ")} listing was cut at the page cap; gaps could be points not read.`
      };
    }
    const gaps = [];
    const shortened = [];
    const unexplained = [];
    for (const resource of data.protectedResources) {
      const arn = resource.ResourceArn ?? "(no ARN)";
      const points = data.recoveryPoints.filter(
        (p) => p.ResourceArn === resource.ResourceArn && USABLE.has(p.Status ?? "")
      );
      if (points.length === 0 && resource.LastBackupTime && Date.parse(resource.LastBackupTime) >= readFrom) {
        unexplained.push(`${arn} (last backup ${resource.LastBackupTime})`);
        continue;
      }
      const retention = Math.max(0, ...points.map((p) => p.Lifecycle?.DeleteAfterDays ?? 0));
      const from = retention > 0 ? Math.max(start, end - retention * DAY_MS5) : start;
      if (from > start)
        shortened.push(`${arn} from ${new Date(from).toISOString()} (kept ${retention} days)`);
      const times = points.flatMap((p) => p.CreationDate ? [Date.parse(p.CreationDate)] : []);
      const continuous = points.filter((p) => p.RecoveryPointArn?.includes(":continuous:") && p.CreationDate).map((p) => Date.parse(p.CreationDate));
      const until = continuous.length ? Math.min(end, Math.max(from, Math.min(...continuous))) : end;
      const gap = continuous.length && Math.min(...continuous) <= from ? { from, to: from } : longestGap(times, from, until, from > start ? from : readFrom);
      const hours = (gap.to - gap.from) / HOUR_MS;
      if (hours > rpoHours) {
        gaps.push({
          resource: arn,
          from: new Date(gap.from).toISOString(),
          to: new Date(gap.to).toISOString(),
          hours: Math.round(hours * 10) / 10
        });
      }
    }
    const note = (shortened.length ? ` Evidenced only ${shortened.join("; ")}.` : "") + (unexplained.length ? ` Not decided: ${unexplained.join("; ")}, with no recovery point read since ${data.recoveryPointsFrom}.` : "");
    if (gaps.length > 0) {
      gaps.sort((a, b) => b.hours - a.hours);
      return {
        status: "fail",
        message: `${gaps.length} of ${data.protectedResources.length} protected resource(s) went longer than the RPO of ${rpoHours} h without a recovery point: ${gaps.slice(0, 10).map((g) => `${g.resource} ${g.hours} h (${g.from}\u2013${g.to})`).join("; ")}${gaps.length > 10 ? `; and ${gaps.length - 10} more` : ""}.${note}`,
        details: gaps
      };
    }
    if (unexplained.length > 0) {
      return {
        status: "error",
        message: `${unexplained.length} protected resource(s) could not be judged.${note}`
      };
    }
    return {
      status: "pass",
      message: `All ${data.protectedResources.length} protected resource(s) had a recovery point at least every ${rpoHours} h over the period.${note}`
    };
  })
};

// src/checks/aws/backup-restore-tests.ts
var failed = (job) => job.Status === "FAILED" || job.Status === "ABORTED" || job.ValidationStatus === "FAILED" || job.ValidationStatus === "TIMED_OUT";
var succeeded = (job) => job.Status === "COMPLETED" && !failed(job);
var awsBackupRestoreTests = {
  metadata: {
    id: "aws.backup.restore-tests",
    version: 1,
    title: "AWS Backup restore testing ran recently and its restores in the period succeeded",
    severity: "high",
    rationale: "A backup is known to be usable only when it has been restored: restore testing restores recovery points on a schedule and validates them, which is the evidence that recovery works.",
    remediation: "AWS Backup \u2192 Restore testing \u2192 Create restore testing plan (frequency at least monthly, the protected resource types, a validation window), then investigate each failed restore job (AWS Backup \u2192 Jobs \u2192 Restore jobs, its status message). CLI: aws backup create-restore-testing-plan \u2026; aws backup create-restore-testing-selection \u2026",
    evidenceKinds: [AWS_BACKUP_EVIDENCE.backup]
  },
  evaluate: (context) => perRecord(context, AWS_BACKUP_EVIDENCE.backup, "AWS Backup status", (data) => {
    const maxAge = context.config.aws["restore-test-max-age-days"];
    const start = context.period.start;
    const end = context.period.end;
    if (data.restoreTestingPlans.length === 0) {
      return data.protectedResources.length === 0 ? {
        status: "not_applicable",
        message: "No AWS Backup recovery points and no restore testing plan in this region."
      } : {
        status: "fail",
        message: `${data.protectedResources.length} resource(s) have recovery points but there is no restore testing plan: restores are never tested here.`
      };
    }
    if (data.truncated?.includes("restore jobs")) {
      return { status: "error", message: "The restore job listing was cut at the page cap." };
    }
    const oldest = Date.parse(end) - maxAge * DAY_MS5;
    if (Date.parse(data.restoreJobsFrom) > Math.min(oldest, Date.parse(start)) + 6e4) {
      return {
        status: "error",
        message: `The restore jobs were read from ${data.restoreJobsFrom}; the last ${maxAge} days before ${end} (and the period from ${start}) are not all covered.`
      };
    }
    const tests = data.restoreJobs.filter(
      (j) => j.CreatedBy?.RestoreTestingPlanArn && j.CreationDate && j.CreationDate <= end
    );
    const inPeriod2 = tests.filter((j) => j.CreationDate >= start);
    const failures = inPeriod2.filter(failed);
    const recent = tests.filter((j) => succeeded(j) && Date.parse(j.CreationDate) >= oldest);
    const problems = [
      ...failures.slice(0, 10).map(
        (j) => `restore test ${j.RestoreJobId ?? "?"} of ${j.RecoveryPointArn ?? "a recovery point"} on ${j.CreationDate}: ${j.Status}${j.ValidationStatus ? `, validation ${j.ValidationStatus}` : ""}${j.StatusMessage || j.ValidationStatusMessage ? ` (${j.StatusMessage ?? j.ValidationStatusMessage})` : ""}`
      ),
      ...recent.length === 0 ? [`no restore test succeeded in the ${maxAge} days before ${end}`] : []
    ];
    const plans = data.restoreTestingPlans.map((p) => p.RestoreTestingPlanName ?? p.RestoreTestingPlanArn).join(", ");
    if (problems.length > 0) {
      return {
        status: "fail",
        message: `Restore testing (${plans}): ${problems.join("; ")}${failures.length > 10 ? `; and ${failures.length - 10} more failures` : ""}.`,
        details: failures
      };
    }
    const last = recent.map((j) => j.CreationDate).sort().pop();
    return {
      status: "pass",
      message: `Restore testing (${plans}): ${recent.length} successful restore test(s) in the last ${maxAge} days, the latest on ${last}; ${inPeriod2.length} in the period, none failed.`
    };
  })
};

// src/checks/aws/rds-instances.ts
function ownInstances(data) {
  const skipped = [];
  const own = data.instances.filter((i) => {
    const name = i.DBInstanceIdentifier ?? "(unnamed)";
    if (i.ReadReplicaSourceDBInstanceIdentifier) {
      skipped.push(`${name} (read replica of ${i.ReadReplicaSourceDBInstanceIdentifier})`);
      return false;
    }
    if (i.DBClusterIdentifier || i.Engine?.startsWith("aurora")) {
      skipped.push(`${name} (member of DB cluster ${i.DBClusterIdentifier ?? "?"})`);
      return false;
    }
    return true;
  });
  return { own, skipped };
}

// src/checks/aws/rds-automated-backups.ts
var awsRdsAutomatedBackups = {
  metadata: {
    id: "aws.rds.automated-backups",
    version: 1,
    title: "RDS DB instances keep automated backups for at least the configured retention",
    severity: "high",
    rationale: "Automated backups (daily snapshots and transaction logs) allow a point-in-time restore within the retention period; a retention of 0 disables them, and a short one loses the history needed to recover from a late-detected error.",
    remediation: 'RDS \u2192 Databases \u2192 the instance \u2192 Modify \u2192 Backup \u2192 "Backup retention period" at least the configured days (aws.rds-backup-retention-min-days, default 7) \u2192 Apply. CLI: aws rds modify-db-instance --db-instance-identifier <id> --backup-retention-period 7 --apply-immediately --region <region>',
    evidenceKinds: [AWS_BACKUP_EVIDENCE.rdsBackups]
  },
  evaluate: (context) => perRecord(context, AWS_BACKUP_EVIDENCE.rdsBackups, "RDS DB instances", (data) => {
    const min = context.config.aws["rds-backup-retention-min-days"];
    const { own, skipped } = ownInstances(data);
    const note = skipped.length ? ` Not judged here: ${skipped.join(", ")}.` : "";
    if (data.truncated) {
      return { status: "error", message: "The DB instance listing was cut at the page cap." };
    }
    if (own.length === 0) {
      return {
        status: "not_applicable",
        message: `No RDS DB instance with its own backups in this region.${note}`
      };
    }
    const unknown = own.filter((i) => i.BackupRetentionPeriod === void 0);
    const short2 = own.filter((i) => (i.BackupRetentionPeriod ?? min) < min);
    const name = (i) => i.DBInstanceIdentifier ?? "(unnamed)";
    if (short2.length > 0) {
      return {
        status: "fail",
        message: `${short2.length} of ${own.length} DB instance(s) keep automated backups for less than ${min} days: ${short2.map(
          (i) => i.BackupRetentionPeriod === 0 ? `${name(i)} (automated backups disabled)` : `${name(i)} (${i.BackupRetentionPeriod} days)`
        ).join(", ")}.${note}`
      };
    }
    if (unknown.length > 0) {
      return {
        status: "error",
        message: `DescribeDBInstances gave no backup retention for ${unknown.map(name).join(", ")}.${note}`
      };
    }
    return {
      status: "pass",
      message: `All ${own.length} DB instance(s) keep automated backups for at least ${min} days (${own.map((i) => `${name(i)}: ${i.BackupRetentionPeriod}`).join(", ")}).${note}`
    };
  })
};

// src/checks/aws/rds-multi-az.ts
var awsRdsMultiAz = {
  metadata: {
    id: "aws.rds.multi-az",
    version: 1,
    title: "RDS DB instances are deployed Multi-AZ",
    severity: "medium",
    rationale: "A Multi-AZ DB instance keeps a synchronous standby in another Availability Zone and fails over to it; a Single-AZ instance is down for as long as its zone or host is.",
    remediation: 'RDS \u2192 Databases \u2192 the instance \u2192 Modify \u2192 Availability & durability \u2192 "Create a standby instance" \u2192 Apply (during the maintenance window, or immediately). CLI: aws rds modify-db-instance --db-instance-identifier <id> --multi-az --region <region>. Instances that do not need redundancy belong in the SoA justification, not here.',
    evidenceKinds: [AWS_BACKUP_EVIDENCE.rdsBackups]
  },
  evaluate: (context) => perRecord(context, AWS_BACKUP_EVIDENCE.rdsBackups, "RDS DB instances", (data) => {
    const { own, skipped } = ownInstances(data);
    const note = skipped.length ? ` Not judged here: ${skipped.join(", ")}.` : "";
    if (data.truncated)
      return { status: "error", message: "The DB instance listing was cut at the page cap." };
    if (own.length === 0) {
      return {
        status: "not_applicable",
        message: `No RDS DB instance with its own deployment in this region.${note}`
      };
    }
    const name = (i) => i.DBInstanceIdentifier ?? "(unnamed)";
    const unknown = own.filter((i) => i.MultiAZ === void 0);
    const single = own.filter((i) => i.MultiAZ === false);
    if (single.length > 0) {
      return {
        status: "fail",
        message: `${single.length} of ${own.length} DB instance(s) are Single-AZ: ${single.map(name).join(", ")}.${note}`
      };
    }
    if (unknown.length > 0) {
      return {
        status: "error",
        message: `DescribeDBInstances gave no MultiAZ for ${unknown.map(name).join(", ")}.${note}`
      };
    }
    return {
      status: "pass",
      message: `All ${own.length} DB instance(s) are Multi-AZ: ${own.map(name).join(", ")}.${note}`
    };
  })
};

// src/checks/aws/keyed-timeline.ts
function keyedRegionTimeline(context, record, switches, nothing) {
  const changes = changesOf(context, record.subject);
  const evidence = [record.path, ...changes ? [changes.path] : []];
  return guardSubject(record.subject, evidence, () => {
    if (record.error || record.data === void 0) {
      return {
        subject: record.subject,
        status: "error",
        message: `The state at the end of the period could not be collected: ${record.error?.message ?? "no data recorded"}`,
        evidence
      };
    }
    const data = record.data;
    const failures = [];
    const errors = [];
    const details = [];
    let count = 0;
    for (const s of switches) {
      const { off, on, key } = CONTROL_SWITCHES[s.control];
      const normal = s.keyOf ?? ((reference) => reference);
      const refOf = (e) => {
        const value = e.requestParameters?.[key];
        return typeof value === "string" ? normal(value) : void 0;
      };
      const relevant = (e) => (off.includes(e.EventName) || on.includes(e.EventName)) && !s.ignore?.(e);
      const state = s.atEnd(data);
      const keys = new Set(state.keys());
      for (const e of changes?.data?.events ?? []) {
        const ref = refOf(e);
        if (ref && relevant(e) && !e.errorCode && e.EventTime >= context.period.start && e.EventTime <= context.period.end)
          keys.add(ref);
      }
      for (const k of [...keys].sort()) {
        count++;
        const result = timelineOf(context, s.control, changes, {
          events: (d) => d.events.filter((e) => relevant(e) && refOf(e) === k),
          stateAtEnd: state.get(k) ?? false,
          what: s.what(k)
        });
        if (result.status === "error") errors.push(result.message);
        else if (result.status === "fail") {
          failures.push(result.message);
          details.push({ control: s.control, key: k, intervals: result.details ?? [] });
        }
      }
    }
    if (count === 0) {
      if (!changes || changes.error || !changes.data) {
        return {
          subject: record.subject,
          status: "error",
          message: `The CloudTrail events of the period could not be read: ${changes?.error?.message ?? "not collected"}.`,
          evidence
        };
      }
      return { subject: record.subject, status: "not_applicable", message: nothing, evidence };
    }
    if (errors.length > 0) {
      return { subject: record.subject, status: "error", message: errors.join(" "), evidence };
    }
    if (failures.length > 0) {
      return { subject: record.subject, status: "fail", message: failures.join(" "), details, evidence };
    }
    return {
      subject: record.subject,
      status: "pass",
      message: `All ${count} were in force for the whole period: no event in the period switched any of them off.`,
      evidence
    };
  });
}

// src/checks/aws/changes-backup.ts
var present = (keys) => new Map(keys.filter((k) => Boolean(k)).map((k) => [k, true]));
var byTheService = (e) => !e.userArn && (!e.Username || /\.amazonaws\.com$/.test(e.Username));
var awsBackupInForce = {
  metadata: {
    id: "aws.changes.backup-in-force",
    version: 1,
    title: "No AWS Backup plan, selection, vault, recovery point or restore testing plan was deleted during the period",
    severity: "high",
    rationale: "Deleting a backup plan or selection stops backups, deleting a vault or recovery point destroys them, and deleting a restore testing plan stops recovery tests; any of these in the period is a gap in backup protection, and deleting recovery points is what ransomware does first.",
    remediation: "Investigate each deletion (CloudTrail \u2192 Event history, the event name and user): was it an approved change? Recreate the plan, selection or restore testing plan; protect vaults with AWS Backup Vault Lock and deny backup:Delete* with a service control policy outside a break-glass role.",
    evidenceKinds: [AWS_BACKUP_EVIDENCE.backup, AWS_CHANGE_EVIDENCE.controlChanges]
  },
  evaluate: (context) => context.evidence.all(AWS_BACKUP_EVIDENCE.backup).map((record) => {
    const region = record.subject.split("/").pop() ?? record.subject;
    return keyedRegionTimeline(
      context,
      record,
      [
        {
          control: "backup-plan",
          atEnd: (d) => present(d.plans.map((p) => p.BackupPlanId)),
          what: (id) => `AWS Backup plan ${id} in ${region}`
        },
        {
          control: "backup-selection",
          atEnd: (d) => present(d.selections.map((s) => s.SelectionId)),
          what: (id) => `AWS Backup selection ${id} in ${region}`
        },
        {
          control: "backup-vault",
          atEnd: (d) => present(d.vaults.map((v) => v.BackupVaultName)),
          what: (name) => `AWS Backup vault ${name} in ${region}`
        },
        {
          control: "backup-recovery-point",
          // Only recovery points created in the window were read; an older one named by an event is known
          // only from the event (off if it was deleted).
          atEnd: (d) => new Map(
            d.recoveryPoints.filter((p) => p.RecoveryPointArn).map((p) => [p.RecoveryPointArn, p.Status !== "DELETING" && p.Status !== "EXPIRED"])
          ),
          ignore: byTheService,
          what: (arn) => `Recovery point ${arn}`
        },
        {
          control: "backup-restore-testing-plan",
          atEnd: (d) => present(d.restoreTestingPlans.map((p) => p.RestoreTestingPlanName)),
          what: (name) => `Restore testing plan ${name} in ${region}`
        }
      ],
      `No AWS Backup plan, selection, vault or restore testing plan existed in ${region} during the period, and none was deleted in it.`
    );
  })
};

// src/checks/aws/bedrock-guardrails.ts
var awsBedrockGuardrails = {
  metadata: {
    id: "aws.bedrock.guardrails-ready",
    version: 1,
    title: "Amazon Bedrock guardrails, where configured, are ready and published as a version",
    severity: "medium",
    rationale: "An application can reference a guardrail by a published version, which does not change under it, or by its working draft, which any edit changes; a guardrail that failed to build filters nothing.",
    remediation: 'Amazon Bedrock \u2192 Guardrails \u2192 the guardrail: fix a FAILED guardrail (its status reason) and "Create version"; reference that version (guardrailIdentifier and guardrailVersion) from the applications and agents that call the models. CLI: aws bedrock create-guardrail-version --guardrail-identifier <id> --region <region>',
    evidenceKinds: [AWS_AI_MONITORING_EVIDENCE.bedrockGuardrails]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_AI_MONITORING_EVIDENCE.bedrockGuardrails,
    "Bedrock guardrails",
    ({ guardrails, truncated }) => {
      if (truncated) return { status: "error", message: "The guardrail listing was cut at the cap." };
      if (guardrails.length === 0) {
        return {
          status: "not_applicable",
          message: "No Bedrock guardrail is configured in this region; whether model invocations need one is for the AI system impact assessment (manual evidence)."
        };
      }
      const name = (g) => g.name ?? g.id ?? "(unnamed)";
      const errors = guardrails.filter((g) => g.versionsError);
      const problems = guardrails.flatMap((g) => {
        if (g.status !== "READY") return [`${name(g)} is ${g.status ?? "in an unknown state"}`];
        if (!g.versionsError && !g.versions.some((v) => v.status === "READY"))
          return [`${name(g)} has no published version (only its working draft)`];
        return [];
      });
      if (problems.length > 0)
        return { status: "fail", message: `Bedrock guardrails: ${problems.join("; ")}.` };
      if (errors.length > 0) {
        return {
          status: "error",
          message: `The versions of ${errors.map((g) => `${name(g)} (${g.versionsError})`).join(", ")} could not be listed.`
        };
      }
      return {
        status: "pass",
        message: `${guardrails.length} Bedrock guardrail(s) ready with a published version: ${guardrails.map(
          (g) => `${name(g)} v${g.versions.filter((v) => v.status === "READY").map((v) => v.version).join(", v")}`
        ).join("; ")}.`
      };
    }
  )
};

// src/checks/aws/sagemaker-data-capture.ts
var awsSageMakerDataCapture = {
  metadata: {
    id: "aws.sagemaker.endpoint-data-capture",
    version: 1,
    title: "SageMaker endpoints in service capture their inference requests and responses",
    severity: "high",
    rationale: "Data capture records the requests a deployed model receives and what it answered, to S3: the event log of the AI system in production and the input of Model Monitor.",
    remediation: "SageMaker \u2192 Inference \u2192 Endpoints \u2192 the endpoint \u2192 Update endpoint with an endpoint configuration that enables data capture (input and output, a sampling percentage, an S3 destination with a KMS key). SDK: DataCaptureConfig(enable_capture=True, sampling_percentage=100, destination_s3_uri=\u2026) in predictor.update_data_capture_config(\u2026).",
    evidenceKinds: [AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring,
    "SageMaker endpoints",
    ({ endpoints, truncated }) => {
      if (truncated?.includes("endpoints"))
        return { status: "error", message: "The endpoint listing was cut at the cap." };
      const serving = endpoints.filter((e) => e.error || e.EndpointStatus === "InService");
      if (serving.length === 0) {
        return { status: "not_applicable", message: "No SageMaker endpoint in service in this region." };
      }
      const failed2 = serving.filter((e) => e.error);
      const off = serving.filter(
        (e) => !e.error && !(e.DataCaptureConfig?.EnableCapture && e.DataCaptureConfig.CaptureStatus === "Started")
      );
      if (off.length > 0) {
        return {
          status: "fail",
          message: `${off.length} of ${serving.length} endpoint(s) in service do not capture data: ${off.map(
            (e) => e.DataCaptureConfig?.EnableCapture ? `${e.EndpointName} (capture ${e.DataCaptureConfig.CaptureStatus ?? "status unknown"})` : `${e.EndpointName} (data capture not enabled)`
          ).join(", ")}.`
        };
      }
      if (failed2.length > 0) {
        return {
          status: "error",
          message: `DescribeEndpoint failed for ${failed2.map((e) => `${e.EndpointName} (${e.error})`).join(", ")}.`
        };
      }
      return {
        status: "pass",
        message: `All ${serving.length} endpoint(s) in service capture data: ${serving.map(
          (e) => `${e.EndpointName} (${e.DataCaptureConfig?.CurrentSamplingPercentage ?? "?"}% to ${e.DataCaptureConfig?.DestinationS3Uri ?? "?"})`
        ).join(", ")}.`
      };
    }
  )
};

// src/checks/aws/sagemaker-model-monitor.ts
var STALE_DAYS = 2;
var awsSageMakerModelMonitor = {
  metadata: {
    id: "aws.sagemaker.model-monitor",
    version: 1,
    title: "Every SageMaker endpoint in service has a running Model Monitor schedule whose last execution completed without violations",
    severity: "high",
    rationale: "Model Monitor compares what a deployed model receives and answers with its baseline (data quality, model quality, bias, feature attribution); without a schedule that runs and passes, drift and degradation in production go unnoticed.",
    remediation: "SageMaker \u2192 Inference \u2192 Endpoints \u2192 the endpoint \u2192 Monitoring \u2192 Create monitoring schedule (baseline from the training data, hourly or daily); for a Stopped schedule: aws sagemaker start-monitoring-schedule --monitoring-schedule-name <name>; for a failed or violating execution, read its processing job and constraint_violations.json and act on them.",
    evidenceKinds: [AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring,
    "SageMaker endpoints and monitoring schedules",
    ({ endpoints, schedules, truncated }) => {
      if (truncated?.length)
        return { status: "error", message: `The ${truncated.join(", ")} listing was cut at the cap.` };
      const serving = endpoints.filter((e) => e.error || e.EndpointStatus === "InService");
      if (serving.length === 0) {
        return { status: "not_applicable", message: "No SageMaker endpoint in service in this region." };
      }
      const end = Date.parse(context.period.end);
      const problems = [];
      const passing = [];
      const unknown = [];
      for (const endpoint of serving) {
        const own = schedules.filter((s) => s.EndpointName === endpoint.EndpointName);
        const failedDescribe = schedules.filter((s) => s.error && !s.EndpointName);
        if (own.length === 0) {
          if (failedDescribe.length > 0 || endpoint.error) unknown.push(`${endpoint.EndpointName}`);
          else problems.push(`${endpoint.EndpointName}: no monitoring schedule`);
          continue;
        }
        const verdicts = own.map((s) => {
          const last = s.LastMonitoringExecutionSummary;
          const scheduled = last?.ScheduledTime ? Date.parse(last.ScheduledTime) : void 0;
          if (s.MonitoringScheduleStatus !== "Scheduled")
            return `schedule ${s.MonitoringScheduleName} is ${s.MonitoringScheduleStatus ?? "in an unknown state"}`;
          if (!last?.MonitoringExecutionStatus)
            return `schedule ${s.MonitoringScheduleName} has not run yet`;
          if (scheduled !== void 0 && end - scheduled > STALE_DAYS * DAY_MS5)
            return `schedule ${s.MonitoringScheduleName} last ran ${last.ScheduledTime}, more than ${STALE_DAYS} days before the period end`;
          if (last.MonitoringExecutionStatus === "Completed") return void 0;
          return `schedule ${s.MonitoringScheduleName}'s last execution ${last.ScheduledTime ?? ""} is ${last.MonitoringExecutionStatus}${last.FailureReason ? ` (${last.FailureReason})` : ""}`;
        });
        const bad = verdicts.filter((v) => v !== void 0);
        if (bad.length > 0) problems.push(`${endpoint.EndpointName}: ${bad.join("; ")}`);
        else
          passing.push(
            `${endpoint.EndpointName} (${own.map((s) => s.MonitoringType ?? s.MonitoringScheduleName).join(", ")})`
          );
      }
      if (problems.length > 0) return { status: "fail", message: `Model Monitor: ${problems.join(". ")}.` };
      if (unknown.length > 0) {
        return {
          status: "error",
          message: `The monitoring of ${unknown.join(", ")} is not known: a describe call failed.`
        };
      }
      return {
        status: "pass",
        message: `Every endpoint in service is monitored and its last monitoring execution completed: ${passing.join(", ")}.`
      };
    }
  )
};

// src/checks/aws/changes-ai-monitoring.ts
var guardrailId = (reference) => reference.split("/").pop() ?? reference;
var awsAiMonitoringInForce = {
  metadata: {
    id: "aws.changes.ai-monitoring-in-force",
    version: 1,
    title: "SageMaker Model Monitor schedules were not stopped or deleted, and Bedrock guardrails not deleted, during the period",
    severity: "high",
    rationale: "A stopped or deleted monitoring schedule leaves a deployed model unmonitored for the interval; a deleted guardrail lets invocations that referenced it through unfiltered. Both are gaps in the operation and monitoring of the AI system an auditor will ask about.",
    remediation: "Investigate each interval (CloudTrail \u2192 Event history, event names StopMonitoringSchedule, DeleteMonitoringSchedule, DeleteGuardrail): who did it, approved or not, which inferences fell in the gap; start the schedule again (aws sagemaker start-monitoring-schedule) or recreate the guardrail, and limit sagemaker:StopMonitoringSchedule, sagemaker:DeleteMonitoringSchedule and bedrock:DeleteGuardrail to the ML platform role.",
    evidenceKinds: [
      AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring,
      AWS_AI_MONITORING_EVIDENCE.bedrockGuardrails,
      AWS_CHANGE_EVIDENCE.controlChanges
    ]
  },
  evaluate: (context) => context.evidence.all(AWS_AI_MONITORING_EVIDENCE.sagemakerMonitoring).map((monitoring) => {
    const region = monitoring.subject.split("/").pop() ?? monitoring.subject;
    const guardrails = context.evidence.get(
      AWS_AI_MONITORING_EVIDENCE.bedrockGuardrails,
      monitoring.subject
    );
    const error = monitoring.error ?? guardrails?.error ?? (guardrails ? void 0 : { message: "the Bedrock guardrails of the region were not collected" });
    const combined = {
      path: monitoring.path,
      source: monitoring.source,
      subject: monitoring.subject,
      kind: monitoring.kind,
      requests: [],
      ...error ? { error } : {},
      ...!error && monitoring.data && guardrails?.data ? { data: { schedules: monitoring.data.schedules, guardrails: guardrails.data.guardrails } } : {}
    };
    const result = keyedRegionTimeline(
      context,
      combined,
      [
        {
          control: "sagemaker-monitoring-schedule",
          atEnd: (d) => new Map(
            (d.schedules ?? []).filter((s) => s.MonitoringScheduleName && !s.error).map((s) => [s.MonitoringScheduleName, s.MonitoringScheduleStatus === "Scheduled"])
          ),
          what: (name) => `Model Monitor schedule ${name} in ${region}`
        },
        {
          control: "bedrock-guardrail",
          atEnd: (d) => new Map((d.guardrails ?? []).filter((g) => g.id).map((g) => [g.id, true])),
          keyOf: guardrailId,
          // Deleting one version (guardrailVersion given) leaves the guardrail and its other versions.
          ignore: (e) => e.requestParameters?.guardrailVersion !== void 0,
          what: (id) => `Bedrock guardrail ${id} in ${region}`
        }
      ],
      `No Model Monitor schedule or Bedrock guardrail existed in ${region} during the period, and none was deleted in it.`
    );
    return { ...result, evidence: [...result.evidence, ...guardrails ? [guardrails.path] : []] };
  })
};

// src/checks/aws/s3-replication.ts
var awsS3Replication = {
  metadata: {
    id: "aws.s3.replication-enabled",
    version: 1,
    title: "S3 buckets with replication configured have every replication rule enabled",
    severity: "medium",
    rationale: "Where S3 replication keeps the copy of a bucket in another bucket, region or account, a disabled rule stops the copy silently: new objects exist only in the source.",
    remediation: "S3 \u2192 the bucket \u2192 Management \u2192 Replication rules \u2192 the disabled rule \u2192 Edit \u2192 Status: Enabled \u2192 Save (and S3 Batch Replication for the objects written while it was off). CLI: aws s3api put-bucket-replication --bucket <bucket> --replication-configuration file://replication.json",
    evidenceKinds: [AWS_S3_REPLICATION_EVIDENCE.replication]
  },
  evaluate: (context) => perRecord(
    context,
    AWS_S3_REPLICATION_EVIDENCE.replication,
    "S3 bucket replication",
    ({ buckets, truncated }) => {
      const configured = buckets.filter((b) => b.rules);
      const failed2 = buckets.filter((b) => b.error);
      const disabled = configured.flatMap(
        (b) => (b.rules ?? []).filter((r) => r.Status !== "Enabled").map((r) => `${b.name} rule ${r.ID ?? "(no id)"} is ${r.Status ?? "without a status"}`)
      );
      if (disabled.length > 0) {
        return { status: "fail", message: `S3 replication: ${disabled.join("; ")}.` };
      }
      if (failed2.length > 0 || truncated) {
        return {
          status: "error",
          message: `The replication of ${failed2.length ? failed2.map((b) => `${b.name} (${b.error})`).join(", ") : "some buckets"} could not be read${truncated ? "; the bucket list was cut at the cap" : ""}.`
        };
      }
      if (configured.length === 0) {
        return {
          status: "not_applicable",
          message: `None of the ${buckets.length} bucket(s) has S3 replication configured.`
        };
      }
      return {
        status: "pass",
        message: `Every replication rule is enabled: ${configured.map((b) => `${b.name} \u2192 ${(b.rules ?? []).map((r) => r.Destination?.Bucket ?? "?").join(", ")}`).join("; ")}.`
      };
    }
  )
};

// src/checks/models/views.ts
var MODEL_KINDS = [MLFLOW_KIND, MLFLOW_REGISTRY_KIND, HF_KIND, SAGEMAKER_KIND];
function modelViews(context) {
  const settings = context.config.models;
  const views = [];
  const unreadable2 = [];
  for (const kind of MODEL_KINDS) {
    for (const record of context.evidence.all(kind)) {
      if (record.error) {
        unreadable2.push(record);
        continue;
      }
      const view = kind === MLFLOW_KIND && settings.mlflow ? mlflowVersionView(record, settings.mlflow) : kind === HF_KIND ? huggingFaceView(record) : kind === SAGEMAKER_KIND ? sageMakerVersionView(
        record,
        settings.sagemaker?.["production-statuses"] ?? ["Approved"],
        settings.sagemaker?.["production-stages"] ?? ["Production"]
      ) : void 0;
      if (view) views.push(view);
    }
  }
  return { views, unreadable: unreadable2 };
}
function testResults(context) {
  const records = context.evidence.all(RESULTS_KIND);
  return {
    results: records.filter((r) => r.data).map((r) => ({ ...r.data.results, path: r.path })),
    unreadable: records.filter((r) => r.error)
  };
}
function forEachProductionModel(context, evaluate) {
  const { views, unreadable: unreadable2 } = modelViews(context);
  return [
    ...unreadable2.map((record) => ({
      subject: record.subject,
      status: "error",
      message: `Model evidence could not be collected: ${record.error.message}`,
      evidence: [record.path]
    })),
    ...views.filter((view) => view.production).map(
      (view) => guardSubject(view.subject, view.evidence, () => {
        const result = evaluate(view);
        return {
          ...result,
          subject: view.subject,
          evidence: [...view.evidence, ...result.evidence ?? []]
        };
      })
    )
  ];
}

// src/checks/models/deployment-approval.ts
var modelDeploymentApproval = {
  metadata: {
    id: "models.deployment.approval",
    version: 1,
    title: "Production model versions were approved for deployment by someone other than their creator",
    severity: "high",
    rationale: "Deployment of an AI system needs a recorded decision, and a creator approving their own model is no independent check.",
    remediation: "Record the approval on the version: in MLflow set the version tags approved_by and approved_at (the approver, not the creator); in SageMaker set ModelApprovalStatus to Approved as a different user or role; for Hugging Face add approved_by / approved_at to the model card front matter.",
    evidenceKinds: MODEL_KINDS
  },
  evaluate: (context) => forEachProductionModel(context, (view) => {
    const label = `${view.name} ${view.version}`;
    if (view.approval?.undetermined)
      return { status: "error", message: `${label}: ${view.approval.undetermined}` };
    if (view.approval?.problems?.length)
      return { status: "fail", message: `${label}: ${view.approval.problems.join("; ")}.` };
    if (!view.approval?.by)
      return { status: "fail", message: `${label}: no deployment approval is recorded.` };
    if (!view.createdBy) {
      return {
        status: "error",
        message: `${label}: approved by ${view.approval.by}, but no creator is recorded (for MLflow: the source run's user), so the approval cannot be shown to be independent.`
      };
    }
    if (sameIdentity(view.approval.by, view.createdBy)) {
      return { status: "fail", message: `${label}: approved by its creator ${view.createdBy}.` };
    }
    return {
      status: "pass",
      message: `${label}: approved by ${view.approval.by}${view.approval.at ? ` at ${view.approval.at}` : ""}; created by ${view.createdBy ?? "unknown"}.`
    };
  })
};
var sameIdentity = (a, b) => a.trim().toLowerCase() === b.trim().toLowerCase();

// src/checks/models/documentation.ts
var modelDocumentation = {
  metadata: {
    id: "models.documentation",
    version: 1,
    title: "Production model versions document their intended use and limitations",
    severity: "medium",
    rationale: "Users and operators of an AI system need its technical documentation: what it is for, and where it must not be relied on.",
    remediation: 'Add "Intended use" and "Limitations" sections to the model card (Hugging Face README.md, SageMaker Model Card) or to the registered model / version description in MLflow.',
    evidenceKinds: MODEL_KINDS
  },
  evaluate: (context) => forEachProductionModel(context, (view) => {
    const missing = [
      ...view.documentation.intendedUse ? [] : ["intended use"],
      ...view.documentation.limitations ? [] : ["limitations"],
      ...view.documentation.missing ?? []
    ];
    return missing.length === 0 ? {
      status: "pass",
      message: `${view.name} ${view.version}: intended use and limitations${view.documentation.missing ? ", training details and evaluation" : ""} documented (${view.documentation.source}).`
    } : {
      status: "fail",
      message: `${view.name} ${view.version}: the ${view.documentation.source ?? "documentation"} does not describe ${missing.join(" or ")}.`
    };
  })
};

// src/ai/inventory.ts
var import_yaml = __toESM(require_dist(), 1);
var ISO_DATE_MESSAGE = "expected an ISO date (YYYY-MM-DD)";
var isoDate = external_exports.string({ error: ISO_DATE_MESSAGE }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: ISO_DATE_MESSAGE, abort: true }).refine((value) => (/* @__PURE__ */ new Date(`${value}T00:00:00Z`)).toISOString().startsWith(value), {
  error: "expected a real calendar date (YYYY-MM-DD)"
});
var names = external_exports.array(external_exports.string().min(1));
var INVENTORY_STATUSES = ["production", "development", "retired"];
var systemSchema = external_exports.strictObject({
  id: external_exports.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: "expected an id (letters, digits, `.`, `_`, `-`)" }).describe("Stable identifier of the AI system, e.g. `churn-predictor`."),
  name: external_exports.string().min(1).describe("Human-readable name."),
  purpose: external_exports.string().min(1).describe("Intended purpose of the AI system."),
  owner: external_exports.string().min(1).describe("Accountable team or person."),
  vendor: external_exports.string().min(1).describe("`internal`, or the provider id (from ai-providers.yaml) or name of the vendor of the system."),
  providers: names.optional().describe("Provider ids (from ai-providers.yaml or the config) the system uses."),
  models: names.optional().describe(
    "Model identifiers or registry references; a trailing `*` matches any suffix (`claude-sonnet-4*`)."
  ),
  packages: names.optional().describe("Packages (SDKs, frameworks) the system uses."),
  "data-categories": names.optional().describe("Categories of data the system processes."),
  "impact-assessment": external_exports.strictObject({
    reference: external_exports.string().min(1).describe("Document id or URL of the AI system impact assessment."),
    date: isoDate.describe("Date the assessment was completed or last reviewed (YYYY-MM-DD).")
  }).optional(),
  status: external_exports.enum(INVENTORY_STATUSES).optional(),
  thresholds: external_exports.array(external_exports.string().refine((text) => parseThreshold(text) !== void 0, { error: THRESHOLD_EXPECTED })).optional().describe(
    `Required evaluation results of the models the system lists, e.g. "demographic_parity_difference <= 0.1"; a model's own thresholds (models.model-thresholds) replace them for the same metric.`
  )
});
var inventorySchema = external_exports.strictObject({
  systems: external_exports.array(systemSchema).describe("The AI systems in scope.")
}).superRefine((inventory, context) => {
  const seen = /* @__PURE__ */ new Set();
  inventory.systems.forEach((system, i) => {
    if (seen.has(system.id)) {
      context.addIssue({
        code: "custom",
        path: ["systems", i, "id"],
        input: system.id,
        message: `duplicate system id "${system.id}"`
      });
    }
    seen.add(system.id);
  });
});
function parseInventory(text, file, options = {}) {
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      errors: document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return withText(file, {
          line: position.line,
          column: position.col,
          path: "",
          message: `invalid YAML: ${error.message.split("\n")[0]}`
        });
      })
    };
  }
  let data;
  try {
    data = yamlToData(document, file) ?? {};
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      errors: [
        withText(file, { line: 1, column: 1, path: "", message: error.message.replace(`${file}: `, "") })
      ]
    };
  }
  const lineOf2 = (path, key) => {
    const offset = sourceOffset(document, path, key);
    return offset === void 0 ? 1 : lineCounter.linePos(offset).line;
  };
  const result = inventorySchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    return {
      errors: result.error.issues.map(
        (issue) => withText(file, {
          line: lineOf2(issue.path, issue.code === "unrecognized_keys" ? issue.keys[0] : void 0),
          path: issue.path.length > 0 ? issue.path.join(".") : "(top level)",
          message: describeIssue(issue)
        })
      )
    };
  }
  const errors = [];
  if (options.providerIds) {
    const known = new Set(options.providerIds);
    result.data.systems.forEach((system, i) => {
      system.providers?.forEach((id, j) => {
        if (known.has(id)) return;
        const path = ["systems", i, "providers", j];
        errors.push(
          withText(file, {
            line: lineOf2(path),
            path: path.join("."),
            message: `expected a provider id (${[...known].sort().join(", ")}), got ${showValue(id)}${suggest(id, [...known])}`
          })
        );
      });
    });
  }
  return errors.length > 0 ? { errors } : { inventory: result.data };
}
function withText(file, error) {
  const where = `${file}:${error.line}${error.column ? `:${error.column}` : ""}`;
  return { ...error, text: `${where}: ${error.path ? `${error.path}: ` : ""}${error.message}` };
}
function sourceOffset(document, path, unknownKey) {
  const start = (node2) => node2?.range?.[0];
  let node = document.contents;
  let anchor = start(node);
  for (const segment of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((item) => (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(segment));
      if (!pair) return anchor;
      anchor = start(pair.key) ?? anchor;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number" && node.items[segment] !== void 0) {
      node = node.items[segment];
      anchor = start(node) ?? anchor;
    } else {
      return anchor;
    }
  }
  if (unknownKey !== void 0 && (0, import_yaml.isMap)(node)) {
    const pair = node.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === unknownKey);
    if (pair) return start(pair.key) ?? anchor;
  }
  return start(node) ?? anchor;
}
function describeIssue(issue) {
  const got = `got ${showValue(issue.input)}`;
  switch (issue.code) {
    case "invalid_type":
      if (issue.message === ISO_DATE_MESSAGE) return `${issue.message}, ${got}`;
      return `expected ${article(issue.expected)}, ${got}`;
    case "too_small":
      if (issue.origin === "string" && issue.minimum === 1) return `expected a non-empty string, ${got}`;
      return `expected ${article(issue.origin)} ${issue.inclusive === false ? ">" : "\u2265"} ${issue.minimum}, ${got}`;
    case "too_big":
      return `expected ${article(issue.origin)} ${issue.inclusive === false ? "<" : "\u2264"} ${issue.maximum}, ${got}`;
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} (check the spelling; see ai-inventory.schema.json)`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, ${got}`;
    case "invalid_format":
    case "custom":
      return issue.message.startsWith("expected") ? `${issue.message}, ${got}` : issue.message;
    default:
      return issue.message;
  }
}
function article(noun) {
  const word = noun === "int" ? "integer" : noun === "object" ? "mapping" : noun === "array" ? "list" : noun;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
function suggest(value, candidates) {
  const close = candidates.find((c) => editDistance(value, c) <= Math.max(1, Math.floor(c.length / 4)));
  return close ? ` (did you mean "${close}"?)` : "";
}
var DAY_MS6 = 24 * 60 * 60 * 1e3;
function coverage(inventory, finding, now, maxAgeDays) {
  const { provider, packageName, model } = finding;
  const what = model ? `model "${model}" (${provider.name})` : packageName ? `package "${packageName}" (${provider.name})` : provider.name;
  const usesProvider = (s) => s.vendor === provider.id || (s.providers ?? []).includes(provider.id);
  const matches = (s) => model ? (s.models ?? []).some((entry) => sameModel(entry, model)) : packageName !== void 0 && (s.packages ?? []).some((p) => samePackage(p, packageName)) || usesProvider(s);
  const all = inventory.systems.filter(matches);
  const active = all.filter((s) => s.status !== "retired");
  if (active.length === 0) {
    const retired = all.map((s) => s.id);
    const sameProvider = inventory.systems.filter((s) => s.status !== "retired" && usesProvider(s)).map((s) => s.id);
    const hint = retired.length > 0 ? ` (only retired system${retired.length > 1 ? "s" : ""} ${list2(retired)} list${retired.length > 1 ? "" : "s"} it)` : model && sameProvider.length > 0 ? ` (systems using ${provider.id}: ${list2(sameProvider)}; add the model to the one that uses it and review its impact assessment)` : "";
    return {
      covered: false,
      problem: "not-inventoried",
      message: `${what} is not covered by any AI system in the inventory${hint}`
    };
  }
  const assessed = active.filter((s) => s["impact-assessment"] !== void 0).map((s) => ({ system: s, age: ageInDays(s["impact-assessment"].date, now) })).sort((a, b) => a.age - b.age);
  const freshest = assessed[0];
  if (!freshest) {
    return {
      covered: false,
      system: active[0],
      problem: "no-impact-assessment",
      message: `${what} is used by AI system "${active[0].id}", which has no impact assessment`
    };
  }
  const assessment = freshest.system["impact-assessment"];
  if (freshest.age > maxAgeDays) {
    return {
      covered: false,
      system: freshest.system,
      problem: "assessment-stale",
      message: `${what} is used by AI system "${freshest.system.id}", whose impact assessment ${assessment.reference} (${assessment.date}) is ${freshest.age} days old, more than ${maxAgeDays}`
    };
  }
  return {
    covered: true,
    system: freshest.system,
    message: `${what} is covered by AI system "${freshest.system.id}" (impact assessment ${assessment.reference}, ${assessment.date})`
  };
}
function ageInDays(date, now) {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(`${date}T00:00:00Z`)) / DAY_MS6));
}
function sameModel(entry, model) {
  const a = entry.trim().toLowerCase();
  const b = model.trim().toLowerCase();
  if (a.endsWith("*")) return b.startsWith(a.slice(0, -1));
  return a === b || withoutSnapshot(a) === withoutSnapshot(b);
}
function withoutSnapshot(model) {
  return model.replace(/^(?:[a-z]{2}\.)?(?:anthropic|meta|amazon|mistral|cohere)\./, "").replace(/(?:-v\d+(?::\d+)?)$/, "").replace(/-(?:\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|latest)$/, "");
}
function samePackage(a, b) {
  const normalize = (name) => name.trim().toLowerCase().replace(/[-_.]+/g, "-");
  return a.endsWith("*") ? normalize(b).startsWith(normalize(a.slice(0, -1))) : normalize(a) === normalize(b);
}
function list2(ids) {
  return ids.map((id) => `"${id}"`).join(", ");
}

// src/checks/models/threshold-sets.ts
var REGISTRY_PREFIX = /^(mlflow|sagemaker|huggingface):/;
function systemsOf(view, systems) {
  return systems.filter(
    (system) => system.status !== "retired" && (system.models ?? []).some((entry) => sameModel(entry.replace(REGISTRY_PREFIX, ""), view.name))
  );
}
var modelKeyMatches = (key, view) => key === view.name || key === `${view.registry}:${view.name}`;
function thresholdsFor(view, settings, systems) {
  const parse = (texts, from) => texts.flatMap((text) => {
    const threshold = parseThreshold(text);
    return threshold ? [{ ...threshold, from }] : [];
  });
  const model = Object.entries(settings["model-thresholds"]).filter(([key]) => modelKeyMatches(key, view)).flatMap(([key, texts]) => parse(texts, `models.model-thresholds.${key}`));
  const system = systemsOf(view, systems).flatMap((s) => [
    ...parse(settings["system-thresholds"][s.id] ?? [], `models.system-thresholds.${s.id}`),
    ...parse(s.thresholds ?? [], `inventory system ${s.id}`)
  ]);
  const general = parse(settings.thresholds, "models.thresholds");
  const applied = [];
  for (const level of [model, system, general]) {
    const covered = new Set(applied.map((t) => t.metric));
    applied.push(...level.filter((t) => !covered.has(t.metric)));
  }
  return applied;
}

// src/checks/models/threshold-findings.ts
var describeBounds = (t) => `${t.bounds.map((b) => `${b.operator} ${b.limit}`).join(" and ")} (${t.from})`;
var describeOrigin = (metric) => [
  metric.source,
  metric.at ? `logged ${metric.at}` : "no time recorded",
  ...metric.dataset ? [`on ${metric.dataset}`] : []
].join(", ");
function unusedThresholdKeys(context, systems) {
  const settings = context.config.models;
  const { views, unreadable: unreadable2 } = modelViews(context);
  const results = [];
  for (const key of Object.keys(settings["model-thresholds"])) {
    if (unreadable2.length > 0 || views.some((view) => modelKeyMatches(key, view))) continue;
    results.push({
      subject: `config:models.model-thresholds.${key}`,
      status: "error",
      message: `models.model-thresholds names ${key}, which is no model of the registries read, so its thresholds apply to nothing: correct the name (the registered model name, optionally prefixed mlflow:, sagemaker: or huggingface:).`,
      evidence: []
    });
  }
  const ids = new Set(systems.map((system) => system.id));
  for (const key of Object.keys(settings["system-thresholds"])) {
    if (ids.has(key)) continue;
    results.push({
      subject: `config:models.system-thresholds.${key}`,
      status: "error",
      message: `models.system-thresholds names ${key}, which is no AI system of the inventory, so its thresholds apply to nothing: use a system id from the inventory.`,
      evidence: []
    });
  }
  return results;
}

// src/checks/models/evaluation-thresholds.ts
var DAY_MS7 = 864e5;
function inventorySystems(context) {
  const record = context.evidence.all(INVENTORY_KIND)[0];
  if (!record?.data || record.data.content === void 0) return { systems: [] };
  const parsed = parseInventory(record.data.content, record.data.path);
  if ("errors" in parsed) {
    return {
      problem: `the AI inventory ${record.data.path} is not valid, so the thresholds of its AI systems are unknown (${parsed.errors[0].text})`
    };
  }
  return { systems: parsed.inventory.systems };
}
var modelEvaluationThresholds = {
  metadata: {
    id: "models.evaluation.thresholds",
    version: 1,
    title: "Production model versions have current evaluation results that meet their thresholds",
    severity: "high",
    rationale: "A model in production must have been verified and validated against defined criteria (performance, fairness) before and while it is used; a missing, failing or stale result means nobody can show that it was.",
    remediation: "Evaluate the model version and log each required metric to the run that produced it (mlflow.log_metric, with the evaluation data logged by mlflow.log_input), model card (model-index) or SageMaker ModelMetrics, or publish the pipeline's result file (model-results, with the model version and run time). If a threshold is not met, do not promote the version: move the production alias back to a version that meets it.",
    evidenceKinds: [...MODEL_KINDS, INVENTORY_KIND]
  },
  evaluate: (context) => {
    const settings = context.config.models;
    const now = Date.parse(context.period.end);
    const maxAge = settings["max-result-age-days"];
    const pipeline = testResults(context).results;
    const inventory = inventorySystems(context);
    const findings = forEachProductionModel(context, (view) => {
      const label = `${view.name} ${view.version}`;
      if (!inventory.systems) return { status: "error", message: `${label}: ${inventory.problem}.` };
      const thresholds = thresholdsFor(view, settings, inventory.systems);
      if (thresholds.length === 0) {
        return {
          status: "not_applicable",
          message: `${label}: no required evaluation results are configured for it (models.thresholds, models.model-thresholds, models.system-thresholds or its AI system's thresholds in the inventory).`
        };
      }
      const forModel = pipeline.filter((r) => r.model === view.name);
      const forVersion = forModel.filter((r) => r.version === view.version);
      const otherFiles = forModel.filter((r) => r.version !== view.version);
      const metrics = [...view.metrics, ...forVersion.flatMap((r) => r.metrics)];
      const failed2 = [...view.integrityProblems.map((p) => `cannot be relied on: ${p}`)];
      const undecided = [];
      const met = [];
      const origins = /* @__PURE__ */ new Set();
      for (const threshold of thresholds) {
        const name = `${isFairnessMetric(threshold.metric) ? "fairness metric " : ""}${threshold.metric}`;
        const latest = metrics.filter((m) => m.name === threshold.metric).sort((a, b) => (b.at ?? "").localeCompare(a.at ?? ""))[0];
        if (!latest) {
          const unmatched = otherFiles.filter((r) => r.metrics.some((m) => m.name === threshold.metric)).map((r) => `${r.file} is for ${r.version ? `version ${r.version}` : "no version"}`);
          failed2.push(`no ${name} result${unmatched.length > 0 ? ` (${unmatched.join("; ")})` : ""}`);
          continue;
        }
        const shown = `${describeBounds(threshold)} from ${describeOrigin(latest)}`;
        if (!meetsThreshold(threshold, latest.value)) {
          failed2.push(`${name} ${latest.value} does not meet ${shown}`);
          continue;
        }
        if (!latest.at) {
          undecided.push(
            `${name} ${latest.value} meets ${shown}, but no time is recorded for it, so it cannot be shown to be current`
          );
          continue;
        }
        const age = Math.floor((now - Date.parse(latest.at)) / DAY_MS7);
        if (age > maxAge) {
          failed2.push(`${name} ${latest.value} is ${age} days old (older than ${maxAge}): ${shown}`);
          continue;
        }
        met.push(`${name} ${latest.value} ${describeBounds(threshold)}`);
        origins.add(describeOrigin(latest));
      }
      const evidence = forVersion.map((r) => r.path);
      if (failed2.length > 0) {
        return {
          status: "fail",
          message: `${label}: ${[...failed2, ...undecided].join("; ")}.`,
          evidence,
          details: [...failed2, ...undecided]
        };
      }
      if (undecided.length > 0) {
        return {
          status: "error",
          message: `${label}: ${undecided.join("; ")}.`,
          evidence,
          details: undecided
        };
      }
      return {
        status: "pass",
        message: `${label}: ${met.join(", ")}; measured in ${[...origins].join("; ")}.`,
        evidence
      };
    });
    const unused = findings.length > 0 && inventory.systems ? unusedThresholdKeys(context, inventory.systems) : [];
    return [...findings, ...unused];
  }
};

// src/checks/models/inventory-coverage.ts
var REGISTRY_PREFIX2 = /^(mlflow|sagemaker|huggingface):/;
var modelInventoryCoverage = {
  metadata: {
    id: "models.inventory-coverage",
    version: 1,
    title: "Every production model is in the AI system inventory, and every inventoried model exists",
    severity: "high",
    rationale: "The inventory is how the organisation knows its AI systems and their impact assessments; a model in production that it does not list, or a listed model that no registry holds, means the two have drifted apart.",
    remediation: "Add the model to the `models` of the AI system that uses it in .github/ai-inventory.yml (with its impact assessment), or remove the production alias / approval from a model that should not be in use. Remove or correct inventory entries whose model no registry holds.",
    evidenceKinds: [...MODEL_KINDS, INVENTORY_KIND]
  },
  evaluate: (context) => {
    const { views, unreadable: unreadable2 } = modelViews(context);
    const record = context.evidence.all(INVENTORY_KIND)[0];
    if (!record?.data || views.length === 0 && unreadable2.length === 0) return [];
    const file = record.data;
    if (file.content === void 0) {
      return [
        {
          subject: record.subject,
          status: "fail",
          message: `There is no AI system inventory at ${file.path}.`,
          evidence: [record.path]
        }
      ];
    }
    const parsed = parseInventory(file.content, file.path);
    if ("errors" in parsed) {
      return [
        {
          subject: record.subject,
          status: "error",
          message: `The inventory is not valid: ${parsed.errors.map((e) => e.text).join("; ")}`,
          evidence: [record.path]
        }
      ];
    }
    const systems = parsed.inventory.systems.filter((system) => system.status !== "retired");
    const listed = (name) => systems.find(
      (system) => (system.models ?? []).some((entry) => sameModel(entry.replace(REGISTRY_PREFIX2, ""), name))
    );
    const perModel = views.filter((view) => view.production).map((view) => {
      const system = listed(view.name);
      return system ? {
        subject: view.subject,
        status: "pass",
        message: `${view.name} is inventoried as part of ${system.id}.`,
        evidence: [...view.evidence, record.path]
      } : {
        subject: view.subject,
        status: "fail",
        message: `${view.name} ${view.version} is in production but no AI system in ${file.path} lists it.`,
        evidence: [...view.evidence, record.path]
      };
    });
    const internal = systems.filter((system) => system.vendor === "internal").flatMap((system) => (system.models ?? []).map((model) => ({ system: system.id, model })));
    const missing = internal.filter(
      ({ model }) => !views.some((view) => sameModel(model.replace(REGISTRY_PREFIX2, ""), view.name))
    );
    const inventorySide = unreadable2.length > 0 && missing.length > 0 ? {
      subject: record.subject,
      status: "error",
      message: `Not every registry could be read, so inventoried models cannot all be found: ${missing.map((m) => m.model).join(", ")}.`,
      evidence: [record.path]
    } : missing.length > 0 ? {
      subject: record.subject,
      status: "fail",
      message: `Inventoried but in no registry: ${missing.map((m) => `${m.model} (${m.system})`).join(", ")}.`,
      evidence: [record.path]
    } : {
      subject: record.subject,
      status: "pass",
      message: `All ${internal.length} internal model(s) of the inventory exist in a registry.`,
      evidence: [record.path]
    };
    return [...perModel, inventorySide];
  }
};

// src/checks/models/lineage.ts
var modelLineage = {
  metadata: {
    id: "models.lineage",
    version: 1,
    title: "Production model versions link to their training run and dataset versions",
    severity: "medium",
    rationale: "Without provenance nobody can say which data, code and parameters produced the model in production, or reproduce it.",
    remediation: "Register model versions from the run that trained them (mlflow.register_model from runs:/<run id>/model) and log the training and evaluation datasets as run inputs (mlflow.log_input); in SageMaker set the lineage (MetadataProperties, CustomerMetadataProperties training_dataset); on Hugging Face list datasets in the model card.",
    evidenceKinds: MODEL_KINDS
  },
  evaluate: (context) => forEachProductionModel(context, (view) => {
    const problems = [
      ...view.registry !== "huggingface" && !view.lineage.runId ? ["no source run"] : [],
      ...view.lineage.datasets.length === 0 ? ["no dataset versions"] : [],
      ...view.lineage.problems ?? [],
      ...view.integrityProblems
    ];
    return problems.length === 0 ? {
      status: "pass",
      message: `${view.name} ${view.version}: ${view.lineage.runId ? `run ${view.lineage.runId}, ` : ""}datasets ${view.lineage.datasets.join(", ")}.`
    } : { status: "fail", message: `${view.name} ${view.version}: ${problems.join("; ")}.` };
  })
};

// src/checks/models/monitoring.ts
var modelMonitoring = {
  metadata: {
    id: "models.monitoring",
    version: 1,
    title: "Monitoring and event logging are declared for production model versions",
    severity: "medium",
    rationale: "An AI system in operation must be monitored for drift and failures, and its events logged, or problems go unnoticed.",
    remediation: 'Declare where the version is monitored and logged: MLflow version or model tags monitoring (e.g. the drift dashboard) and event_logging (the log destination); SageMaker drift check baselines or a monitoring customer metadata property; a "Monitoring" section in the Hugging Face model card.',
    evidenceKinds: MODEL_KINDS
  },
  evaluate: (context) => forEachProductionModel(
    context,
    (view) => view.monitoring.declared ? {
      status: "pass",
      message: `${view.name} ${view.version}: ${view.monitoring.detail ?? "monitoring declared"}.`
    } : {
      status: "fail",
      message: `${view.name} ${view.version}: no monitoring or event logging is declared.`
    }
  )
};

// src/checks/models/pipeline-tests.ts
var DAY_MS8 = 864e5;
var modelPipelineTests = {
  metadata: {
    id: "models.pipeline-tests",
    version: 1,
    title: "The pipeline's model tests passed, and no required test was skipped",
    severity: "high",
    rationale: "The model test suite is the verification the team designed; a failure or a skipped required test means the version was not verified.",
    remediation: 'Fix the failing tests or the model, and make sure tests marked required run (a skipped required test counts as not done). Write the model version and run time into the result file (JUnit: suite property "version" and the testsuite timestamp; JSON: "version" and "timestamp").',
    evidenceKinds: [RESULTS_KIND]
  },
  evaluate: (context) => {
    const now = Date.parse(context.period.end);
    const maxAge = context.config.models["max-result-age-days"];
    const { results, unreadable: unreadable2 } = testResults(context);
    const errors = unreadable2.map((record) => ({
      subject: record.subject,
      status: "error",
      message: `Result file could not be read: ${record.error.message}`,
      evidence: [record.path]
    }));
    return [
      ...errors,
      ...results.map((result) => {
        const failed2 = result.tests.filter((t) => t.status === "failed" || t.status === "error");
        const skipped = result.tests.filter((t) => t.status === "skipped" && t.required);
        const subject = `results:${result.file}`;
        const name = `${result.model ?? result.file}${result.version ? ` ${result.version}` : ""}`;
        const unknown = [
          ...result.version ? [] : ['no model version (JUnit property "version", JSON "version")'],
          ...result.at ? [] : ['no run time (JUnit testsuite "timestamp", JSON "timestamp")']
        ];
        if (failed2.length > 0 || skipped.length > 0) {
          return {
            subject,
            status: "fail",
            message: `${name}: ${[...failed2.map((t) => `${t.name} ${t.status}${t.message ? ` (${t.message.split("\n")[0]})` : ""}`), ...skipped.map((t) => `${t.name} skipped but required`)].join("; ")}${unknown.length > 0 ? `; and the file records ${unknown.join(" and ")}` : ""}.`,
            evidence: [result.path],
            details: [...failed2, ...skipped]
          };
        }
        if (unknown.length > 0) {
          return {
            subject,
            status: "error",
            message: `${result.file}: ${result.tests.length} test(s) passed, but the file records ${unknown.join(" and ")}, so it cannot be shown to verify a current model version.`,
            evidence: [result.path]
          };
        }
        const age = Math.floor((now - Date.parse(result.at)) / DAY_MS8);
        if (age > maxAge) {
          return {
            subject,
            status: "fail",
            message: `${name}: the tests ran at ${result.at}, ${age} days ago (older than ${maxAge}): run them again on the version in production.`,
            evidence: [result.path]
          };
        }
        return {
          subject,
          status: "pass",
          message: `${result.tests.length} test(s) of ${name} passed (run at ${result.at}).`,
          evidence: [result.path]
        };
      })
    ];
  }
};

// src/checks/pull-request/context.ts
function oversizeFiles(files, relevant) {
  return files.filter((file) => file.tooLarge && relevant(file.path)).flatMap(
    (file) => ["head", "base"].filter((side) => file.tooLarge[side] !== void 0).map(
      (side) => `${file.path} (${side === "head" ? "pull request" : "base"}) is ${formatBytes(file.tooLarge[side])}, over the limit of ${formatBytes(MAX_PR_FILE_BYTES)}, so it was not read`
    )
  );
}
function pullRequestEvidence(context) {
  const record = context.evidence.all(PR_EVIDENCE.pullRequest)[0];
  if (!record?.data) return void 0;
  const pr = record.data;
  const subject = `${repoSubject(pr.repository)}#${pr.number}`;
  return { pr, subject, contents: context.evidence.get(PR_EVIDENCE.contents, subject) };
}
function withChangedFiles(context, evaluate) {
  const evidence = pullRequestEvidence(context);
  if (!evidence) return [];
  const contents = evidence.contents;
  if (!contents?.data) {
    return [
      {
        subject: evidence.subject,
        status: "error",
        message: `The pull request's files could not be read: ${contents?.error?.message ?? "not collected"}`,
        evidence: contents ? [contents.path] : []
      }
    ];
  }
  const result = evaluate(evidence, contents.data.files, contents.path);
  const files = context.evidence.get(PR_EVIDENCE.files, evidence.subject);
  if (files?.data?.truncated && (result.status === "pass" || result.status === "not_applicable")) {
    return [
      {
        ...result,
        status: "error",
        message: `${result.message} But the pull request changes more than ${MAX_PR_FILES} files and GitHub lists only the first ${MAX_PR_FILES}: the rest could not be checked. Split the pull request.`,
        evidence: [...result.evidence, files.path]
      }
    ];
  }
  return [result];
}
function withChangedWorkflows(context, problemsIn, passMessage, failMessage) {
  return withChangedFiles(context, ({ subject }, files, contentsPath) => {
    const workflows = files.filter((file) => isWorkflowFile(file.path) && file.head !== void 0);
    const evidence = [contentsPath];
    const oversize = oversizeFiles(files, isWorkflowFile);
    if (oversize.length > 0) {
      const locations2 = workflows.flatMap((file) => problemsIn(file.path, file.head));
      return {
        subject,
        status: locations2.length > 0 ? "fail" : "error",
        message: `${locations2.length > 0 ? `${failMessage(locations2)} ` : ""}Not checked: ${oversize.join("; ")}.`,
        evidence,
        ...locations2.length > 0 ? { locations: locations2 } : {}
      };
    }
    if (workflows.length === 0) {
      return { subject, status: "not_applicable", message: "The pull request changes no workflow.", evidence };
    }
    const locations = workflows.flatMap((file) => problemsIn(file.path, file.head));
    return locations.length === 0 ? { subject, status: "pass", message: passMessage(workflows.length), evidence } : { subject, status: "fail", message: failMessage(locations), evidence, locations };
  });
}

// src/checks/pull-request/ai-inventory-drift.ts
var aiInventoryDrift = {
  metadata: {
    id: "github.pr.ai-inventory-drift",
    version: 1,
    title: "New AI SDKs, providers and models are in the AI system inventory with a current impact assessment",
    severity: "high",
    rationale: "An AI provider or model that enters the code without being inventoried has had no procurement review and no impact assessment: the AI system exists, but the management system does not know it.",
    remediation: "Add or extend the system in .github/ai-inventory.yml that uses this provider or model (vendor, models, purpose, owner, data categories) and link a current impact assessment (impact-assessment.reference and date). If the dependency is not meant to be used, remove it from the change.",
    evidenceKinds: [PR_EVIDENCE.contents, AI_CATALOG_KIND]
  },
  evaluate: (context) => withChangedFiles(context, ({ subject }, files, contentsPath) => {
    const settings = context.config["ai-inventory"];
    const evidence = [contentsPath];
    const catalog = catalogFrom(context, subject);
    if (!catalog)
      return { subject, status: "error", message: "The AI provider catalog was not recorded.", evidence };
    evidence.push(catalog.path);
    const inventoryFile = pullRequestEvidence(context).contents.data.inventory;
    if (inventoryFile.tooLarge !== void 0) {
      return {
        subject,
        status: "error",
        message: `${inventoryFile.path} is ${formatBytes(inventoryFile.tooLarge)}, over the limit of ${formatBytes(MAX_PR_FILE_BYTES)}, so coverage cannot be decided.`,
        evidence
      };
    }
    let inventory = { systems: [] };
    if (inventoryFile.content !== void 0) {
      const parsed = parseInventory(inventoryFile.content, inventoryFile.path);
      if ("errors" in parsed) {
        return {
          subject,
          status: "error",
          message: `${inventoryFile.path} is not valid, so coverage cannot be decided (see github.pr.ai-inventory-valid).`,
          evidence
        };
      }
      inventory = parsed.inventory;
    }
    const now = new Date(context.period.end);
    const additions = [];
    const unreadable2 = oversizeFiles(
      files,
      (path) => manifestKind(path) !== void 0 || isModelConfigFile(path, settings.path)
    );
    const directlyAdded = /* @__PURE__ */ new Set();
    const manifests = files.filter((file) => file.head !== void 0 && manifestKind(file.path));
    manifests.sort(
      (a, b) => Number(manifestKind(a.path).lockfile) - Number(manifestKind(b.path).lockfile)
    );
    for (const file of manifests) {
      let added;
      try {
        added = addedDependencies(file.path, file.base, file.head);
      } catch (error) {
        if (error instanceof ManifestParseError) {
          unreadable2.push(error.message);
          continue;
        }
        throw error;
      }
      for (const dependency of added) {
        const provider = matchPackage(catalog.catalog, dependency.ecosystem, dependency.name);
        if (!provider) continue;
        const key = `${dependency.ecosystem}:${dependency.name}`;
        if (!dependency.direct && directlyAdded.has(key)) continue;
        if (dependency.direct) directlyAdded.add(key);
        const result = coverage(
          inventory,
          { provider, packageName: dependency.name },
          now,
          settings["max-assessment-age-days"]
        );
        const kind = dependency.direct ? "" : " (transitive, from the lockfile)";
        additions.push({
          covered: result.covered,
          what: `${dependency.name}${kind}`,
          location: {
            path: file.path,
            line: dependency.line,
            message: `Adds ${dependency.name}${kind}, ${provider.name} (${provider.vendor}): ${result.message}`
          }
        });
      }
    }
    for (const file of files.filter(
      (f) => f.head !== void 0 && isModelConfigFile(f.path, settings.path)
    )) {
      const before = new Set(matchModels(catalog.catalog, file.base ?? "").map((m) => m.model));
      for (const match of matchModels(catalog.catalog, file.head)) {
        if (before.has(match.model)) continue;
        before.add(match.model);
        const result = coverage(
          inventory,
          { provider: match.provider, model: match.model },
          now,
          settings["max-assessment-age-days"]
        );
        additions.push({
          covered: result.covered,
          what: match.model,
          location: {
            path: file.path,
            line: lineOfOffset(file.head, match.index),
            message: `Uses model ${match.model} (${match.provider.name}): ${result.message}`
          }
        });
      }
    }
    const uncovered = additions.filter((a) => !a.covered);
    if (uncovered.length > 0) {
      return {
        subject,
        status: "fail",
        message: `${uncovered.length} AI addition(s) not covered by ${settings.path}: ${uncovered.map((a) => a.what).join(", ")}.`,
        evidence,
        locations: uncovered.map((a) => a.location),
        details: uncovered.map((a) => a.location)
      };
    }
    if (unreadable2.length > 0) {
      return {
        subject,
        status: "error",
        message: `Manifests could not be read: ${unreadable2.join("; ")}`,
        evidence
      };
    }
    return {
      subject,
      status: "pass",
      message: additions.length === 0 ? "The pull request adds no AI SDK, provider or model." : `Every AI addition is inventoried with a current impact assessment: ${additions.map((a) => a.what).join(", ")}.`,
      evidence
    };
  })
};

// src/checks/pull-request/ai-inventory-valid.ts
var aiInventoryValid = {
  metadata: {
    id: "github.pr.ai-inventory-valid",
    version: 1,
    title: "The AI system inventory file is valid",
    severity: "medium",
    rationale: "An inventory that cannot be read documents nothing, and drift cannot be checked against it.",
    remediation: "Fix the listed lines of the inventory; its format is in schemas/ai-inventory.schema.json (add `# yaml-language-server: $schema=\u2026` for editor completion).",
    evidenceKinds: [PR_EVIDENCE.contents]
  },
  evaluate: (context) => withChangedFiles(context, ({ subject }, _files, contentsPath) => {
    const file = pullRequestEvidence(context).contents.data.inventory;
    if (file.tooLarge !== void 0) {
      return {
        subject,
        status: "error",
        message: `${file.path} is ${formatBytes(file.tooLarge)}, over the limit of ${formatBytes(MAX_PR_FILE_BYTES)}; it was not read. An inventory is a few kilobytes of YAML.`,
        evidence: [contentsPath],
        locations: [
          { path: file.path, line: 1, message: `Over the ${formatBytes(MAX_PR_FILE_BYTES)} limit.` }
        ]
      };
    }
    if (file.content === void 0) {
      return {
        subject,
        status: "not_applicable",
        message: `There is no ${file.path} at the head of the pull request.`,
        evidence: [contentsPath]
      };
    }
    const parsed = parseInventory(file.content, file.path);
    if ("inventory" in parsed) {
      return {
        subject,
        status: "pass",
        message: `${file.path} is valid: ${parsed.inventory.systems.length} AI system(s).`,
        evidence: [contentsPath]
      };
    }
    return {
      subject,
      status: "fail",
      message: `${file.path} has ${parsed.errors.length} error(s): ${parsed.errors.map((e) => e.text).join("; ")}`,
      evidence: [contentsPath],
      locations: parsed.errors.map((e) => ({
        path: file.path,
        line: e.line,
        message: `${e.path}: ${e.message}`
      }))
    };
  })
};

// src/checks/pull-request/config-change.ts
var import_yaml2 = __toESM(require_dist(), 1);
function configChanges(base, head) {
  const changes = [];
  const weaker = (path, text) => changes.push({ path, text, weakens: true });
  const other = (path, text) => changes.push({ path, text, weakens: false });
  const lower = (path, what, b, h) => {
    if (h < b) weaker(path, `lowers ${what} from ${b} to ${h}`);
    else if (h > b) other(path, `raises ${what} from ${b} to ${h}`);
  };
  const higher = (path, what, b, h) => {
    if (b === h) return;
    if (h === null || b !== null && h > b)
      weaker(path, `raises ${what} from ${b ?? "no limit"} to ${h ?? "no limit"}`);
    else other(path, `lowers ${what} from ${b ?? "no limit"} to ${h}`);
  };
  const added = (b, h) => h.filter((x) => !b.includes(x));
  const skipped = added(base.checks.skip, head.checks.skip);
  if (skipped.length > 0) weaker(["checks", "skip"], `skips ${skipped.join(", ")}`);
  const unskipped = added(head.checks.skip, base.checks.skip);
  if (unskipped.length > 0) other(["checks", "skip"], `runs again ${unskipped.join(", ")}`);
  lower(
    ["checks", "branch-protection", "min-approvals"],
    "checks.branch-protection.min-approvals",
    base.checks["branch-protection"]["min-approvals"],
    head.checks["branch-protection"]["min-approvals"]
  );
  lower(
    ["checks", "pr-review", "min-approvals"],
    "checks.pr-review.min-approvals",
    base.checks["pr-review"]["min-approvals"],
    head.checks["pr-review"]["min-approvals"]
  );
  for (const severity of ["critical", "high", "medium", "low"]) {
    higher(
      ["checks", "dependabot-sla", severity],
      `checks.dependabot-sla.${severity}`,
      base.checks["dependabot-sla"][severity],
      head.checks["dependabot-sla"][severity]
    );
  }
  const ai = (config) => config["ai-inventory"];
  if (ai(base).path !== ai(head).path)
    weaker(["ai-inventory", "path"], `moves the AI inventory from ${ai(base).path} to ${ai(head).path}`);
  higher(
    ["ai-inventory", "max-assessment-age-days"],
    "ai-inventory.max-assessment-age-days",
    ai(base)["max-assessment-age-days"],
    ai(head)["max-assessment-age-days"]
  );
  changes.push(...providerChanges(ai(base).providers, ai(head).providers));
  const models = (config) => config.models;
  const droppedThresholds = added(models(head).thresholds, models(base).thresholds);
  if (droppedThresholds.length > 0)
    weaker(
      ["models", "thresholds"],
      `drops the evaluation thresholds ${droppedThresholds.map((t) => `"${t}"`).join(", ")}`
    );
  const newThresholds = added(models(base).thresholds, models(head).thresholds);
  if (newThresholds.length > 0)
    other(["models", "thresholds"], `adds the thresholds ${newThresholds.map((t) => `"${t}"`).join(", ")}`);
  higher(
    ["models", "max-result-age-days"],
    "models.max-result-age-days",
    models(base)["max-result-age-days"],
    models(head)["max-result-age-days"]
  );
  for (const registry of ["mlflow", "huggingface", "sagemaker"]) {
    if (models(base)[registry] && !models(head)[registry])
      weaker(["models", registry], `stops collecting from ${registry}`);
    else if (JSON.stringify(models(base)[registry]) !== JSON.stringify(models(head)[registry]))
      other(["models", registry], `changes models.${registry}`);
  }
  const droppedResults = added(models(head).results, models(base).results);
  if (droppedResults.length > 0)
    weaker(["models", "results"], `drops the result files ${droppedResults.join(", ")}`);
  const aws = (config) => config.aws;
  if (aws(base).enabled && !aws(head).enabled) weaker(["aws", "enabled"], "turns AWS evidence off");
  const droppedRoles = added(aws(head)["role-arns"], aws(base)["role-arns"]);
  if (droppedRoles.length > 0)
    weaker(["aws", "role-arns"], `stops collecting from ${droppedRoles.join(", ")}`);
  if (JSON.stringify(aws(base).regions) !== JSON.stringify(aws(head).regions)) {
    const narrowed = aws(head).regions !== void 0 && (aws(base).regions === void 0 || added(aws(head).regions, aws(base).regions).length > 0);
    (narrowed ? weaker : other)(
      ["aws", "regions"],
      `changes aws.regions to ${aws(head).regions?.join(", ") ?? "every enabled region"}`
    );
  }
  lower(
    ["aws", "password-min-length"],
    "aws.password-min-length",
    aws(base)["password-min-length"],
    aws(head)["password-min-length"]
  );
  for (const key of [
    "access-key-max-age-days",
    "access-key-max-unused-days",
    "patch-scan-max-age-days",
    "backup-rpo-hours",
    "restore-test-max-age-days"
  ])
    higher(["aws", key], `aws.${key}`, aws(base)[key], aws(head)[key]);
  lower(
    ["aws", "rds-backup-retention-min-days"],
    "aws.rds-backup-retention-min-days",
    aws(base)["rds-backup-retention-min-days"],
    aws(head)["rds-backup-retention-min-days"]
  );
  if (JSON.stringify(base.repositories) !== JSON.stringify(head.repositories)) {
    const dropped = added(head.repositories ?? [], base.repositories ?? []);
    (dropped.length > 0 ? weaker : other)(
      ["repositories"],
      dropped.length > 0 ? `stops collecting from ${dropped.join(", ")}` : "changes repositories"
    );
  }
  if (base.period !== head.period)
    other(["period"], `changes the period from ${base.period ?? "P1D"} to ${head.period ?? "P1D"}`);
  for (const id of /* @__PURE__ */ new Set([...Object.keys(base.mappings), ...Object.keys(head.mappings)])) {
    const b = base.mappings[id];
    const h = head.mappings[id];
    if (JSON.stringify(b?.replace) !== JSON.stringify(h?.replace))
      weaker(["mappings", id], `replaces the controls ${id} gives evidence for`);
    else if (JSON.stringify(b?.add) !== JSON.stringify(h?.add)) {
      const removed = JSON.stringify(b?.add ?? {}) !== "{}" && Object.entries(b?.add ?? {}).some(
        ([fw, ids]) => (ids ?? []).some((c) => !(h?.add?.[fw] ?? []).includes(c))
      );
      (removed ? weaker : other)(["mappings", id], `changes the controls added to ${id}`);
    }
  }
  for (const framework of ["iso27001-2022", "iso42001-2023"]) {
    const b = base.controls[framework] ?? {};
    const h = head.controls[framework] ?? {};
    for (const [control, entry] of Object.entries(h)) {
      if (!entry.applicable && b[control]?.applicable !== false)
        weaker(["controls", framework, control], `marks ${framework} ${control} not applicable`);
      else if (JSON.stringify(entry) !== JSON.stringify(b[control]))
        other(["controls", framework, control], `changes ${framework} ${control}`);
    }
    for (const control of Object.keys(b)) {
      if (!(control in h))
        other(["controls", framework, control], `removes the entry for ${framework} ${control}`);
    }
  }
  return changes;
}
function providerChanges(base, head) {
  const changes = [];
  const path = ["ai-inventory", "providers"];
  for (const entry of base) {
    const now = head.find((h) => h.id === entry.id);
    if (!now) {
      changes.push({ path, text: `removes AI provider ${entry.id}`, weakens: true });
      continue;
    }
    const packages = Object.entries(entry.packages ?? {}).flatMap(
      ([ecosystem, names2]) => (names2 ?? []).filter((name) => !(now.packages?.[ecosystem] ?? []).includes(name)).map((name) => `${ecosystem} ${name}`)
    );
    const models = (entry.models ?? []).filter((m) => !(now.models ?? []).includes(m));
    if (packages.length > 0)
      changes.push({
        path,
        text: `removes packages ${packages.join(", ")} from AI provider ${entry.id}`,
        weakens: true
      });
    if (models.length > 0)
      changes.push({
        path,
        text: `removes model patterns ${models.join(", ")} from AI provider ${entry.id}`,
        weakens: true
      });
  }
  for (const entry of head) {
    const before = base.find((b) => b.id === entry.id);
    if (entry.replace && !before?.replace)
      changes.push({
        path,
        text: `replaces the built-in AI provider ${entry.id} (its shipped packages and models no longer count)`,
        weakens: true
      });
    else if (JSON.stringify(entry) !== JSON.stringify(before))
      changes.push({ path, text: `${before ? "extends" : "adds"} AI provider ${entry.id}`, weakens: false });
  }
  return changes;
}
function lineOf(text, path) {
  const counter = new import_yaml2.LineCounter();
  const document = (0, import_yaml2.parseDocument)(text, { lineCounter: counter });
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? document.contents : document.getIn(path.slice(0, depth - 1), true);
    if (!(0, import_yaml2.isMap)(parent)) continue;
    const pair = parent.items.find((item) => (0, import_yaml2.isScalar)(item.key) && item.key.value === path[depth - 1]);
    if ((0, import_yaml2.isScalar)(pair?.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
  }
  return 1;
}
var evidenceConfigChange = {
  metadata: {
    id: "github.pr.evidence-config-change",
    version: 2,
    title: "The pull request does not weaken the evidence rules (.github/evidence.yml)",
    severity: "high",
    rationale: "The pull request is judged by the config of its base branch, never by its own copy; a change to the config takes effect after the merge. A change that skips checks, lowers thresholds, removes AI providers or moves the inventory weakens every later decision, so it needs the same review as a change to the controls themselves.",
    remediation: "Have the owner of the evidence process (the ISMS / AI management system owner) review and approve the config change, ideally in a pull request of its own with a CODEOWNERS entry for .github/evidence.yml; or revert the change to the config.",
    evidenceKinds: [PR_EVIDENCE.config]
  },
  evaluate: (context) => {
    const pr = pullRequestEvidence(context);
    if (!pr) return [];
    const record = context.evidence.get(PR_EVIDENCE.config, pr.subject);
    const evidence = record ? [record.path] : [];
    const { subject } = pr;
    if (!record?.data || record.error) {
      return [
        {
          subject,
          status: "error",
          message: `The pull request's version of the config could not be read: ${record?.error?.message ?? "not collected"}`,
          evidence
        }
      ];
    }
    const file = record.data;
    if (file.headBytes !== void 0) {
      return [
        {
          subject,
          status: "error",
          message: `${file.path} in the pull request is ${formatBytes(file.headBytes)}, over the limit of ${formatBytes(MAX_CONFIG_BYTES)}; it was not read, and after the merge every run would refuse it.`,
          evidence,
          locations: [
            {
              path: file.path,
              line: 1,
              message: `Over the ${formatBytes(MAX_CONFIG_BYTES)} limit for a config file.`
            }
          ]
        }
      ];
    }
    if (file.base === file.head) {
      return [
        {
          subject,
          status: "not_applicable",
          message: `The pull request does not change ${file.path}.`,
          evidence
        }
      ];
    }
    let head;
    try {
      head = parseConfig(file.head ?? "", `${file.path} (pull request)`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const line = Number(/^[^:]+(?: \(pull request\))?:(\d+)/.exec(error.message)?.[1]) || 1;
      return [
        {
          subject,
          status: "fail",
          message: `The pull request's ${file.path} is not valid, so every run after the merge would stop with exit 2: ${error.message.split("\n")[0]}`,
          evidence,
          locations: [{ path: file.path, line, message: error.message.split("\n")[0] }]
        }
      ];
    }
    const changes = configChanges(context.config, head);
    const weakening = changes.filter((c) => c.weakens);
    const removed = file.head === void 0 ? ` (removes ${file.path}: the defaults would apply)` : "";
    const at = (change) => ({
      path: file.path,
      line: file.head === void 0 ? 1 : lineOf(file.head, change.path),
      message: `Weakens the evidence rules: ${change.text}. This pull request is still judged by ${file.path} of ${file.baseRef}.`
    });
    if (weakening.length > 0) {
      return [
        {
          subject,
          status: "fail",
          message: `The pull request weakens ${file.path}${removed}: ${weakening.map((c) => c.text).join("; ")}. It is judged by the base branch's rules (${file.baseRef}); the change takes effect after the merge.`,
          evidence,
          locations: file.head === void 0 ? [] : weakening.map(at),
          details: weakening.map((c) => c.text)
        }
      ];
    }
    return [
      {
        subject,
        status: "pass",
        message: changes.length === 0 ? `The pull request edits ${file.path} without changing its effect.` : `The pull request changes ${file.path} without weakening it: ${changes.map((c) => c.text).join("; ")}. It takes effect after the merge.`,
        evidence
      }
    ];
  }
};

// src/checks/pull-request/manifests-unambiguous.ts
var manifestsUnambiguous = {
  metadata: {
    id: "github.pr.manifests-unambiguous",
    version: 1,
    title: "Changed manifests and lockfiles mean the same to every reader",
    severity: "high",
    rationale: "A package.json with two `dependencies` blocks installs what npm reads (the last one) while a reviewer, and many scanners, see the first: a dependency can be hidden in plain sight. A TOML manifest with a table defined twice is refused by pip, uv and Poetry but read by line-based tools. A lockfile too large to read hides everything in it.",
    remediation: "Merge the repeated keys or tables into one (keep the entries you mean to install), so that the file has a single meaning; regenerate lockfiles with the package manager (npm install, poetry lock, uv lock) instead of editing them by hand.",
    evidenceKinds: [PR_EVIDENCE.contents]
  },
  evaluate: (context) => withChangedFiles(context, ({ subject }, files, contentsPath) => {
    const evidence = [contentsPath];
    const manifests = files.filter((file) => manifestKind(file.path) !== void 0);
    const oversize = oversizeFiles(manifests, () => true);
    const locations = manifests.filter((file) => file.head !== void 0).flatMap(
      (file) => manifestAmbiguities(file.path, file.head).map((a) => ({
        path: file.path,
        line: a.line,
        message: a.message
      }))
    );
    if (locations.length > 0) {
      return {
        subject,
        status: "fail",
        message: `${locations.length} ambiguous entr${locations.length === 1 ? "y" : "ies"} in changed manifests: ${locations.map((l) => `${l.path}:${l.line}`).join(", ")}.${oversize.length > 0 ? ` Not checked: ${oversize.join("; ")}.` : ""}`,
        evidence,
        locations
      };
    }
    if (oversize.length > 0) {
      return {
        subject,
        status: "error",
        message: `Not checked: ${oversize.join("; ")}.`,
        evidence,
        locations: manifests.filter((file) => file.tooLarge?.head !== void 0).map((file) => ({
          path: file.path,
          line: 1,
          message: "Too large to read; see the check message for the limit."
        }))
      };
    }
    if (manifests.length === 0) {
      return {
        subject,
        status: "not_applicable",
        message: "The pull request changes no manifest or lockfile.",
        evidence
      };
    }
    return {
      subject,
      status: "pass",
      message: `${manifests.length} changed manifest(s) and lockfile(s) have no repeated keys or tables.`,
      evidence
    };
  })
};

// src/checks/pull-request/target-branch-protection.ts
var targetBranchProtection = {
  metadata: {
    id: "github.pr.target-branch-protection",
    version: 1,
    title: "The branch this pull request merges into requires reviews and status checks",
    severity: "high",
    rationale: "The merge of this change is governed by the rules of its target branch as they are now; without required reviews and checks it can be merged unreviewed and untested.",
    remediation: 'In the ruleset that targets this branch (Settings \u2192 Rules \u2192 Rulesets), enable "Require a pull request before merging" with at least the configured number of approvals, and "Require status checks to pass"; remove from its "Bypass list" anyone who should not merge unreviewed (classic protection: check "Do not allow bypassing the above settings"). A bypass the organization accepts goes in checks.branch-protection.allowed-bypass with its reason.',
    evidenceKinds: [...BRANCH_KINDS, GITHUB_EVIDENCE.rulesets]
  },
  evaluate: (context) => {
    const evidence = pullRequestEvidence(context);
    if (!evidence) return [];
    const minimum = context.config.checks["branch-protection"]["min-approvals"];
    const allowed = context.config.checks["branch-protection"]["allowed-bypass"];
    const subject = evidence.subject.replace(/#\d+$/, "");
    const repo = {
      subject,
      repository: {
        default_branch: evidence.pr.baseRef,
        full_name: subject.replace(/^github:/, "")
      },
      records: Object.fromEntries(
        [...BRANCH_KINDS, GITHUB_EVIDENCE.rulesets].map((kind) => [kind, context.evidence.get(kind, subject)])
      )
    };
    const protection = effectiveProtection(repo);
    const missing = [
      ...protection.requiredApprovals >= minimum ? [] : [`${minimum} approving review(s) (requires ${protection.requiredApprovals})`],
      ...protection.statusChecks.length > 0 ? [] : ["status checks"]
    ];
    const bypass = minimum > 0 ? assessBypass(repo, protection, "reviews", (c) => (c.approvals ?? 0) >= minimum, allowed) : void 0;
    if (bypass) delete bypass.eventsNote;
    const verdict2 = protectionVerdict(
      repo,
      protection,
      missing.length === 0,
      `${protection.branch} requires ${protection.requiredApprovals} approval(s) and ${protection.statusChecks.join(", ")} to pass before this merge.`,
      `${protection.branch} does not require ${missing.join(" or ")}`,
      bypass
    );
    return [{ ...verdict2, subject: `${subject}@${protection.branch}` }];
  }
};

// src/checks/pull-request/workflow-permissions.ts
function permissionProblems(path, text) {
  const { root, line, problems } = readWorkflow(text);
  if (!root) return problems.map((p) => ({ path, ...p }));
  const found = [];
  const top = mapEntry(root, "permissions");
  if (!top) {
    const on = mapEntry(root, "on") ?? mapEntry(root, true);
    found.push({
      path,
      line: on ? line(on.key) : 1,
      message: "No top-level `permissions:`: the GITHUB_TOKEN gets the repository default, which may be write access to everything."
    });
  } else if (scalarValue(top.value) === "write-all") {
    found.push({
      path,
      line: line(top.key),
      message: "`permissions: write-all` grants the GITHUB_TOKEN write access to everything."
    });
  }
  for (const job of mapEntries(mapEntry(root, "jobs")?.value)) {
    const permissions = mapEntry(job.value, "permissions");
    if (permissions && scalarValue(permissions.value) === "write-all") {
      found.push({
        path,
        line: line(permissions.key),
        message: `Job \`${job.key}\` sets \`permissions: write-all\`.`
      });
    }
  }
  return found;
}
var workflowPermissions = {
  metadata: {
    id: "github.pr.workflow-permissions",
    version: 1,
    title: "Changed workflows give the GITHUB_TOKEN least privilege",
    severity: "high",
    rationale: "A workflow token with write access to everything turns any compromised step or dependency into a way to push code, change releases or alter settings.",
    remediation: "Add a top-level `permissions:` block to the workflow with only what it needs, e.g. `permissions: { contents: read }`, and grant more per job (`pull-requests: write`, `id-token: write`) where a job needs it. Never use `write-all`.",
    evidenceKinds: [PR_EVIDENCE.contents]
  },
  evaluate: (context) => withChangedWorkflows(
    context,
    permissionProblems,
    (count) => `${count} changed workflow(s) declare least-privilege permissions.`,
    (locations) => `${locations.length} permission problem(s) in changed workflows: ${locations.map((l) => `${l.path}:${l.line}`).join(", ")}.`
  )
};

// src/checks/pull-request/workflow-pinned-actions.ts
var FIRST_PARTY = /^(actions|github)\//;
var FULL_SHA = /^[0-9a-f]{40}$/;
function unpinnedActions(path, text) {
  const { root, line, problems } = readWorkflow(text);
  if (!root) return problems.map((p) => ({ path, ...p }));
  const found = [];
  for (const job of mapEntries(mapEntry(root, "jobs")?.value)) {
    const uses = [
      mapEntry(job.value, "uses"),
      ...sequenceItems(mapEntry(job.value, "steps")?.value).map((step) => mapEntry(step, "uses"))
    ];
    for (const entry of uses) {
      const reference = scalarText(scalarValue(entry?.value) ?? "");
      if (!entry || !reference || reference.startsWith("./")) continue;
      if (reference.startsWith("docker://")) {
        if (!reference.includes("@sha256:")) {
          found.push({
            path,
            line: line(entry.value),
            message: `\`${reference}\` is a Docker image without a digest.`
          });
        }
        continue;
      }
      const [action, ref] = reference.split("@");
      if (FIRST_PARTY.test(action) || ref && FULL_SHA.test(ref)) continue;
      found.push({
        path,
        line: line(entry.value),
        message: `\`${reference}\` is a third-party action pinned to ${ref ? `the movable ref \`${ref}\`` : "nothing"}, not a full commit SHA.`
      });
    }
  }
  return found;
}
var workflowPinnedActions = {
  metadata: {
    id: "github.pr.workflow-pinned-actions",
    version: 1,
    title: "Changed workflows pin third-party actions to a commit SHA",
    severity: "medium",
    rationale: "A tag or branch of someone else's action can be moved to new code at any time; that code then runs with the workflow's token and secrets. Pinning to a full commit SHA makes the supplier relationship explicit and reviewable.",
    remediation: "Replace `uses: owner/action@v2` with `uses: owner/action@<40-character commit SHA> # v2` (Dependabot keeps pinned SHAs up to date when `github-actions` is in .github/dependabot.yml).",
    evidenceKinds: [PR_EVIDENCE.contents]
  },
  evaluate: (context) => withChangedWorkflows(
    context,
    unpinnedActions,
    () => "Every third-party action in the changed workflows is pinned to a commit SHA.",
    (locations) => `${locations.length} unpinned third-party action(s): ${locations.map((l) => `${l.path}:${l.line}`).join(", ")}.`
  )
};

// src/checks/index.ts
var CHECKS = [
  branchProtectionEnabled,
  branchProtectionRequiredReviews,
  branchProtectionForcePushBlocked,
  branchProtectionRequiredStatusChecks,
  pullRequestsIndependentApproval,
  defaultBranchChangesViaPullRequests,
  dependabotAlertsEnabled,
  dependabotAlertsWithinSla,
  secretScanningPushProtection,
  orgTwoFactorRequired,
  orgBasePermission,
  orgRepositoryCreation,
  orgRepositoryDeletion,
  orgOwners,
  repoPrivilegedAccess,
  repoTeamPrivilegedAccess,
  actionsDefaultTokenReadOnly,
  actionsAllowedActions,
  actionsForkPrApproval,
  actionsRunnerGroupsPrivate,
  secretScanningOpenAlerts,
  secretScanningPushProtectionBypasses,
  codeScanningEnabled,
  codeScanningAlertsWithinSla,
  orgWebhooksSecure,
  repoDeployKeysReadOnly,
  repoProductionEnvironments,
  repoCodeownersValid,
  repoSecurityPolicy,
  repoPrivateVulnerabilityReporting,
  repoWebhooksSecure,
  auditLogSettingsInForce,
  modelEvaluationThresholds,
  modelDeploymentApproval,
  modelDocumentation,
  modelLineage,
  modelMonitoring,
  modelInventoryCoverage,
  modelPipelineTests,
  awsRootMfa,
  awsPasswordPolicy,
  awsConsoleMfa,
  awsAccessKeyRotation,
  awsCloudTrail,
  awsGuardDuty,
  awsPatchCompliance,
  awsInspectorEnabled,
  awsS3PublicAccess,
  awsS3Encryption,
  awsS3Versioning,
  awsKmsRotation,
  awsConfigRecorder,
  awsConfigRulesCompliant,
  awsSecurityHubEnabled,
  awsSecurityHubFailedControls,
  awsAccessAnalyzerExternalAccess,
  awsBedrockInvocationLogging,
  awsCloudTrailLoggingInForce,
  awsConfigRecorderInForce,
  awsGuardDutyInForce,
  awsSecurityHubInForce,
  awsBedrockLoggingInForce,
  awsKmsRotationInForce,
  awsCloudTrailLogBucket,
  awsCloudTrailKms,
  awsCloudWatchCisAlarms,
  awsVpcFlowLogs,
  awsFlowLogsInForce,
  awsCisAlarmsInForce,
  awsEbsDefaultEncryption,
  awsRdsStorageEncrypted,
  awsEfsEncrypted,
  awsDynamoDbEncryption,
  awsKmsKeyPolicyNotPublic,
  awsEbsEncryptionInForce,
  awsKmsKeyDeletionInForce,
  awsAdminPrincipalsApproved,
  awsUnusedCredentials,
  awsRootAccessKeysAbsent,
  awsSsoAdminPermissionSetsApproved,
  awsScpGuardrails,
  awsOrganizationAccountsCollected,
  awsInspectorCoverage,
  awsInspectorFindingsWithinSla,
  awsEcrScanOnPush,
  awsRootAccessKeysInForce,
  awsScpGuardrailsInForce,
  awsInspectorInForce,
  awsEcrScanOnPushInForce,
  // Backup and recovery, AI workloads
  awsBackupPlans,
  awsBackupRecoveryPoints,
  awsBackupRestoreTests,
  awsRdsAutomatedBackups,
  awsRdsMultiAz,
  awsBackupInForce,
  awsBedrockGuardrails,
  awsSageMakerDataCapture,
  awsSageMakerModelMonitor,
  awsAiMonitoringInForce,
  awsS3Replication
];
var PR_CHECKS = [
  aiInventoryDrift,
  aiInventoryValid,
  targetBranchProtection,
  workflowPermissions,
  workflowPinnedActions,
  evidenceConfigChange,
  manifestsUnambiguous
];
var ALL_CHECKS = [...CHECKS, ...PR_CHECKS];
function checksFor(mode) {
  return mode === "pull-request" ? PR_CHECKS : CHECKS;
}

export {
  CHECKS,
  PR_CHECKS,
  ALL_CHECKS,
  checksFor
};
//# sourceMappingURL=chunk-RMO2YWKV.js.map
