import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  AWS_AI_EVIDENCE,
  AWS_CHANGE_EVIDENCE,
  AWS_CONFIG_MONITORING_EVIDENCE,
  AWS_EVIDENCE,
  AWS_SNAPSHOT_KINDS,
  CONTROL_SWITCHES
} from "./chunk-4TLHRKGK.js";
import {
  GITHUB_EVIDENCE,
  GITHUB_ORG_EVIDENCE,
  evidencePath,
  repoSubject
} from "./chunk-UNW4KLDT.js";
import {
  sageMakerVersionView
} from "./chunk-Q6N5DWGS.js";
import {
  huggingFaceView,
  mlflowVersionView
} from "./chunk-ZEJUPZEW.js";
import {
  XMLParser,
  XMLValidator
} from "./chunk-RHUBQFO2.js";
import {
  HF_KIND,
  INVENTORY_KIND,
  MLFLOW_KIND,
  MLFLOW_REGISTRY_KIND,
  RESULTS_KIND,
  SAGEMAKER_KIND
} from "./chunk-5OAN6P4X.js";
import {
  FRAMEWORKS,
  MappingError,
  findMappingsDir,
  isCalendarDate,
  isReviewInterval
} from "./chunk-2PJLBH5X.js";
import {
  require_dist
} from "./chunk-NNI55PZK.js";
import {
  didYouMean,
  editDistance,
  scalarText,
  showValue
} from "./chunk-VO3D4YAX.js";
import {
  durationMs
} from "./chunk-P4CAYHBQ.js";
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

// src/checks/subject-guard.ts
function guardSubject(subject, evidence, evaluate) {
  try {
    return evaluate();
  } catch (error) {
    return {
      subject,
      status: "error",
      message: `The check could not evaluate this subject: it threw ${describeException(error)}. The recorded evidence is unchanged; this is a defect of the check, to be reported with the bundle.`,
      evidence
    };
  }
}
function checkFailure(error) {
  return {
    subject: "(every subject of this check)",
    status: "error",
    message: `The check could not run: it threw ${describeException(error)}. No subject was evaluated by it; the other checks' findings stand.`,
    evidence: []
  };
}
function describeException(error) {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
  return String(error).slice(0, 500);
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
      const describe = ({ alert, severity, ageDays: ageDays2, slaDays: slaDays2 }) => {
        const pkg = alert.securityVulnerability?.package;
        return {
          number: alert.number,
          severity: severity ?? null,
          package: pkg ? `${pkg.ecosystem}:${pkg.name}` : "(package not returned)",
          advisory: alert.securityAdvisory?.ghsaId ?? null,
          summary: alert.securityAdvisory?.summary ?? null,
          openedAt: alert.createdAt,
          ageDays: ageDays2,
          slaDays: slaDays2 ?? null
        };
      };
      const overdue = assessed.filter(({ ageDays: ageDays2, slaDays: slaDays2 }) => slaDays2 !== null && slaDays2 !== void 0 && ageDays2 > slaDays2).map(describe);
      const undecided = assessed.filter((a) => a.severity === void 0).map(describe);
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
      const list2 = overdue.map(
        (o) => `#${o.number} ${o.severity} ${o.package} open ${o.ageDays}d (SLA ${o.slaDays}d)`
      );
      return {
        subject: repo.subject,
        status: "fail",
        message: `${overdue.length} of ${open} open alert(s) past their deadline: ${list2.join("; ")}.${undecidedText}`,
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
        const list2 = violations.map((v) => `#${v.number} (${v.reason})`).join(", ");
        const also = undecided.length > 0 ? ` Undecided: ${undecided.join("; ")}.` : "";
        return {
          subject: repo.subject,
          status: "fail",
          message: `${violations.length} of ${total} pull request(s) merged into ${branches} ${between} lacked an independent approval of what was merged: ${list2}.${also}`,
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
      const list2 = details.map(
        (c) => `${c.oid.slice(0, 12)} "${c.messageHeadline}" by ${c.author ?? "unknown author"}, committed by ${c.committer ?? "unknown committer"}`
      ).join("; ");
      return {
        subject,
        status: "fail",
        message: `${outside.length} of ${commits.length} commit(s) on ${history.branch} ${between} did not come through a merged pull request: ${list2}. The pusher is not in GitHub's commit data; the organisation audit log names it.`,
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
    const list2 = without.length > 0 ? `: ${without.join(", ")}` : "";
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
      message: `${required ? "Two-factor authentication is required" : "Two-factor authentication is not required"}; ${without.length} member(s) without it${list2}.`,
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
    rationale: 'A repository created by any member starts outside the reviewed set: no protection, no owner, possibly public. Restricting creation to owners keeps the inventory of code repositories under control. (GitHub does not expose "members can delete or transfer repositories" through the API; it is not evidenced here.)',
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
      const list2 = open.map((a) => `${a.repository}#${a.number} ${a.secretType} open ${a.ageDays}d`);
      return {
        subject: org.subject,
        status: "fail",
        message: `${open.length} open secret-scanning alert(s), oldest ${open[0].ageDays} day(s): ${list2.join("; ")}.`,
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
      const list2 = bypasses.map(
        (b) => `${b.repository}#${b.number} ${b.secretType} by ${b.bypassedBy ?? "(unknown)"} at ${b.bypassedAt} (now ${b.state})`
      );
      return {
        subject: org.subject,
        status: "fail",
        message: `${bypasses.length} push-protection bypass(es) during the period: ${list2.join("; ")}.`,
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
      const list2 = overdue.map(
        (o) => `${o.repository}#${o.number} ${o.severity} ${o.rule} open ${o.ageDays}d (SLA ${o.slaDays}d)`
      );
      return {
        subject: org.subject,
        status: "fail",
        message: `${overdue.length} of ${security.length} open security alert(s) (${counts}) past their deadline: ${list2.join("; ")}.`,
        evidence,
        details: overdue
      };
    });
  }
};

// src/checks/github/org-webhooks-secure.ts
var orgWebhooksSecure = {
  metadata: {
    id: "github.org.webhooks-secure",
    version: 1,
    title: "Organisation webhooks verify TLS and sign their payloads",
    severity: "medium",
    rationale: "Org webhooks send every event of every repository to another system. Without TLS verification the payloads can be read or altered in transit; without a secret the receiver cannot tell GitHub\u2019s deliveries from forged ones. (Repository webhooks are not collected yet.)",
    remediation: 'Organization settings \u2192 Webhooks \u2192 Edit each listed hook: set an https:// Payload URL, choose "Enable SSL verification", enter a random Secret (and configure the receiver to check X-Hub-Signature-256) \u2192 Update webhook.',
    evidenceKinds: [GITHUB_ORG_EVIDENCE.webhooks]
  },
  evaluate: (context) => forEachOrg(context, [GITHUB_ORG_EVIDENCE.webhooks], (org) => {
    const record = org.records[GITHUB_ORG_EVIDENCE.webhooks];
    if (!record?.data) return orgEvidenceError(org.subject, "The organisation webhooks", record);
    const weak = record.data.flatMap((hook) => {
      const problems = [
        ...String(hook.config.insecure_ssl ?? "0") === "0" ? [] : ["TLS verification disabled"],
        ...hook.config.url?.startsWith("http://") ? ["plain http URL"] : [],
        ...hook.config.secret ? [] : ["no secret"]
      ];
      return problems.length > 0 ? [{ id: hook.id, url: hook.config.url ?? null, active: hook.active, problems }] : [];
    });
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
  return [...bySetting.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([setting, list2]) => settingTimeline(setting, list2, start, end));
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
var auditLogSettingsInForce = {
  metadata: {
    id: "github.audit-log.settings-in-force",
    version: 1,
    title: "Branch protection and the 2FA requirement stayed in force for the whole period",
    severity: "high",
    rationale: "A setting seen at the end of the period says nothing about the days before: protection switched off for an hour to push a change, then restored, leaves no trace in a snapshot. The org audit log records each switch, who made it and when; the timeline shows the share of the period each setting was in force.",
    remediation: "For each interval listed: find what was pushed or changed while the setting was off (the repository\u2019s activity and rule suites for that window) and have it reviewed after the fact; restrict who may change protection (Organization settings \u2192 Member privileges; org rulesets instead of per-repository protection). The audit log needs GitHub Enterprise Cloud and a token with organization Administration: read (read:audit_log).",
    evidenceKinds: [GITHUB_ORG_EVIDENCE.auditLog]
  },
  evaluate: (context) => {
    const days = (Date.parse(context.period.end) - Date.parse(context.period.start)) / 864e5;
    const auditOf = (org) => context.evidence.get(GITHUB_ORG_EVIDENCE.auditLog, `github-org:${org}`);
    const beyondRetention = days > RETENTION_DAYS;
    const orgFindings = forEachOrg(context, [GITHUB_ORG_EVIDENCE.auditLog], (org) => {
      const record = auditOf(org.org);
      const evidence = record ? [record.path] : [];
      if (!record?.data) {
        return {
          subject: org.subject,
          status: "error",
          message: `${unavailable(record, org.org)}: ${NOT_DERIVABLE}.`,
          evidence
        };
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
          return {
            subject: repo.subject,
            status: "error",
            message: `${unavailable(record, org)}: ${NOT_DERIVABLE}.`,
            evidence
          };
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

// src/checks/aws/records.ts
var DAY_MS4 = 864e5;
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
var ageDays = (now, then) => then && then !== "N/A" && then !== "no_information" && !Number.isNaN(Date.parse(then)) ? Math.floor((Date.parse(now) - Date.parse(then)) / DAY_MS4) : void 0;

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
  const isOff = (e) => off.includes(e.EventName);
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
function perRegionTimeline(context, control, kind, what, stateOf) {
  return context.evidence.all(kind).map((record) => {
    const region = record.subject.split("/").pop() ?? record.subject;
    const changes = changesOf(context, record.subject);
    const evidence = [record.path, ...changes ? [changes.path] : []];
    return guardSubject(record.subject, evidence, () => {
      const result = timelineOf(context, control, changes, {
        events: (data) => data.events,
        stateAtEnd: record.error || record.data === void 0 ? void 0 : stateOf(record.data),
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
    what: subject.what
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
var import_yaml4 = __toESM(require_dist(), 1);

// src/config/load.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { readFile as readFile2, stat } from "node:fs/promises";
import { createHash } from "node:crypto";

// src/ai/providers.ts
import { readFile } from "node:fs/promises";
import { join } from "node:path";

// node_modules/re2js/build/index.js
var RE2Flags = class RE2Flags2 {
  static FOLD_CASE = 1;
  static LITERAL = 2;
  static CLASS_NL = 4;
  static DOT_NL = 8;
  static ONE_LINE = 16;
  static NON_GREEDY = 32;
  static PERL_X = 64;
  static UNICODE_GROUPS = 128;
  static WAS_DOLLAR = 256;
  static LOOKBEHIND = 512;
  static MATCH_NL = RE2Flags2.CLASS_NL | RE2Flags2.DOT_NL;
  static PERL = RE2Flags2.CLASS_NL | RE2Flags2.ONE_LINE | RE2Flags2.PERL_X | RE2Flags2.UNICODE_GROUPS;
  static POSIX = 0;
  static UNANCHORED = 0;
  static ANCHOR_START = 1;
  static ANCHOR_BOTH = 2;
};
var PublicFlags = {
  CASE_INSENSITIVE: 1,
  DOTALL: 2,
  MULTILINE: 4,
  DISABLE_UNICODE_GROUPS: 8,
  LONGEST_MATCH: 16,
  LOOKBEHINDS: 512
};
var ASCII_SIZE = 128;
var ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
var ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
var MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
  if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
  else ASCII_TO_UPPER[i] = i;
  if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
  else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
  static CODES = Object.freeze({
    "\x07": 7,
    "\b": 8,
    "	": 9,
    "\n": 10,
    "\v": 11,
    "\f": 12,
    "\r": 13,
    " ": 32,
    '"': 34,
    $: 36,
    "&": 38,
    "'": 39,
    "(": 40,
    ")": 41,
    "*": 42,
    "+": 43,
    "-": 45,
    ".": 46,
    0: 48,
    1: 49,
    2: 50,
    3: 51,
    4: 52,
    5: 53,
    6: 54,
    7: 55,
    8: 56,
    9: 57,
    ":": 58,
    "<": 60,
    ">": 62,
    "?": 63,
    A: 65,
    B: 66,
    C: 67,
    F: 70,
    P: 80,
    Q: 81,
    U: 85,
    Z: 90,
    "[": 91,
    "\\": 92,
    "]": 93,
    "^": 94,
    _: 95,
    "`": 96,
    a: 97,
    b: 98,
    f: 102,
    i: 105,
    m: 109,
    n: 110,
    r: 114,
    s: 115,
    t: 116,
    v: 118,
    x: 120,
    z: 122,
    "{": 123,
    "|": 124,
    "}": 125
  });
  static toUpperCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
    const s = String.fromCodePoint(codepoint).toUpperCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
  static toLowerCase(codepoint) {
    if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
    const s = String.fromCodePoint(codepoint).toLowerCase();
    const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (s.length > expectedLen) return codepoint;
    const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
    const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
    if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
    return s.codePointAt(0);
  }
};
var UnicodeRangeTable = class {
  /**
  * @param {Uint32Array | number[]} data
  * @param {boolean} isStride1
  */
  constructor(data, isStride1 = false) {
    this.data = data;
    this.isStride1 = isStride1;
    this.SIZE = isStride1 ? 2 : 3;
  }
  getLo(index) {
    return this.data[index * this.SIZE];
  }
  getHi(index) {
    return this.data[index * this.SIZE + 1];
  }
  getStride(index) {
    return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
  }
  get length() {
    return this.data.length / this.SIZE;
  }
};
var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
var B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
var decodeVLQ = (str) => {
  const res = [];
  let value = 0;
  let shift = 0;
  for (let i = 0; i < str.length; i++) {
    const digit = B64_MAP[str.charCodeAt(i)];
    value |= (digit & 31) << shift;
    if ((digit & 32) === 0) {
      res.push(value);
      value = 0;
      shift = 0;
    } else shift += 5;
  }
  return res;
};
var decodeRanges = (str, isStride1) => {
  const res = decodeVLQ(str);
  const numRanges = isStride1 ? res.length / 2 : res.length / 3;
  const out = new Uint32Array(numRanges * 3);
  let current = 0;
  let resIdx = 0;
  for (let i = 0; i < numRanges; i++) {
    current += res[resIdx++];
    out[i * 3] = current;
    current += res[resIdx++];
    out[i * 3 + 1] = current;
    out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
  }
  return out;
};
var decodeOrbit = (str) => {
  const res = decodeVLQ(str);
  const map = /* @__PURE__ */ new Map();
  let currentKey = 0;
  for (let i = 0; i < res.length; i += 2) {
    currentKey += res[i];
    const zz = res[i + 1];
    const delta = zz >>> 1 ^ -(zz & 1);
    map.set(currentKey, currentKey + delta);
  }
  return map;
};
var LazyMap = class {
  constructor(initializer) {
    this.initializer = initializer;
    this.cache = /* @__PURE__ */ new Map();
  }
  has(key) {
    return Object.hasOwn(this.initializer, key);
  }
  get(key) {
    if (this.cache.has(key)) return this.cache.get(key);
    const val = this.has(key) ? this.initializer[key]() : null;
    this.cache.set(key, val);
    return val;
  }
};
var UnicodeTables = class {
  static _CASE_ORBIT = null;
  static get CASE_ORBIT() {
    if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
    return this._CASE_ORBIT;
  }
  static _Print = null;
  static get Print() {
    if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
    return this._Print;
  }
  static CATEGORIES = new LazyMap({
    C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
    Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
    Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
    Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
    Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
    Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
    L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
    Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
    Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
    Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
    N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
    Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
    Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
    No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
    P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
    Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
    Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
    Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
    Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
    Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
    S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
    Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
    Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
    So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
    Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
    Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
    Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
    Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
    ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
    Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
    Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
    Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
    Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
    Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
    Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
    Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
    White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
  });
  static SCRIPTS = new LazyMap({
    Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
    Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
    Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
    Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
    Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
    Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
    Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
    Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
    Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
    Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
    Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
    Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
    Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
    Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
    Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
    Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
    Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
    Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
    Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
    Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
    Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
    Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
    Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
    Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
    Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
    Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
    Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
    Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
    Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
    Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
    Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
    Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
    Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
    Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
    Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
    Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
    Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
    Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
    Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
    Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
    Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
    Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
    Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
    Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
    Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
    Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
    Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
    Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
    Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
    Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
    Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
    Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
    Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
    Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
    Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
    Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
    Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
    Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
    Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
    Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
    Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
    Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
    Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
    Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
    Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
    Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
    Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
    Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
    Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
    Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
    Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
    Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
    Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
    Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
    Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
    Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
    Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
    Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
    Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
    Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
    Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
    Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
    Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
    Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
    Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
    Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
    Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
    Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
    Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
    Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
    Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
    Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
    Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
    Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
    Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
    Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
    Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
    Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
    Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
    Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
    Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
    New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
    Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
    Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
    Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
    Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
    Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
    Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
    Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
    Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
    Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
    Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
    Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
    Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
    Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
    Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
    Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
    Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
    Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
    Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
    Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
    Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
    Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
    Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
    Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
    Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
    Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
    Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
    Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
    Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
    Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
    Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
    Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
    Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
    Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
    SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
    Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
    Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
    Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
    Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
    Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
    Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
    Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
    Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
    Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
    Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
    Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
    Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
    Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
    Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
    Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
    Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
    Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
    Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
    Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
    Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
    Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
    Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
    Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
    Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
    Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
    Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
    Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
    Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
    Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
    Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
    Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
    Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
    Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
    Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
    Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
    Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
    Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
  });
  static FOLD_CATEGORIES = new LazyMap({
    L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
    Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
    Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
    M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
    Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
    Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
    Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
    Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
  });
  static FOLD_SCRIPT = new LazyMap({
    Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
    Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
    Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
  });
};
var Unicode = class Unicode2 {
  static MAX_RUNE = 1114111;
  static RUNE_ERROR = 65533;
  static isUnsearchable(r) {
    return r === Unicode2.RUNE_ERROR || r >= Unicode2.MIN_HIGH_SURROGATE && r <= Unicode2.MAX_LOW_SURROGATE;
  }
  static MAX_ASCII = 127;
  static MAX_LATIN1 = 255;
  static MAX_BMP = 65535;
  static MIN_FOLD = 65;
  static MAX_FOLD = 125251;
  static MIN_HIGH_SURROGATE = 55296;
  static MAX_HIGH_SURROGATE = 56319;
  static MIN_LOW_SURROGATE = 56320;
  static MAX_LOW_SURROGATE = 57343;
  static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
  static is32(ranges, r) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const m = lo + Math.floor((hi - lo) / 2);
      const rlo = ranges.getLo(m);
      const rhi = ranges.getHi(m);
      if (rlo <= r && r <= rhi) {
        const stride = ranges.getStride(m);
        return (r - rlo) % stride === 0;
      }
      if (r < rlo) hi = m;
      else lo = m + 1;
    }
    return false;
  }
  static is(ranges, r) {
    if (r <= Unicode2.MAX_LATIN1) {
      for (let i = 0; i < ranges.length; i++) {
        if (r > ranges.getHi(i)) continue;
        const rlo = ranges.getLo(i);
        if (r < rlo) return false;
        const stride = ranges.getStride(i);
        return (r - rlo) % stride === 0;
      }
      return false;
    }
    return ranges.length > 0 && r >= ranges.getLo(0) && Unicode2.is32(ranges, r);
  }
  static isPrint(r) {
    if (r <= Unicode2.MAX_LATIN1) return r >= 32 && r < Unicode2.MAX_ASCII || r >= 161 && r !== 173;
    return Unicode2.is(UnicodeTables.Print, r);
  }
  static simpleFold(r) {
    if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
    if (r <= Unicode2.MAX_ASCII) {
      const l = Codepoint.toLowerCase(r);
      return l !== r ? l : Codepoint.toUpperCase(r);
    }
    return r;
  }
  static equalsIgnoreCase(r1, r2) {
    if (r1 === r2) return true;
    if (r1 < 0 || r2 < 0) return false;
    if (r1 <= Unicode2.MAX_ASCII && r2 <= Unicode2.MAX_ASCII) {
      if (65 <= r1 && r1 <= 90) r1 |= 32;
      if (65 <= r2 && r2 <= 90) r2 |= 32;
      return r1 === r2;
    }
    for (let r = Unicode2.simpleFold(r1); r !== r1; r = Unicode2.simpleFold(r)) if (r === r2) return true;
    return false;
  }
};
var RE2JSException = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSException";
  }
};
var RE2JSSyntaxException = class extends RE2JSException {
  /**
  * @param {string} error
  * @param {string|null} [input=null]
  */
  constructor(error, input = null) {
    let message = `error parsing regexp: ${error}`;
    if (input) message += `: \`${input}\``;
    super(message);
    this.name = "RE2JSSyntaxException";
    this.message = message;
    this.error = error;
    this.input = input;
  }
  /**
  * Retrieves the description of the error.
  * @returns {string}
  */
  getDescription() {
    return this.error;
  }
  /**
  * Retrieves the erroneous regular-expression pattern.
  * @returns {string|null}
  */
  getPattern() {
    return this.input;
  }
};
var RE2JSCompileException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSCompileException";
  }
};
var RE2JSGroupException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSGroupException";
  }
};
var RE2JSFlagsException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSFlagsException";
  }
};
var RE2JSInternalException = class extends RE2JSException {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "RE2JSInternalException";
  }
};
var FAST_PATH_TABLE_SIZE = 256;
var WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
var cachedNativeEncoder = null;
var cachedNativeDecoder = null;
var Utils = class Utils2 {
  static METACHARACTERS = "\\.+*?()|[]{}^$";
  static EMPTY_BEGIN_LINE = 1;
  static EMPTY_END_LINE = 2;
  static EMPTY_BEGIN_TEXT = 4;
  static EMPTY_END_TEXT = 8;
  static EMPTY_WORD_BOUNDARY = 16;
  static EMPTY_NO_WORD_BOUNDARY = 32;
  static EMPTY_ALL = -1;
  static emptyInts() {
    return [];
  }
  static isString(value) {
    return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
  }
  static typeName(value) {
    if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
    return Object.prototype.toString.call(value).slice(8, -1);
  }
  static checkPattern(pattern) {
    if (!Utils2.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils2.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
  }
  static checkInput(input) {
    if (!Utils2.isString(input) && !Utils2.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils2.typeName(input)}`);
  }
  static checkFlags(flags) {
    const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
    if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
  }
  static isByteArray(input) {
    return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
  }
  static isalnum(c) {
    return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
  }
  static unhex(c) {
    if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
    if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
    if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
    return -1;
  }
  static escapeRune(rune) {
    let out = "";
    if (Unicode.isPrint(rune)) {
      if (Utils2.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
      out += String.fromCodePoint(rune);
    } else switch (rune) {
      case Codepoint.CODES['"']:
        out += '\\"';
        break;
      case Codepoint.CODES["\\"]:
        out += "\\\\";
        break;
      case Codepoint.CODES["	"]:
        out += "\\t";
        break;
      case Codepoint.CODES["\n"]:
        out += "\\n";
        break;
      case Codepoint.CODES["\r"]:
        out += "\\r";
        break;
      case Codepoint.CODES["\b"]:
        out += "\\b";
        break;
      case Codepoint.CODES["\f"]:
        out += "\\f";
        break;
      default: {
        let s = rune.toString(16);
        if (rune < 256) {
          out += "\\x";
          if (s.length === 1) out += "0";
          out += s;
        } else out += `\\x{${s}}`;
        break;
      }
    }
    return out;
  }
  static stringToRunes(str) {
    const string = String(str);
    const runes = [];
    let i = 0;
    while (i < string.length) {
      const cp = string.codePointAt(i);
      runes.push(cp);
      i += cp > Unicode.MAX_BMP ? 2 : 1;
    }
    return new Int32Array(runes);
  }
  static runeToString(r) {
    return String.fromCodePoint(r);
  }
  static isWordRune(r) {
    return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
  }
  static emptyOpContext(r1, r2) {
    let op = 0;
    if (r1 < 0) op |= Utils2.EMPTY_BEGIN_TEXT | Utils2.EMPTY_BEGIN_LINE;
    if (r1 === 10) op |= Utils2.EMPTY_BEGIN_LINE;
    if (r2 < 0) op |= Utils2.EMPTY_END_TEXT | Utils2.EMPTY_END_LINE;
    if (r2 === 10) op |= Utils2.EMPTY_END_LINE;
    if (Utils2.isWordRune(r1) !== Utils2.isWordRune(r2)) op |= Utils2.EMPTY_WORD_BOUNDARY;
    else op |= Utils2.EMPTY_NO_WORD_BOUNDARY;
    return op;
  }
  /**
  * Returns a string that quotes all regular expression metacharacters inside the argument text;
  * the returned string is a regular expression matching the literal text. For example,
  * {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
  * @param {string} str
  * @returns {string}
  */
  static quoteMeta(str) {
    return str.split("").map((s) => {
      if (Utils2.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
      return s;
    }).join("");
  }
  static charCount(codePoint) {
    return codePoint > Unicode.MAX_BMP ? 2 : 1;
  }
  /**
  * High-speed conversion from TypedArrays to standard JS Arrays.
  * Bypasses the expensive Symbol.iterator overhead of Array.from()
  */
  static toArray(typedArray) {
    const len = typedArray.length;
    const res = new Array(len);
    for (let i = 0; i < len; i++) res[i] = typedArray[i];
    return res;
  }
  static stringToUtf8ByteArray(str) {
    if (globalThis.TextEncoder) {
      if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
      return cachedNativeEncoder.encode(str);
    } else {
      let out = [], p = 0;
      for (let i = 0; i < str.length; i++) {
        let c = str.charCodeAt(i);
        if (c < 128) out[p++] = c;
        else if (c < 2048) {
          out[p++] = c >> 6 | 192;
          out[p++] = c & 63 | 128;
        } else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
          c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
          out[p++] = c >> 18 | 240;
          out[p++] = c >> 12 & 63 | 128;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        } else {
          out[p++] = c >> 12 | 224;
          out[p++] = c >> 6 & 63 | 128;
          out[p++] = c & 63 | 128;
        }
      }
      return out;
    }
  }
  static utf8ByteArrayToString(bytes) {
    if (globalThis.TextDecoder) {
      if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
      const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      return cachedNativeDecoder.decode(view);
    } else {
      let out = [], pos = 0, c = 0;
      while (pos < bytes.length) {
        let c1 = bytes[pos++];
        if (c1 < 128) out[c++] = String.fromCharCode(c1);
        else if (c1 > 191 && c1 < 224) {
          let c2 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
        } else if (c1 > 239 && c1 < 365) {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          let c4 = bytes[pos++];
          let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
          out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
          out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
        } else {
          let c2 = bytes[pos++];
          let c3 = bytes[pos++];
          out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
        }
      }
      return out.join("");
    }
  }
};
var createEnum = (values = [], initNum = 0) => {
  const enumObject = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < values.length; i++) {
    const val = values[i];
    const keyVal = initNum + i;
    enumObject[val] = keyVal;
    enumObject[keyVal] = val;
  }
  return Object.freeze(enumObject);
};
var MatcherInputBase = class MatcherInputBase2 {
  static Encoding = createEnum(["UTF_16", "UTF_8"]);
  getEncoding() {
    throw Error("not implemented");
  }
  /** @returns {string} */
  asCharSequence() {
    throw Error("not implemented");
  }
  /** @returns {Uint8Array|number[]|null} */
  asBytes() {
    throw Error("not implemented");
  }
  /** @returns {number} */
  length() {
    throw Error("not implemented");
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF8Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_8;
  }
  /**
  *
  * @returns {boolean}
  */
  isUTF16Encoding() {
    return this.getEncoding() === MatcherInputBase2.Encoding.UTF_16;
  }
};
var Utf8MatcherInput = class extends MatcherInputBase {
  /** @param {Uint8Array|number[]|null} bytes */
  constructor(bytes = null) {
    super();
    this.bytes = bytes;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_8;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return Utils.utf8ByteArrayToString(this.bytes);
  }
  /**
  *
  * @returns {Uint8Array|number[]|null}
  */
  asBytes() {
    return this.bytes;
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.bytes.length;
  }
};
var Utf16MatcherInput = class extends MatcherInputBase {
  /** @param {string|null} charSequence */
  constructor(charSequence = null) {
    super();
    this.charSequence = charSequence;
  }
  getEncoding() {
    return MatcherInputBase.Encoding.UTF_16;
  }
  /**
  *
  * @returns {string}
  */
  asCharSequence() {
    return this.charSequence;
  }
  /**
  *
  * @returns {number[]}
  */
  asBytes() {
    return Utils.stringToUtf8ByteArray(this.charSequence.toString());
  }
  /**
  *
  * @returns {number}
  */
  length() {
    return this.charSequence.length;
  }
};
var MatcherInput = class {
  /**
  * Return the MatcherInput for UTF_16 encoding.
  * @returns {Utf16MatcherInput}
  */
  static utf16(charSequence) {
    Utils.checkInput(charSequence);
    return new Utf16MatcherInput(charSequence);
  }
  /**
  * Return the MatcherInput for UTF_8 encoding.
  * @returns {Utf8MatcherInput}
  */
  static utf8(input) {
    if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
    return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
  }
};
var MachineInputBase = class {
  static EOF() {
    return -8;
  }
  constructor() {
    this.start = 0;
    this.end = 0;
  }
  canCheckPrefix() {
    return true;
  }
  endPos() {
    return this.end - this.start;
  }
  hasString() {
    return false;
  }
  hasAnyString() {
    return false;
  }
  prefixLength() {
    return 0;
  }
};
var MachineUTF8Input = class MachineUTF8Input2 extends MachineInputBase {
  static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
  constructor(bytes, start = 0, end = bytes.length) {
    super();
    this.bytes = bytes;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const target = prefilter.bytes;
    if (target.length === 0) return true;
    const idx = this.indexOf(this.bytes, target, this.start + pos);
    return idx !== -1 && idx <= this.end - target.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c = this.bytes[pos] & 255;
    if (c < 128) return c << 3 | 1;
    let size;
    let rune;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) {
      size = 2;
      rune = c & 31;
    } else if (c >= 224 && c <= 239) {
      size = 3;
      rune = c & 15;
      if (c === 224) lo = 160;
      else if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      size = 4;
      rune = c & 7;
      if (c === 240) lo = 144;
      else if (c === 244) hi = 143;
    } else return MachineUTF8Input2.RUNE_ERROR_STEP;
    if (pos + size > this.end) return MachineUTF8Input2.RUNE_ERROR_STEP;
    const c1 = this.bytes[pos + 1] & 255;
    if (c1 < lo || c1 > hi) return MachineUTF8Input2.RUNE_ERROR_STEP;
    rune = rune << 6 | c1 & 63;
    if (size > 2) {
      const c2 = this.bytes[pos + 2] & 255;
      if ((c2 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
      rune = rune << 6 | c2 & 63;
      if (size > 3) {
        const c3 = this.bytes[pos + 3] & 255;
        if ((c3 & 192) !== 128) return MachineUTF8Input2.RUNE_ERROR_STEP;
        rune = rune << 6 | c3 & 63;
      }
    }
    return rune << 3 | size;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
    return i < 0 ? i : i - pos;
  }
  context(pos) {
    pos += this.start;
    let r1 = -1;
    if (pos > this.start && pos <= this.end) {
      let start = pos - 1;
      r1 = this.bytes[start--];
      if (r1 >= 128) {
        let lim = pos - 4;
        if (lim < this.start) lim = this.start;
        while (start >= lim && (this.bytes[start] & 192) === 128) start--;
        if (start < this.start) start = this.start;
        const r = this.step(start - this.start);
        r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
      }
    }
    const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  indexOf(source, target, fromIndex = 0) {
    let targetLength = target.length;
    if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
    const firstByte = target[0];
    let limit = this.end - targetLength;
    const hasNativeIndexOf = typeof source.indexOf === "function";
    let i = fromIndex;
    while (i <= limit) {
      if (hasNativeIndexOf) {
        i = source.indexOf(firstByte, i);
        if (i === -1 || i > limit) return -1;
      } else {
        while (i <= limit && source[i] !== firstByte) i++;
        if (i > limit) return -1;
      }
      let match = true;
      for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
        match = false;
        break;
      }
      if (match) return i;
      i++;
    }
    return -1;
  }
  prefixLength(re2) {
    return re2.prefixUTF8.length;
  }
};
var MachineUTF16Input = class extends MachineInputBase {
  constructor(charSequence, start = 0, end = charSequence.length) {
    super();
    this.charSequence = charSequence;
    this.start = start;
    this.end = end;
  }
  hasString(prefilter, pos) {
    const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
    return idx !== -1 && idx <= this.end - prefilter.str.length;
  }
  hasAnyString(prefilter, pos) {
    return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
  }
  step(pos) {
    pos += this.start;
    if (pos >= this.end) return MachineInputBase.EOF();
    const c1 = this.charSequence.charCodeAt(pos);
    if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
    const c2 = this.charSequence.charCodeAt(pos + 1);
    if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
    return c1 << 3 | 1;
  }
  index(re2, pos) {
    pos += this.start;
    const i = this.charSequence.indexOf(re2.prefix, pos);
    if (i < 0 || i > this.end - re2.prefix.length) return -1;
    return i - pos;
  }
  context(pos) {
    pos += this.start;
    const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
    const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
    return Utils.emptyOpContext(r1, r2);
  }
  prefixLength(re2) {
    return re2.prefix.length;
  }
};
var MachineInput = class {
  static fromUTF8(bytes, start = 0, end = bytes.length) {
    return new MachineUTF8Input(bytes, start, end);
  }
  static fromUTF16(charSequence, start = 0, end = void 0) {
    Utils.checkInput(charSequence);
    return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
  }
};
var Matcher = class Matcher2 {
  /**
  * V8 and WebKit have historical hard limits on the number of arguments
  * that can be passed to a function. We cap replacer arguments to prevent
  * Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
  */
  static MAX_REPLACER_ARGS = 65535;
  /**
  * Quotes '\' and '$' in {@code s}, so that the returned string could be used in
  * {@link #appendReplacement} as a literal replacement of {@code s}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    if (javaMode) {
      if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
      return str.split("").map((s) => {
        const c = s.codePointAt(0);
        if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
        return s;
      }).join("");
    }
    if (str.indexOf("$") < 0) return str;
    return str.split("").map((s) => {
      if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
      return s;
    }).join("");
  }
  /**
  *
  * @param {import('./index.js').RE2JS} pattern
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  */
  constructor(pattern, input) {
    if (pattern === null) throw new Error("pattern is null");
    this.patternInput = pattern;
    const re2 = this.patternInput.re2();
    this.patternGroupCount = re2.numberOfCapturingGroups();
    this.groups = [];
    this.namedGroups = re2.namedGroups;
    this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
    this.numberOfInstructions = re2.numberOfInstructions();
    this.lookbehindState = null;
    if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
    else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
    else this.resetMatcherInput(MatcherInput.utf16(input));
  }
  /**
  * Returns the {@code RE2JS} associated with this {@code Matcher}.
  * @returns {import('./index.js').RE2JS}
  */
  pattern() {
    return this.patternInput;
  }
  /**
  * Resets the {@code Matcher}, rewinding input and discarding any match information.
  *
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  reset() {
    this.matcherInputLength = this.matcherInput.length();
    this.appendPos = 0;
    this.hasMatch = false;
    this.hasGroups = false;
    this.anchorFlag = 0;
    return this;
  }
  /**
  * Resets the {@code Matcher} and changes the input.
  * @param {string|number[]|Uint8Array|MatcherInputBase} input
  * @returns {Matcher} the {@code Matcher} itself, for chained method calls
  */
  resetMatcherInput(input) {
    if (input === null) throw new Error("input is null");
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    this.matcherInput = input;
    if (this.lookbehindState !== null) this.lookbehindState.reset();
    else this.lookbehindState = this.patternInput.re2().createLookbehindState();
    this.reset();
    return this;
  }
  /**
  * Returns the start of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  start(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group];
  }
  /**
  * Returns the end of the named group of the most recent match, or -1 if the group was not
  * matched.
  * @param {string|number} [group=0]
  * @returns {number}
  */
  end(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    this.loadGroup(group);
    return this.groups[2 * group + 1];
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.numberOfInstructions;
  }
  /**
  * Returns the named group of the most recent match, or {@code null} if the group was not matched.
  * @param {string|number} [group=0]
  * @returns {string|null}
  */
  group(group = 0) {
    if (typeof group === "string") {
      const groupInt = this.namedGroups[group];
      if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
      group = groupInt;
    }
    const start = this.start(group);
    const end = this.end(group);
    if (start < 0 && end < 0) return null;
    return this.substring(start, end);
  }
  /**
  * Returns a dictionary map of all named capturing groups and their matched values.
  * If a group was not matched, its value will be `null`.
  * @returns {Record<string, string|null>}
  */
  getNamedGroups() {
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    const result = /* @__PURE__ */ Object.create(null);
    for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
    return result;
  }
  /**
  * Returns the number of subgroups in this pattern.
  *
  * @returns {number} the number of subgroups; the overall match (group 0) does not count
  */
  groupCount() {
    return this.patternGroupCount;
  }
  /**
  * Helper: finds subgroup information if needed for group.
  * @param {number} group
  * @private
  */
  loadGroup(group) {
    if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
    if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
    if (group === 0 || this.hasGroups) return;
    const end = this.matcherInputLength;
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
    if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
    this.groups = res[1];
    this.hasGroups = true;
  }
  /**
  * Matches the entire input against the pattern (anchored start and end). If there is a match,
  * {@code matches} sets the match state to describe it.
  *
  * @returns {boolean} true if the entire input matches the pattern
  */
  matches() {
    return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
  }
  /**
  * Matches the beginning of input against the pattern (anchored start). If there is a match,
  * {@code lookingAt} sets the match state to describe it.
  *
  * @returns {boolean} true if the beginning of the input matches the pattern
  */
  lookingAt() {
    return this.genMatch(0, RE2Flags.ANCHOR_START);
  }
  /**
  * Matches the input against the pattern (unanchored), starting at a specified position. If there
  * is a match, {@code find} sets the match state to describe it.
  *
  * @param {number|null} [start=null] the input position where the search begins
  * @returns {boolean} if it finds a match
  * @throws IndexOutOfBoundsException if start is not a valid input position
  */
  find(start = null) {
    if (start !== null) {
      if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
      this.reset();
      return this.genMatch(start, 0);
    }
    start = 0;
    if (this.hasMatch) {
      start = this.groups[1];
      if (this.groups[0] === this.groups[1]) {
        const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
        if (r < 0) start++;
        else start += r & 7;
      }
    }
    return this.genMatch(start, RE2Flags.UNANCHORED);
  }
  /**
  * Helper: does match starting at start, with RE2 anchor flag.
  * @param {number} startByte
  * @param {number} anchor
  * @returns {boolean}
  * @private
  */
  genMatch(startByte, anchor) {
    const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
    if (!res[0]) {
      this.hasMatch = false;
      return false;
    }
    this.groups = res[1];
    this.hasMatch = true;
    this.hasGroups = this.patternGroupCount === 0;
    this.anchorFlag = anchor;
    return true;
  }
  /**
  * Helper: return substring for [start, end).
  * @param {number} start
  * @param {number} end
  * @returns {string}
  */
  substring(start, end) {
    if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
    return this.matcherInput.asCharSequence().substring(start, end).toString();
  }
  /**
  * Helper for Pattern: return input length.
  * @returns {number}
  */
  inputLength() {
    return this.matcherInputLength;
  }
  /**
  * Appends to result two strings: the text from the append position up to the beginning of the
  * most recent match, and then the replacement with submatch groups substituted for references to
  * them. It advances the append position to where the most recent match ended.
  *
  * By default the replacement is expanded as by String.prototype.replace (see
  * appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
  * many digits as still form a valid group number, ${name} is a named group, and a backslash
  * escapes the next character (so "\\$" in a JS string literal inserts a literal $).
  *
  * @param {string} replacement the replacement string
  * @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @throws IllegalStateException if there was no most recent match
  * @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
  * @private
  */
  appendReplacement(replacement, javaMode = false) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
    return res;
  }
  /**
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJava(replacement) {
    let res = "";
    let last = 0;
    const m = replacement.length;
    let i = 0;
    while (i < m) {
      const cCode = replacement.codePointAt(i);
      if (cCode === Codepoint.CODES["\\"]) {
        if (last < i) res += replacement.substring(last, i);
        i++;
        if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
        last = i;
        i++;
        continue;
      }
      if (cCode === Codepoint.CODES["$"]) {
        if (last < i) res += replacement.substring(last, i);
        if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
        const nextCode = replacement.codePointAt(i + 1);
        if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
          let n = nextCode - Codepoint.CODES["0"];
          let j = i + 2;
          for (; j < m; j++) {
            const digit = replacement.codePointAt(j);
            if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
            n = n * 10 + digit - Codepoint.CODES["0"];
          }
          if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
          const group = this.group(n);
          if (group !== null) res += group;
          i = j;
          last = i;
        } else if (nextCode === Codepoint.CODES["{"]) {
          let j = i + 2;
          while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
          if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
          const groupName = replacement.substring(i + 2, j);
          const groupVal = this.group(groupName);
          if (groupVal !== null) res += groupVal;
          i = j + 1;
          last = i;
        } else throw new RE2JSGroupException("Illegal group reference");
        continue;
      }
      i++;
    }
    if (last < m) res += replacement.substring(last, m);
    return res;
  }
  /**
  * Expands |replacement| for the current match by the rules of String.prototype.replace
  * (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
  * after it, $n and $nn a group (two digits only when they form a valid group number, so with
  * one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
  * (empty when no such group), only when the pattern has named groups. Anything else, such as
  * "$0" or "$<" without a closing ">", is kept as is.
  * @param {string} replacement - the replacement string
  * @returns {string}
  * @private
  */
  appendReplacementInternalJs(replacement) {
    const isDigit2 = (c) => c >= 48 && c <= 57;
    const groupCount = this.patternGroupCount;
    let res = "";
    let i = 0;
    while (i < replacement.length) {
      const dollar = replacement.indexOf("$", i);
      if (dollar < 0) break;
      res += replacement.substring(i, dollar);
      i = dollar;
      const c = replacement.charCodeAt(i + 1);
      if (c === Codepoint.CODES["$"]) {
        res += "$";
        i += 2;
      } else if (c === Codepoint.CODES["&"]) {
        res += this.group(0);
        i += 2;
      } else if (c === Codepoint.CODES["`"]) {
        res += this.substring(0, this.start(0));
        i += 2;
      } else if (c === Codepoint.CODES["'"]) {
        res += this.substring(this.end(0), this.matcherInputLength);
        i += 2;
      } else if (isDigit2(c)) {
        let digits = 1;
        let index = c - 48;
        const c2 = replacement.charCodeAt(i + 2);
        if (isDigit2(c2) && index * 10 + c2 - 48 <= groupCount) {
          digits = 2;
          index = index * 10 + c2 - 48;
        }
        if (index >= 1 && index <= groupCount) {
          const group = this.group(index);
          if (group !== null) res += group;
        } else res += replacement.substring(i, i + 1 + digits);
        i += 1 + digits;
      } else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
        const gt = replacement.indexOf(">", i + 2);
        if (gt < 0) {
          res += "$<";
          i += 2;
        } else {
          const name = replacement.substring(i + 2, gt);
          if (Object.hasOwn(this.namedGroups, name)) {
            const group = this.group(name);
            if (group !== null) res += group;
          }
          i = gt + 1;
        }
      } else {
        res += "$";
        i += 1;
      }
    }
    return res + replacement.substring(i);
  }
  /**
  * Return the substring of the input from the append position to the end of the
  * input.
  * @returns {string}
  */
  appendTail() {
    return this.substring(this.appendPos, this.matcherInputLength);
  }
  /**
  * Returns the input with all matches replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the matches replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceAll(replacement, javaMode = false) {
    return this.replace(replacement, true, javaMode);
  }
  /**
  * Returns the input with the first match replaced by {@code replacement}, interpreted as for
  * {@code appendReplacement}.
  *
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string} the input string with the first match replaced
  * @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
  */
  replaceFirst(replacement, javaMode = false) {
    return this.replace(replacement, false, javaMode);
  }
  /**
  * Helper: replaceAll/replaceFirst hybrid.
  * @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
  * @param {boolean} [all=true] - replace all matches
  * @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
  * @returns {string}
  * @private
  */
  replace(replacement, all = true, javaMode = false) {
    let res = "";
    this.reset();
    const isFunc = typeof replacement === "function";
    let originalInput = null;
    if (isFunc) {
      if (this.groupCount() >= Matcher2.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
      originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
    }
    while (this.find()) {
      res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
      if (!all) break;
    }
    res += this.appendTail();
    return res;
  }
  /**
  * Evaluates a replacer function for the current match and appends the result,
  * along with any un-matched preceding text, advancing the append position.
  * @param {Function} replacer - the replacer function
  * @param {string|Uint8Array|number[]} originalInput - the cached original input reference
  * @returns {string} the evaluated string to append
  * @private
  */
  appendReplacementFunc(replacer, originalInput) {
    let res = "";
    const s = this.start();
    const e = this.end();
    if (this.appendPos < s) res += this.substring(this.appendPos, s);
    this.appendPos = e;
    const args = this.matchArray();
    args.push(s, originalInput);
    if (this.hasNamedGroups) args.push(this.namedGroupsObject());
    res += String(replacer(...args));
    return res;
  }
  /**
  * The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
  * did not take part in the match. Used by exec(), matchAll() and replacer functions.
  * @returns {Array<string|undefined>}
  * @private
  */
  matchArray() {
    const result = [this.group(0)];
    for (let i = 1; i <= this.patternGroupCount; i++) {
      const group = this.group(i);
      result.push(group === null ? void 0 : group);
    }
    return result;
  }
  /**
  * The named groups, as the groups property of a JS RegExpExecArray: an object without a
  * prototype mapping each name to its group (undefined when it did not take part in the match),
  * or undefined when the pattern has no named groups.
  * @returns {Record<string, string|undefined>|undefined}
  * @private
  */
  namedGroupsObject() {
    if (!this.hasNamedGroups) return;
    const result = this.getNamedGroups();
    for (const name in result) if (result[name] === null) result[name] = void 0;
    return result;
  }
};
var Inst = class Inst2 {
  static ALT = 1;
  static ALT_MATCH = 2;
  static CAPTURE = 3;
  static EMPTY_WIDTH = 4;
  static FAIL = 5;
  static MATCH = 6;
  static NOP = 7;
  static RUNE = 8;
  static RUNE1 = 9;
  static RUNE_ANY = 10;
  static RUNE_ANY_NOT_NL = 11;
  static LB_WRITE = 12;
  static LB_CHECK = 13;
  static isRuneOp(op) {
    return Inst2.RUNE <= op && op <= Inst2.RUNE_ANY_NOT_NL;
  }
  static escapeRunes(runes) {
    let out = '"';
    for (let rune of runes) out += Utils.escapeRune(rune);
    out += '"';
    return out;
  }
  constructor(op) {
    this.op = op;
    this.out = 0;
    this.arg = 0;
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.next = null;
  }
  matchRune(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
      return r === r0;
    }
    const len = this.runes.length;
    if (len === 0) return false;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return false;
        if (r <= this.runes[j + 1]) return true;
      }
      return false;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1];
  }
  matchRunePos(r) {
    if (this.runes.length === 1) {
      const r0 = this.runes[0];
      if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
      return r === r0 ? 0 : -1;
    }
    const len = this.runes.length;
    if (len === 0) return -1;
    if (len === 2 || len === 4 || len === 6 || len === 8) {
      for (let j = 0; j < len; j += 2) {
        if (r < this.runes[j]) return -1;
        if (r <= this.runes[j + 1]) return Math.floor(j / 2);
      }
      return -1;
    }
    let base = 0;
    let n = len >> 1;
    while (n > 1) {
      const half = n >> 1;
      base += this.runes[base + half << 1] <= r ? half : 0;
      n -= half;
    }
    base += this.runes[base << 1] <= r ? 1 : 0;
    const m = base - 1;
    return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    switch (this.op) {
      case Inst2.ALT:
        return `alt -> ${this.out}, ${this.arg}`;
      case Inst2.ALT_MATCH:
        return `altmatch -> ${this.out}, ${this.arg}`;
      case Inst2.CAPTURE:
        return `cap ${this.arg} -> ${this.out}`;
      case Inst2.EMPTY_WIDTH:
        return `empty ${this.arg} -> ${this.out}`;
      case Inst2.MATCH:
        return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
      case Inst2.FAIL:
        return "fail";
      case Inst2.NOP:
        return `nop -> ${this.out}`;
      case Inst2.LB_WRITE:
        return `lbwrite ${this.arg} -> ${this.out}`;
      case Inst2.LB_CHECK:
        return `lbcheck ${this.arg} -> ${this.out}`;
      case Inst2.RUNE:
        if (this.runes === null) return "rune <null>";
        return [
          "rune ",
          Inst2.escapeRunes(this.runes),
          (this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
          " -> ",
          this.out
        ].join("");
      case Inst2.RUNE1:
        return `rune1 ${Inst2.escapeRunes(this.runes)} -> ${this.out}`;
      case Inst2.RUNE_ANY:
        return `any -> ${this.out}`;
      case Inst2.RUNE_ANY_NOT_NL:
        return `anynotnl -> ${this.out}`;
      default:
        throw new Error("unhandled case in Inst.toString");
    }
  }
};
var Queue = class Queue2 {
  constructor(numInst) {
    this.sparse = new Int32Array(numInst);
    this.densePcs = new Int32Array(numInst);
    this.denseCaps = null;
    this.size = 0;
    this.ncap = 0;
    this.mainThreads = 0;
  }
  static INITIAL_THREADS = 32;
  init(ncap) {
    this.ncap = ncap;
    const needed = Math.min(this.densePcs.length, Queue2.INITIAL_THREADS) * ncap;
    if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
  }
  growCaps(needed) {
    const limit = this.densePcs.length * this.ncap;
    const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
    grown.set(this.denseCaps);
    this.denseCaps = grown;
  }
  contains(pc) {
    const j = this.sparse[pc];
    return j < this.size && this.densePcs[j] === pc;
  }
  isEmpty() {
    return this.size === 0;
  }
  add(pc) {
    const j = this.size++;
    this.sparse[pc] = j;
    this.densePcs[j] = pc;
    return j;
  }
  clear() {
    this.size = 0;
    this.mainThreads = 0;
  }
  toString() {
    let out = "{";
    for (let i = 0; i < this.size; i++) {
      if (i !== 0) out += ", ";
      out += this.densePcs[i];
    }
    out += "}";
    return out;
  }
};
var LookbehindState = class {
  constructor(prog) {
    this.pos = -1;
    this.pcs = new Int32Array(prog.numInst());
    this.size = 0;
    this.lbTable = new Int32Array(prog.numLb + 1);
  }
  reset() {
    this.pos = -1;
    this.size = 0;
  }
};
var Machine = class Machine2 {
  static fromRE2(re2) {
    const m = new Machine2();
    m.prog = re2.prog;
    m.re2 = re2;
    m.q0 = new Queue(m.prog.numInst());
    m.q1 = new Queue(m.prog.numInst());
    m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
    m.matched = false;
    m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
    m.ncap = 0;
    return m;
  }
  constructor() {
    this.prog = null;
    this.re2 = null;
    this.q0 = null;
    this.q1 = null;
    this.addStack = null;
    this.matched = false;
    this.matchcap = null;
    this.ncap = 0;
    this.lbTable = null;
  }
  init(ncap) {
    this.ncap = ncap;
    if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1);
    this.q0.init(ncap);
    this.q1.init(ncap);
    if (this.prog.numLb > 0) {
      if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
      this.lbTable.fill(-1);
    }
  }
  submatches() {
    if (this.ncap === 0) return Utils.emptyInts();
    return Utils.toArray(this.matchcap.subarray(0, this.ncap));
  }
  match(input, pos, anchor, lbState = null) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return false;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    this.matched = false;
    this.matchcap.fill(-1);
    const hasLookbehinds = this.prog.numLb > 0;
    const matchStartPos = pos;
    let currentPos = pos;
    let resumeLookbehinds = false;
    if (hasLookbehinds) {
      if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
        currentPos = lbState.pos;
        resumeLookbehinds = true;
      } else currentPos = 0;
    }
    let saveLookbehinds = hasLookbehinds && lbState !== null;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag;
    if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
    else flag = input.context(currentPos);
    if (hasLookbehinds) {
      if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
      else this.spawnLookbehinds(runq, currentPos, flag);
    }
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
        if (this.matched) break;
        if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
          const advance = input.index(this.re2, currentPos);
          if (advance < 0) break;
          currentPos += advance;
          r = input.step(currentPos);
          rune = r >> 3;
          width = r & 7;
          r = input.step(currentPos + width);
          rune1 = r >> 3;
          width1 = r & 7;
          flag = input.context(currentPos);
        }
      }
      if (currentPos >= matchStartPos) {
        if (saveLookbehinds) {
          this.saveLookbehinds(lbState, runq, currentPos);
          saveLookbehinds = false;
        }
        if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
          if (this.ncap > 0) this.matchcap[0] = currentPos;
          this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
        }
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
      if (width === 0) break;
      if (this.ncap === 0 && this.matched) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    runq.clear();
    nextq.clear();
    return this.matched;
  }
  matchSet(input, pos, anchor) {
    const startCond = this.re2.cond;
    if (startCond === Utils.EMPTY_ALL) return [];
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    let currentPos = this.prog.numLb > 0 ? 0 : pos;
    let matchStartPos = pos;
    let runq = this.q0;
    let nextq = this.q1;
    let r = input.step(currentPos);
    let rune = r >> 3;
    let width = r & 7;
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r = input.step(currentPos + width);
      rune1 = r >> 3;
      width1 = r & 7;
    }
    let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
    const matches = /* @__PURE__ */ new Set();
    if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
    while (true) {
      if (runq.mainThreads === 0) {
        if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
        if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
      }
      if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
        if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
      }
      const nextPos = currentPos + width;
      flag = input.context(nextPos);
      for (let j = 0; j < runq.size; j++) {
        const pc = runq.densePcs[j];
        const i = this.prog.inst[pc];
        const capOffset = j * this.ncap;
        let add = false;
        switch (i.op) {
          case Inst.MATCH:
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
            matches.add(i.arg);
            break;
          case Inst.RUNE:
            add = i.matchRune(rune);
            break;
          case Inst.RUNE1:
            add = rune === i.runes[0];
            break;
          case Inst.RUNE_ANY:
            add = true;
            break;
          case Inst.RUNE_ANY_NOT_NL:
            add = rune !== 10;
            break;
          default:
            continue;
        }
        if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
      }
      runq.clear();
      if (width === 0) break;
      currentPos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r = input.step(currentPos + width);
        rune1 = r >> 3;
        width1 = r & 7;
      }
      const tmpq = runq;
      runq = nextq;
      nextq = tmpq;
    }
    nextq.clear();
    return Array.from(matches).sort((a, b) => a - b);
  }
  step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
    const longest = this.re2.longest;
    for (let j = 0; j < runq.size; j++) {
      const pc = runq.densePcs[j];
      const capOffset = j * this.ncap;
      if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
      const i = this.prog.inst[pc];
      let add = false;
      switch (i.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
          if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
            runq.denseCaps[capOffset + 1] = pos;
            for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
          }
          if (!longest) runq.size = 0;
          this.matched = true;
          break;
        case Inst.RUNE:
          add = i.matchRune(c);
          break;
        case Inst.RUNE1:
          add = c === i.runes[0];
          break;
        case Inst.RUNE_ANY:
          add = true;
          break;
        case Inst.RUNE_ANY_NOT_NL:
          add = c !== 10;
          break;
        default:
          continue;
      }
      if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
    }
    runq.clear();
  }
  spawnLookbehinds(q, pos, flag) {
    for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
  }
  restoreLookbehinds(lbState, q, flag) {
    this.lbTable.set(lbState.lbTable);
    for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
  }
  saveLookbehinds(lbState, q, pos) {
    let size = 0;
    for (let j = 0; j < q.size; j++) {
      const pc = q.densePcs[j];
      if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
    }
    lbState.size = size;
    lbState.pos = pos;
    lbState.lbTable.set(this.lbTable);
  }
  add(q, pc, pos, capArray, capOffset, cond) {
    const stk = this.addStack;
    let nstk = 0;
    for (; ; ) {
      while (pc !== 0 && !q.contains(pc)) {
        const d = q.add(pc);
        const inst = this.prog.inst[pc];
        switch (inst.op) {
          case Inst.FAIL:
            pc = 0;
            break;
          case Inst.ALT:
          case Inst.ALT_MATCH:
            stk[nstk++] = inst.arg;
            stk[nstk++] = 0;
            pc = inst.out;
            break;
          case Inst.EMPTY_WIDTH:
            pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
            break;
          case Inst.NOP:
            pc = inst.out;
            break;
          case Inst.CAPTURE:
            if (inst.arg < this.ncap) {
              stk[nstk++] = -inst.arg - 1;
              stk[nstk++] = capArray[capOffset + inst.arg];
              capArray[capOffset + inst.arg] = pos;
            }
            pc = inst.out;
            break;
          case Inst.LB_WRITE:
            this.lbTable[Math.abs(inst.arg)] = pos;
            pc = inst.out;
            break;
          case Inst.LB_CHECK:
            if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
            else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
            break;
          case Inst.MATCH:
          case Inst.RUNE:
          case Inst.RUNE1:
          case Inst.RUNE_ANY:
          case Inst.RUNE_ANY_NOT_NL:
            if (this.prog.lbInst[pc] === 0) q.mainThreads++;
            if (this.ncap > 0) {
              const destOffset = d * this.ncap;
              if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
              for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
            }
            pc = 0;
            break;
          default:
            throw new RE2JSInternalException("unhandled");
        }
      }
      if (nstk === 0) return;
      nstk -= 2;
      const entry = stk[nstk];
      if (entry < 0) {
        capArray[capOffset - entry - 1] = stk[nstk + 1];
        pc = 0;
      } else pc = entry;
    }
  }
};
var hashState = (pcs, flag, ids) => {
  let h = -2128831035;
  for (let i = 0; i < pcs.length; i++) {
    h ^= pcs[i];
    h = Math.imul(h, 16777619);
  }
  h ^= flag;
  h = Math.imul(h, 16777619);
  for (let i = 0; i < ids.length; i++) {
    h ^= ids[i];
    h = Math.imul(h, 16777619);
  }
  return h;
};
var arraysEqual = (a, b) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};
var isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
var NO_IDS = [];
var END_TEXT = -1;
var DFAState = class {
  constructor(nfaStates, flag, matchIDs) {
    this.nfaStates = nfaStates;
    this.flag = flag;
    this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
    this.matchIDs = matchIDs;
    this.next = null;
    this.nextAnchored = null;
  }
};
var DFA = class DFA2 {
  static FLAG_EMPTY_MASK = 255;
  static FLAG_MATCH = 256;
  static FLAG_LAST_WORD = 512;
  static FLAG_NEED_SHIFT = 16;
  static STATE_OVERHEAD = 150;
  static ARRAY_OVERHEAD = 40;
  static ELEMENT_SIZE = 8;
  static TABLE_OVERHEAD = 48;
  static PROGRESS_PER_STATE = 10;
  constructor(prog, maxMem = 8388608) {
    this.prog = prog;
    this.maxMem = maxMem;
    this.stateCache = /* @__PURE__ */ new Map();
    this.stateCount = 0;
    this.startStates = /* @__PURE__ */ new Map();
    this.failed = false;
    for (let pc = 0; pc < prog.numInst(); pc++) {
      const op = prog.getInst(pc).op;
      if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
        this.failed = true;
        break;
      }
    }
    this.computeRuneClasses();
    this.stateBudget = maxMem;
    this.memBudget = maxMem;
  }
  computeRuneClasses() {
    const bounds = /* @__PURE__ */ new Set();
    const addRange = (lo, hi) => {
      bounds.add(lo);
      bounds.add(hi + 1);
    };
    for (let pc = 0; pc < this.prog.numInst(); pc++) {
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.RUNE:
        case Inst.RUNE1:
          if (inst.runes.length === 1) {
            addRange(inst.runes[0], inst.runes[0]);
            if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
          } else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
          break;
        case Inst.RUNE_ANY_NOT_NL:
          addRange(10, 10);
          break;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
          if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
            addRange(48, 57);
            addRange(65, 90);
            addRange(95, 95);
            addRange(97, 122);
          }
      }
    }
    bounds.delete(0);
    this.classBounds = Int32Array.from(bounds).sort();
    this.numClasses = this.classBounds.length + 1;
    const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
    for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
    this.latin1Class = latin1Class;
  }
  runeClass(r) {
    if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
    return this.searchClass(r);
  }
  searchClass(r) {
    const bounds = this.classBounds;
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (bounds[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  closure(pcs, flag) {
    const closure = /* @__PURE__ */ new Set();
    const stack = Array.from(pcs);
    let needflags = 0;
    while (stack.length > 0) {
      const pc = stack.pop();
      if (pc === 0 || closure.has(pc)) continue;
      closure.add(pc);
      const inst = this.prog.getInst(pc);
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          stack.push(inst.out);
          stack.push(inst.arg);
          break;
        case Inst.NOP:
        case Inst.CAPTURE:
          stack.push(inst.out);
          break;
        case Inst.EMPTY_WIDTH:
          needflags |= inst.arg;
          if ((inst.arg & ~flag) === 0) stack.push(inst.out);
      }
    }
    return {
      pcs: Array.from(closure).sort((a, b) => a - b),
      needflags
    };
  }
  getState(pcs, flag, ids) {
    const hash = hashState(pcs, flag, ids);
    const cached = this.stateCache.get(hash);
    if (cached instanceof DFAState) {
      if (isState(cached, pcs, flag, ids)) return cached;
    } else if (cached !== void 0) {
      for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
    }
    const cost = DFA2.stateCost(pcs, ids);
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const state = new DFAState(pcs, flag, ids);
    if (cached === void 0) this.stateCache.set(hash, state);
    else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
    else cached.push(state);
    this.stateCount++;
    return state;
  }
  static stateCost(pcs, ids) {
    const idsCost = ids.length === 0 ? 0 : DFA2.ARRAY_OVERHEAD + DFA2.ELEMENT_SIZE * ids.length;
    return DFA2.STATE_OVERHEAD + DFA2.ELEMENT_SIZE * pcs.length + idsCost;
  }
  *cachedStates() {
    for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
    else yield* cached;
  }
  makeState(pcs, flag, ids) {
    const closure = this.closure(pcs, flag & DFA2.FLAG_EMPTY_MASK);
    let stateFlag = flag;
    if (closure.needflags === 0) stateFlag &= DFA2.FLAG_MATCH;
    stateFlag |= closure.needflags << DFA2.FLAG_NEED_SHIFT;
    return this.getState(closure.pcs, stateFlag, ids);
  }
  allocTable(state, anchor) {
    const size = this.numClasses + 1;
    const cost = DFA2.TABLE_OVERHEAD + DFA2.ELEMENT_SIZE * size;
    if (this.memBudget < cost) return null;
    this.memBudget -= cost;
    const table = new Array(size).fill(null);
    if (anchor === RE2Flags.UNANCHORED) state.next = table;
    else state.nextAnchored = table;
    return table;
  }
  clearCache() {
    this.stateCache.clear();
    this.stateCount = 0;
    this.startStates.clear();
    this.memBudget = this.stateBudget;
  }
  resetCache(current) {
    this.clearCache();
    return this.getState(current.nfaStates, current.flag, current.matchIDs);
  }
  step(state, cls, rune, anchor) {
    let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
    if (table !== null) {
      const cached = table[cls];
      if (cached !== null) return cached;
    } else {
      table = this.allocTable(state, anchor);
      if (table === null) return null;
    }
    const needflag = state.flag >>> DFA2.FLAG_NEED_SHIFT;
    const oldbeforeflag = state.flag & DFA2.FLAG_EMPTY_MASK;
    let beforeflag = oldbeforeflag;
    let afterflag = 0;
    if (rune === 10) {
      beforeflag |= Utils.EMPTY_END_LINE;
      afterflag |= Utils.EMPTY_BEGIN_LINE;
    }
    if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
    const islastword = (state.flag & DFA2.FLAG_LAST_WORD) !== 0;
    const isword = rune !== END_TEXT && Utils.isWordRune(rune);
    beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
    let pcs = state.nfaStates;
    if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
    const nextPCs = [];
    let ismatch = false;
    let ids = NO_IDS;
    for (let i = 0; i < pcs.length; i++) {
      const inst = this.prog.getInst(pcs[i]);
      if (inst.op === Inst.MATCH) {
        if (!ismatch) {
          ismatch = true;
          ids = [];
        }
        ids.push(inst.arg);
      } else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
    }
    if (ids.length > 1) ids.sort((a, b) => a - b);
    if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
    let flag = afterflag;
    if (ismatch) flag |= DFA2.FLAG_MATCH;
    if (isword) flag |= DFA2.FLAG_LAST_WORD;
    const nextState = this.makeState(nextPCs, flag, ids);
    if (nextState === null) return null;
    table[cls] = nextState;
    return nextState;
  }
  start(input, pos) {
    const context = input.context(pos);
    let flags;
    if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
    else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
    else {
      const r = input.step(pos);
      const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
      flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA2.FLAG_LAST_WORD : 0;
    }
    let state = this.startStates.get(flags);
    if (state === void 0) {
      state = this.makeState([this.prog.start], flags, NO_IDS);
      if (state === null) {
        this.clearCache();
        state = this.makeState([this.prog.start], flags, NO_IDS);
        if (state === null) return null;
      }
      this.startStates.set(flags, state);
    }
    return state;
  }
  stepOrReset(state, cls, rune, anchor, pos, search) {
    let next = this.step(state, cls, rune, anchor);
    if (next !== null) return next;
    if (search.resetPos >= 0 && pos - search.resetPos < DFA2.PROGRESS_PER_STATE * this.stateCount) return null;
    search.resetPos = pos;
    const restored = this.resetCache(state);
    if (restored === null) return null;
    next = this.step(restored, cls, rune, anchor);
    return next;
  }
  run(input, pos, anchor, state, onMatch) {
    const endPos = input.endPos();
    const latin1Class = this.latin1Class;
    const unanchored = anchor === RE2Flags.UNANCHORED;
    const search = { resetPos: -1 };
    let i = pos;
    while (i < endPos) {
      const r = input.step(i);
      const rune = r >> 3;
      const width = r & 7;
      if (width === 0) break;
      const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
      let next = unanchored && state.next !== null ? state.next[cls] : null;
      if (next === null) {
        next = this.stepOrReset(state, cls, rune, anchor, i, search);
        if (next === null) return null;
      }
      state = next;
      if (state.isMatch && onMatch(state, false)) return true;
      if (!unanchored && state.nfaStates.length === 0) return false;
      i += width;
    }
    state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
    if (state === null) return null;
    return state.isMatch && onMatch(state, true);
  }
  match(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
    const startState = this.start(input, pos);
    if (startState === null) return null;
    return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
  }
  matchSet(input, pos, anchor) {
    if (this.failed) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
    const startState = this.start(input, pos);
    if (startState === null) return null;
    const matches = /* @__PURE__ */ new Set();
    const collect = (state, atEnd) => {
      if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
      return false;
    };
    if (this.run(input, pos, anchor, startState, collect) === null) return null;
    return Array.from(matches).sort((a, b) => a - b);
  }
};
var VISITED_BITS = 32;
var MAX_BACKTRACK_PROG = 500;
var INITIAL_JOB_CAPACITY = 256;
var MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
  constructor() {
    this.end = 0;
    this.cap = /* @__PURE__ */ new Int32Array(0);
    this.matchcap = /* @__PURE__ */ new Int32Array(0);
    this.ncap = 0;
    this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
    this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
    this.jobLen = 0;
    this.visited = /* @__PURE__ */ new Uint32Array(0);
  }
  reset(prog, end, ncap) {
    this.end = end;
    this.jobLen = 0;
    this.ncap = ncap;
    const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
    if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
    else this.visited.fill(0, 0, visitedSize);
    if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
    else this.cap.fill(-1, 0, ncap);
    if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
    else this.matchcap.fill(-1, 0, ncap);
  }
  shouldVisit(pc, pos) {
    const n = pc * (this.end + 1) + pos;
    const idx = n >>> 5;
    const mask = 1 << (n & 31);
    if ((this.visited[idx] & mask) !== 0) return false;
    this.visited[idx] |= mask;
    return true;
  }
  push(re2, pc, pos, arg) {
    if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
      if (this.jobLen >= this.jobPc.length) {
        const newSize = this.jobPc.length * 2;
        const newPc = new Int32Array(newSize);
        newPc.set(this.jobPc);
        this.jobPc = newPc;
        const newArg = new Uint8Array(newSize);
        newArg.set(this.jobArg);
        this.jobArg = newArg;
        const newPos = new Int32Array(newSize);
        newPos.set(this.jobPos);
        this.jobPos = newPos;
      }
      this.jobPc[this.jobLen] = pc;
      this.jobArg[this.jobLen] = arg ? 1 : 0;
      this.jobPos[this.jobLen] = pos;
      this.jobLen++;
    }
  }
  tryBacktrack(re2, input, pc, pos, anchor) {
    const longest = re2.longest;
    this.push(re2, pc, pos, false);
    while (this.jobLen > 0) {
      this.jobLen--;
      let currentPc = this.jobPc[this.jobLen];
      let arg = this.jobArg[this.jobLen] === 1;
      let currentPos = this.jobPos[this.jobLen];
      let skipShouldVisit = true;
      while (true) {
        if (!skipShouldVisit) {
          if (!this.shouldVisit(currentPc, currentPos)) break;
        }
        skipShouldVisit = false;
        const inst = re2.prog.getInst(currentPc);
        switch (inst.op) {
          case Inst.FAIL:
            break;
          case Inst.ALT:
            if (arg) {
              arg = false;
              currentPc = inst.arg;
              continue;
            } else {
              this.push(re2, currentPc, currentPos, true);
              currentPc = inst.out;
              continue;
            }
          case Inst.ALT_MATCH: {
            const outInst = re2.prog.getInst(inst.out);
            if (Inst.isRuneOp(outInst.op)) {
              this.push(re2, inst.arg, currentPos, false);
              currentPc = inst.arg;
              currentPos = this.end;
              continue;
            }
            this.push(re2, inst.out, this.end, false);
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (!inst.matchRune(r >> 3)) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE1: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 !== inst.runes[0]) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY_NOT_NL: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            if (r >> 3 === 10) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.RUNE_ANY: {
            const r = input.step(currentPos);
            if (r === MachineInputBase.EOF()) break;
            currentPos += r & 7;
            currentPc = inst.out;
            continue;
          }
          case Inst.CAPTURE:
            if (arg) {
              this.cap[inst.arg] = currentPos;
              break;
            } else {
              if (inst.arg < this.ncap) {
                this.push(re2, currentPc, this.cap[inst.arg], true);
                this.cap[inst.arg] = currentPos;
              }
              currentPc = inst.out;
              continue;
            }
          case Inst.EMPTY_WIDTH: {
            const flag = input.context(currentPos);
            if ((inst.arg & ~flag) !== 0) break;
            currentPc = inst.out;
            continue;
          }
          case Inst.NOP:
            currentPc = inst.out;
            continue;
          case Inst.MATCH: {
            if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
            if (this.ncap === 0) return true;
            if (this.ncap > 1) this.cap[1] = currentPos;
            const old = this.matchcap[1];
            if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
            if (!longest) return true;
            if (currentPos === this.end) return true;
            break;
          }
          case Inst.LB_WRITE:
          case Inst.LB_CHECK:
            throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
          default:
            throw new RE2JSInternalException("bad inst");
        }
        break;
      }
    }
    return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
  }
};
var bitStatePool = [];
var Backtracker = class Backtracker2 {
  static shouldBacktrack(prog) {
    return prog.numInst() <= MAX_BACKTRACK_PROG;
  }
  static maxBitStateLen(prog) {
    if (!Backtracker2.shouldBacktrack(prog)) return 0;
    return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
  }
  static execute(re2, input, pos, anchor, ncap) {
    const startCond = re2.cond;
    if (startCond === Utils.EMPTY_ALL) return null;
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
    const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
    const end = input.endPos();
    b.reset(re2.prog, end, ncap);
    let matched = false;
    if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
      if (b.ncap > 0) b.cap[0] = pos;
      if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
    } else {
      let width = -1;
      for (; pos <= end && width !== 0; pos += width) {
        if (re2.prefix.length > 0) {
          const advance = input.index(re2, pos);
          if (advance < 0) break;
          pos += advance;
        }
        if (b.ncap > 0) b.cap[0] = pos;
        if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
          matched = true;
          break;
        }
        const r = input.step(pos);
        width = r === MachineInputBase.EOF() ? 0 : r & 7;
      }
    }
    if (!matched) {
      bitStatePool.push(b);
      return null;
    }
    const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
    bitStatePool.push(b);
    return result;
  }
};
var QueueOnePass = class {
  constructor(size) {
    this.sparse = new Uint32Array(size);
    this.dense = new Uint32Array(size);
    this.size = 0;
    this.nextIndex = 0;
  }
  empty() {
    return this.nextIndex >= this.size;
  }
  next() {
    return this.dense[this.nextIndex++];
  }
  clear() {
    this.size = 0;
    this.nextIndex = 0;
  }
  contains(u) {
    return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
  }
  insert(u) {
    if (!this.contains(u)) this.insertNew(u);
  }
  insertNew(u) {
    if (u >= this.sparse.length) return;
    this.sparse[u] = this.size;
    this.dense[this.size] = u;
    this.size++;
  }
};
var mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
  const leftLen = leftRunes.length;
  const rightLen = rightRunes.length;
  let lx = 0, rx = 0;
  const merged = [];
  const next = [];
  let ok = true;
  let ix = -1;
  const extend = (isLeft) => {
    const newArray = isLeft ? leftRunes : rightRunes;
    const low = isLeft ? lx : rx;
    const pc = isLeft ? leftPC : rightPC;
    if (ix > 0 && newArray[low] <= merged[ix]) return false;
    merged.push(newArray[low], newArray[low + 1]);
    if (isLeft) lx += 2;
    else rx += 2;
    ix += 2;
    next.push(pc);
    return true;
  };
  while (lx < leftLen || rx < rightLen) {
    if (rx >= rightLen) ok = extend(true);
    else if (lx >= leftLen) ok = extend(false);
    else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
    else ok = extend(true);
    if (!ok) return null;
  }
  return {
    merged,
    next
  };
};
var OnePassProg = class {
  constructor(prog) {
    this.start = prog.start;
    this.numCap = prog.numCap;
    this.inst = new Array(prog.inst.length);
    for (let i = 0; i < prog.inst.length; i++) {
      const orig = prog.inst[i];
      const inst = new Inst(orig.op);
      inst.out = orig.out;
      inst.arg = orig.arg;
      inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
      inst.next = null;
      this.inst[i] = inst;
    }
  }
};
var onePassCopy = (prog) => {
  const p = new OnePassProg(prog);
  for (let pc = 0; pc < p.inst.length; pc++) {
    const inst = p.inst[pc];
    if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
    let pAOther = "out";
    let pAAlt = "arg";
    let instAlt = p.inst[inst[pAAlt]];
    if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
      pAOther = "arg";
      pAAlt = "out";
      instAlt = p.inst[inst[pAAlt]];
      if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
    }
    const instOther = p.inst[inst[pAOther]];
    if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
    let pBAlt = "out";
    let pBOther = "arg";
    let patch = false;
    if (instAlt.out === pc) patch = true;
    else if (instAlt.arg === pc) {
      patch = true;
      pBAlt = "arg";
      pBOther = "out";
    }
    if (patch) instAlt[pBAlt] = inst[pAOther];
    if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
  }
  return p;
};
var makeOnePass = (p) => {
  if (p.inst.length >= 1e3) return null;
  const instQueue = new QueueOnePass(p.inst.length);
  const visitQueue = new QueueOnePass(p.inst.length);
  const onePassRunes = new Array(p.inst.length);
  const m = new Array(p.inst.length).fill(false);
  const check = (pc) => {
    let ok = true;
    const inst = p.inst[pc];
    if (visitQueue.contains(pc)) return true;
    visitQueue.insert(pc);
    switch (inst.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH: {
        ok = check(inst.out) && check(inst.arg);
        let matchOut = m[inst.out];
        let matchArg = m[inst.arg];
        if (matchOut && matchArg) return false;
        if (matchArg) {
          const tempOut = inst.out;
          inst.out = inst.arg;
          inst.arg = tempOut;
          const tempMatch = matchOut;
          matchOut = matchArg;
          matchArg = tempMatch;
        }
        if (matchOut) {
          m[pc] = true;
          inst.op = Inst.ALT_MATCH;
        }
        const leftRunes = onePassRunes[inst.out] || [];
        const rightRunes = onePassRunes[inst.arg] || [];
        const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
        if (!mergeRes) return false;
        onePassRunes[pc] = new Int32Array(mergeRes.merged);
        inst.next = new Uint32Array(mergeRes.next);
        break;
      }
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
        ok = check(inst.out);
        m[pc] = m[inst.out];
        onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
        break;
      case Inst.MATCH:
      case Inst.FAIL:
        m[pc] = inst.op === Inst.MATCH;
        break;
      case Inst.RUNE: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        if (!inst.runes || inst.runes.length === 0) {
          onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
          inst.next = new Uint32Array([inst.out]);
          break;
        }
        let runes = [];
        if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE1: {
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        let runes = [];
        if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
          const r0 = inst.runes[0];
          runes.push(r0, r0);
          for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
          runes.sort((a, b) => a - b);
        } else runes.push(inst.runes[0], inst.runes[0]);
        onePassRunes[pc] = new Int32Array(runes);
        inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
        inst.op = Inst.RUNE;
        break;
      }
      case Inst.RUNE_ANY:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
        inst.next = new Uint32Array([inst.out]);
        break;
      case Inst.RUNE_ANY_NOT_NL:
        m[pc] = false;
        if (inst.next && inst.next.length > 0) break;
        instQueue.insert(inst.out);
        onePassRunes[pc] = new Int32Array([
          0,
          9,
          11,
          Unicode.MAX_RUNE
        ]);
        inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
    }
    return ok;
  };
  instQueue.clear();
  instQueue.insert(p.start);
  while (!instQueue.empty()) {
    visitQueue.clear();
    if (!check(instQueue.next())) return null;
  }
  for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
  return p;
};
var cleanupOnePass = (p, original) => {
  for (let ix = 0; ix < original.inst.length; ix++) {
    const instOriginal = original.inst[ix];
    switch (instOriginal.op) {
      case Inst.ALT:
      case Inst.ALT_MATCH:
      case Inst.RUNE:
        break;
      case Inst.CAPTURE:
      case Inst.EMPTY_WIDTH:
      case Inst.NOP:
      case Inst.MATCH:
      case Inst.FAIL:
        p.inst[ix].next = null;
        break;
      case Inst.RUNE1:
      case Inst.RUNE_ANY:
      case Inst.RUNE_ANY_NOT_NL:
        p.inst[ix].next = null;
        p.inst[ix].op = instOriginal.op;
        p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
    }
  }
};
var OnePass = class OnePass2 {
  static compile(prog) {
    if (prog.start === 0) return null;
    if (prog.numLb > 0) return null;
    const startInst = prog.inst[prog.start];
    if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
    let hasAlt = false;
    for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
      hasAlt = true;
      break;
    }
    for (let i = 0; i < prog.inst.length; i++) {
      const inst = prog.inst[i];
      const opOut = prog.inst[inst.out].op;
      switch (inst.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
          break;
        case Inst.EMPTY_WIDTH:
          if (opOut === Inst.MATCH) {
            if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
            return null;
          }
          break;
        default:
          if (opOut === Inst.MATCH && hasAlt) return null;
      }
    }
    let p = onePassCopy(prog);
    p = makeOnePass(p);
    if (p !== null) cleanupOnePass(p, prog);
    return p;
  }
  static next(inst, r) {
    const nextIdx = inst.matchRunePos(r);
    if (nextIdx >= 0) return inst.next[nextIdx];
    if (inst.op === Inst.ALT_MATCH) return inst.out;
    return 0;
  }
  static execute(re2, input, pos, anchor, ncap) {
    const onepass = re2.onepass;
    if (!onepass) return null;
    const matchcap = new Int32Array(ncap).fill(-1);
    let matched = false;
    let r = input.step(pos);
    let rune = r >> 3;
    let width = r & 7;
    let r1 = MachineInputBase.EOF();
    let rune1 = -1;
    let width1 = 0;
    if (r !== MachineInputBase.EOF()) {
      r1 = input.step(pos + width);
      if (r1 !== MachineInputBase.EOF()) {
        rune1 = r1 >> 3;
        width1 = r1 & 7;
      }
    }
    let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
    let pc = onepass.start;
    let inst;
    while (true) {
      inst = onepass.inst[pc];
      pc = inst.out;
      switch (inst.op) {
        case Inst.MATCH:
          if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
          matched = true;
          if (matchcap.length > 0) {
            matchcap[0] = 0;
            matchcap[1] = pos;
          }
          return ncap === 0 ? [] : Utils.toArray(matchcap);
        case Inst.RUNE:
          if (!inst.matchRune(rune)) return null;
          break;
        case Inst.RUNE1:
          if (rune !== inst.runes[0]) return null;
          break;
        case Inst.RUNE_ANY:
          break;
        case Inst.RUNE_ANY_NOT_NL:
          if (rune === 10) return null;
          break;
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pc = OnePass2.next(inst, rune);
          continue;
        case Inst.FAIL:
          return null;
        case Inst.NOP:
          continue;
        case Inst.EMPTY_WIDTH:
          if ((inst.arg & ~flag) !== 0) return null;
          continue;
        case Inst.CAPTURE:
          if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
          continue;
        default:
          throw new RE2JSInternalException("bad inst");
      }
      if (width === 0) break;
      flag = Utils.emptyOpContext(rune, rune1);
      pos += width;
      rune = rune1;
      width = width1;
      if (rune !== -1) {
        r1 = input.step(pos + width);
        if (r1 !== MachineInputBase.EOF()) {
          rune1 = r1 >> 3;
          width1 = r1 & 7;
        } else {
          rune1 = -1;
          width1 = 0;
        }
      }
    }
    if (!matched) return null;
    return ncap === 0 ? [] : Utils.toArray(matchcap);
  }
};
var Regexp = class Regexp2 {
  static Op = createEnum([
    "NO_MATCH",
    "EMPTY_MATCH",
    "LITERAL",
    "CHAR_CLASS",
    "ANY_CHAR_NOT_NL",
    "ANY_CHAR",
    "BEGIN_LINE",
    "END_LINE",
    "BEGIN_TEXT",
    "END_TEXT",
    "WORD_BOUNDARY",
    "NO_WORD_BOUNDARY",
    "CAPTURE",
    "STAR",
    "PLUS",
    "QUEST",
    "REPEAT",
    "CONCAT",
    "ALTERNATE",
    "PLB",
    "NLB",
    "LEFT_PAREN",
    "VERTICAL_BAR"
  ]);
  static isPseudoOp(op) {
    return op >= Regexp2.Op.LEFT_PAREN;
  }
  static emptySubs() {
    return [];
  }
  static quoteIfHyphen(rune) {
    if (rune === Codepoint.CODES["-"]) return "\\";
    return "";
  }
  static fromRegexp(re) {
    const regex = new Regexp2(re.op);
    regex.flags = re.flags;
    regex.subs = re.subs;
    regex.runes = re.runes;
    regex.cap = re.cap;
    regex.min = re.min;
    regex.max = re.max;
    regex.name = re.name;
    regex.namedGroups = re.namedGroups;
    regex.lb = re.lb;
    return regex;
  }
  constructor(op) {
    this.op = op;
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.min = 0;
    this.max = 0;
    this.cap = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  reinit() {
    this.flags = 0;
    this.subs = Regexp2.emptySubs();
    this.runes = /* @__PURE__ */ new Int32Array(0);
    this.cap = 0;
    this.min = 0;
    this.max = 0;
    this.name = null;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.lb = 0;
  }
  toString() {
    return this.appendTo();
  }
  appendTo() {
    let out = "";
    switch (this.op) {
      case Regexp2.Op.NO_MATCH:
        out += "[^\\x00-\\x{10FFFF}]";
        break;
      case Regexp2.Op.EMPTY_MATCH:
        out += "(?:)";
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
      case Regexp2.Op.REPEAT: {
        const sub = this.subs[0];
        if (sub.op > Regexp2.Op.CAPTURE || sub.op === Regexp2.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        switch (this.op) {
          case Regexp2.Op.STAR:
            out += "*";
            break;
          case Regexp2.Op.PLUS:
            out += "+";
            break;
          case Regexp2.Op.QUEST:
            out += "?";
            break;
          case Regexp2.Op.REPEAT:
            out += `{${this.min}`;
            if (this.min !== this.max) {
              out += ",";
              if (this.max >= 0) out += this.max;
            }
            out += "}";
        }
        if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
        break;
      }
      case Regexp2.Op.CONCAT:
        for (let sub of this.subs) if (sub.op === Regexp2.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
        else out += sub.appendTo();
        break;
      case Regexp2.Op.ALTERNATE: {
        let sep = "";
        for (let sub of this.subs) {
          out += sep;
          sep = "|";
          out += sub.appendTo();
        }
        break;
      }
      case Regexp2.Op.LITERAL:
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
        for (let rune of this.runes) out += Utils.escapeRune(rune);
        if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
        break;
      case Regexp2.Op.ANY_CHAR_NOT_NL:
        out += "(?-s:.)";
        break;
      case Regexp2.Op.ANY_CHAR:
        out += "(?s:.)";
        break;
      case Regexp2.Op.PLB:
        out += `(?<=${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.NLB:
        out += `(?<!${this.subs[0].appendTo()})`;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.name === null || this.name.length === 0) out += "(";
        else out += `(?P<${this.name}>`;
        if (this.subs[0].op !== Regexp2.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
        out += ")";
        break;
      case Regexp2.Op.BEGIN_TEXT:
        out += "\\A";
        break;
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
        else out += "\\z";
        break;
      case Regexp2.Op.BEGIN_LINE:
        out += "^";
        break;
      case Regexp2.Op.END_LINE:
        out += "$";
        break;
      case Regexp2.Op.WORD_BOUNDARY:
        out += "\\b";
        break;
      case Regexp2.Op.NO_WORD_BOUNDARY:
        out += "\\B";
        break;
      case Regexp2.Op.CHAR_CLASS:
        if (this.runes.length % 2 !== 0) {
          out += "[invalid char class]";
          break;
        }
        out += "[";
        if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
        else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
          out += "^";
          for (let i = 1; i < this.runes.length - 1; i += 2) {
            const lo = this.runes[i] + 1;
            const hi = this.runes[i + 1] - 1;
            out += Regexp2.quoteIfHyphen(lo);
            out += Utils.escapeRune(lo);
            if (lo !== hi) {
              out += "-";
              out += Regexp2.quoteIfHyphen(hi);
              out += Utils.escapeRune(hi);
            }
          }
        } else for (let i = 0; i < this.runes.length; i += 2) {
          const lo = this.runes[i];
          const hi = this.runes[i + 1];
          out += Regexp2.quoteIfHyphen(lo);
          out += Utils.escapeRune(lo);
          if (lo !== hi) {
            out += "-";
            out += Regexp2.quoteIfHyphen(hi);
            out += Utils.escapeRune(hi);
          }
        }
        out += "]";
        break;
      default:
        out += this.op;
    }
    return out;
  }
  maxCap() {
    let m = 0;
    if (this.op === Regexp2.Op.CAPTURE) m = this.cap;
    if (this.subs !== null) for (let sub of this.subs) {
      const n = sub.maxCap();
      if (m < n) m = n;
    }
    return m;
  }
  equals(that) {
    if (!(that !== null && that instanceof Regexp2)) return false;
    if (this.op !== that.op) return false;
    switch (this.op) {
      case Regexp2.Op.END_TEXT:
        if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
        break;
      case Regexp2.Op.LITERAL:
      case Regexp2.Op.CHAR_CLASS:
        if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
        if (this.runes === null && that.runes === null) break;
        if (this.runes === null || that.runes === null) return false;
        if (this.runes.length !== that.runes.length) return false;
        for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
        break;
      case Regexp2.Op.ALTERNATE:
      case Regexp2.Op.CONCAT:
        if (this.subs.length !== that.subs.length) return false;
        for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
        break;
      case Regexp2.Op.STAR:
      case Regexp2.Op.PLUS:
      case Regexp2.Op.QUEST:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.REPEAT:
        if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.CAPTURE:
        if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
        break;
      case Regexp2.Op.PLB:
      case Regexp2.Op.NLB:
        if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
    }
    return true;
  }
};
var RegexpWalker = class {
  static walk(root, handler) {
    const stack = [];
    let re = root;
    let result;
    for (; ; ) {
      if (re.subs.length === 0) result = handler.leaf(re);
      else {
        const state = handler.enter(re);
        if (state.result === void 0) {
          stack.push({
            re,
            state,
            i: 0
          });
          re = re.subs[0];
          continue;
        }
        result = state.result;
      }
      for (; ; ) {
        if (stack.length === 0) return result;
        const frame = stack[stack.length - 1];
        handler.child(frame.re, frame.state, result, frame.i);
        frame.i++;
        if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
          re = frame.re.subs[frame.i];
          break;
        }
        stack.pop();
        result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
      }
    }
  }
};
var AhoCorasick = class {
  constructor(words, alphabetSize) {
    const edges2 = /* @__PURE__ */ new Map();
    const parent = [0];
    const unit = [0];
    const depth = [0];
    const terminal = [0];
    for (const word of words) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const key = node * alphabetSize + word[i];
        let child = edges2.get(key);
        if (child === void 0) {
          child = parent.length;
          edges2.set(key, child);
          parent.push(node);
          unit.push(word[i]);
          depth.push(depth[node] + 1);
          terminal.push(0);
        }
        node = child;
      }
      terminal[node] = 1;
    }
    const numNodes = parent.length;
    const children = new Int32Array(numNodes - 1);
    for (let c = 1; c < numNodes; c++) children[c - 1] = c;
    children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
    const childStart = new Int32Array(numNodes + 1);
    for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
    for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
    const childUnit = new Int32Array(numNodes - 1);
    for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
    this.childStart = childStart;
    this.childUnit = childUnit;
    this.childNode = children;
    const byDepth = new Int32Array(numNodes);
    for (let n = 0; n < numNodes; n++) byDepth[n] = n;
    byDepth.sort((a, b) => depth[a] - depth[b]);
    const fail = new Int32Array(numNodes);
    const match = Uint8Array.from(terminal);
    for (let k = 1; k < numNodes; k++) {
      const c = byDepth[k];
      const p = parent[c];
      if (p !== 0) {
        let f = fail[p];
        let next = this.next(f, unit[c]);
        while (next < 0 && f !== 0) {
          f = fail[f];
          next = this.next(f, unit[c]);
        }
        fail[c] = next >= 0 ? next : 0;
      }
      match[c] |= match[fail[c]];
    }
    this.fail = fail;
    this.match = match;
  }
  next(node, u) {
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1];
    const units = this.childUnit;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      const m = units[mid];
      if (m === u) return this.childNode[mid];
      if (m < u) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
  advance(node, u) {
    for (; ; ) {
      const next = this.next(node, u);
      if (next >= 0) return next;
      if (node === 0) return 0;
      node = this.fail[node];
    }
  }
  searchUTF16(charSeq, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, charSeq.charCodeAt(i));
      if (this.match[node] === 1) return true;
    }
    return false;
  }
  searchUTF8(bytes, start, end) {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.advance(node, bytes[i]);
      if (this.match[node] === 1) return true;
    }
    return false;
  }
};
var Prefilter = class Prefilter2 {
  static Type = {
    NONE: 0,
    EXACT: 1,
    AND: 2,
    OR: 3
  };
  static MAX_SCANS = 32;
  static MAX_AC_UNITS = 1 << 18;
  constructor(type) {
    this.type = type;
    this.subs = [];
    this.str = "";
    this.bytes = null;
    this.cost = type === Prefilter2.Type.EXACT ? 1 : 0;
    this.allExact = false;
    this.ac16 = null;
    this.ac8 = null;
  }
  automaton16() {
    if (this.ac16 === null) {
      const words = this.subs.map((s) => {
        const arr = new Array(s.str.length);
        for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
        return arr;
      });
      this.ac16 = new AhoCorasick(words, 65536);
    }
    return this.ac16;
  }
  automaton8() {
    if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
    return this.ac8;
  }
  eval(input, pos) {
    switch (this.type) {
      case Prefilter2.Type.NONE:
        return true;
      case Prefilter2.Type.EXACT:
        return input.hasString(this, pos);
      case Prefilter2.Type.AND:
        for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
        return true;
      case Prefilter2.Type.OR:
        if (this.allExact) return input.hasAnyString(this, pos);
        for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
        return false;
      default:
        return true;
    }
  }
};
var PrefilterTree = class PrefilterTree2 {
  static build(re) {
    if (!re) return new Prefilter(Prefilter.Type.NONE);
    return RegexpWalker.walk(re, PrefilterTree2.WALKER);
  }
  static WALKER = {
    leaf: (re) => PrefilterTree2.leaf(re),
    enter: (re) => PrefilterTree2.enter(re),
    child: (re, state, result) => PrefilterTree2.child(re, state, result),
    leave: (re, state) => PrefilterTree2.leave(re, state)
  };
  static leaf(re) {
    if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
    if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
    let str = "";
    for (let i = 0; i < re.runes.length; i++) {
      if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
      str += String.fromCodePoint(re.runes[i]);
    }
    const pf = new Prefilter(Prefilter.Type.EXACT);
    pf.str = str;
    pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
    return pf;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.CAPTURE:
      case Regexp.Op.PLUS:
        return { sub: null };
      case Regexp.Op.REPEAT:
        if (re.min >= 1) return { sub: null };
        return { result: new Prefilter(Prefilter.Type.NONE) };
      case Regexp.Op.CONCAT:
        return {
          pf: new Prefilter(Prefilter.Type.AND),
          subs: []
        };
      case Regexp.Op.ALTERNATE:
        return {
          pf: new Prefilter(Prefilter.Type.OR),
          subs: []
        };
      default:
        return { result: new Prefilter(Prefilter.Type.NONE) };
    }
  }
  static child(re, state, s) {
    if (state.subs === void 0) {
      state.sub = s;
      return;
    }
    if (state.pf.type === Prefilter.Type.AND) {
      if (s.type === Prefilter.Type.NONE) return;
      if (s.type === Prefilter.Type.AND) {
        for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
        return;
      }
      state.subs.push(s);
      return;
    }
    if (s.type === Prefilter.Type.NONE) {
      state.result = new Prefilter(Prefilter.Type.NONE);
      return;
    }
    if (s.type === Prefilter.Type.OR) {
      for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
      return;
    }
    state.subs.push(s);
  }
  static leave(re, state) {
    if (state.subs === void 0) return state.sub;
    const pf = state.pf;
    const seen = /* @__PURE__ */ new Set();
    const subs = [];
    for (const sub of state.subs) {
      if (sub.type === Prefilter.Type.EXACT) {
        if (seen.has(sub.str)) continue;
        seen.add(sub.str);
      }
      subs.push(sub);
    }
    if (pf.type === Prefilter.Type.AND) {
      const kept = [];
      let cost2 = 0;
      for (const sub of subs) {
        if (cost2 + sub.cost > Prefilter.MAX_SCANS) continue;
        kept.push(sub);
        cost2 += sub.cost;
      }
      if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
      if (kept.length === 1) return kept[0];
      pf.subs = kept;
      pf.cost = cost2;
      return pf;
    }
    if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
    if (subs.length === 1) return subs[0];
    pf.subs = subs;
    let allExact = true;
    let cost = 0;
    let units = 0;
    for (const sub of subs) {
      if (sub.type !== Prefilter.Type.EXACT) allExact = false;
      else units += sub.bytes.length;
      cost += sub.cost;
    }
    if (allExact) {
      if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
      pf.allExact = true;
      pf.cost = 1;
      return pf;
    }
    if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
    pf.cost = cost;
    return pf;
  }
};
var PatchList = class {
  /**
  * @param {number} head - Encoded pointer to the start of the patch list.
  * @param {number} tail - Encoded pointer to the end of the patch list.
  */
  constructor(head = 0, tail = 0) {
    this.head = head;
    this.tail = tail;
  }
};
var Prog = class {
  constructor() {
    this.inst = [];
    this.start = 0;
    this.numCap = 2;
    this.lbStarts = [];
    this.numLb = 0;
    this.lbInst = null;
  }
  getInst(pc) {
    return this.inst[pc];
  }
  numInst() {
    return this.inst.length;
  }
  addInst(op) {
    this.inst.push(new Inst(op));
  }
  markLookbehindInsts() {
    const lbInst = new Uint8Array(this.inst.length);
    const pending = this.lbStarts.slice();
    while (pending.length > 0) {
      const pc = pending.pop();
      if (pc === 0 || lbInst[pc] === 1) continue;
      lbInst[pc] = 1;
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.ALT:
        case Inst.ALT_MATCH:
          pending.push(i.out, i.arg);
          break;
        case Inst.MATCH:
        case Inst.FAIL:
          break;
        default:
          pending.push(i.out);
      }
    }
    this.lbInst = lbInst;
  }
  skipNop(pc) {
    let i = this.inst[pc];
    while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
      i = this.inst[pc];
      pc = i.out;
    }
    return i;
  }
  /** @returns {[boolean, string]} */
  prefix() {
    let prefix = "";
    let i = this.skipNop(this.start);
    if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
    while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
      prefix += String.fromCodePoint(i.runes[0]);
      i = this.skipNop(i.out);
    }
    return [i.op === Inst.MATCH, prefix];
  }
  startCond() {
    let flag = 0;
    let pc = this.start;
    loop: for (; ; ) {
      const i = this.inst[pc];
      switch (i.op) {
        case Inst.EMPTY_WIDTH:
          flag |= i.arg;
          break;
        case Inst.FAIL:
          return -1;
        case Inst.CAPTURE:
        case Inst.NOP:
          break;
        default:
          break loop;
      }
      pc = i.out;
    }
    return flag;
  }
  patch(l, val) {
    let head = l.head;
    while (head !== 0) {
      const i = this.inst[head >> 1];
      if ((head & 1) === 0) {
        head = i.out;
        i.out = val;
      } else {
        head = i.arg;
        i.arg = val;
      }
    }
  }
  append(l1, l2) {
    if (l1.head === 0) return l2;
    if (l2.head === 0) return l1;
    const i = this.inst[l1.tail >> 1];
    if ((l1.tail & 1) === 0) i.out = l2.head;
    else i.arg = l2.head;
    return new PatchList(l1.head, l2.tail);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    let out = "";
    for (let pc = 0; pc < this.inst.length; pc++) {
      const len = out.length;
      out += pc;
      if (pc === this.start) out += "*";
      out += "        ".substring(out.length - len);
      out += this.inst[pc];
      out += "\n";
    }
    return out;
  }
};
var ANY_RUNE_NOT_NL = new Int32Array([
  0,
  Codepoint.CODES["\n"] - 1,
  Codepoint.CODES["\n"] + 1,
  Unicode.MAX_RUNE
]);
var ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
var Frag = class {
  constructor(i = 0, out = new PatchList(), nullable = false) {
    this.i = i;
    this.out = out;
    this.nullable = nullable;
  }
};
var Compiler = class Compiler2 {
  static compileRegexp(re) {
    const c = new Compiler2();
    const f = c.compile(re);
    c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
    c.prog.start = f.i;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  static compileSet(regexps) {
    const c = new Compiler2();
    if (regexps.length === 0) {
      c.prog.start = c.newInst(Inst.FAIL).i;
      c.prog.markLookbehindInsts();
      return c.prog;
    }
    let starts = [];
    for (let i = 0; i < regexps.length; i++) {
      c.lbOffset = c.prog.numLb;
      const f = c.compile(regexps[i]);
      const m = c.newInst(Inst.MATCH);
      c.prog.getInst(m.i).arg = i;
      c.prog.patch(f.out, m.i);
      starts.push(f.i);
    }
    let start = starts[0];
    for (let i = 1; i < starts.length; i++) {
      const f = c.newInst(Inst.ALT);
      const inst = c.prog.getInst(f.i);
      inst.out = start;
      inst.arg = starts[i];
      start = f.i;
    }
    c.prog.start = start;
    c.prog.markLookbehindInsts();
    return c.prog;
  }
  constructor() {
    this.prog = new Prog();
    this.newInst(Inst.FAIL);
    this.lbOffset = 0;
    this.runeCache = /* @__PURE__ */ new Map();
    this.walker = {
      leaf: (re) => this.leaf(re),
      enter: (re) => this.enter(re),
      child: (re, state, result) => this.child(re, state, result),
      leave: (re, state) => this.leave(re, state)
    };
  }
  newInst(op) {
    this.prog.addInst(op);
    return new Frag(this.prog.numInst() - 1, new PatchList(), true);
  }
  nop() {
    const f = this.newInst(Inst.NOP);
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  fail() {
    return new Frag();
  }
  cap(arg) {
    const f = this.newInst(Inst.CAPTURE);
    f.out = new PatchList(f.i << 1, f.i << 1);
    this.prog.getInst(f.i).arg = arg;
    if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
    return f;
  }
  cat(f1, f2) {
    if (f1.i === 0 || f2.i === 0) {
      this.prog.patch(f1.out, 0);
      this.prog.patch(f2.out, 0);
      return this.fail();
    }
    this.prog.patch(f1.out, f2.i);
    return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
  }
  alt(f1, f2) {
    if (f1.i === 0) return f2;
    if (f2.i === 0) return f1;
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    i.out = f1.i;
    i.arg = f2.i;
    f.out = this.prog.append(f1.out, f2.out);
    f.nullable = f1.nullable || f2.nullable;
    return f;
  }
  loop(f1, nongreedy) {
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    this.prog.patch(f1.out, f.i);
    return f;
  }
  quest(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    const f = this.newInst(Inst.ALT);
    const i = this.prog.getInst(f.i);
    if (nongreedy) {
      i.arg = f1.i;
      f.out = new PatchList(f.i << 1, f.i << 1);
    } else {
      i.out = f1.i;
      f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
    }
    f.out = this.prog.append(f.out, f1.out);
    return f;
  }
  star(f1, nongreedy) {
    if (f1.i === 0) return this.nop();
    if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
    return this.loop(f1, nongreedy);
  }
  plus(f1, nongreedy) {
    if (f1.i === 0) return this.fail();
    return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
  }
  empty(op) {
    const f = this.newInst(Inst.EMPTY_WIDTH);
    this.prog.getInst(f.i).arg = op;
    f.out = new PatchList(f.i << 1, f.i << 1);
    return f;
  }
  rune(runes, flags) {
    const f = this.newInst(Inst.RUNE);
    f.nullable = false;
    const i = this.prog.getInst(f.i);
    i.runes = runes;
    flags &= RE2Flags.FOLD_CASE;
    if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
    i.arg = flags;
    f.out = new PatchList(f.i << 1, f.i << 1);
    if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
    else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
    else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
    return f;
  }
  lookBehind(a, parsedLb) {
    const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
    const id = this.newInst(Inst.LB_WRITE);
    this.prog.getInst(id.i).arg = lb;
    const any = this.rune(ANY_RUNE, 0);
    const dotStar = this.star(any, true);
    const lbAutomaton = this.cat(dotStar, a);
    this.prog.patch(lbAutomaton.out, id.i);
    const checkId = this.newInst(Inst.LB_CHECK);
    this.prog.getInst(checkId.i).arg = lb;
    this.prog.lbStarts.push(lbAutomaton.i);
    if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
    checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
    return checkId;
  }
  compile(re) {
    return RegexpWalker.walk(re, this.walker);
  }
  leaf(re) {
    switch (re.op) {
      case Regexp.Op.NO_MATCH:
        return this.fail();
      case Regexp.Op.EMPTY_MATCH:
        return this.nop();
      case Regexp.Op.LITERAL: {
        if (re.runes.length === 0) return this.nop();
        let f = null;
        for (let r of re.runes) {
          let singleRune = this.runeCache.get(r);
          if (singleRune === void 0) {
            singleRune = new Int32Array([r]);
            this.runeCache.set(r, singleRune);
          }
          const f1 = this.rune(singleRune, re.flags);
          f = f === null ? f1 : this.cat(f, f1);
        }
        return f;
      }
      case Regexp.Op.CHAR_CLASS:
        return this.rune(re.runes, re.flags);
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return this.rune(ANY_RUNE_NOT_NL, 0);
      case Regexp.Op.ANY_CHAR:
        return this.rune(ANY_RUNE, 0);
      case Regexp.Op.BEGIN_LINE:
        return this.empty(Utils.EMPTY_BEGIN_LINE);
      case Regexp.Op.END_LINE:
        return this.empty(Utils.EMPTY_END_LINE);
      case Regexp.Op.BEGIN_TEXT:
        return this.empty(Utils.EMPTY_BEGIN_TEXT);
      case Regexp.Op.END_TEXT:
        return this.empty(Utils.EMPTY_END_TEXT);
      case Regexp.Op.WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_WORD_BOUNDARY);
      case Regexp.Op.NO_WORD_BOUNDARY:
        return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return this.nop();
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CAPTURE:
        return {
          bra: this.cap(re.cap << 1),
          sub: null
        };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return { f: null };
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
  child(re, state, f1) {
    if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
    else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
    else state.sub = f1;
  }
  leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
        return this.lookBehind(state.sub, re.lb);
      case Regexp.Op.CAPTURE: {
        const ket = this.cap(re.cap << 1 | 1);
        return this.cat(this.cat(state.bra, state.sub), ket);
      }
      case Regexp.Op.STAR:
        return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.PLUS:
        return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.QUEST:
        return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return state.f;
      default:
        throw new RE2JSCompileException("regexp: unhandled case in compile");
    }
  }
};
var Simplify = class Simplify2 {
  static simplify(re) {
    if (re === null) return null;
    return RegexpWalker.walk(re, Simplify2.WALKER);
  }
  static WALKER = {
    leaf: (re) => Simplify2.leaf(re),
    enter: (re) => Simplify2.enter(re),
    child: (re, state, result, i) => Simplify2.child(re, state, result, i),
    leave: (re, state) => Simplify2.leave(re, state)
  };
  static leaf(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      if (re.runes === null) return re;
      if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
      if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
    }
    return re;
  }
  static enter(re) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return { sub: null };
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        return {
          subs: [],
          changed: false
        };
      case Regexp.Op.REPEAT:
        if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
        return { sub: null };
      default:
        return { result: re };
    }
  }
  static child(re, state, nsub, i) {
    if (state.subs === void 0) {
      state.sub = nsub;
      return;
    }
    if (nsub !== re.subs[i]) state.changed = true;
    if (re.op === Regexp.Op.CONCAT) {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.result = new Regexp(Regexp.Op.NO_MATCH);
        return;
      }
      if (nsub.op === Regexp.Op.EMPTY_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.CONCAT) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    } else {
      if (nsub.op === Regexp.Op.NO_MATCH) {
        state.changed = true;
        return;
      }
      if (nsub.op === Regexp.Op.ALTERNATE) {
        state.changed = true;
        for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
        return;
      }
    }
    state.subs.push(nsub);
  }
  static leave(re, state) {
    switch (re.op) {
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE: {
        const sub = state.sub;
        if (sub !== re.subs[0]) {
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = [sub];
          return nre;
        }
        return re;
      }
      case Regexp.Op.CONCAT:
      case Regexp.Op.ALTERNATE:
        if (state.changed) {
          const newSubs = state.subs;
          if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
          if (newSubs.length === 1) return newSubs[0];
          const nre = Regexp.fromRegexp(re);
          nre.runes = /* @__PURE__ */ new Int32Array(0);
          nre.subs = newSubs;
          return nre;
        }
        return re;
      case Regexp.Op.STAR:
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        return Simplify2.simplify1(re.op, re.flags, state.sub, re);
      case Regexp.Op.REPEAT:
        return Simplify2.simplifyRepeat(re, state.sub);
      default:
        return re;
    }
  }
  static simplifyRepeat(re, sub) {
    if (re.max === -1) {
      if (re.min === 0) return Simplify2.simplify1(Regexp.Op.STAR, re.flags, sub, null);
      if (re.min === 1) return Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
      const subs = [];
      for (let i = 0; i < re.min - 1; i++) subs.push(sub);
      subs.push(Simplify2.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
      return Simplify2.concat(subs);
    }
    if (re.min === 1 && re.max === 1) return sub;
    let prefixSubs = null;
    if (re.min > 0) {
      prefixSubs = [];
      for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
    }
    if (re.max > re.min) {
      let suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
      for (let i = re.min + 1; i < re.max; i++) suffix = Simplify2.simplify1(Regexp.Op.QUEST, re.flags, Simplify2.concat([sub, suffix]), null);
      if (prefixSubs === null) return suffix;
      prefixSubs.push(suffix);
    }
    if (prefixSubs !== null) return Simplify2.concat(prefixSubs);
    return new Regexp(Regexp.Op.NO_MATCH);
  }
  static concat(subs) {
    const newSubs = [];
    for (let i = 0; i < subs.length; i++) {
      const sub = subs[i];
      if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
      if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
      if (sub.op === Regexp.Op.CONCAT) {
        for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
        continue;
      }
      newSubs.push(sub);
    }
    if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
    if (newSubs.length === 1) return newSubs[0];
    const nre = new Regexp(Regexp.Op.CONCAT);
    nre.subs = newSubs;
    return nre;
  }
  static simplify1(op, flags, sub, re) {
    if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
    if (sub.op === Regexp.Op.NO_MATCH) {
      if (op === Regexp.Op.PLUS) return sub;
      return new Regexp(Regexp.Op.EMPTY_MATCH);
    }
    if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
    if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
    const nre = new Regexp(op);
    nre.flags = flags;
    nre.subs = [sub];
    return nre;
  }
};
var CharGroup = class {
  constructor(sign, cls) {
    this.sign = sign;
    this.cls = cls;
  }
};
var code1 = [48, 57];
var code2 = [
  9,
  10,
  12,
  13,
  32,
  32
];
var code3 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var PERL_GROUPS = /* @__PURE__ */ new Map([
  ["\\d", new CharGroup(1, code1)],
  ["\\D", new CharGroup(-1, code1)],
  ["\\s", new CharGroup(1, code2)],
  ["\\S", new CharGroup(-1, code2)],
  ["\\w", new CharGroup(1, code3)],
  ["\\W", new CharGroup(-1, code3)]
]);
var code4 = [
  48,
  57,
  65,
  90,
  97,
  122
];
var code5 = [
  65,
  90,
  97,
  122
];
var code6 = [0, 127];
var code7 = [
  9,
  9,
  32,
  32
];
var code8 = [
  0,
  31,
  127,
  127
];
var code9 = [48, 57];
var code10 = [33, 126];
var code11 = [97, 122];
var code12 = [32, 126];
var code13 = [
  33,
  47,
  58,
  64,
  91,
  96,
  123,
  126
];
var code14 = [
  9,
  13,
  32,
  32
];
var code15 = [65, 90];
var code16 = [
  48,
  57,
  65,
  90,
  95,
  95,
  97,
  122
];
var code17 = [
  48,
  57,
  65,
  70,
  97,
  102
];
var POSIX_GROUPS = /* @__PURE__ */ new Map([
  ["[:alnum:]", new CharGroup(1, code4)],
  ["[:^alnum:]", new CharGroup(-1, code4)],
  ["[:alpha:]", new CharGroup(1, code5)],
  ["[:^alpha:]", new CharGroup(-1, code5)],
  ["[:ascii:]", new CharGroup(1, code6)],
  ["[:^ascii:]", new CharGroup(-1, code6)],
  ["[:blank:]", new CharGroup(1, code7)],
  ["[:^blank:]", new CharGroup(-1, code7)],
  ["[:cntrl:]", new CharGroup(1, code8)],
  ["[:^cntrl:]", new CharGroup(-1, code8)],
  ["[:digit:]", new CharGroup(1, code9)],
  ["[:^digit:]", new CharGroup(-1, code9)],
  ["[:graph:]", new CharGroup(1, code10)],
  ["[:^graph:]", new CharGroup(-1, code10)],
  ["[:lower:]", new CharGroup(1, code11)],
  ["[:^lower:]", new CharGroup(-1, code11)],
  ["[:print:]", new CharGroup(1, code12)],
  ["[:^print:]", new CharGroup(-1, code12)],
  ["[:punct:]", new CharGroup(1, code13)],
  ["[:^punct:]", new CharGroup(-1, code13)],
  ["[:space:]", new CharGroup(1, code14)],
  ["[:^space:]", new CharGroup(-1, code14)],
  ["[:upper:]", new CharGroup(1, code15)],
  ["[:^upper:]", new CharGroup(-1, code15)],
  ["[:word:]", new CharGroup(1, code16)],
  ["[:^word:]", new CharGroup(-1, code16)],
  ["[:xdigit:]", new CharGroup(1, code17)],
  ["[:^xdigit:]", new CharGroup(-1, code17)]
]);
var CharClass = class CharClass2 {
  static charClassToString(r, len) {
    let result = "[";
    for (let i = 0; i < len; i += 2) {
      if (i > 0) result += " ";
      const lo = r[i];
      const hi = r[i + 1];
      if (lo === hi) result += `0x${lo.toString(16)}`;
      else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
    }
    result += "]";
    return result;
  }
  static sortRanges(array, len) {
    const n = len >> 1;
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
    const sorted = array.slice(0, len);
    for (let i = 0; i < n; i++) {
      array[2 * i] = sorted[2 * order[i]];
      array[2 * i + 1] = sorted[2 * order[i] + 1];
    }
  }
  /**
  * @param {number[]|Int32Array} [r]
  */
  constructor(r = Utils.emptyInts()) {
    this.r = r;
    this.len = r.length;
  }
  toArray() {
    if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
    return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
  }
  toGrowableArray() {
    if (Array.isArray(this.r)) {
      this.r.length = this.len;
      return this.r;
    }
    return Array.from(this.r.subarray(0, this.len));
  }
  cleanClass() {
    if (this.len < 4) return this;
    CharClass2.sortRanges(this.r, this.len);
    let w = 2;
    for (let i = 2; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (lo <= this.r[w - 1] + 1) {
        if (hi > this.r[w - 1]) this.r[w - 1] = hi;
        continue;
      }
      this.r[w] = lo;
      this.r[w + 1] = hi;
      w += 2;
    }
    this.len = w;
    return this;
  }
  appendLiteral(x, flags) {
    return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
  }
  appendRange(lo, hi) {
    if (this.len > 0) {
      for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
        const rlo = this.r[this.len - i];
        const rhi = this.r[this.len - i + 1];
        if (lo <= rhi + 1 && rlo <= hi + 1) {
          if (lo < rlo) this.r[this.len - i] = lo;
          if (hi > rhi) this.r[this.len - i + 1] = hi;
          return this;
        }
      }
    }
    this.r[this.len++] = lo;
    this.r[this.len++] = hi;
    return this;
  }
  appendFoldedRange(lo, hi) {
    if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
    if (lo < Unicode.MIN_FOLD) {
      this.appendRange(lo, Unicode.MIN_FOLD - 1);
      lo = Unicode.MIN_FOLD;
    }
    if (hi > Unicode.MAX_FOLD) {
      this.appendRange(Unicode.MAX_FOLD + 1, hi);
      hi = Unicode.MAX_FOLD;
    }
    for (let c = lo; c <= hi; c++) {
      this.appendRange(c, c);
      for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
    }
    return this;
  }
  appendClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
    return this;
  }
  appendFoldedClass(x) {
    for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
    return this;
  }
  appendNegatedClass(x) {
    let nextLo = 0;
    for (let i = 0; i < x.length; i += 2) {
      const lo = x[i];
      const hi = x[i + 1];
      if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
      nextLo = hi + 1;
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTable(table) {
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        this.appendRange(lo, hi);
        continue;
      }
      for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
    }
    return this;
  }
  appendNegatedTable(table) {
    let nextLo = 0;
    for (let i = 0; i < table.length; ++i) {
      const lo = table.getLo(i);
      const hi = table.getHi(i);
      const stride = table.getStride(i);
      if (stride === 1) {
        if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
        nextLo = hi + 1;
        continue;
      }
      for (let c = lo; c <= hi; c += stride) {
        if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
        nextLo = c + 1;
      }
    }
    if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
    return this;
  }
  appendTableWithSign(table, sign) {
    return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
  }
  negateClass() {
    let nextLo = 0;
    let w = 0;
    for (let i = 0; i < this.len; i += 2) {
      const lo = this.r[i];
      const hi = this.r[i + 1];
      if (nextLo <= lo - 1) {
        this.r[w] = nextLo;
        this.r[w + 1] = lo - 1;
        w += 2;
      }
      nextLo = hi + 1;
    }
    this.len = w;
    if (nextLo <= Unicode.MAX_RUNE) {
      this.r[this.len++] = nextLo;
      this.r[this.len++] = Unicode.MAX_RUNE;
    }
    return this;
  }
  appendClassWithSign(x, sign) {
    return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
  }
  appendGroup(g, foldCase) {
    let cls = g.cls;
    if (foldCase) cls = new CharClass2().appendFoldedClass(cls).cleanClass().toArray();
    return this.appendClassWithSign(cls, g.sign);
  }
  toString() {
    return CharClass2.charClassToString(this.r, this.len);
  }
};
var StringIterator = class {
  constructor(str) {
    this.str = str;
    this.position = 0;
  }
  pos() {
    return this.position;
  }
  rewindTo(pos) {
    this.position = pos;
  }
  more() {
    return this.position < this.str.length;
  }
  peek() {
    return this.str.codePointAt(this.position);
  }
  skip(n) {
    this.position += n;
  }
  skipString(s) {
    this.position += s.length;
  }
  pop() {
    const r = this.str.codePointAt(this.position);
    this.position += Utils.charCount(r);
    return r;
  }
  lookingAt(s) {
    return this.str.startsWith(s, this.position);
  }
  rest() {
    return this.str.substring(this.position);
  }
  from(beforePos) {
    return this.str.substring(beforePos, this.position);
  }
  toString() {
    return this.rest();
  }
};
var Parser = class Parser2 {
  static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
  static ERR_INVALID_CHAR_RANGE = "invalid character class range";
  static ERR_INVALID_ESCAPE = "invalid escape sequence";
  static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
  static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
  static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
  static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
  static ERR_MISSING_BRACKET = "missing closing ]";
  static ERR_MISSING_PAREN = "missing closing )";
  static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
  static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
  static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
  static ERR_UNEXPECTED_PAREN = "unexpected )";
  static ERR_NESTING_DEPTH = "expression nests too deeply";
  static ERR_LARGE = "expression too large";
  static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
  static MAX_HEIGHT = 1e3;
  static MAX_SIZE = 1398101;
  static MAX_RUNES = 33554432;
  static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    Unicode.MAX_RUNE,
    1
  ]));
  static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1
  ]));
  static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
    0,
    127,
    1,
    383,
    383,
    1,
    8490,
    8490,
    1
  ]));
  static unicodeTable(name) {
    if (name === "Any") return {
      tab: Parser2.ANY_TABLE,
      fold: Parser2.ANY_TABLE,
      sign: 1
    };
    if (name === "Ascii") return {
      tab: Parser2.ASCII_TABLE,
      fold: Parser2.ASCII_FOLD_TABLE,
      sign: 1
    };
    if (name === "Assigned") return {
      tab: UnicodeTables.CATEGORIES.get("Cn"),
      fold: UnicodeTables.CATEGORIES.get("Cn"),
      sign: -1
    };
    if (name === "Lc") return {
      tab: UnicodeTables.CATEGORIES.get("LC"),
      fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
      sign: 1
    };
    if (UnicodeTables.CATEGORIES.has(name)) return {
      tab: UnicodeTables.CATEGORIES.get(name),
      fold: UnicodeTables.FOLD_CATEGORIES.get(name),
      sign: 1
    };
    if (UnicodeTables.SCRIPTS.has(name)) return {
      tab: UnicodeTables.SCRIPTS.get(name),
      fold: UnicodeTables.FOLD_SCRIPT.get(name),
      sign: 1
    };
    return null;
  }
  static minFoldRune(r) {
    if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
    let min = r;
    const r0 = r;
    for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
    return min;
  }
  static leadingRegexp(re) {
    if (re.op === Regexp.Op.EMPTY_MATCH) return null;
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = re.subs[0];
      if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
      return sub;
    }
    return re;
  }
  static literalRegexp(s, flags) {
    const re = new Regexp(Regexp.Op.LITERAL);
    re.flags = flags;
    re.runes = Utils.stringToRunes(s);
    return re;
  }
  /**
  * Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
  * @param {string} pattern
  * @param {number} flags
  */
  static parse(pattern, flags) {
    return new Parser2(pattern, flags).parseInternal();
  }
  static parseRepeat(t) {
    const start = t.pos();
    if (!t.more() || !t.lookingAt("{")) return -1;
    t.skip(1);
    const min = Parser2.parseInt(t);
    if (min === -1) return -1;
    if (!t.more()) return -1;
    let max;
    if (!t.lookingAt(",")) max = min;
    else {
      t.skip(1);
      if (!t.more()) return -1;
      if (t.lookingAt("}")) max = -1;
      else if ((max = Parser2.parseInt(t)) === -1) return -1;
    }
    if (!t.more() || !t.lookingAt("}")) return -1;
    t.skip(1);
    if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(start));
    return min << 16 | max & Unicode.MAX_BMP;
  }
  static isValidCaptureName(name) {
    if (name.length === 0) return false;
    for (let i = 0; i < name.length; i++) {
      const c = name.codePointAt(i);
      if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
    }
    return true;
  }
  static parseInt(t) {
    const start = t.pos();
    while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
    const n = t.from(start);
    if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
    if (n.length > 8) return -2;
    return parseInt(n, 10);
  }
  static isCharClass(re) {
    return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
  }
  static matchRune(re, r) {
    switch (re.op) {
      case Regexp.Op.LITERAL:
        return re.runes.length === 1 && re.runes[0] === r;
      case Regexp.Op.CHAR_CLASS:
        for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
        return false;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        return r !== Codepoint.CODES["\n"];
      case Regexp.Op.ANY_CHAR:
        return true;
    }
    return false;
  }
  static mergeCharClass(dst, src) {
    switch (dst.op) {
      case Regexp.Op.ANY_CHAR:
        break;
      case Regexp.Op.ANY_CHAR_NOT_NL:
        if (Parser2.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
        break;
      case Regexp.Op.CHAR_CLASS: {
        const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
        if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
        else cc.appendClass(src.runes);
        dst.runes = cc.toGrowableArray();
        break;
      }
      case Regexp.Op.LITERAL:
        if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
        dst.op = Regexp.Op.CHAR_CLASS;
        dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
    }
  }
  static parseEscape(t) {
    const startPos = t.pos();
    t.skip(1);
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_TRAILING_BACKSLASH);
    let c = t.pop();
    bigswitch: switch (c) {
      case Codepoint.CODES["1"]:
      case Codepoint.CODES["2"]:
      case Codepoint.CODES["3"]:
      case Codepoint.CODES["4"]:
      case Codepoint.CODES["5"]:
      case Codepoint.CODES["6"]:
      case Codepoint.CODES["7"]:
        if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
      case Codepoint.CODES["0"]: {
        let r = c - Codepoint.CODES["0"];
        for (let i = 1; i < 3; i++) {
          if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
          r = r * 8 + t.peek() - Codepoint.CODES["0"];
          t.skip(1);
        }
        return r;
      }
      case Codepoint.CODES["x"]: {
        if (!t.more()) break;
        c = t.pop();
        if (c === Codepoint.CODES["{"]) {
          let nhex = 0;
          let r = 0;
          while (true) {
            if (!t.more()) break bigswitch;
            c = t.pop();
            if (c === Codepoint.CODES["}"]) break;
            const v = Utils.unhex(c);
            if (v < 0) break bigswitch;
            r = r * 16 + v;
            if (r > Unicode.MAX_RUNE) break bigswitch;
            nhex++;
          }
          if (nhex === 0) break bigswitch;
          return r;
        }
        const x = Utils.unhex(c);
        if (!t.more()) break;
        c = t.pop();
        const y = Utils.unhex(c);
        if (x < 0 || y < 0) break;
        return x * 16 + y;
      }
      case Codepoint.CODES["a"]:
        return Codepoint.CODES["\x07"];
      case Codepoint.CODES["f"]:
        return Codepoint.CODES["\f"];
      case Codepoint.CODES["n"]:
        return Codepoint.CODES["\n"];
      case Codepoint.CODES["r"]:
        return Codepoint.CODES["\r"];
      case Codepoint.CODES["t"]:
        return Codepoint.CODES["	"];
      case Codepoint.CODES["v"]:
        return Codepoint.CODES["\v"];
      default:
        if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, t.from(startPos));
  }
  static parseClassChar(t, wholeClassPos) {
    if (!t.more()) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_BRACKET, t.from(wholeClassPos));
    if (t.lookingAt("\\")) return Parser2.parseEscape(t);
    return t.pop();
  }
  static hasCapture(re) {
    if (re === null) return false;
    if (re.op === Regexp.Op.CAPTURE) return true;
    if (re.subs) {
      for (let sub of re.subs) if (Parser2.hasCapture(sub)) return true;
    }
    return false;
  }
  constructor(wholeRegexp, flags = 0) {
    this.wholeRegexp = wholeRegexp;
    this.flags = flags;
    this.numCap = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.stack = [];
    this.free = null;
    this.numRegexp = 0;
    this.numRunes = 0;
    this.repeats = 0;
    this.height = null;
    this.size = null;
    this.nlb = 0;
  }
  newRegexp(op) {
    let re = this.free;
    if (re !== null && re.subs !== null && re.subs.length > 0) {
      this.free = re.subs[0];
      re.reinit();
      re.op = op;
    } else {
      re = new Regexp(op);
      this.numRegexp += 1;
    }
    return re;
  }
  reuse(re) {
    if (this.height !== null && this.height.has(re)) this.height.delete(re);
    if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
    this.free = re;
  }
  checkLimits(re) {
    if (this.numRunes > Parser2.MAX_RUNES) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
    this.checkSize(re);
    this.checkHeight(re);
  }
  checkSize(re) {
    if (this.size === null) {
      if (this.repeats === 0) this.repeats = 1;
      if (re.op === Regexp.Op.REPEAT) {
        let n = re.max;
        if (n === -1) n = re.min;
        if (n <= 0) n = 1;
        if (n > Math.floor(Parser2.MAX_SIZE / this.repeats)) this.repeats = Parser2.MAX_SIZE;
        else this.repeats *= n;
      }
      if (this.numRegexp < Math.floor(Parser2.MAX_SIZE / this.repeats)) return;
      this.size = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkSize(reEx);
    }
    if (this.calcSize(re, true) > Parser2.MAX_SIZE) throw new RE2JSSyntaxException(Parser2.ERR_LARGE);
  }
  calcSize(re, force = false) {
    if (!force && this.size !== null) {
      if (this.size.has(re)) return this.size.get(re);
    }
    let size = 0;
    switch (re.op) {
      case Regexp.Op.LITERAL:
        size = re.runes.length;
        break;
      case Regexp.Op.PLB:
      case Regexp.Op.NLB:
      case Regexp.Op.CAPTURE:
      case Regexp.Op.STAR:
        size = 2 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.PLUS:
      case Regexp.Op.QUEST:
        size = 1 + this.calcSize(re.subs[0]);
        break;
      case Regexp.Op.CONCAT:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        break;
      case Regexp.Op.ALTERNATE:
        for (let sub of re.subs) size = size + this.calcSize(sub);
        if (re.subs.length > 1) size = size + re.subs.length - 1;
        break;
      case Regexp.Op.REPEAT: {
        let sub = this.calcSize(re.subs[0]);
        if (re.max === -1) {
          if (re.min === 0) size = 2 + sub;
          else size = 1 + re.min * sub;
          break;
        }
        size = re.max * sub + (re.max - re.min);
        break;
      }
    }
    size = Math.max(1, size);
    if (this.size === null) this.size = /* @__PURE__ */ new Map();
    this.size.set(re, size);
    return size;
  }
  checkHeight(re) {
    if (this.numRegexp < Parser2.MAX_HEIGHT) return;
    if (this.height === null) {
      this.height = /* @__PURE__ */ new Map();
      for (let reEx of this.stack) this.checkHeight(reEx);
    }
    if (this.calcHeight(re, true) > Parser2.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser2.ERR_NESTING_DEPTH);
  }
  calcHeight(re, force = false) {
    if (!force && this.height !== null) {
      if (this.height.has(re)) return this.height.get(re);
    }
    let h = 1;
    for (let sub of re.subs) {
      const hsub = this.calcHeight(sub);
      if (h < 1 + hsub) h = 1 + hsub;
    }
    if (this.height === null) this.height = /* @__PURE__ */ new Map();
    this.height.set(re, h);
    return h;
  }
  pop() {
    return this.stack.pop();
  }
  popToPseudo() {
    const n = this.stack.length;
    let i = n;
    while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
    return this.stack.splice(i, n - i);
  }
  push(re) {
    this.numRunes += re.runes.length;
    if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
      if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags & ~RE2Flags.FOLD_CASE;
    } else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
      if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
      re.op = Regexp.Op.LITERAL;
      re.runes = [re.runes[0]];
      re.flags = this.flags | RE2Flags.FOLD_CASE;
    } else this.maybeConcat(-1, 0);
    this.stack.push(re);
    this.checkLimits(re);
    return re;
  }
  maybeConcat(r, flags) {
    const n = this.stack.length;
    if (n < 2) return false;
    const re1 = this.stack[n - 1];
    const re2 = this.stack[n - 2];
    if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
    if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
    for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
    if (r >= 0) {
      re1.runes = [r];
      re1.flags = flags;
      return true;
    }
    this.pop();
    this.reuse(re1);
    return false;
  }
  newLiteral(r, flags) {
    const re = this.newRegexp(Regexp.Op.LITERAL);
    re.flags = flags;
    if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser2.minFoldRune(r);
    re.runes = [r];
    return re;
  }
  literal(r) {
    this.push(this.newLiteral(r, this.flags));
  }
  op(op) {
    const re = this.newRegexp(op);
    re.flags = this.flags;
    return this.push(re);
  }
  repeat(op, min, max, beforePos, t, lastRepeatPos) {
    let flags = this.flags;
    if ((flags & RE2Flags.PERL_X) !== 0) {
      if (t.more() && t.lookingAt("?")) {
        t.skip(1);
        flags ^= RE2Flags.NON_GREEDY;
      }
      if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
    }
    const n = this.stack.length;
    if (n === 0) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const sub = this.stack[n - 1];
    if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
    const re = this.newRegexp(op);
    re.min = min;
    re.max = max;
    re.flags = flags;
    re.subs = [sub];
    this.stack[n - 1] = re;
    this.checkLimits(re);
    if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
  }
  repeatIsValid(re, n) {
    if (re.op === Regexp.Op.REPEAT) {
      let m = re.max;
      if (m === 0) return true;
      if (m < 0) m = re.min;
      if (m > n) return false;
      if (m > 0) n = Math.trunc(n / m);
    }
    for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
    return true;
  }
  concat() {
    this.maybeConcat(-1, 0);
    const subs = this.popToPseudo();
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.CONCAT));
  }
  alternate() {
    const subs = this.popToPseudo();
    if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
    if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
    return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
  }
  cleanAlt(re) {
    if (re.op === Regexp.Op.CHAR_CLASS) {
      re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
      if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR;
      } else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
        re.runes = /* @__PURE__ */ new Int32Array(0);
        re.op = Regexp.Op.ANY_CHAR_NOT_NL;
      }
    }
  }
  collapse(subs, op) {
    if (subs.length === 1) return subs[0];
    let len = 0;
    for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
    let newsubs = new Array(len).fill(null);
    let i = 0;
    for (let sub of subs) if (sub.op === op) {
      for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
      this.reuse(sub);
    } else newsubs[i++] = sub;
    let re = this.newRegexp(op);
    re.subs = newsubs;
    if (op === Regexp.Op.ALTERNATE) {
      re.subs = this.factor(re.subs);
      if (re.subs.length === 1) {
        const old = re;
        re = re.subs[0];
        this.reuse(old);
      }
    }
    return re;
  }
  factor(array) {
    if (array.length < 2) return array;
    let s = 0;
    let lensub = array.length;
    let lenout = 0;
    let str = null;
    let strlen = 0;
    let strflags = 0;
    let start = 0;
    for (let i = 0; i <= lensub; i++) {
      let istr = null;
      let istrlen = 0;
      let iflags = 0;
      if (i < lensub) {
        let re = array[s + i];
        if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
        if (re.op === Regexp.Op.LITERAL) {
          istr = re.runes;
          istrlen = re.runes.length;
          iflags = re.flags & RE2Flags.FOLD_CASE;
        }
        if (iflags === strflags) {
          let same = 0;
          while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
          if (same > 0) {
            strlen = same;
            continue;
          }
        }
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = this.newRegexp(Regexp.Op.LITERAL);
        prefix.flags = strflags;
        prefix.runes = str.slice(0, strlen);
        for (let j = start; j < i; j++) {
          array[s + j] = this.removeLeadingString(array[s + j], strlen);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      str = istr;
      strlen = istrlen;
      strflags = iflags;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    let first = null;
    for (let i = 0; i <= lensub; i++) {
      let ifirst = null;
      if (i < lensub) {
        ifirst = Parser2.leadingRegexp(array[s + i]);
        if (first !== null && first.equals(ifirst) && (Parser2.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser2.isCharClass(first.subs[0]))) continue;
      }
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        const prefix = first;
        for (let j = start; j < i; j++) {
          const reuse = j !== start;
          array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
          this.checkLimits(array[s + j]);
        }
        const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
        const re = this.newRegexp(Regexp.Op.CONCAT);
        re.subs = [prefix, suffix];
        array[lenout++] = re;
      }
      start = i;
      first = ifirst;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i <= lensub; i++) {
      if (i < lensub && Parser2.isCharClass(array[s + i])) continue;
      if (i === start) {
      } else if (i === start + 1) array[lenout++] = array[s + start];
      else {
        let max = start;
        for (let j = start + 1; j < i; j++) {
          const subMax = array[s + max];
          const subJ = array[s + j];
          if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
        }
        const tmp = array[s + start];
        array[s + start] = array[s + max];
        array[s + max] = tmp;
        for (let j = start + 1; j < i; j++) {
          Parser2.mergeCharClass(array[s + start], array[s + j]);
          this.reuse(array[s + j]);
        }
        this.cleanAlt(array[s + start]);
        array[lenout++] = array[s + start];
      }
      if (i < lensub) array[lenout++] = array[s + i];
      start = i + 1;
    }
    lensub = lenout;
    s = 0;
    start = 0;
    lenout = 0;
    for (let i = 0; i < lensub; ++i) {
      if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
      array[lenout++] = array[s + i];
    }
    lensub = lenout;
    s = 0;
    return array.slice(s, lensub);
  }
  removeLeadingString(re, n) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      const sub = this.removeLeadingString(re.subs[0], n);
      re.subs[0] = sub;
      if (sub.op === Regexp.Op.EMPTY_MATCH) {
        this.reuse(sub);
        switch (re.subs.length) {
          case 0:
          case 1:
            re.op = Regexp.Op.EMPTY_MATCH;
            re.subs = Regexp.emptySubs();
            break;
          case 2: {
            const old = re;
            re = re.subs[1];
            this.reuse(old);
            break;
          }
          default:
            re.subs = re.subs.slice(1, re.subs.length);
        }
      }
      return re;
    }
    if (re.op === Regexp.Op.LITERAL) {
      re.runes = re.runes.slice(n, re.runes.length);
      if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
    }
    return re;
  }
  removeLeadingRegexp(re, reuse) {
    if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
      if (reuse) this.reuse(re.subs[0]);
      re.subs = re.subs.slice(1, re.subs.length);
      switch (re.subs.length) {
        case 0:
          re.op = Regexp.Op.EMPTY_MATCH;
          re.subs = Regexp.emptySubs();
          break;
        case 1: {
          const old = re;
          re = re.subs[0];
          this.reuse(old);
          break;
        }
      }
      return re;
    }
    if (reuse) this.reuse(re);
    return this.newRegexp(Regexp.Op.EMPTY_MATCH);
  }
  parseInternal() {
    if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser2.literalRegexp(this.wholeRegexp, this.flags);
    let lastRepeatPos = -1;
    let min = -1;
    let max = -1;
    const t = new StringIterator(this.wholeRegexp);
    while (t.more()) {
      let repeatPos = -1;
      bigswitch: switch (t.peek()) {
        case Codepoint.CODES["("]:
          if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
            if (t.lookingAt("(?<=")) {
              this.parsePosLookBehind();
              t.skip(4);
              break;
            }
            if (t.lookingAt("(?<!")) {
              this.parseNegLookBehind();
              t.skip(4);
              break;
            }
          }
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
            this.parsePerlFlags(t);
            break;
          }
          this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
          t.skip(1);
          break;
        case Codepoint.CODES["|"]:
          this.parseVerticalBar();
          t.skip(1);
          break;
        case Codepoint.CODES[")"]:
          this.parseRightParen();
          t.skip(1);
          break;
        case Codepoint.CODES["^"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
          else this.op(Regexp.Op.BEGIN_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["$"]:
          if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
          else this.op(Regexp.Op.END_LINE);
          t.skip(1);
          break;
        case Codepoint.CODES["."]:
          if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
          else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
          t.skip(1);
          break;
        case Codepoint.CODES["["]:
          this.parseClass(t);
          break;
        case Codepoint.CODES["*"]:
        case Codepoint.CODES["+"]:
        case Codepoint.CODES["?"]: {
          repeatPos = t.pos();
          let op = null;
          switch (t.pop()) {
            case Codepoint.CODES["*"]:
              op = Regexp.Op.STAR;
              break;
            case Codepoint.CODES["+"]:
              op = Regexp.Op.PLUS;
              break;
            case Codepoint.CODES["?"]:
              op = Regexp.Op.QUEST;
          }
          this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["{"]: {
          const before = t.pos();
          const minMax = Parser2.parseRepeat(t);
          if (minMax < 0) {
            t.rewindTo(before);
            this.literal(t.pop());
            break;
          }
          repeatPos = before;
          min = minMax >> 16;
          max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
          this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
          break;
        }
        case Codepoint.CODES["\\"]: {
          const savedPos = t.pos();
          t.skip(1);
          if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
            case Codepoint.CODES["A"]:
              this.op(Regexp.Op.BEGIN_TEXT);
              break bigswitch;
            case Codepoint.CODES["b"]:
              this.op(Regexp.Op.WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["B"]:
              this.op(Regexp.Op.NO_WORD_BOUNDARY);
              break bigswitch;
            case Codepoint.CODES["C"]:
              throw new RE2JSSyntaxException(Parser2.ERR_INVALID_ESCAPE, "\\C");
            case Codepoint.CODES["Q"]: {
              let lit = t.rest();
              const i = lit.indexOf("\\E");
              if (i >= 0) {
                lit = lit.substring(0, i);
                t.skipString(lit);
                t.skipString("\\E");
              } else t.skipString(lit);
              let j = 0;
              while (j < lit.length) {
                const codepoint = lit.codePointAt(j);
                this.literal(codepoint);
                j += Utils.charCount(codepoint);
              }
              break bigswitch;
            }
            case Codepoint.CODES["z"]:
              this.op(Regexp.Op.END_TEXT);
              break bigswitch;
            default:
              t.rewindTo(savedPos);
          }
          else t.rewindTo(savedPos);
          const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
          re.flags = this.flags;
          if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
            const cc2 = new CharClass();
            if (this.parseUnicodeClass(t, cc2)) {
              re.runes = cc2.toArray();
              this.push(re);
              break bigswitch;
            }
          }
          const cc = new CharClass();
          if (this.parsePerlClassEscape(t, cc)) {
            re.runes = cc.toArray();
            this.push(re);
            break bigswitch;
          }
          t.rewindTo(savedPos);
          this.reuse(re);
          this.literal(Parser2.parseEscape(t));
          break;
        }
        default:
          this.literal(t.pop());
      }
      lastRepeatPos = repeatPos;
    }
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser2.ERR_MISSING_PAREN, this.wholeRegexp);
    this.stack[0].namedGroups = this.namedGroups;
    return this.stack[0];
  }
  parsePerlFlags(t) {
    const startPos = t.pos();
    const s = t.rest();
    if (s.startsWith("(?P<") || s.startsWith("(?<")) {
      const begin = s.charAt(2) === "P" ? 4 : 3;
      const end = s.indexOf(">");
      if (end < 0) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s);
      const name = s.substring(begin, end);
      t.skipString(name);
      t.skip(begin + 1);
      if (!Parser2.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
      const re = this.op(Regexp.Op.LEFT_PAREN);
      re.cap = ++this.numCap;
      if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser2.ERR_DUPLICATE_NAMED_CAPTURE, name);
      this.namedGroups[name] = this.numCap;
      re.name = name;
      return;
    }
    t.skip(2);
    let flags = this.flags;
    let sign = 1;
    let sawFlag = false;
    loop: while (t.more()) {
      const c = t.pop();
      switch (c) {
        case Codepoint.CODES["i"]:
          flags |= RE2Flags.FOLD_CASE;
          sawFlag = true;
          break;
        case Codepoint.CODES["m"]:
          flags &= ~RE2Flags.ONE_LINE;
          sawFlag = true;
          break;
        case Codepoint.CODES["s"]:
          flags |= RE2Flags.DOT_NL;
          sawFlag = true;
          break;
        case Codepoint.CODES["U"]:
          flags |= RE2Flags.NON_GREEDY;
          sawFlag = true;
          break;
        case Codepoint.CODES["-"]:
          if (sign < 0) break loop;
          sign = -1;
          flags = ~flags;
          sawFlag = false;
          break;
        case Codepoint.CODES[":"]:
        case Codepoint.CODES[")"]:
          if (sign < 0) {
            if (!sawFlag) break loop;
            flags = ~flags;
          }
          if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
          this.flags = flags;
          return;
        default:
          break loop;
      }
    }
    throw new RE2JSSyntaxException(Parser2.ERR_INVALID_PERL_OP, t.from(startPos));
  }
  parsePosLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = ++this.nlb;
    return this.push(re);
  }
  parseNegLookBehind() {
    const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
    re.flags = this.flags;
    re.lb = -++this.nlb;
    return this.push(re);
  }
  parseVerticalBar() {
    this.concat();
    if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
  }
  swapVerticalBar() {
    const n = this.stack.length;
    if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser2.isCharClass(this.stack[n - 1]) && Parser2.isCharClass(this.stack[n - 3])) {
      let re1 = this.stack[n - 1];
      let re3 = this.stack[n - 3];
      if (re1.op > re3.op) {
        const tmp = re3;
        re3 = re1;
        re1 = tmp;
        this.stack[n - 3] = re3;
      }
      Parser2.mergeCharClass(re3, re1);
      this.reuse(re1);
      this.pop();
      return true;
    }
    if (n >= 2) {
      const re1 = this.stack[n - 1];
      const re2 = this.stack[n - 2];
      if (re2.op === Regexp.Op.VERTICAL_BAR) {
        if (n >= 3) this.cleanAlt(this.stack[n - 3]);
        this.stack[n - 2] = re1;
        this.stack[n - 1] = re2;
        return true;
      }
    }
    return false;
  }
  parseRightParen() {
    this.concat();
    if (this.swapVerticalBar()) this.pop();
    this.alternate();
    if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    const re1 = this.pop();
    const re2 = this.pop();
    if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser2.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
    this.flags = re2.flags;
    if (re2.lb !== 0) {
      if (Parser2.hasCapture(re1)) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
      if (re2.lb > 0) re2.op = Regexp.Op.PLB;
      else re2.op = Regexp.Op.NLB;
      re2.subs = [re1];
      this.push(re2);
      return;
    }
    if (re2.cap === 0) this.push(re1);
    else {
      re2.op = Regexp.Op.CAPTURE;
      re2.subs = [re1];
      this.push(re2);
    }
  }
  parsePerlClassEscape(t, cc) {
    const beforePos = t.pos();
    if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
    t.pop();
    const p = t.from(beforePos);
    const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
    if (g === null) return false;
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseNamedClass(t, cc) {
    const cls = t.rest();
    const i = cls.indexOf(":]");
    if (i < 0) return false;
    const name = cls.substring(0, i + 2);
    t.skipString(name);
    const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
    if (g === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, name);
    cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
    return true;
  }
  parseUnicodeClass(t, cc) {
    const startPos = t.pos();
    if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
    t.skip(1);
    let sign = 1;
    let c = t.pop();
    if (c === Codepoint.CODES["P"]) sign = -1;
    if (!t.more()) {
      t.rewindTo(startPos);
      throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
    }
    c = t.pop();
    let name;
    if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
    else {
      const rest = t.rest();
      const end = rest.indexOf("}");
      if (end < 0) {
        t.rewindTo(startPos);
        throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
      }
      name = rest.substring(0, end);
      t.skipString(name);
      t.skip(1);
    }
    if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
      sign = 0 - sign;
      name = name.substring(1);
    }
    const pair = Parser2.unicodeTable(name);
    if (pair === null) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(startPos));
    if (pair.sign < 0) sign = 0 - sign;
    const tab = pair.tab;
    const fold = pair.fold;
    if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
    else {
      const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
      cc.appendClassWithSign(Array.from(tmp), sign);
    }
    return true;
  }
  parseClass(t) {
    const startPos = t.pos();
    t.skip(1);
    const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
    re.flags = this.flags;
    const cc = new CharClass();
    let sign = 1;
    if (t.more() && t.lookingAt("^")) {
      sign = -1;
      t.skip(1);
      if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
    }
    let first = true;
    while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
      if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
        const s = t.rest();
        if (s === "-" || !s.startsWith("-]")) {
          t.rewindTo(startPos);
          throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.rest());
        }
      }
      first = false;
      const beforePos = t.pos();
      if (t.lookingAt("[:")) {
        if (this.parseNamedClass(t, cc)) continue;
        t.rewindTo(beforePos);
      }
      if (this.parseUnicodeClass(t, cc)) continue;
      if (this.parsePerlClassEscape(t, cc)) continue;
      t.rewindTo(beforePos);
      const lo = Parser2.parseClassChar(t, startPos);
      let hi = lo;
      if (t.more() && t.lookingAt("-")) {
        t.skip(1);
        if (t.more() && t.lookingAt("]")) t.skip(-1);
        else {
          hi = Parser2.parseClassChar(t, startPos);
          if (hi < lo) throw new RE2JSSyntaxException(Parser2.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
        }
      }
      if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
      else cc.appendFoldedRange(lo, hi);
    }
    t.skip(1);
    cc.cleanClass();
    if (sign < 0) cc.negateClass();
    re.runes = cc.toArray();
    this.push(re);
  }
};
var RE2 = class RE22 {
  static initTest(expr) {
    const re2 = RE22.compile(expr);
    const res = new RE22(re2.expr, re2.prog, re2.numSubexp, re2.longest);
    res.cond = re2.cond;
    res.prefix = re2.prefix;
    res.prefixUTF8 = re2.prefixUTF8;
    res.prefixComplete = re2.prefixComplete;
    res.prefixRune = re2.prefixRune;
    res.prefilter = re2.prefilter;
    res.namedGroups = re2.namedGroups;
    return res;
  }
  /**
  * Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
  * used to match against text.
  *
  * When matching against text, the regexp returns a match that begins as early as possible in the
  * input (leftmost), and among those it chooses the one that a backtracking search would have
  * found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
  * and other implementations use, although this package implements it without the expense of
  * backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
  */
  static compile(expr) {
    return RE22.compileImpl(expr, RE2Flags.PERL, false);
  }
  /**
  * {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
  * (egrep) syntax and changes the match semantics to leftmost-longest.
  *
  * That is, when matching against text, the regexp returns a match that begins as early as
  * possible in the input (leftmost), and among those it chooses a match that is as long as
  * possible. This so-called leftmost-longest matching is the same semantics that early regular
  * expression implementations used and that POSIX specifies.
  *
  * However, there can be multiple leftmost-longest matches, with different submatch choices, and
  * here this package diverges from POSIX. Among the possible leftmost-longest matches, this
  * package chooses the one that a backtracking search would have found first, while POSIX
  * specifies that the match be chosen to maximize the length of the first subexpression, then the
  * second, and so on from left to right. The POSIX rule is computationally prohibitive and not
  * even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
  */
  static compilePOSIX(expr) {
    return RE22.compileImpl(expr, RE2Flags.POSIX, true);
  }
  static compileImpl(expr, mode, longest) {
    let re = Parser.parse(expr, mode);
    const maxCap = re.maxCap();
    const namedGroups = re.namedGroups;
    re = Simplify.simplify(re);
    const prefilter = PrefilterTree.build(re);
    const prog = Compiler.compileRegexp(re);
    const re2 = new RE22(expr, prog, maxCap, longest);
    re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
    const [prefixCompl, prefixStr] = prog.prefix();
    re2.prefixComplete = prefixCompl;
    re2.prefix = prefixStr;
    re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
    if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
    re2.namedGroups = namedGroups;
    return re2;
  }
  /**
  * Returns true iff textual regular expression {@code pattern} matches string {@code s}.
  *
  * More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
  */
  static match(pattern, s) {
    return RE22.compile(pattern).match(s);
  }
  constructor(expr, prog, numSubexp = 0, longest = 0) {
    this.expr = expr;
    this.prog = prog;
    this.numSubexp = numSubexp;
    this.longest = longest;
    this.cond = prog.startCond();
    this.prefix = null;
    this.prefixUTF8 = null;
    this.prefixComplete = false;
    this.prefixRune = 0;
    this.namedGroups = /* @__PURE__ */ Object.create(null);
    this.machinePool = [];
    this.lazyDFA = null;
    this.onepass = OnePass.compile(this.prog);
    this.prefilter = null;
  }
  get dfa() {
    if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
    return this.lazyDFA;
  }
  matchPrefixComplete(input, pos, anchor, ncap) {
    if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
    let matchStart = -1;
    let matchEnd = -1;
    const pLen = input.prefixLength(this);
    if (anchor === RE2Flags.UNANCHORED) {
      const idx = input.index(this, pos);
      if (idx < 0) return null;
      matchStart = pos + idx;
      matchEnd = matchStart + pLen;
    } else if (anchor === RE2Flags.ANCHOR_BOTH) {
      if (input.endPos() !== pLen) return null;
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    } else if (anchor === RE2Flags.ANCHOR_START) {
      if (input.index(this, 0) !== 0) return null;
      matchStart = 0;
      matchEnd = pLen;
    }
    if (matchStart < 0) return null;
    if (ncap > 0) {
      const matchcap = new Int32Array(ncap).fill(-1);
      matchcap[0] = matchStart;
      matchcap[1] = matchEnd;
      return Array.from(matchcap);
    }
    return [];
  }
  createLookbehindState() {
    return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
  }
  executeEngine(input, pos, anchor, ncap, lbState = null) {
    if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
    if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
      if (!this.prefilter.eval(input, pos)) return null;
    }
    if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
    if (ncap > 0) {
      if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
      return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
    }
    if (this.prog.numLb === 0) {
      const dfaResult = this.dfa.match(input, pos, anchor);
      if (dfaResult !== null) return dfaResult ? [] : null;
      if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
    }
    return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
  }
  /**
  * Returns the number of parenthesized subexpressions in this regular expression.
  */
  numberOfCapturingGroups() {
    return this.numSubexp;
  }
  /**
  * Returns the number of instructions in this compiled regular expression program.
  */
  numberOfInstructions() {
    return this.prog.numInst();
  }
  get() {
    return this.machinePool.length > 0 ? this.machinePool.pop() : null;
  }
  reset() {
    this.machinePool.length = 0;
  }
  put(m) {
    this.machinePool.push(m);
  }
  toString() {
    return this.expr;
  }
  doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
    let m = this.get();
    if (!m) m = Machine.fromRE2(this);
    m.init(ncap);
    const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
    this.put(m);
    return cap;
  }
  match(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Matches the regular expression against input starting at position start and ending at position
  * end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
  * pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
  * array. It is most efficient not to ask for submatch boundaries.
  *
  * @param input the input byte array
  * @param start the beginning position in the input
  * @param end the end position in the input
  * @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
  * @param group the array to fill with submatch positions
  * @param ngroup the number of array pairs to fill in
  * @param lbState optional state carried between successive matches over the same input (see
  *   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
  * @returns true if a match was found
  */
  matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
    if (!(input instanceof MatcherInputBase)) {
      if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
      else input = MatcherInput.utf16(input);
    }
    return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
  }
  matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
    if (start > end) return [false, null];
    const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
    const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
    if (groupMatch === null) return [false, null];
    return [true, groupMatch];
  }
  /**
  * Returns true iff this regexp matches the UTF-8 byte array {@code b}.
  */
  matchUTF8(b) {
    return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
  }
  /**
  * Returns a copy of {@code src} in which all matches for this regexp have been replaced by
  * {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAll(src, repl) {
    return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
  }
  /**
  * Returns a copy of {@code src} in which only the first match for this regexp has been replaced
  * by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceFirst(src, repl) {
    return this.replaceAllFunc(src, () => repl, 1);
  }
  /**
  * Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
  * been replaced by the return value of of function {@code repl} (whose first argument is the
  * matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
  * replacement string.
  */
  replaceAllFunc(src, replFunc, maxReplaces) {
    let lastMatchEnd = 0;
    let searchPos = 0;
    let out = "";
    const input = MachineInput.fromUTF16(src);
    const lbState = this.createLookbehindState();
    let numReplaces = 0;
    while (searchPos <= src.length) {
      const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
      if (a === null || a.length === 0) break;
      out += src.substring(lastMatchEnd, a[0]);
      if (a[1] > lastMatchEnd || a[0] === 0) {
        out += replFunc(src.substring(a[0], a[1]));
        numReplaces++;
      }
      lastMatchEnd = a[1];
      const width = input.step(searchPos) & 7;
      if (searchPos + width > a[1]) searchPos += width;
      else if (searchPos + 1 > a[1]) searchPos++;
      else searchPos = a[1];
      if (numReplaces >= maxReplaces) break;
    }
    out += src.substring(lastMatchEnd);
    return out;
  }
  pad(a) {
    if (a === null) return null;
    let n = (1 + this.numSubexp) * 2;
    if (a.length < n) {
      let a2 = new Array(n).fill(-1);
      for (let i = 0; i < a.length; i++) a2[i] = a[i];
      a = a2;
    }
    return a;
  }
  allMatches(input, n, deliverFun = (v) => v) {
    let result = [];
    const end = input.endPos();
    if (n < 0) n = end + 1;
    let pos = 0;
    let i = 0;
    let prevMatchEnd = -1;
    const lbState = this.createLookbehindState();
    while (i < n && pos <= end) {
      const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
      if (matches === null || matches.length === 0) break;
      let accept = true;
      if (matches[1] === pos) {
        if (matches[0] === prevMatchEnd) accept = false;
        const r = input.step(pos);
        if (r < 0) pos = end + 1;
        else pos += r & 7;
      } else pos = matches[1];
      prevMatchEnd = matches[1];
      if (accept) {
        result.push(deliverFun(this.pad(matches)));
        i++;
      }
    }
    return result;
  }
  /**
  * Returns an array holding the text of the leftmost match in {@code b} of this regular
  * expression.
  *
  * A return value of null indicates no match.
  */
  findUTF8(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return b.slice(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
  *
  * A return value of null indicates no match.
  */
  findUTF8Index(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return null;
    return a.slice(0, 2);
  }
  /**
  * Returns a string holding the text of the leftmost match in {@code s} of this regular
  * expression.
  *
  * If there is no match, the return value is an empty string, but it will also be empty if the
  * regular expression successfully matches an empty string. Use {@link #findIndex} or
  * {@link #findSubmatch} if it is necessary to distinguish these cases.
  */
  find(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
    if (a === null) return "";
    return s.substring(a[0], a[1]);
  }
  /**
  * Returns a two-element array of integers defining the location of the leftmost match in
  * {@code s} of this regular expression. The match itself is at
  * {@code s.substring(loc[0], loc[1])}.
  *
  * A return value of null indicates no match.
  */
  findIndex(s) {
    return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
  }
  /**
  * Returns an array of arrays the text of the leftmost match of the regular expression in
  * {@code b} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findUTF8Submatch(b) {
    const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
  * <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
  *
  * A return value of null indicates no match.
  */
  findUTF8SubmatchIndex(b) {
    return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * Returns an array of strings holding the text of the leftmost match of the regular expression in
  * {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatch(s) {
    const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
    if (a === null) return null;
    const ret = new Array(1 + this.numSubexp).fill(null);
    for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
    return ret;
  }
  /**
  * Returns an array holding the index pairs identifying the leftmost match of this regular
  * expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
  * href='#submatch'>Submatch</a> description above.
  *
  * A return value of null indicates no match.
  */
  findSubmatchIndex(s) {
    return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
  }
  /**
  * {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  *
  * TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
  * by |b|.
  */
  findAllUTF8(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Index(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
  * to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
  * description above.
  *
  * A return value of null indicates no match.
  */
  findAll(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
  * list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
  * it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8Submatch(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllUTF8SubmatchIndex(b, n) {
    const result = this.allMatches(MachineInput.fromUTF8(b), n);
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
  * returns a list of up to {@code n} successive matches of the expression, as defined by the <a
  * href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatch(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
      let slice = new Array(match.length / 2 | 0).fill(null);
      for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
      return slice;
    });
    if (result.length === 0) return null;
    return result;
  }
  /**
  * {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
  * {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
  * expression, as defined by the <a href='#all'>All</a> description above.
  *
  * A return value of null indicates no match.
  */
  findAllSubmatchIndex(s, n) {
    const result = this.allMatches(MachineInput.fromUTF16(s), n);
    if (result.length === 0) return null;
    return result;
  }
};
var RE2Set = class RE2Set2 {
  /** @type {number} */
  static UNANCHORED = RE2Flags.UNANCHORED;
  /** @type {number} */
  static ANCHOR_START = RE2Flags.ANCHOR_START;
  /** @type {number} */
  static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
  /**
  * Constructs a new RE2Set with the specified anchor mode and flags.
  * @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
  * @param {number} [flags=0] - The public flags to apply to all patterns in the set.
  * @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
  */
  constructor(anchor = RE2Set2.UNANCHORED, flags = 0, maxMem = 8388608) {
    if (![
      RE2Set2.UNANCHORED,
      RE2Set2.ANCHOR_START,
      RE2Set2.ANCHOR_BOTH
    ].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
    Utils.checkFlags(flags);
    this.anchor = anchor;
    this.jsFlags = flags;
    this.maxMem = maxMem;
    let re2Flags = RE2Flags.PERL;
    if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    this.re2Flags = re2Flags;
    this.regexps = [];
    this.prog = null;
    this.dfa = null;
    this.dummyRe2 = null;
  }
  /**
  * Adds a new regular expression pattern to the set.
  * Patterns cannot be added after the set has been compiled.
  * @param {string} pattern - The regular expression pattern to add.
  * @returns {number} The integer index assigned to the added pattern.
  * @throws {RE2JSCompileException} If patterns are added after compilation.
  */
  add(pattern) {
    if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
    Utils.checkPattern(pattern);
    let fregex = pattern;
    if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    const re = Parser.parse(fregex, this.re2Flags);
    this.regexps.push(Simplify.simplify(re));
    return this.regexps.length - 1;
  }
  /**
  * Compiles the added patterns into a single state machine.
  * This is automatically called on the first match if not called explicitly.
  * @returns {void}
  */
  compile() {
    if (this.prog) return;
    const prog = Compiler.compileSet(this.regexps);
    if (prog.numInst() > Parser.MAX_SIZE) throw new RE2JSCompileException(`${Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${Parser.MAX_SIZE}`);
    this.prog = prog;
    this.dfa = new DFA(this.prog, this.maxMem);
    this.dummyRe2 = {
      prog: this.prog,
      cond: this.prog.startCond(),
      prefix: "",
      prefixRune: 0,
      longest: false
    };
  }
  /**
  * Matches the input against the compiled set of regular expressions.
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
  * @returns {number[]} An array of indices representing the patterns that successfully matched the input.
  */
  match(input) {
    if (!this.prog) this.compile();
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    let internalAnchor = RE2Flags.UNANCHORED;
    if (this.anchor === RE2Set2.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
    else if (this.anchor === RE2Set2.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
    const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
    if (dfaResult !== null) return dfaResult;
    const machine = Machine.fromRE2(this.dummyRe2);
    machine.init(0);
    return machine.matchSet(machineInput, 0, internalAnchor);
  }
};
var TranslateRegExpString = class TranslateRegExpString2 {
  static isHexadecimal(ch) {
    return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
  }
  static translate(data) {
    let prefixFlags = "";
    if (Object.prototype.toString.call(data) === "[object RegExp]") {
      if (data.ignoreCase) prefixFlags += "i";
      if (data.multiline) prefixFlags += "m";
      if (data.dotAll) prefixFlags += "s";
      data = data.source;
    }
    if (typeof data !== "string") return data;
    let result = "";
    let changed = false;
    let size = data.length;
    if (size === 0) {
      result = "(?:)";
      changed = true;
    }
    let inCharClass = false;
    let i = 0;
    while (i < size) {
      let ch = data[i];
      if (ch === "\\") {
        if (i + 1 < size) {
          ch = data[i + 1];
          switch (ch) {
            case "\\":
              result += "\\\\";
              i += 2;
              continue;
            case "c":
              if (i + 2 < size) {
                let code = data[i + 2].charCodeAt(0);
                if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
                  let val = code % 32;
                  result += "\\x";
                  result += (val >> 4).toString(16).toUpperCase();
                  result += (val & 15).toString(16).toUpperCase();
                  i += 3;
                  changed = true;
                  continue;
                }
              }
              result += "c";
              i += 2;
              changed = true;
              continue;
            case "u":
              if (i + 2 < size) {
                if (data[i + 2] === "{") {
                  let j = i + 3;
                  let hasHex = false;
                  let closed = false;
                  while (j < size) {
                    const hexChar = data[j];
                    if (hexChar === "}") {
                      closed = true;
                      break;
                    }
                    if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                    hasHex = true;
                    j++;
                  }
                  if (closed && hasHex) {
                    result += "\\x";
                    i += 2;
                    changed = true;
                    continue;
                  }
                } else if (i + 5 < size) {
                  let isHex4 = true;
                  for (let j = 0; j < 4; j++) if (!TranslateRegExpString2.isHexadecimal(data[i + 2 + j])) {
                    isHex4 = false;
                    break;
                  }
                  if (isHex4) {
                    result += "\\x{" + data.substring(i + 2, i + 6) + "}";
                    i += 6;
                    changed = true;
                    continue;
                  }
                }
              }
              result += "u";
              i += 2;
              changed = true;
              continue;
            case "x": {
              let isValidHex = false;
              if (i + 2 < size && data[i + 2] === "{") {
                let j = i + 3;
                let hasHex = false;
                let closed = false;
                while (j < size) {
                  const hexChar = data[j];
                  if (hexChar === "}") {
                    closed = true;
                    break;
                  }
                  if (!TranslateRegExpString2.isHexadecimal(hexChar)) break;
                  hasHex = true;
                  j++;
                }
                if (closed && hasHex) isValidHex = true;
              } else if (i + 3 < size && TranslateRegExpString2.isHexadecimal(data[i + 2]) && TranslateRegExpString2.isHexadecimal(data[i + 3])) isValidHex = true;
              if (isValidHex) {
                result += "\\x";
                i += 2;
              } else {
                result += "x";
                i += 2;
                changed = true;
              }
              continue;
            }
            case "n":
            case "r":
            case "t":
            case "a":
            case "f":
            case "v":
            case "d":
            case "D":
            case "s":
            case "S":
            case "w":
            case "W":
            case "b":
            case "B":
            case "p":
            case "P":
            case "A":
            case "z":
            case "Q":
            case "E":
            case "0":
            case "1":
            case "2":
            case "3":
            case "4":
            case "5":
            case "6":
            case "7":
              result += "\\" + ch;
              i += 2;
              continue;
            default: {
              let cp2 = data.codePointAt(i + 1);
              if (cp2 >= 48 && cp2 <= 57 || cp2 >= 65 && cp2 <= 90 || cp2 >= 97 && cp2 <= 122) {
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
                changed = true;
              } else {
                result += "\\";
                let symSize2 = Utils.charCount(cp2);
                result += data.substring(i + 1, i + 1 + symSize2);
                i += symSize2 + 1;
              }
              continue;
            }
          }
        }
      } else if (ch === "/") {
        result += "\\/";
        i += 1;
        changed = true;
        continue;
      } else if (ch === "[") {
        if (!inCharClass && data[i + 1] === "]") {
          result += "[^\\x00-\\x{10FFFF}]";
          i += 2;
          changed = true;
          continue;
        }
        if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
          result += "[\\x00-\\x{10FFFF}]";
          i += 3;
          changed = true;
          continue;
        }
        inCharClass = true;
      } else if (ch === "]") inCharClass = false;
      else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
        if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
          result += "(?P<";
          i += 3;
          changed = true;
          continue;
        }
      }
      let cp = data.codePointAt(i);
      let symSize = Utils.charCount(cp);
      result += data.substring(i, i + symSize);
      i += symSize;
    }
    const finalResult = changed ? result : data;
    if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
    return finalResult;
  }
};
var execResult = (m, input) => {
  const result = m.matchArray();
  result.index = m.start(0);
  result.input = input;
  result.groups = m.namedGroupsObject();
  return result;
};
var RE2JS = class RE2JS2 {
  /**
  * Flag: case insensitive matching.
  */
  static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
  /**
  * Flag: dot ({@code .}) matches all characters, including newline.
  */
  static DOTALL = PublicFlags.DOTALL;
  /**
  * Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
  * beginning and end of input.
  */
  static MULTILINE = PublicFlags.MULTILINE;
  /**
  * Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
  */
  static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
  /**
  * Flag: matches longest possible string.
  */
  static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
  /**
  * Flag: enable linear-time captureless lookbehinds.
  */
  static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
  /**
  * Returns a literal pattern string for the specified string.
  *
  * This method produces a string that can be used to create a <code>RE2JS</code> that would
  * match the string <code>s</code> as if it were a literal pattern.
  *
  * Metacharacters or escape sequences in the input sequence will be given no special meaning.
  *
  * @param {string} str The string to be literalized
  * @returns {string} A literal string replacement
  */
  static quote(str) {
    return Utils.quoteMeta(str);
  }
  /**
  * Quotes '\' and '$' in {@code str}, so that the returned string could be used in
  * replacement methods as a literal replacement of {@code str}.
  *
  * This is a convenience delegation to {@link Matcher.quoteReplacement}.
  *
  * @param {string} str the string to be quoted
  * @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
  * @returns {string} the quoted string
  */
  static quoteReplacement(str, javaMode = false) {
    return Matcher.quoteReplacement(str, javaMode);
  }
  /**
  * Translates a given regular expression string to ensure compatibility with RE2JS.
  *
  * This function preprocesses the input regex string by applying necessary transformations,
  * such as escaping special characters (e.g., `/`), converting named capture groups to
  * RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
  * resulting regex is safe and properly formatted before compilation.
  *
  * @param {string|RegExp} expr - The regular expression string to be translated.
  * @returns {string} - The transformed regular expression string, ready for compilation.
  */
  static translateRegExp(expr) {
    return TranslateRegExpString.translate(expr);
  }
  /**
  * Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
  * @param {string} regex
  * @param {number} [flags=0]
  * @returns {RE2JS}
  */
  static compile(regex, flags = 0) {
    Utils.checkPattern(regex);
    Utils.checkFlags(flags);
    let fregex = regex;
    if ((flags & RE2JS2.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
    if ((flags & RE2JS2.DOTALL) !== 0) fregex = `(?s)${fregex}`;
    if ((flags & RE2JS2.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
    let re2Flags = RE2Flags.PERL;
    if ((flags & RE2JS2.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
    if ((flags & RE2JS2.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
    const p = new RE2JS2(regex, flags);
    p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS2.LONGEST_MATCH) !== 0);
    return p;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string} regex the regular expression
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  * @throws RE2JSSyntaxException if the regular expression is malformed
  */
  static matches(regex, input) {
    return RE2JS2.compile(regex).testExact(input);
  }
  /**
  * This is visible for testing.
  * @private
  */
  static initTest(pattern, flags, re2) {
    if (pattern == null) throw new Error("pattern is null");
    if (re2 == null) throw new Error("re2 is null");
    const p = new RE2JS2(pattern, flags);
    p.re2Input = re2;
    return p;
  }
  /**
  *
  * @param {string} pattern
  * @param {number} flags
  */
  constructor(pattern, flags) {
    this.patternInput = pattern;
    this.flagsInput = flags;
    this.re2Input = null;
  }
  /**
  * Releases memory used by internal caches associated with this pattern. Does not change the
  * observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
  */
  reset() {
    this.re2Input.reset();
  }
  /**
  * Returns the flags used in the constructor.
  * @returns {number}
  */
  flags() {
    return this.flagsInput;
  }
  /**
  * Returns the pattern used in the constructor.
  * @returns {string}
  */
  pattern() {
    return this.patternInput;
  }
  re2() {
    return this.re2Input;
  }
  /**
  * Matches a string against a regular expression.
  *
  * @param {string|number[]|Uint8Array} input the input
  * @returns {boolean} true if the regular expression matches the entire input
  */
  matches(input) {
    return this.testExact(input);
  }
  /**
  * Creates a new {@code Matcher} matching the pattern against the input.
  *
  * @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
  * @returns {Matcher}
  */
  matcher(input) {
    if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
    return new Matcher(this, input);
  }
  /**
  * Tests whether the regular expression matches any part of the input string.
  * Performance Note: This method is highly optimized. Because it only returns
  * a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
  * and guarantees execution on the high-speed DFA engine whenever possible.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
  */
  test(input) {
    if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
    return this.re2Input.match(input);
  }
  /**
  * Tests whether the regular expression matches the ENTIRE input string.
  * * **Performance Note:** This operates identically to `.matches()`, but is significantly
  * faster because it does not request capture group data. By requesting 0 capture groups,
  * it securely routes execution through the DFA fast-path.
  *
  * @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
  * @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
  */
  testExact(input) {
    const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
    return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
  }
  /**
  * Executes a search for a match in a specified string.
  * Returns a result array, or null if no match is found.
  * The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
  * including `.index`, `.input`, and `.groups` properties.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {Array|null} the match array with index, input, and groups properties, or null
  */
  exec(input) {
    const m = this.matcher(input);
    return m.find() ? execResult(m, input) : null;
  }
  /**
  * Splits input around instances of the regular expression. It returns an array giving the strings
  * that occur before, between, and after instances of the regular expression.
  *
  * If {@code limit <= 0}, there is no limit on the size of the returned array. If
  * {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
  * {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
  * of the input, possibly including additional matches of the pattern.
  *
  * @param {string} input the input string to be split
  * @param {number} [limit=0] the limit
  * @returns {string[]} the split strings
  */
  split(input, limit = 0) {
    const m = this.matcher(input);
    const result = [];
    let emptiesSkipped = 0;
    let last = 0;
    while (m.find()) {
      if (last === 0 && m.end() === 0) {
        last = m.end();
        continue;
      }
      if (limit > 0 && result.length === limit - 1) break;
      if (last === m.start()) {
        if (limit === 0) {
          emptiesSkipped += 1;
          last = m.end();
          continue;
        }
      } else while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.start()));
      last = m.end();
    }
    if (limit === 0 && last !== m.inputLength()) {
      while (emptiesSkipped > 0) {
        result.push("");
        emptiesSkipped -= 1;
      }
      result.push(m.substring(last, m.inputLength()));
    }
    if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
    return result;
  }
  /**
  * Returns an iterator of all results matching a string against the regular expression,
  * including capturing groups.
  *
  * @param {string|number[]|Uint8Array} input the input string or byte array
  * @returns {IterableIterator<RegExpMatchArray>}
  */
  *matchAll(input) {
    const m = this.matcher(input);
    while (m.find()) yield execResult(m, input);
  }
  /**
  *
  * @returns {string}
  */
  toString() {
    return this.patternInput;
  }
  /**
  * Returns the program size of this pattern.
  *
  * <p>
  * Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
  * "cost". Larger numbers are more expensive than smaller numbers.
  * </p>
  *
  * @returns {number} the program size of this pattern
  */
  programSize() {
    return this.re2Input.numberOfInstructions();
  }
  /**
  * Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
  * pattern and is excluded from this count.
  *
  * @returns {number} the number of capturing groups in this pattern
  */
  groupCount() {
    return this.re2Input.numberOfCapturingGroups();
  }
  /**
  * Return a map of the capturing groups in this matcher's pattern, where key is the name and value
  * is the index of the group in the pattern.
  * @returns {Record<string, number>}
  */
  namedGroups() {
    return this.re2Input.namedGroups;
  }
  /**
  *
  * @param {*} other
  * @returns {boolean}
  */
  equals(other) {
    if (this === other) return true;
    if (other === null || this.constructor !== other.constructor) return false;
    return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
  }
};

// src/ai/model-patterns.ts
var UnsupportedPattern = class extends Error {
  name = "UnsupportedPattern";
};
var MAX_MODEL_PATTERN_LENGTH = 500;
var LOOKBEHIND_WINDOW = 64;
function groupEnd(source, open) {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return void 0;
}
function unsupported(source, detail) {
  return new UnsupportedPattern(
    `the pattern ${JSON.stringify(source)} is not supported: ${detail} (patterns use RE2 syntax and run in linear time: no backreferences, and lookaround only at the very start and end, as in (?<![\\w-])gpt-4o(?![\\w-]))`
  );
}
function compileRe2(source, expression) {
  try {
    return RE2JS.compile(expression);
  } catch (error) {
    if (!(error instanceof RE2JSException)) throw error;
    throw unsupported(source, error.message);
  }
}
function compileModelPattern(source) {
  if (source.length > MAX_MODEL_PATTERN_LENGTH) {
    throw new UnsupportedPattern(
      `the pattern ${JSON.stringify(`${source.slice(0, 40)}\u2026`)} is ${source.length} characters; the limit is ${MAX_MODEL_PATTERN_LENGTH}`
    );
  }
  try {
    new RegExp(source);
  } catch (error) {
    throw new UnsupportedPattern(`not a valid regular expression: ${error.message}`);
  }
  let core = source;
  let behind;
  let ahead;
  const leading = /^\(\?<([!=])/.exec(core);
  if (leading) {
    const end = groupEnd(core, 0);
    if (end === void 0) throw unsupported(source, "unbalanced parentheses");
    const body = core.slice(leading[0].length, end);
    behind = { negative: leading[1] === "!", pattern: compileRe2(source, `(?:${body})$`) };
    core = core.slice(end + 1);
  }
  const trailing = /\(\?([!=])(?:[^()]|\\[()]|\[[^\]]*\])*\)$/.exec(core);
  if (trailing && groupEnd(core, trailing.index) === core.length - 1) {
    const body = core.slice(trailing.index + 3, -1);
    ahead = { negative: trailing[1] === "!", pattern: compileRe2(source, `^(?:${body})`) };
    core = core.slice(0, trailing.index);
  }
  const compiled = compileRe2(source, core);
  const holds = (assertion, text) => !assertion || assertion.pattern.matcher(text).find() !== assertion.negative;
  return {
    source,
    matches(text) {
      const found = [];
      const matcher = compiled.matcher(text);
      let from = 0;
      while (from <= text.length && matcher.find(from)) {
        const start = matcher.start();
        const end = matcher.end();
        const accepted = end > start && holds(behind, text.slice(Math.max(0, start - LOOKBEHIND_WINDOW), start)) && holds(ahead, text.slice(end, end + LOOKBEHIND_WINDOW));
        if (accepted) found.push({ start, end });
        from = accepted ? end : start + 1;
      }
      return found;
    }
  };
}

// src/ai/providers.ts
var import_yaml2 = __toESM(require_dist(), 1);

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));

// src/ai/dependencies.ts
var import_yaml = __toESM(require_dist(), 1);
var ECOSYSTEMS = ["npm", "pypi", "go", "maven", "rubygems"];
var ManifestParseError = class extends Error {
  file;
  line;
  constructor(file, line, detail) {
    super(`${file}:${line}: ${detail}`);
    this.name = "ManifestParseError";
    this.file = file;
    this.line = line;
  }
};
var KINDS = {
  "package.json": { ecosystem: "npm", lockfile: false },
  "package-lock.json": { ecosystem: "npm", lockfile: true },
  "npm-shrinkwrap.json": { ecosystem: "npm", lockfile: true },
  "yarn.lock": { ecosystem: "npm", lockfile: true },
  "pnpm-lock.yaml": { ecosystem: "npm", lockfile: true },
  "pyproject.toml": { ecosystem: "pypi", lockfile: false },
  Pipfile: { ecosystem: "pypi", lockfile: false },
  "poetry.lock": { ecosystem: "pypi", lockfile: true },
  "uv.lock": { ecosystem: "pypi", lockfile: true },
  "go.mod": { ecosystem: "go", lockfile: false },
  "go.sum": { ecosystem: "go", lockfile: true },
  "pom.xml": { ecosystem: "maven", lockfile: false },
  "build.gradle": { ecosystem: "maven", lockfile: false },
  "build.gradle.kts": { ecosystem: "maven", lockfile: false },
  Gemfile: { ecosystem: "rubygems", lockfile: false },
  "Gemfile.lock": { ecosystem: "rubygems", lockfile: true }
};
function manifestKind(path) {
  const segments = path.split(/[\\/]/);
  const base = segments[segments.length - 1];
  if (Object.hasOwn(KINDS, base)) return KINDS[base];
  if (/^requirements.*\.txt$/i.test(base) || segments.at(-2) === "requirements" && base.endsWith(".txt")) {
    return { ecosystem: "pypi", lockfile: false };
  }
  return void 0;
}
function normalizePackageName(ecosystem, name) {
  const lower = name.trim().toLowerCase();
  if (ecosystem === "pypi") return lower.replace(/[-_.]+/g, "-");
  if (ecosystem === "go") return lower.replace(/\/v\d+$/, "");
  return lower;
}
function parseDependencies(path, content) {
  const kind = manifestKind(path);
  if (!kind) return [];
  const text = content.replace(/^\uFEFF/, "");
  const base = path.split(/[\\/]/).pop();
  const parsed = parse2(base, path, text, kind);
  const seen = /* @__PURE__ */ new Set();
  return parsed.filter((dependency) => {
    const key = normalizePackageName(dependency.ecosystem, dependency.name);
    if (!dependency.name || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function addedDependencies(path, baseContent, headContent) {
  if (headContent === void 0) return [];
  const head = parseDependencies(path, headContent);
  if (baseContent === void 0) return head;
  let before;
  try {
    before = new Set(
      parseDependencies(path, baseContent).map((d) => normalizePackageName(d.ecosystem, d.name))
    );
  } catch (error) {
    if (!(error instanceof ManifestParseError)) throw error;
  }
  if (before) return head.filter((d) => !before.has(normalizePackageName(d.ecosystem, d.name)));
  const baseLower = baseContent.toLowerCase();
  return head.filter((d) => !baseLower.includes(d.name.toLowerCase()));
}
function parse2(base, path, text, kind) {
  switch (base) {
    case "package.json":
      return parsePackageJson(path, text);
    case "package-lock.json":
    case "npm-shrinkwrap.json":
      return parsePackageLock(path, text);
    case "yarn.lock":
      return parseYarnLock(text);
    case "pnpm-lock.yaml":
      return parsePnpmLock(path, text);
    case "pyproject.toml":
    case "Pipfile":
      return parsePythonToml(path, text, base === "Pipfile");
    case "poetry.lock":
    case "uv.lock":
      return parsePythonLock(text);
    case "go.mod":
      return parseGoMod(text);
    case "go.sum":
      return parseGoSum(text);
    case "pom.xml":
      return parsePom(path, text);
    case "build.gradle":
    case "build.gradle.kts":
      return parseGradle(text);
    case "Gemfile":
      return parseGemfile(text);
    case "Gemfile.lock":
      return parseGemfileLock(text);
    default:
      return kind.ecosystem === "pypi" ? parseRequirements(text) : [];
  }
}
function lineIndex(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
function dep(ecosystem, name, line, direct, version) {
  const result = { ecosystem, name, line, direct };
  if (version) result.version = version;
  return result;
}
function blank(text, pattern) {
  return text.replace(pattern, (match) => match.replace(/[^\n]/g, " "));
}
var MAX_JSON_DEPTH = 256;
function parseJson(path, text) {
  const depth = nestingDepth(text, MAX_JSON_DEPTH);
  if (depth.exceeded) {
    throw new ManifestParseError(
      path,
      lineIndex(text)(depth.offset),
      `JSON nested deeper than ${MAX_JSON_DEPTH} levels; no manifest is, so it is not read`
    );
  }
  try {
    JSON.parse(text);
  } catch (error) {
    const message = error.message;
    const line = Number(/\(line (\d+) column \d+\)/.exec(message)?.[1]) || lineIndex(text)(Number(/at position (\d+)/.exec(message)?.[1] ?? text.length));
    throw new ManifestParseError(
      path,
      line,
      `invalid JSON: ${message.replace(/ in JSON at position.*$/, "")}`
    );
  }
  const tree = parseTree2(text, [], { disallowComments: true, allowTrailingComma: false });
  if (!tree) throw new ManifestParseError(path, 1, "invalid JSON: empty document");
  return toJsonNode(tree);
}
function toJsonNode(node) {
  if (node.type === "object") {
    return {
      type: "object",
      offset: node.offset,
      entries: (node.children ?? []).map((property) => ({
        key: String(property.children[0].value),
        keyOffset: property.children[0].offset,
        value: toJsonNode(property.children[1])
      }))
    };
  }
  if (node.type === "array") {
    return { type: "array", offset: node.offset, items: (node.children ?? []).map(toJsonNode) };
  }
  return { type: "value", offset: node.offset, value: node.value };
}
function nestingDepth(text, limit) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return { exceeded: true, offset: i };
    } else if (c === 93 || c === 125) depth--;
  }
  return { exceeded: false, offset: 0 };
}
function duplicateKeys(root, line) {
  const found = [];
  const walk = (node, parent) => {
    if (node.type === "array") node.items.forEach((item, i) => walk(item, `${parent}/${i}`));
    if (node.type !== "object") return;
    const first = /* @__PURE__ */ new Map();
    for (const entry of node.entries) {
      const earlier = first.get(entry.key);
      if (earlier === void 0) first.set(entry.key, entry.keyOffset);
      else
        found.push({
          key: entry.key,
          line: line(entry.keyOffset),
          firstLine: line(earlier),
          parent: parent || "(top level)"
        });
      walk(entry.value, parent ? `${parent}/${entry.key}` : entry.key);
    }
  };
  walk(root, "");
  return found;
}
function member(node, key) {
  if (node?.type !== "object") return void 0;
  return node.entries.findLast((e) => e.key === key)?.value;
}
function lastEntries(node) {
  const byKey = /* @__PURE__ */ new Map();
  for (const entry of node.entries) {
    byKey.delete(entry.key);
    byKey.set(entry.key, entry);
  }
  return [...byKey.values()];
}
function stringValue(node) {
  return node?.type === "value" && typeof node.value === "string" ? node.value : void 0;
}
var PACKAGE_JSON_SECTIONS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
function parsePackageJson(path, text) {
  const root = parseJson(path, text);
  const line = lineIndex(text);
  const result = [];
  for (const section of PACKAGE_JSON_SECTIONS) {
    const node = member(root, section);
    if (node?.type !== "object") continue;
    for (const entry of lastEntries(node)) {
      result.push(dep("npm", entry.key, line(entry.keyOffset), true, stringValue(entry.value)));
    }
  }
  return result;
}
function parsePackageLock(path, text) {
  const root = parseJson(path, text);
  const line = lineIndex(text);
  const result = [];
  const packages = member(root, "packages");
  if (packages?.type === "object") {
    for (const entry of lastEntries(packages)) {
      const at = entry.key.lastIndexOf("node_modules/");
      if (at === -1) continue;
      if (member(entry.value, "link")?.type === "value") continue;
      const name = stringValue(member(entry.value, "name")) ?? entry.key.slice(at + "node_modules/".length);
      result.push(dep("npm", name, line(entry.keyOffset), false, stringValue(member(entry.value, "version"))));
    }
    return result;
  }
  const walk = (node) => {
    if (node?.type !== "object") return;
    for (const entry of lastEntries(node)) {
      result.push(
        dep("npm", entry.key, line(entry.keyOffset), false, stringValue(member(entry.value, "version")))
      );
      walk(member(entry.value, "dependencies"));
    }
  };
  walk(member(root, "dependencies"));
  return result;
}
function npmSpecName(spec) {
  const at = spec.indexOf("@", spec.startsWith("@") ? 1 : 0);
  return at === -1 ? spec : spec.slice(0, at);
}
function parseYarnLock(text) {
  const lines = text.split(/\r?\n/);
  const result = [];
  let current;
  lines.forEach((raw, i) => {
    if (/^[^\s#].*:\s*$/.test(raw)) {
      current = void 0;
      const specs = raw.replace(/:\s*$/, "").split(/,\s*/).map((s) => s.trim().replace(/^["']|["']$/g, ""));
      const first = specs[0] ?? "";
      if (first === "__metadata" || specs.some((s) => s.includes("@workspace:"))) return;
      current = dep("npm", npmSpecName(first), i + 1, false);
      result.push(current);
      return;
    }
    const version = /^\s+version:?\s+["']?([^"'\s]+)["']?\s*$/.exec(raw);
    if (current && version) current.version = version[1];
  });
  return result;
}
function parsePnpmLock(path, text) {
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: false });
  const error = document.errors[0];
  if (error) {
    throw new ManifestParseError(path, lineCounter.linePos(error.pos[0]).line, `invalid YAML: ${error.code}`);
  }
  const packages = (0, import_yaml.isMap)(document.contents) ? document.contents.get("packages", true) : void 0;
  if (!(0, import_yaml.isMap)(packages)) return [];
  const result = [];
  for (const item of packages.items) {
    if (!(0, import_yaml.isScalar)(item.key) || !item.key.range) continue;
    const key = String(item.key.value).trim().replace(/^\//, "").replace(/\(.*$/, "");
    const line = lineCounter.linePos(item.key.range[0]).line;
    const modern = /^(@[^/@]+\/[^/@]+|[^/@]+)@(.+)$/.exec(key);
    const legacy = /^(@[^/]+\/[^/]+|[^/]+)\/([^/]+)$/.exec(key);
    if (modern) result.push(dep("npm", modern[1], line, false, modern[2]));
    else if (legacy) result.push(dep("npm", legacy[1], line, false, legacy[2].replace(/_.*$/, "")));
  }
  return result;
}
function parseRequirement(spec) {
  const match = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(.*)$/.exec(spec);
  if (!match) return void 0;
  const rest = match[2].split(";")[0].trim();
  if (rest.startsWith("@")) return { name: match[1] };
  if (rest && !/^(?:[<>=!~]|\()/.test(rest)) return void 0;
  const version = rest.replace(/^\((.*)\)$/, "$1").trim();
  return version ? { name: match[1], version: version.replace(/^==\s*/, "") } : { name: match[1] };
}
function parseRequirements(text) {
  const lines = text.split(/\r?\n/);
  const result = [];
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let logical = lines[i];
    while (/\\\s*$/.test(logical) && i + 1 < lines.length)
      logical = logical.replace(/\\\s*$/, " ") + lines[++i];
    const content = logical.replace(/(?:^|\s)#.*$/, "").trim();
    if (!content) continue;
    if (content.startsWith("-")) {
      const egg2 = /^-e\s+\S*#egg=([A-Za-z0-9._-]+)/.exec(content);
      if (egg2) result.push(dep("pypi", egg2[1], first + 1, true));
      continue;
    }
    const egg = /^\S+:\/\/\S*#egg=([A-Za-z0-9._-]+)/.exec(content);
    if (egg) {
      result.push(dep("pypi", egg[1], first + 1, true));
      continue;
    }
    const requirement = parseRequirement(content.replace(/\s--hash=\S+/g, ""));
    if (requirement) result.push(dep("pypi", requirement.name, first + 1, true, requirement.version));
  }
  return result;
}
function tomlTable(line) {
  const match = /^\s*\[\[?\s*([^[\]]+?)\s*\]\]?\s*(?:#.*)?$/.exec(line);
  return match ? match[1].replace(/["'\s]/g, "") : void 0;
}
function tomlKeyValue(line) {
  const match = /^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_.-]+))\s*=\s*(.*)$/.exec(line);
  return match ? { key: match[1] ?? match[2] ?? match[3], value: match[4], bare: match[3] !== void 0 } : void 0;
}
function tomlStringArray(path, lines, start, column) {
  const strings = [];
  let depth = 1;
  let braces = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    for (let j = i === start ? column : 0; j < line.length; j++) {
      const c = line[j];
      if (c === "#") break;
      if (c === '"' || c === "'") {
        let k = j + 1;
        let value = "";
        while (k < line.length && line[k] !== c) {
          if (c === '"' && line[k] === "\\") value += line[++k] ?? "";
          else value += line[k];
          k++;
        }
        if (depth === 1 && braces === 0) strings.push({ value, line: i + 1 });
        j = k;
      } else if (c === "{") braces++;
      else if (c === "}") braces--;
      else if (c === "[") depth++;
      else if (c === "]" && --depth === 0) return { strings, end: i };
    }
  }
  throw new ManifestParseError(path, start + 1, "unterminated array");
}
var POETRY_TABLE = /^tool\.poetry\.(?:dependencies|dev-dependencies|group\.[^.]+\.dependencies)$/;
var PIPFILE_TABLE = /^(?:packages|dev-packages)$/;
function parsePythonToml(path, text, pipfile) {
  const lines = text.split(/\r?\n/);
  const result = [];
  const keyTables = pipfile ? PIPFILE_TABLE : POETRY_TABLE;
  let outer = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const header = tomlTable(line);
    if (header !== void 0) {
      outer = header;
      const parent = header.slice(0, header.lastIndexOf("."));
      if (keyTables.test(parent)) {
        const name = header.slice(parent.length + 1);
        let version;
        for (let j = i + 1; j < lines.length && tomlTable(lines[j]) === void 0; j++) {
          const kv2 = tomlKeyValue(lines[j]);
          if (kv2?.key === "version") version = /^["']([^"']*)["']/.exec(kv2.value)?.[1];
        }
        result.push(dep("pypi", name, i + 1, true, version));
      }
      continue;
    }
    const raw = tomlKeyValue(line);
    if (!raw) continue;
    const dotted = raw.bare ? raw.key.split(/\s*\.\s*/) : [raw.key];
    const table = [outer, ...dotted.slice(0, -1)].filter(Boolean).join(".");
    const kv = { key: dotted.at(-1), value: raw.value };
    if (table === "project" && kv.key === "optional-dependencies" && kv.value.trimStart().startsWith("{")) {
      for (const array of kv.value.matchAll(/\[([^\]]*)\]/g)) {
        for (const string of array[1].matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g)) {
          const requirement = parseRequirement(string[1] ?? string[2]);
          if (requirement) result.push(dep("pypi", requirement.name, i + 1, true, requirement.version));
        }
      }
      continue;
    }
    if (keyTables.test(table)) {
      if (kv.key === "python" || kv.key === "python_version") continue;
      const version = /^["']([^"']*)["']/.exec(kv.value)?.[1] ?? /\bversion\s*=\s*["']([^"']*)["']/.exec(kv.value)?.[1];
      result.push(dep("pypi", kv.key, i + 1, true, version === "*" ? void 0 : version));
      continue;
    }
    const isArray = table === "project" && kv.key === "dependencies" || table === "project.optional-dependencies" || table === "dependency-groups" || table === "tool.uv" && kv.key === "dev-dependencies";
    if (!isArray || !kv.value.trimStart().startsWith("[")) continue;
    const column = line.length - kv.value.trimStart().length + 1;
    const { strings, end } = tomlStringArray(path, lines, i, column);
    for (const { value, line: at } of strings) {
      const requirement = parseRequirement(value);
      if (requirement) result.push(dep("pypi", requirement.name, at, true, requirement.version));
    }
    i = end;
  }
  return result;
}
function parsePythonLock(text) {
  const lines = text.split(/\r?\n/);
  const result = [];
  let current;
  const flush = () => {
    if (current?.dependency && !current.local) result.push(current.dependency);
    current = void 0;
  };
  lines.forEach((line, i) => {
    const header = tomlTable(line);
    if (header !== void 0) {
      flush();
      if (header === "package" && /^\s*\[\[/.test(line)) current = { local: false };
      return;
    }
    if (!current) return;
    const kv = tomlKeyValue(line);
    const value = kv && /^["']([^"']*)["']/.exec(kv.value)?.[1];
    if (kv?.key === "name" && value) current.dependency = dep("pypi", value, i + 1, false);
    else if (kv?.key === "version" && value && current.dependency) current.dependency.version = value;
    else if (kv?.key === "source" && /\b(?:editable|virtual)\s*=/.test(kv.value)) current.local = true;
  });
  flush();
  return result;
}
function parseGoMod(text) {
  const lines = text.split(/\r?\n/);
  const result = [];
  let inRequire = false;
  lines.forEach((line, i) => {
    const indirect = /\/\/\s*indirect\b/.test(line);
    const code = line.replace(/\/\/.*$/, "").trim();
    if (inRequire) {
      if (code === ")") inRequire = false;
      else {
        const match = /^"?([^\s"]+)"?\s+(\S+)$/.exec(code);
        if (match) result.push(dep("go", match[1], i + 1, !indirect, match[2]));
      }
      return;
    }
    if (/^require\s*\($/.test(code)) {
      inRequire = true;
      return;
    }
    const single = /^require\s+"?([^\s"]+)"?\s+(\S+)$/.exec(code);
    if (single) result.push(dep("go", single[1], i + 1, !indirect, single[2]));
  });
  return result;
}
function parseGoSum(text) {
  return text.split(/\r?\n/).flatMap((line, i) => {
    const match = /^(\S+)\s+(\S+?)(?:\/go\.mod)?\s+\S+\s*$/.exec(line);
    return match ? [dep("go", match[1], i + 1, false, match[2])] : [];
  });
}
function parsePom(path, text) {
  if (/<!DOCTYPE/i.test(text)) {
    throw new ManifestParseError(
      path,
      lineIndex(text)(text.search(/<!DOCTYPE/i)),
      "a DOCTYPE (entity declarations) is not read in pom.xml"
    );
  }
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    throw new ManifestParseError(path, validation.err.line, `invalid XML: ${validation.err.msg}`);
  }
  const document = new XMLParser({
    ignoreAttributes: true,
    removeNSPrefix: true,
    parseTagValue: false,
    trimValues: true,
    // Decoded once, below: XML's five entities and character references, as Maven's parser does.
    processEntities: false,
    htmlEntities: false,
    isArray: (name) => name === "dependency" || name === "profile" || name === "plugin"
  }).parse(text);
  const found = [];
  const walk = (node, key) => {
    if (key === "exclusions" || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, key);
      return;
    }
    const record = node;
    if (key === "dependency") {
      const text2 = (value) => typeof value === "string" ? decodeXml(value).trim() : void 0;
      const group = text2(record.groupId);
      const artifact = text2(record.artifactId);
      if (group && artifact) found.push({ group, artifact, version: text2(record.version) });
    }
    for (const [child, value] of Object.entries(record)) walk(value, child);
  };
  walk(document, "");
  const masked = blank(text, /<!--[\s\S]*?-->/g);
  const line = lineIndex(text);
  const tags = [
    ...masked.matchAll(/<(?:\w+:)?artifactId\b[^>]*>\s*(?:<!\[CDATA\[)?\s*([^<\]]*?)\s*(?:\]\]>)?\s*<\//g)
  ];
  let next = 0;
  return found.map((d) => {
    const at = tags.findIndex((tag, i) => i >= next && decodeXml(tag[1]) === d.artifact);
    if (at >= 0) next = at + 1;
    return dep("maven", `${d.group}:${d.artifact}`, at >= 0 ? line(tags[at].index) : 1, true, d.version);
  });
}
function decodeXml(text) {
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi,
    (_, hex, dec, name) => hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name.toLowerCase()]
  );
}
function withoutComments(text) {
  return blank(text, /\/\*[\s\S]*?\*\//g).split("\n").map((line) => {
    let quote;
    for (let j = 0; j < line.length; j++) {
      const c = line[j];
      if (quote) {
        if (c === "\\") j++;
        else if (c === quote) quote = void 0;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "/" && line[j + 1] === "/") return line.slice(0, j);
      else if (c === "#" && /^\s*$/.test(line.slice(0, j))) return "";
    }
    return line;
  }).join("\n");
}
function parseGradle(text) {
  const lines = withoutComments(text).split("\n");
  const result = [];
  const coordinates = /\b[A-Za-z_]\w*\s*\(?\s*(?:(?:platform|enforcedPlatform)\s*\(\s*)?(["'])([\w.-]+):([\w.-]+)(?::([\w.+\-[\](),]+))?(?::[\w.-]+)?(?:@\w+)?\1/g;
  const map = /\bgroup\s*[:=]\s*["']([\w.-]+)["']\s*,\s*name\s*[:=]\s*["']([\w.-]+)["'](?:\s*,\s*version\s*[:=]\s*["']([^"']+)["'])?/g;
  lines.forEach((line, i) => {
    for (const match of line.matchAll(coordinates)) {
      result.push(dep("maven", `${match[2]}:${match[3]}`, i + 1, true, match[4]));
    }
    for (const match of line.matchAll(map)) {
      result.push(dep("maven", `${match[1]}:${match[2]}`, i + 1, true, match[3]));
    }
  });
  return result;
}
function parseGemfile(text) {
  return withoutComments(text).split("\n").flatMap((line, i) => {
    const match = /^\s*gem\s*\(?\s*["']([^"']+)["'](?:\s*,\s*["']([^"']+)["'])?/.exec(line);
    if (!match) return [];
    const version = match[2] && /^[\d<>=~!]/.test(match[2]) ? match[2] : void 0;
    return [dep("rubygems", match[1], i + 1, true, version)];
  });
}
function parseGemfileLock(text) {
  const result = [];
  let section = "";
  let inSpecs = false;
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\S/.test(line)) {
      section = line.trim();
      inSpecs = false;
      return;
    }
    if (/^ {2}specs:\s*$/.test(line)) {
      inSpecs = section === "GEM" || section === "GIT";
      return;
    }
    const match = inSpecs ? /^ {4}([^\s(]+) \(([^)]+)\)\s*$/.exec(line) : null;
    if (match) result.push(dep("rubygems", match[1], i + 1, false, match[2]));
  });
  return result;
}
function manifestAmbiguities(path, content) {
  const kind = manifestKind(path);
  if (!kind) return [];
  const text = content.replace(/^\uFEFF/, "");
  const base = path.split(/[\\/]/).pop();
  if (base.endsWith(".json")) {
    let root;
    try {
      root = parseJson(path, text);
    } catch (error) {
      if (error instanceof ManifestParseError) return [];
      throw error;
    }
    return duplicateKeys(root, lineIndex(text)).map((d) => ({
      line: d.line,
      message: `"${d.key}" appears twice in ${d.parent} (first on line ${d.firstLine}): npm reads only this later one, other readers the first.`
    }));
  }
  if (["pyproject.toml", "Pipfile", "poetry.lock", "uv.lock"].includes(base)) {
    return tomlDuplicates(text);
  }
  return [];
}
function tomlDuplicates(text) {
  const found = [];
  const tables = /* @__PURE__ */ new Map();
  let keys = /* @__PURE__ */ new Map();
  let table = "";
  text.split(/\r?\n/).forEach((line, i) => {
    const header = tomlTable(line);
    if (header !== void 0) {
      table = header;
      keys = /* @__PURE__ */ new Map();
      if (/^\s*\[\[/.test(line)) return;
      const first2 = tables.get(header);
      if (first2 !== void 0)
        found.push({
          line: i + 1,
          message: `[${header}] is defined twice (first on line ${first2}): TOML forbids it, so pip, uv and Poetry refuse the file.`
        });
      else tables.set(header, i + 1);
      return;
    }
    const kv = /^(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_.-]+))\s*=/.exec(line);
    if (!kv) return;
    const key = kv[1] ?? kv[2] ?? kv[3];
    const first = keys.get(key);
    if (first !== void 0)
      found.push({
        line: i + 1,
        message: `${table ? `[${table}] ` : ""}${key} is set twice (first on line ${first}): TOML forbids it, so pip, uv and Poetry refuse the file.`
      });
    else keys.set(key, i + 1);
  });
  return found;
}

// src/ai/providers.ts
var PROVIDER_KINDS = ["model-provider", "framework", "runtime"];
var idSchema = external_exports.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "expected a lower-case id (letters, digits, `-`)" });
var packageNameSchema = external_exports.string().min(1).refine((name) => !name.slice(0, -1).includes("*"), {
  error: "`*` is only allowed at the end of a package name"
}).refine((name) => name !== "*", { error: "a bare `*` would match every package" });
var modelPatternSchema = external_exports.string().superRefine((source, context) => {
  let pattern;
  try {
    pattern = compileModelPattern(source);
  } catch (error) {
    if (!(error instanceof UnsupportedPattern)) throw error;
    context.addIssue({ code: "custom", message: error.message });
    return;
  }
  if (pattern.matches("").length > 0 || new RegExp(source).test(""))
    context.addIssue({
      code: "custom",
      message: `the pattern ${JSON.stringify(source)} matches the empty string`
    });
});
var packagesSchema = external_exports.partialRecord(external_exports.enum(ECOSYSTEMS), external_exports.array(packageNameSchema));
var providerFileEntrySchema = external_exports.strictObject({
  id: idSchema,
  name: external_exports.string().min(1),
  vendor: external_exports.string().min(1),
  kind: external_exports.enum(PROVIDER_KINDS).optional(),
  packages: packagesSchema.default({}),
  models: external_exports.array(modelPatternSchema).default([])
});
var providersFileSchema = external_exports.strictObject({ providers: external_exports.array(providerFileEntrySchema).min(1) });
var providerConfigSchema = external_exports.strictObject({
  id: idSchema.describe("Provider id; an existing id (e.g. `openai`) extends that provider."),
  name: external_exports.string().min(1).optional(),
  vendor: external_exports.string().min(1).optional(),
  kind: external_exports.enum(PROVIDER_KINDS).optional(),
  packages: packagesSchema.optional().describe(
    "Package names per ecosystem (npm, pypi, go, maven `group:artifact`, rubygems); `*` at the end."
  ),
  models: external_exports.array(modelPatternSchema).optional().describe(
    "Regular expressions (RE2 syntax: no lookaround or backreferences) matching model identifiers in configuration."
  ),
  replace: external_exports.boolean().optional().describe("Replace the built-in entry with this id instead of extending it.")
});
async function loadAiProviders(extra = [], options = {}) {
  const dir = options.dir ?? findMappingsDir();
  const file = join(dir, "ai-providers.yaml");
  const source = "mappings/ai-providers.yaml";
  let raw;
  try {
    raw = (0, import_yaml2.parse)(await readFile(file, "utf8"));
  } catch (error) {
    throw new MappingError(source, "(file)", `cannot read: ${error.message}`);
  }
  const parsed = providersFileSchema.safeParse(raw);
  if (!parsed.success) throw mappingError(source, parsed.error, raw, "providers");
  const builtIn = parsed.data.providers.map((p) => ({ ...p }));
  return buildCatalog(mergeProviders(builtIn, extra, options.source ?? "config (AI providers)"), source);
}
function mergeProviders(builtIn, extra, source) {
  const parsed = external_exports.array(providerConfigSchema).safeParse(extra);
  if (!parsed.success) throw mappingError(source, parsed.error, extra, "");
  const result = [...builtIn];
  for (const entry of parsed.data) {
    const index = result.findIndex((p) => p.id === entry.id);
    const current = index >= 0 && !entry.replace ? result[index] : void 0;
    if (!current && (entry.name === void 0 || entry.vendor === void 0)) {
      const what = index >= 0 ? "a replacing entry" : `a new provider ("${entry.id}" is not built in)`;
      throw new MappingError(
        source,
        `[${parsed.data.indexOf(entry)}] (${entry.id})`,
        `${what} needs name and vendor`
      );
    }
    const packages = { ...current?.packages };
    for (const [ecosystem, names2] of Object.entries(entry.packages ?? {})) {
      packages[ecosystem] = unique([...packages[ecosystem] ?? [], ...names2]);
    }
    const merged = {
      id: entry.id,
      name: entry.name ?? current.name,
      vendor: entry.vendor ?? current.vendor,
      kind: entry.kind ?? current?.kind,
      packages,
      models: unique([...current?.models ?? [], ...entry.models ?? []])
    };
    if (merged.kind === void 0) delete merged.kind;
    if (index >= 0) result[index] = merged;
    else result.push(merged);
  }
  return result;
}
function buildCatalog(providers, source) {
  const packageIndex = /* @__PURE__ */ new Map();
  for (const ecosystem of ECOSYSTEMS) packageIndex.set(ecosystem, { exact: /* @__PURE__ */ new Map(), prefixes: [] });
  for (const provider of providers) {
    for (const [ecosystem, names2] of Object.entries(provider.packages)) {
      const index = packageIndex.get(ecosystem);
      for (const name of names2) {
        if (name.endsWith("*")) {
          index.prefixes.push({ prefix: normalizePackageName(ecosystem, name.slice(0, -1)), provider });
        } else {
          const key = normalizePackageName(ecosystem, name);
          const other = index.exact.get(key);
          if (other && other !== provider) {
            throw new MappingError(
              source,
              `providers (${provider.id})`,
              `${ecosystem} package "${name}" is already listed under "${other.id}"`
            );
          }
          index.exact.set(key, provider);
        }
      }
    }
  }
  for (const index of packageIndex.values()) index.prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
  const modelMatchers = providers.flatMap(
    (provider) => provider.models.map((source2) => ({ provider, pattern: compileModelPattern(source2) }))
  );
  return { providers, packageIndex, modelMatchers };
}
function matchPackage(catalog, ecosystem, name) {
  const index = catalog.packageIndex.get(ecosystem);
  if (!index) return void 0;
  const key = normalizePackageName(ecosystem, name);
  return index.exact.get(key) ?? index.prefixes.find((p) => key.startsWith(p.prefix))?.provider;
}
function matchModels(catalog, text) {
  const found = [];
  for (const { provider, pattern } of catalog.modelMatchers) {
    for (const { start, end: end2 } of pattern.matches(text)) {
      found.push({ provider, model: text.slice(start, end2), index: start });
    }
  }
  found.sort((a, b) => a.index - b.index || b.model.length - a.model.length);
  const kept = [];
  let end = -1;
  for (const match of found) {
    if (match.index < end) continue;
    kept.push(match);
    end = match.index + match.model.length;
  }
  return kept;
}
function lineOfOffset(text, index) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function unique(values) {
  return [...new Set(values)];
}
function mappingError(source, error, raw, root) {
  const issue = error.issues[0];
  const label = issue.path.map((p, i) => typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`).join("");
  const [first, index] = issue.path;
  const entries = root ? raw?.[root] : raw;
  const id = (root ? first === root : true) && typeof (root ? index : first) === "number" ? entries?.[root ? index : first]?.id : void 0;
  return new MappingError(
    source,
    `${label || "(root)"}${typeof id === "string" ? ` (${id})` : ""}`,
    issue.message
  );
}

// src/config/thresholds.ts
var NUMBER = "(-?\\d+(?:\\.\\d+)?)";
var METRIC = "([A-Za-z0-9_.:/-]+)";
var SINGLE = new RegExp(`^\\s*${METRIC}\\s*(>=|<=|==|>|<)\\s*${NUMBER}\\s*$`);
var RANGE = new RegExp(`^\\s*${NUMBER}\\s*(<=|<)\\s*${METRIC}\\s*(<=|<)\\s*${NUMBER}\\s*$`);
var THRESHOLD_EXPECTED = 'expected "<metric> <operator> <number>" such as "accuracy >= 0.9" (operators >= > <= < ==) or a range such as "0.8 <= disparate_impact_ratio <= 1.25"';
function parseThreshold(text) {
  const single = SINGLE.exec(text);
  if (single) {
    const [, metric, operator, limit] = single;
    return {
      text: text.trim(),
      metric,
      bounds: [{ operator, limit: Number(limit) }]
    };
  }
  const range = RANGE.exec(text);
  if (range) {
    const [, low, lowOperator, metric, highOperator, high] = range;
    if (Number(low) > Number(high)) return void 0;
    return {
      text: text.trim(),
      metric,
      bounds: [
        { operator: lowOperator === "<" ? ">" : ">=", limit: Number(low) },
        { operator: highOperator, limit: Number(high) }
      ]
    };
  }
  return void 0;
}
var COMPARE = {
  ">=": (a, b) => a >= b,
  ">": (a, b) => a > b,
  "<=": (a, b) => a <= b,
  "<": (a, b) => a < b,
  "==": (a, b) => a === b
};
var meetsThreshold = (threshold, value) => Number.isFinite(value) && threshold.bounds.every((b) => COMPARE[b.operator](value, b.limit));
var FAIRNESS = /parity|disparate|equali[sz]ed|equal_opportunity|fairness|bias|treatment_equality|^(ci|dpl|kl|js|lp|tvd|ks|cddl|dppl|di|dcacc|dcr|rd|dar|drr|ad|cddpl|te|ft|ge|sd)(:|$)/i;
var isFairnessMetric = (metric) => FAIRNESS.test(metric);

// src/config/schema.ts
function perFramework(schema2) {
  return external_exports.strictObject({ "iso27001-2022": schema2.optional(), "iso42001-2023": schema2.optional() });
}
var controlRefs = perFramework(external_exports.array(external_exports.string()));
var calendarDate = external_exports.string().refine(isCalendarDate, {
  error: (issue) => `expected a date such as 2026-03-31, got ${JSON.stringify(issue.input)}`
});
var controlApplicability = external_exports.strictObject({
  applicable: external_exports.boolean().default(true),
  justification: external_exports.string().min(1).optional().describe("Why the control is included (applicable) or excluded (not applicable), for the SoA."),
  evidence: external_exports.array(external_exports.string()).optional().describe(
    "Where the manual evidence for this control is (URLs, document ids); not hashed, see manual-evidence."
  ),
  implementation: external_exports.enum(["implemented", "partially", "planned", "not-implemented"]).optional().describe("Implementation status for the SoA."),
  owner: external_exports.string().min(1).optional().describe("Who owns the control."),
  reviewed: calendarDate.optional().describe("When the control was last reviewed."),
  "next-review": calendarDate.optional().describe("When it is next due for review."),
  risks: external_exports.array(external_exports.string().min(1)).optional().describe("Ids of the risks (risk register) this control treats.")
});
var manualEvidenceItem = external_exports.strictObject({
  title: external_exports.string().trim().min(1).describe('What the document is, e.g. "Information security policy v3".'),
  path: external_exports.string().min(1).optional().describe("A file in the repository (workspace), copied into the bundle under manual/ and hashed."),
  url: external_exports.url({ protocol: /^https?$/ }).optional().describe("Where the document is kept; needs sha256."),
  sha256: external_exports.string().regex(/^[0-9a-fA-F]{64}$/, { error: "expected 64 hex digits (the SHA-256 of the document)" }).optional().describe("SHA-256 of the document: required with url; with path, the copied file must match it."),
  controls: controlRefs.describe("The controls this is evidence for, per framework."),
  requirements: external_exports.array(external_exports.string().min(1)).optional().describe(
    "Ids of the requirements it meets (mappings/manual-evidence.yaml); absent: all of its controls."
  ),
  owner: external_exports.string().min(1).optional(),
  reviewed: calendarDate.describe("When the document was last reviewed or approved."),
  "review-every": external_exports.string().refine(isReviewInterval, {
    error: (issue) => `expected an ISO 8601 duration in years, months, weeks or days such as "P1Y" or "P6M", got ${JSON.stringify(issue.input)}`
  }).default("P1Y").describe(
    "How often it must be reviewed; past reviewed + review-every (at the period end) it is expired."
  )
}).superRefine((item, ctx) => {
  if (item.path === void 0 === (item.url === void 0)) {
    ctx.addIssue({
      code: "custom",
      path: ["path"],
      message: "expected exactly one of path or url",
      input: void 0
    });
  }
  if (item.url !== void 0 && item.sha256 === void 0) {
    ctx.addIssue({
      code: "custom",
      path: ["sha256"],
      message: "expected the sha256 of the document at url, got none",
      input: void 0
    });
  }
});
var slaDays = external_exports.number().int().min(0).nullable();
var thresholdList = external_exports.array(
  external_exports.string().refine((text) => parseThreshold(text) !== void 0, {
    error: (issue) => `${THRESHOLD_EXPECTED}, got ${JSON.stringify(issue.input)}`
  })
);
var configSchema = external_exports.strictObject({
  repositories: external_exports.array(external_exports.string()).optional().describe("Repositories to collect from: `owner/repo` or `owner/*`. The `repositories` input wins."),
  period: external_exports.string().optional().describe("Evidence period ending at the run, as an ISO 8601 duration (`P1D`, `P90D`, `PT12H`)."),
  checks: external_exports.strictObject({
    skip: external_exports.array(external_exports.string()).default([]).describe("Check ids not to run."),
    "branch-protection": external_exports.strictObject({
      "min-approvals": external_exports.number().int().min(0).default(1).describe("Approving reviews the default branch must require."),
      "allowed-bypass": external_exports.array(
        external_exports.strictObject({
          "actor-type": external_exports.enum([
            "Integration",
            "OrganizationAdmin",
            "RepositoryRole",
            "Team",
            "DeployKey",
            "EnterpriseOwner",
            "User"
          ]).describe(
            'As GitHub names it in a ruleset bypass list; classic protection without "Do not allow bypassing" is RepositoryRole 5 (repository admins), its bypass allowances User, Team or Integration.'
          ),
          "actor-id": external_exports.number().int().nullable().optional().describe(
            "The actor_id (app id, team id, role id; null for deploy keys). Absent: any of this type."
          ),
          "bypass-mode": external_exports.enum(["always", "pull_request", "exempt"]).optional().describe("Absent: any mode."),
          repositories: external_exports.array(external_exports.string()).optional().describe("`owner/repo` the allowance covers. Absent: every repository."),
          reason: external_exports.string().trim().min(1).describe("Why this bypass is acceptable; every finding that relies on it repeats it.")
        })
      ).default([]).describe(
        "Bypasses of the default branch protection that are accepted, each with a written reason. Any other bypass fails the protection checks."
      )
    }).prefault({}),
    "pr-review": external_exports.strictObject({
      "min-approvals": external_exports.number().int().min(0).default(1).describe("Approvals from someone other than the author each merged PR must have had."),
      branches: external_exports.array(external_exports.string().min(1)).default([]).describe(
        "Base branches besides the default branch whose merged PRs are in the population: names or globs (`release/*`; `*` stops at `/`, `**` does not)."
      ),
      "search-lag": external_exports.string().refine((value) => durationMs(value) !== void 0, {
        error: (issue) => `expected an ISO 8601 duration such as "PT1H" or "PT0M", got ${JSON.stringify(issue.input)}`
      }).default("PT1H").describe(
        "How far before the period start the merged-PR search and the branch history begin, so a PR that search had not indexed yet at the previous run is in this one."
      ),
      "bot-accounts": external_exports.array(external_exports.string().min(1)).default([]).describe(
        "Logins whose approvals never count as independent (machine users); GitHub App bots never count."
      )
    }).prefault({}),
    "dependabot-sla": external_exports.strictObject({
      critical: slaDays.default(7),
      high: slaDays.default(30),
      medium: slaDays.default(90),
      low: slaDays.default(null)
    }).prefault({}).describe("Days an open Dependabot alert may stay open, per severity; null means no limit.")
  }).prefault({}),
  "ai-inventory": external_exports.strictObject({
    path: external_exports.string().default(".github/ai-inventory.yml").describe("The AI system inventory file (see schemas/ai-inventory.schema.json)."),
    "max-assessment-age-days": external_exports.number().int().min(1).default(365).describe("An impact assessment older than this no longer covers a system."),
    providers: external_exports.array(providerConfigSchema).default([]).describe(
      "AI providers, packages and model patterns to add to mappings/ai-providers.yaml, by provider id."
    )
  }).prefault({}).describe("Pull-request mode: AI inventory drift."),
  models: external_exports.strictObject({
    mlflow: external_exports.strictObject({
      url: external_exports.url({ protocol: /^https?$/ }).describe(
        "MLflow tracking server, e.g. https://mlflow.example.com. Token: MLFLOW_TRACKING_TOKEN."
      ),
      models: external_exports.array(external_exports.string()).optional().describe("Registered model names; default: all."),
      "production-aliases": external_exports.array(external_exports.string()).default(["champion", "production", "prod"]),
      "production-stages": external_exports.array(external_exports.string()).default(["Production"])
    }).optional(),
    huggingface: external_exports.strictObject({
      endpoint: external_exports.url({ protocol: /^https?$/ }).default("https://huggingface.co"),
      models: external_exports.array(external_exports.string().regex(/^[\w.-]+\/[\w.-]+(@[\w./-]+)?$/)).min(1).describe(
        "Model ids in production use, e.g. acme/ticket-summarizer, or acme/ticket-summarizer@v1.2 for a deployed revision. Token: HF_TOKEN."
      ),
      revision: external_exports.string().regex(/^[\w./-]+$/).default("main").describe("The deployed revision (branch, tag or commit) of models listed without @revision.")
    }).optional(),
    sagemaker: external_exports.strictObject({
      region: external_exports.string().min(1),
      groups: external_exports.array(external_exports.string()).optional().describe("Model package groups; default: all."),
      "production-statuses": external_exports.array(external_exports.string()).default(["Approved"]),
      "production-stages": external_exports.array(external_exports.string()).default(["Production"]).describe(
        "ModelLifeCycle stages that mean a package is deployed (its StageStatus must be Approved)."
      )
    }).optional(),
    results: external_exports.array(external_exports.string()).default([]).describe("Globs of model test result files (JSON or JUnit XML) made earlier in the workflow."),
    thresholds: thresholdList.default([]).describe(
      'Required evaluation results of every production model version, e.g. "accuracy >= 0.9", "demographic_parity_difference <= 0.1".'
    ),
    "model-thresholds": external_exports.record(external_exports.string().min(1), thresholdList).default({}).describe(
      "Per registered model (`churn-xgb`, or `mlflow:churn-xgb` for one registry): thresholds that replace the AI system's and the general ones for the same metric."
    ),
    "system-thresholds": external_exports.record(external_exports.string().min(1), thresholdList).default({}).describe(
      "Per AI system id of the inventory: thresholds for every model the system lists, replacing the general ones for the same metric (the inventory's own `thresholds` add to these)."
    ),
    "max-result-age-days": external_exports.number().int().min(1).default(90).describe("Evaluation results older than this are stale.")
  }).prefault({}).describe("ISO/IEC 42001 model evidence: registries, result files and required evaluation results."),
  aws: external_exports.strictObject({
    "role-arns": external_exports.array(
      external_exports.string().regex(/^arn:aws[\w-]*:iam::\d{12}:role\/.+$/, {
        error: "expected an IAM role ARN such as arn:aws:iam::123456789012:role/evidence-reader"
      })
    ).default([]).describe("Roles to assume into other accounts; none: the credentials of the job."),
    regions: external_exports.array(external_exports.string()).optional().describe("Regions to check; default: every enabled region."),
    "password-min-length": external_exports.number().int().min(8).default(14),
    "access-key-max-age-days": external_exports.number().int().min(1).default(90),
    "access-key-max-unused-days": external_exports.number().int().min(1).default(90),
    "patch-scan-max-age-days": external_exports.number().int().min(1).default(7),
    enabled: external_exports.boolean().default(false).describe(
      "Collect AWS evidence with the job's AWS credentials (aws-actions/configure-aws-credentials); see README for the IAM policy."
    )
  }).prefault({}).describe("AWS evidence (IAM, CloudTrail, GuardDuty, patching, S3, KMS)."),
  mappings: external_exports.record(
    external_exports.string(),
    external_exports.strictObject({
      replace: controlRefs.optional().describe("Replaces the shipped controls of this check, per framework."),
      add: controlRefs.optional().describe("Adds controls to the shipped ones, per framework.")
    })
  ).default({}).describe("Changes to which Annex A controls a check evidences, keyed by check id."),
  controls: perFramework(external_exports.record(external_exports.string(), controlApplicability)).default({}).describe(
    "Applicability per Annex A control (for the Statement of Applicability) and manual evidence."
  ),
  "manual-evidence": external_exports.array(manualEvidenceItem).default([]).describe(
    "Documents and records no check can collect (policies, training, reviews), hashed into the bundle."
  ),
  "manual-requirements": external_exports.array(
    external_exports.strictObject({
      id: external_exports.string().min(1),
      what: external_exports.string().trim().min(1).optional(),
      controls: controlRefs
    })
  ).default([]).describe(
    "Changes to the manual evidence a control needs to be effective (mappings/manual-evidence.yaml): a shipped id replaces it, a new id adds one."
  ),
  soa: external_exports.strictObject({
    version: external_exports.string().min(1).optional(),
    "approved-by": external_exports.string().min(1).optional(),
    "approved-on": calendarDate.optional()
  }).prefault({}).describe("The Statement of Applicability header: its version and approval.")
}).superRefine((config, ctx) => {
  for (const framework of FRAMEWORKS) {
    const entries = config.controls[framework] ?? {};
    for (const [id, entry] of Object.entries(entries)) {
      if (!entry.applicable && !entry.justification) {
        ctx.addIssue({
          code: "custom",
          path: ["controls", framework, id, "justification"],
          message: "expected a justification for a control marked not applicable, got none",
          input: void 0
        });
      }
    }
  }
});

// src/config/json-schema.ts
function configJsonSchema() {
  return {
    ...external_exports.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }),
    $id: "https://github.com/annex-evidence/annex-evidence/schemas/evidence.schema.json",
    title: "annex-evidence config (.github/evidence.yml)"
  };
}

// src/config/suggest.ts
var schema;
function knownKeysAt(path) {
  let node = schema ??= configJsonSchema();
  for (const segment of path) {
    node = node && step(node, segment);
  }
  const object = node && (node.properties ? node : node.anyOf?.find((option) => option.properties));
  return Object.keys(object?.properties ?? {});
}
function step(node, segment) {
  const options = [node, ...node.anyOf ?? []];
  for (const option of options) {
    if (typeof segment === "number" && option.items) return option.items;
    const property = option.properties?.[String(segment)];
    if (property) return property;
    if (typeof option.additionalProperties === "object") return option.additionalProperties;
  }
  return void 0;
}
function keySuggestion(path, key) {
  return didYouMean(key, knownKeysAt(path));
}

// src/config/load.ts
async function loadConfig(path, options) {
  let text;
  try {
    const { size } = await stat(path);
    if (size > MAX_CONFIG_BYTES) throw new InputError(tooLargeMessage(path, size));
    text = await readFile2(path, "utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error.code === "ENOENT" && !options.explicit) {
      return { config: parseConfig("", path), sha256: sha256("") };
    }
    throw new InputError(`${path}: cannot read the config file (${error.message})`);
  }
  return loadedConfigOf(text, path);
}
function loadedConfigOf(text, source) {
  return { config: parseConfig(text, source), source, sha256: sha256(text) };
}
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_YAML_ALIASES = 100;
function tooLargeMessage(file, bytes) {
  return `${file}: the config file is ${formatBytes(bytes)}, over the limit of ${formatBytes(MAX_CONFIG_BYTES)}; a config file is a few kilobytes of YAML`;
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${bytes} bytes`;
}
function yamlToData(document, file) {
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError && /alias count/i.test(error.message)) {
      throw new InputError(
        `${file}: YAML aliases expand beyond the limit of ${MAX_YAML_ALIASES} (an alias bomb); write the values out instead of using anchors`
      );
    }
    if (error instanceof RangeError) {
      throw new InputError(`${file}: the YAML is nested too deeply to read`);
    }
    throw error;
  }
}
function parseConfig(text, file) {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_CONFIG_BYTES) throw new InputError(tooLargeMessage(file, bytes));
  const lineCounter = new import_yaml3.LineCounter();
  const document = (0, import_yaml3.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const position = lineCounter.linePos(first.pos[0]);
    throw new InputError(
      `${file}:${position.line}:${position.col}: invalid YAML: ${first.message.split("\n")[0]}`
    );
  }
  const data = yamlToData(document, file) ?? {};
  const result = configSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const offset = sourceOffset(document, issue);
    const line = offset !== void 0 ? `:${lineCounter.linePos(offset).line}` : "";
    const path = issue.path.length > 0 ? issue.path.join(".") : "(top level)";
    return `${file}${line}: ${path}: ${describeIssue(issue)}`;
  });
  throw new InputError(lines.join("\n"));
}
function sourceOffset(document, issue) {
  const node = document.getIn(issue.path, true);
  if (issue.code === "unrecognized_keys" && (0, import_yaml3.isMap)(node)) {
    const pair = node.items.find((item) => (0, import_yaml3.isScalar)(item.key) && item.key.value === issue.keys[0]);
    if ((0, import_yaml3.isScalar)(pair?.key) && pair.key.range) return pair.key.range[0];
  }
  return node?.range?.[0];
}
function describeIssue(issue) {
  const got = `got ${showValue(issue.input)}`;
  switch (issue.code) {
    case "invalid_type":
      return `expected ${article(issue.expected)}, ${got}`;
    case "too_small":
      return `expected ${article(issue.origin)} ${issue.inclusive === false ? ">" : "\u2265"} ${issue.minimum}, ${got}`;
    case "too_big":
      return `expected ${article(issue.origin)} ${issue.inclusive === false ? "<" : "\u2264"} ${issue.maximum}, ${got}`;
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"${keySuggestion(issue.path, k)}`).join(", ")} (check the spelling; see evidence.schema.json)`;
    case "invalid_format":
      return issue.format === "url" ? `expected a URL, ${got}` : issue.message;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, ${got}`;
    default:
      return issue.message;
  }
}
function article(noun) {
  const word = noun === "int" ? "integer" : noun;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}

// src/ai/inventory.ts
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
  const lineCounter = new import_yaml4.LineCounter();
  const document = (0, import_yaml4.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
    const offset = sourceOffset2(document, path, key);
    return offset === void 0 ? 1 : lineCounter.linePos(offset).line;
  };
  const result = inventorySchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    return {
      errors: result.error.issues.map(
        (issue) => withText(file, {
          line: lineOf2(issue.path, issue.code === "unrecognized_keys" ? issue.keys[0] : void 0),
          path: issue.path.length > 0 ? issue.path.join(".") : "(top level)",
          message: describeIssue2(issue)
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
function sourceOffset2(document, path, unknownKey) {
  const start = (node2) => node2?.range?.[0];
  let node = document.contents;
  let anchor = start(node);
  for (const segment of path) {
    if ((0, import_yaml4.isMap)(node)) {
      const pair = node.items.find((item) => (0, import_yaml4.isScalar)(item.key) && String(item.key.value) === String(segment));
      if (!pair) return anchor;
      anchor = start(pair.key) ?? anchor;
      node = pair.value;
    } else if ((0, import_yaml4.isSeq)(node) && typeof segment === "number" && node.items[segment] !== void 0) {
      node = node.items[segment];
      anchor = start(node) ?? anchor;
    } else {
      return anchor;
    }
  }
  if (unknownKey !== void 0 && (0, import_yaml4.isMap)(node)) {
    const pair = node.items.find((item) => (0, import_yaml4.isScalar)(item.key) && item.key.value === unknownKey);
    if (pair) return start(pair.key) ?? anchor;
  }
  return start(node) ?? anchor;
}
function describeIssue2(issue) {
  const got = `got ${showValue(issue.input)}`;
  switch (issue.code) {
    case "invalid_type":
      if (issue.message === ISO_DATE_MESSAGE) return `${issue.message}, ${got}`;
      return `expected ${article2(issue.expected)}, ${got}`;
    case "too_small":
      if (issue.origin === "string" && issue.minimum === 1) return `expected a non-empty string, ${got}`;
      return `expected ${article2(issue.origin)} ${issue.inclusive === false ? ">" : "\u2265"} ${issue.minimum}, ${got}`;
    case "too_big":
      return `expected ${article2(issue.origin)} ${issue.inclusive === false ? "<" : "\u2264"} ${issue.maximum}, ${got}`;
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
function article2(noun) {
  const word = noun === "int" ? "integer" : noun === "object" ? "mapping" : noun === "array" ? "list" : noun;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
function suggest(value, candidates) {
  const close = candidates.find((c) => editDistance(value, c) <= Math.max(1, Math.floor(c.length / 4)));
  return close ? ` (did you mean "${close}"?)` : "";
}
var DAY_MS5 = 24 * 60 * 60 * 1e3;
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
    const hint = retired.length > 0 ? ` (only retired system${retired.length > 1 ? "s" : ""} ${list(retired)} list${retired.length > 1 ? "" : "s"} it)` : model && sameProvider.length > 0 ? ` (systems using ${provider.id}: ${list(sameProvider)}; add the model to the one that uses it and review its impact assessment)` : "";
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
  return Math.max(0, Math.floor((now.getTime() - Date.parse(`${date}T00:00:00Z`)) / DAY_MS5));
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
function list(ids) {
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
  const parse3 = (texts, from) => texts.flatMap((text) => {
    const threshold = parseThreshold(text);
    return threshold ? [{ ...threshold, from }] : [];
  });
  const model = Object.entries(settings["model-thresholds"]).filter(([key]) => modelKeyMatches(key, view)).flatMap(([key, texts]) => parse3(texts, `models.model-thresholds.${key}`));
  const system = systemsOf(view, systems).flatMap((s) => [
    ...parse3(settings["system-thresholds"][s.id] ?? [], `models.system-thresholds.${s.id}`),
    ...parse3(s.thresholds ?? [], `inventory system ${s.id}`)
  ]);
  const general = parse3(settings.thresholds, "models.thresholds");
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
var DAY_MS6 = 864e5;
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
      const failed = [...view.integrityProblems.map((p) => `cannot be relied on: ${p}`)];
      const undecided = [];
      const met = [];
      const origins = /* @__PURE__ */ new Set();
      for (const threshold of thresholds) {
        const name = `${isFairnessMetric(threshold.metric) ? "fairness metric " : ""}${threshold.metric}`;
        const latest = metrics.filter((m) => m.name === threshold.metric).sort((a, b) => (b.at ?? "").localeCompare(a.at ?? ""))[0];
        if (!latest) {
          const unmatched = otherFiles.filter((r) => r.metrics.some((m) => m.name === threshold.metric)).map((r) => `${r.file} is for ${r.version ? `version ${r.version}` : "no version"}`);
          failed.push(`no ${name} result${unmatched.length > 0 ? ` (${unmatched.join("; ")})` : ""}`);
          continue;
        }
        const shown = `${describeBounds(threshold)} from ${describeOrigin(latest)}`;
        if (!meetsThreshold(threshold, latest.value)) {
          failed.push(`${name} ${latest.value} does not meet ${shown}`);
          continue;
        }
        if (!latest.at) {
          undecided.push(
            `${name} ${latest.value} meets ${shown}, but no time is recorded for it, so it cannot be shown to be current`
          );
          continue;
        }
        const age = Math.floor((now - Date.parse(latest.at)) / DAY_MS6);
        if (age > maxAge) {
          failed.push(`${name} ${latest.value} is ${age} days old (older than ${maxAge}): ${shown}`);
          continue;
        }
        met.push(`${name} ${latest.value} ${describeBounds(threshold)}`);
        origins.add(describeOrigin(latest));
      }
      const evidence = forVersion.map((r) => r.path);
      if (failed.length > 0) {
        return {
          status: "fail",
          message: `${label}: ${[...failed, ...undecided].join("; ")}.`,
          evidence,
          details: [...failed, ...undecided]
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
var DAY_MS7 = 864e5;
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
        const failed = result.tests.filter((t) => t.status === "failed" || t.status === "error");
        const skipped = result.tests.filter((t) => t.status === "skipped" && t.required);
        const subject = `results:${result.file}`;
        const name = `${result.model ?? result.file}${result.version ? ` ${result.version}` : ""}`;
        const unknown = [
          ...result.version ? [] : ['no model version (JUnit property "version", JSON "version")'],
          ...result.at ? [] : ['no run time (JUnit testsuite "timestamp", JSON "timestamp")']
        ];
        if (failed.length > 0 || skipped.length > 0) {
          return {
            subject,
            status: "fail",
            message: `${name}: ${[...failed.map((t) => `${t.name} ${t.status}${t.message ? ` (${t.message.split("\n")[0]})` : ""}`), ...skipped.map((t) => `${t.name} skipped but required`)].join("; ")}${unknown.length > 0 ? `; and the file records ${unknown.join(" and ")}` : ""}.`,
            evidence: [result.path],
            details: [...failed, ...skipped]
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
        const age = Math.floor((now - Date.parse(result.at)) / DAY_MS7);
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

// src/evidence/pull-request.ts
var MAX_PR_FILES = 3e3;
var MAX_PR_FILE_BYTES = 16 * 1024 * 1024;
var PR_EVIDENCE = {
  pullRequest: "github.pull-request",
  files: "github.pull-request-files",
  contents: "github.pull-request-contents",
  config: "github.pull-request-config"
};

// src/checks/pull-request/ai-evidence.ts
var AI_CATALOG_KIND = "catalog.ai-providers";
var CONFIG_FILE = /(\.(ya?ml|json|jsonc|toml|ini|cfg|conf|properties)|(^|\/)\.env(\.[\w-]+)?)$/;
function isAiRelevantFile(path) {
  return manifestKind(path) !== void 0 || CONFIG_FILE.test(path);
}
function isModelConfigFile(path, inventoryPath) {
  return CONFIG_FILE.test(path) && !manifestKind(path)?.lockfile && path !== inventoryPath;
}
async function aiEvidenceRecord(config, pr) {
  const catalog = await loadAiProviders(config["ai-inventory"].providers, {
    source: "ai-inventory.providers in the config"
  });
  return {
    path: "evidence/catalogs/ai-providers.json",
    source: "mappings",
    subject: `${repoSubject(pr.repository)}#${pr.number}`,
    kind: AI_CATALOG_KIND,
    requests: [],
    data: { providers: catalog.providers },
    notes: { from: "mappings/ai-providers.yaml merged with ai-inventory.providers of the config" }
  };
}
function catalogFrom(context, subject) {
  const record = context.evidence.get(AI_CATALOG_KIND, subject);
  return record?.data ? { catalog: buildCatalog(record.data.providers, record.path), path: record.path } : void 0;
}

// src/checks/pull-request/workflow-yaml.ts
var import_yaml5 = __toESM(require_dist(), 1);
var MAX_WORKFLOW_NODES = 5e4;
var isWorkflowFile = (path) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
function readWorkflow(text) {
  const counter = new import_yaml5.LineCounter();
  const document = (0, import_yaml5.parseDocument)(text, { lineCounter: counter });
  const line = (node) => node?.range ? counter.linePos(node.range[0]).line : 1;
  if (document.errors.length > 0) {
    const error = document.errors[0];
    return {
      line,
      problems: [
        { line: counter.linePos(error.pos[0]).line, message: `invalid YAML: ${error.message.split("\n")[0]}` }
      ]
    };
  }
  const anchors = /* @__PURE__ */ new Map();
  let aliases = 0;
  let nodes = 0;
  let bomb = false;
  (0, import_yaml5.visit)(document, {
    Node(_, node) {
      if (++nodes > MAX_WORKFLOW_NODES) {
        bomb = true;
        return import_yaml5.visit.BREAK;
      }
      if (!(0, import_yaml5.isAlias)(node) && node.anchor) anchors.set(node.anchor, node);
    },
    Alias(_, alias) {
      if (++aliases > MAX_YAML_ALIASES) {
        bomb = true;
        return import_yaml5.visit.BREAK;
      }
      const target = anchors.get(alias.source);
      return target ? target.clone() : void 0;
    }
  });
  if (bomb) {
    return {
      line,
      problems: [
        {
          line: 1,
          message: `YAML aliases expand beyond ${MAX_YAML_ALIASES} aliases or ${MAX_WORKFLOW_NODES} nodes (an alias bomb); the workflow was not read`
        }
      ]
    };
  }
  return { root: document.contents ?? void 0, line, problems: [] };
}
function mapEntry(node, key) {
  if (!(0, import_yaml5.isMap)(node)) return void 0;
  const pair = node.items.find((item) => (0, import_yaml5.isPair)(item) && (0, import_yaml5.isScalar)(item.key) && item.key.value === key);
  return pair ? { key: pair.key, value: pair.value ?? null } : void 0;
}
function mapEntries(node) {
  if (!(0, import_yaml5.isMap)(node)) return [];
  return node.items.filter((item) => (0, import_yaml5.isPair)(item) && (0, import_yaml5.isScalar)(item.key)).map((item) => ({
    key: String(item.key.value),
    keyNode: item.key,
    value: item.value ?? null
  }));
}
function sequenceItems(node) {
  return (0, import_yaml5.isSeq)(node) ? node.items : [];
}
function scalarValue(node) {
  return (0, import_yaml5.isScalar)(node) ? node.value : void 0;
}

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
var import_yaml6 = __toESM(require_dist(), 1);
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
    "patch-scan-max-age-days"
  ])
    higher(["aws", key], `aws.${key}`, aws(base)[key], aws(head)[key]);
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
  const counter = new import_yaml6.LineCounter();
  const document = (0, import_yaml6.parseDocument)(text, { lineCounter: counter });
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? document.contents : document.getIn(path.slice(0, depth - 1), true);
    if (!(0, import_yaml6.isMap)(parent)) continue;
    const pair = parent.items.find((item) => (0, import_yaml6.isScalar)(item.key) && item.key.value === path[depth - 1]);
    if ((0, import_yaml6.isScalar)(pair?.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
  }
  return 1;
}
var evidenceConfigChange = {
  metadata: {
    id: "github.pr.evidence-config-change",
    version: 1,
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
      ...sequenceItems(mapEntry(job.value, "steps")?.value).map((step2) => mapEntry(step2, "uses"))
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
  orgOwners,
  repoPrivilegedAccess,
  actionsDefaultTokenReadOnly,
  actionsAllowedActions,
  actionsForkPrApproval,
  actionsRunnerGroupsPrivate,
  secretScanningOpenAlerts,
  secretScanningPushProtectionBypasses,
  codeScanningAlertsWithinSla,
  orgWebhooksSecure,
  repoDeployKeysReadOnly,
  repoProductionEnvironments,
  repoCodeownersValid,
  repoSecurityPolicy,
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
  awsKmsRotationInForce
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
  checkFailure,
  configSchema,
  loadConfig,
  loadedConfigOf,
  MAX_CONFIG_BYTES,
  formatBytes,
  MAX_PR_FILES,
  MAX_PR_FILE_BYTES,
  PR_EVIDENCE,
  isAiRelevantFile,
  aiEvidenceRecord,
  isWorkflowFile,
  CHECKS,
  PR_CHECKS,
  ALL_CHECKS,
  checksFor
};
/*! Bundled license information:

re2js/build/index.js:
  (*!
  * re2js
  * RE2JS is the JavaScript port of RE2, a regular expression engine that provides linear time matching
  *
  * @version v2.10.0
  * @author Oleksii Vasyliev
  * @homepage https://github.com/le0pard/re2js#readme
  * @repository [object Object]
  * @license MIT
  *)
*/
//# sourceMappingURL=chunk-IBKKSTUO.js.map
