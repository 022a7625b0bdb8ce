import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  optionalContent,
  pullRequestFromEvent
} from "./chunk-AXKLS5FN.js";
import {
  BundleWriter,
  bundleKeyFor,
  runPipeline
} from "./chunk-5SYDKKOW.js";
import "./chunk-PPHU7NQH.js";
import {
  codeMarkdown,
  escapeMarkdown,
  plainText
} from "./chunk-JHX3YBHI.js";
import "./chunk-R77RZ7VP.js";
import {
  chunk,
  tokenLogin
} from "./chunk-YMOPKDWH.js";
import "./chunk-AVWFUSEA.js";
import {
  GitHubRequestFailure,
  createGitHubClient
} from "./chunk-4DZ7RMQR.js";
import "./chunk-QL45PCME.js";
import "./chunk-YMOHZN2L.js";
import "./chunk-LJROAE64.js";
import {
  error,
  info,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-E7Z5KTQR.js";
import "./chunk-ASDM2U35.js";
import "./chunk-E2PLYZ6Q.js";
import {
  INPUT_DEFAULTS,
  readInputFile
} from "./chunk-EZ5X5KBP.js";
import "./chunk-GKKAIOME.js";
import "./chunk-55VSQBGE.js";
import "./chunk-HRAGQTEZ.js";
import "./chunk-SN3WCEFD.js";
import "./chunk-TBGHA4LN.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-EMIPFM47.js";
import "./chunk-IDRUCS6X.js";
import {
  redact
} from "./chunk-EQZXUNDD.js";
import "./chunk-WRWBU6I6.js";
import "./chunk-C2D4KXTZ.js";
import {
  PR_CHECKS
} from "./chunk-RMO2YWKV.js";
import "./chunk-JST3WB76.js";
import {
  MAX_CONFIG_BYTES,
  PR_EVIDENCE,
  formatBytes,
  loadConfig,
  loadedConfigOf
} from "./chunk-CG44BHTW.js";
import "./chunk-ZEJUPZEW.js";
import "./chunk-RHUBQFO2.js";
import "./chunk-U4YSPENK.js";
import {
  evidencePath,
  repoSubject
} from "./chunk-AKQKRLW5.js";
import "./chunk-FX7GPS5Y.js";
import "./chunk-5OAN6P4X.js";
import "./chunk-MLNTMEOM.js";
import "./chunk-NNI55PZK.js";
import {
  scalarText
} from "./chunk-URX6PXYS.js";
import "./chunk-P4CAYHBQ.js";
import {
  external_exports
} from "./chunk-U734E4WK.js";
import {
  InputError
} from "./chunk-R3RSZNU2.js";
import "./chunk-E4WBWSDB.js";

// src/event-payload.ts
var EVENT_MAX_BYTES = 25 * 1024 * 1024;
var repositoryName = external_exports.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, {
  error: 'expected "owner/repo"'
});
var commitSha = external_exports.string().regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, { error: "expected a commit SHA" });
var pullRequestSchema = external_exports.object({
  number: external_exports.number({ error: "expected a pull request number" }).int().positive(),
  title: external_exports.string({ error: "expected a string" }),
  html_url: external_exports.string({ error: "expected a string" }),
  user: external_exports.object({ login: external_exports.string() }).nullish(),
  head: external_exports.object({
    sha: commitSha,
    ref: external_exports.string({ error: "expected a branch name" }),
    repo: external_exports.object({ full_name: repositoryName, fork: external_exports.boolean().optional() }).nullish()
  }),
  base: external_exports.object({
    sha: commitSha,
    ref: external_exports.string({ error: "expected a branch name" }),
    repo: external_exports.object({ full_name: repositoryName })
  })
});
async function readEventPayload(path) {
  const label = "GITHUB_EVENT_PATH";
  const expected = "expected the JSON webhook payload the runner writes";
  const text = await readInputFile(path, label, { expected, maxBytes: EVENT_MAX_BYTES });
  let event;
  try {
    event = JSON.parse(text);
  } catch (error2) {
    throw new InputError(
      `${label}: ${expected}, got ${path}, which is not JSON (${error2.message})`
    );
  }
  if (typeof event !== "object" || event === null || Array.isArray(event)) {
    throw new InputError(`${label}: ${expected} (a JSON object), got ${path} holding ${typeName(event)}`);
  }
  const pr = event.pull_request;
  if (pr !== void 0) {
    const result = pullRequestSchema.safeParse(pr);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = ["pull_request", ...issue.path].join(".");
      const found = valueAt(pr, issue.path);
      throw new InputError(
        `${label}: ${path}: ${field}: ${issue.code === "invalid_type" && !issue.message.startsWith("expected") ? `expected ${issue.expected}` : issue.message}, got ${found === void 0 ? "nothing" : typeName(found)}`
      );
    }
  }
  return event;
}
function valueAt(value, path) {
  return path.reduce(
    (current, key) => current && typeof current === "object" ? current[key] : void 0,
    value
  );
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}\u2026` : value);
  if (typeof value === "object") return "an object";
  return scalarText(value);
}

// src/pull-request.ts
import { mkdir, writeFile } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";

// src/report/sarif.ts
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0"
};
var controlTags = (controls) => Object.entries(controls).flatMap(([framework, ids]) => (ids ?? []).map((id) => `${framework}/${id}`));
function renderSarif(checks, findings, controlsOf) {
  const failing = findings.filter((finding) => finding.status === "fail" || finding.status === "error");
  const ruleIds = checks.map((check) => check.metadata.id);
  const rules = checks.map((check) => ({
    id: check.metadata.id,
    name: check.metadata.id.split(".").pop(),
    shortDescription: { text: check.metadata.title },
    fullDescription: { text: check.metadata.rationale },
    help: { text: check.metadata.remediation, markdown: `**How to fix:** ${check.metadata.remediation}` },
    defaultConfiguration: { level: LEVEL[check.metadata.severity] },
    properties: {
      tags: ["compliance", ...controlTags(controlsOf(check.metadata.id))],
      "security-severity": SECURITY_SEVERITY[check.metadata.severity],
      precision: "high"
    }
  }));
  const results = failing.flatMap((finding) => {
    const ruleIndex = ruleIds.indexOf(finding.check);
    const base = {
      ruleId: finding.check,
      ...ruleIndex >= 0 ? { ruleIndex } : {},
      level: finding.status === "error" ? "warning" : LEVEL[checks[ruleIndex]?.metadata.severity ?? "medium"],
      properties: { tags: controlTags(finding.controls), subject: finding.subject, status: finding.status }
    };
    if (!finding.locations?.length)
      return [{ ...base, message: { text: plainText(finding.message, { sarif: true }) } }];
    return finding.locations.map((location) => ({
      ...base,
      message: { text: plainText(location.message, { sarif: true }) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: location.path, uriBaseId: "%SRCROOT%" },
            region: { startLine: location.line, ...location.endLine ? { endLine: location.endLine } : {} }
          }
        }
      ],
      partialFingerprints: {
        primaryLocationLineHash: `${finding.check}:${location.path}:${location.message}`
      }
    }));
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            semanticVersion: TOOL_VERSION,
            informationUri: "https://github.com/annex-evidence/annex-evidence",
            rules
          }
        },
        results
      }
    ]
  };
}

// src/sources/github/pull-request-config.ts
var BaseConfigUnreadable = class extends Error {
  name = "BaseConfigUnreadable";
};
async function collectPullRequestConfig(client, pr, path) {
  const requests = [];
  const record = {
    path: evidencePath(pr.repository, `pulls/${pr.number}/config`),
    source: "github",
    subject: `${repoSubject(pr.repository)}#${pr.number}`,
    kind: PR_EVIDENCE.config,
    requests
  };
  let base;
  try {
    base = await optionalContent(client, pr.repository, path, pr.baseSha, requests, "content");
  } catch (error2) {
    if (!(error2 instanceof GitHubRequestFailure)) throw error2;
    throw new BaseConfigUnreadable(
      `${path} at the base commit ${pr.baseSha.slice(0, 7)} (${pr.baseRef}) could not be read, so the rules this pull request is judged by are unknown: ${error2.message}`
    );
  }
  const data = {
    path,
    baseRef: pr.baseRef,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    ...base.content !== void 0 ? { base: base.content } : {}
  };
  try {
    const head = await optionalContent(client, pr.repository, path, pr.headSha, requests, "content");
    if (head.content !== void 0) {
      const bytes = Buffer.byteLength(head.content);
      if (bytes > MAX_CONFIG_BYTES) data.headBytes = bytes;
      else data.head = head.content;
    }
  } catch (error2) {
    if (!(error2 instanceof GitHubRequestFailure)) throw error2;
    requests.push(error2.request);
    record.error = error2.failure;
  }
  record.data = data;
  record.notes = {
    limit: `head versions over ${formatBytes(MAX_CONFIG_BYTES)} are not recorded (headBytes says how large)`
  };
  return record;
}

// src/pull-request.ts
async function baseBranchConfig(client, pr, options) {
  const inRepo = relative(resolve(options.workspace), resolve(options.configPath));
  if (inRepo === "" || inRepo.startsWith("..") || isAbsolute(inRepo)) {
    return { loaded: await loadConfig(options.configPath, { explicit: options.configExplicit }) };
  }
  const path = inRepo.split(sep).join("/");
  let record;
  try {
    record = await collectPullRequestConfig(client, pr, path);
  } catch (error2) {
    if (error2 instanceof BaseConfigUnreadable) throw new InputError(error2.message);
    throw error2;
  }
  const base = record.data.base;
  const source = `${path}@${pr.baseRef}`;
  if (base === void 0) {
    if (options.configExplicit)
      throw new InputError(
        `${source}: the config input names ${path}, but the base branch has no such file (pull requests are judged by the base branch's config)`
      );
    return { loaded: { ...loadedConfigOf("", source), source: void 0 }, record };
  }
  return { loaded: loadedConfigOf(base, source), record };
}
async function runPullRequest(options) {
  return runPipeline(options, pullRequestMode(options));
}
function pullRequestMode(options) {
  const { log } = options;
  const startedAt = /* @__PURE__ */ new Date();
  let target;
  return {
    id: "pull-request",
    checks: PR_CHECKS,
    async loadConfig() {
      const pr = pullRequestFromEvent(options.event);
      if (!pr) {
        throw new InputError(
          "GITHUB_EVENT_PATH: expected the payload of a pull_request event (mode pull-request), got one without pull_request; run on `pull_request` events, or leave mode on auto"
        );
      }
      const client = createGitHubClient({
        token: options.token,
        apiUrl: options.apiUrl,
        graphqlUrl: options.graphqlUrl,
        rateLimitBudgetSeconds: options.rateLimitBudgetSeconds,
        retryBaseMs: options.retryBaseMs,
        log: (message) => log.warning(message)
      });
      const { loaded, record } = await baseBranchConfig(client, pr, options);
      target = { ref: pr, client, ...record ? { configRecord: record } : {} };
      return loaded;
    },
    async open() {
      const { ref: pr } = target;
      const scope = pr.repository.toLowerCase().replace("/", "--");
      const bundleKey = `pull-requests/${scope}/${pr.number}/${bundleKeyFor(scope, options.now, options.run).split("/").pop()}`;
      const root = options.destination.kind === "local" ? options.destination.dir : resolve(options.workspace, INPUT_DEFAULTS.destination);
      const bundleDir = join(root, ...bundleKey.split("/"));
      await mkdir(resolve(bundleDir, ".."), { recursive: true });
      const writer = new BundleWriter(bundleDir);
      return {
        scope: [pr.repository],
        scopeName: scope,
        period: {
          start: startedAt.toISOString(),
          end: options.now.toISOString(),
          expression: "pull-request"
        },
        writer,
        cacheDir: join(root, ".cache"),
        sourceSettings: { pullRequest: target },
        async finish({ manifest, findings, controls, mapping, failedControls, failed }) {
          const { dir, manifestSha256 } = await writer.finish({ ...manifest, bundleKey, previous: null });
          const sarifPath = `${dir}.sarif`;
          await writeFile(
            sarifPath,
            `${JSON.stringify(
              renderSarif(PR_CHECKS, findings, (id) => mapping.get(id) ?? {}),
              null,
              2
            )}
`
          );
          log.info(`${findings.length} findings; bundle ${dir}; SARIF ${sarifPath}`);
          return {
            pr,
            findings,
            controls,
            bundleDir: dir,
            manifestSha256,
            sarifPath,
            failedControls,
            failed,
            client: target.client
          };
        }
      };
    }
  };
}

// src/report/pull-request.ts
var COMMENT_MARKER = "<!-- annex-evidence:pull-request -->";
var STATUS = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  error: "\u26A0\uFE0F error",
  not_applicable: "\u2796 n/a"
};
var LOCATIONS_SHOWN = 20;
function conclusionOf(findings) {
  if (findings.some((f) => f.status === "fail")) return "failure";
  return findings.some((f) => f.status === "error") ? "neutral" : "success";
}
function headline(findings) {
  const failing = findings.filter((f) => f.status === "fail").length;
  const errors = findings.filter((f) => f.status === "error").length;
  if (failing > 0) return `\u274C ${failing} control check(s) fail on this pull request`;
  if (errors > 0) return `\u26A0\uFE0F ${errors} control check(s) could not be evaluated`;
  return "\u2705 All clear: this pull request breaks no checked control";
}
var controlsText = (finding) => Object.entries(finding.controls).flatMap(
  ([framework, ids]) => (ids ?? []).map((id) => `${framework === "iso27001-2022" ? "27001" : "42001"} ${id}`)
).join(", ");
function renderPullRequestReport(pr, checks, findings, notes = []) {
  const byId = new Map(checks.map((check) => [check.metadata.id, check]));
  const lines = [
    COMMENT_MARKER,
    `### ${headline(findings)}`,
    "",
    `Checked at ${codeMarkdown(pr.headSha.slice(0, 7))} against ${codeMarkdown(pr.baseRef)}.`,
    "",
    "| Check | Result | Annex A controls |",
    "| --- | --- | --- |",
    ...findings.map(
      (f) => `| ${escapeMarkdown(byId.get(f.check)?.metadata.title ?? f.check)} | ${STATUS[f.status]} | ${escapeMarkdown(controlsText(f)) || "\u2013"} |`
    ),
    ""
  ];
  const problems = findings.filter((f) => f.status === "fail" || f.status === "error");
  if (problems.length > 0) lines.push("#### What to fix", "");
  for (const finding of problems) {
    const check = byId.get(finding.check);
    lines.push(
      `**${escapeMarkdown(check?.metadata.title ?? finding.check)}** (${escapeMarkdown(controlsText(finding) || finding.check)})`,
      ""
    );
    lines.push(escapeMarkdown(finding.message), "");
    for (const location of (finding.locations ?? []).slice(0, LOCATIONS_SHOWN)) {
      lines.push(
        `- ${codeMarkdown(`${location.path}:${location.line}`)}: ${escapeMarkdown(location.message)}`
      );
    }
    if ((finding.locations?.length ?? 0) > LOCATIONS_SHOWN)
      lines.push(`- \u2026 and ${finding.locations.length - LOCATIONS_SHOWN} more`);
    if (finding.status === "fail" && check) lines.push("", `How to fix: ${check.metadata.remediation}`);
    lines.push("");
  }
  if (problems.length === 0 && findings.some((f) => f.status === "pass")) {
    lines.push("Nothing to do. This comment is updated on every push.", "");
  }
  lines.push(
    "<sub>Annex A controls: the controls each check gives evidence for (automated checks only; the Statement of Applicability says what else each control needs).</sub>",
    ""
  );
  for (const note of notes) lines.push(`> ${escapeMarkdown(note)}`, "");
  return lines.join("\n");
}

// src/report/pr-surfaces.ts
var ANNOTATION_MESSAGE_MAX = 64e3;
var ANNOTATIONS_PER_REQUEST = 50;
var CHECK_RUN_NAME = "Annex A evidence";
function annotationsOf(findings, checks) {
  const byId = new Map(checks.map((check) => [check.metadata.id, check]));
  return findings.flatMap(
    (finding) => (finding.locations ?? []).map((location) => ({
      path: location.path,
      start_line: location.line,
      end_line: location.endLine ?? location.line,
      annotation_level: finding.status === "fail" ? "failure" : "warning",
      title: byId.get(finding.check)?.metadata.title ?? finding.check,
      // Annotations are shown as plain text; names from the PR must not carry controls or bidi overrides.
      message: plainText(location.message, { max: ANNOTATION_MESSAGE_MAX }),
      ...byId.get(finding.check) ? { raw_details: `How to fix: ${byId.get(finding.check).metadata.remediation}` } : {}
    }))
  );
}
async function upsertCheckRun(client, pr, conclusion, title, summary2, annotations) {
  const [owner, repo] = pr.repository.split("/");
  try {
    const existing = await client.octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: pr.headSha,
      check_name: CHECK_RUN_NAME
    });
    const batches = chunk(annotations, ANNOTATIONS_PER_REQUEST);
    const output = (batch) => ({ title, summary: summary2.slice(0, 65e3), annotations: batch });
    const body = { status: "completed", conclusion, completed_at: (/* @__PURE__ */ new Date()).toISOString() };
    const found = existing.data.check_runs[0];
    const run = found ? await client.octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: found.id,
      ...body,
      output: output(batches[0] ?? [])
    }) : await client.octokit.rest.checks.create({
      owner,
      repo,
      name: CHECK_RUN_NAME,
      head_sha: pr.headSha,
      ...body,
      output: output(batches[0] ?? [])
    });
    for (const batch of batches.slice(1)) {
      await client.octokit.rest.checks.update({
        owner,
        repo,
        check_run_id: run.data.id,
        output: output(batch)
      });
    }
    return { ok: true, url: run.data.html_url ?? void 0, updated: Boolean(found) };
  } catch (error2) {
    return refused(error2, "checks: write");
  }
}
async function upsertStickyComment(client, pr, body, author) {
  const [owner, repo] = pr.repository.split("/");
  try {
    const comments = await client.octokit.paginate(client.octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pr.number,
      per_page: 100
    });
    const mine = author ? comments.find(
      (comment) => comment.user?.login.toLowerCase() === author.toLowerCase() && comment.body?.startsWith(COMMENT_MARKER)
    ) : void 0;
    const result = mine ? await client.octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body }) : await client.octokit.rest.issues.createComment({ owner, repo, issue_number: pr.number, body });
    return { ok: true, url: result.data.html_url, updated: Boolean(mine) };
  } catch (error2) {
    return refused(error2, "pull-requests: write");
  }
}
function refused(error2, permission) {
  const status = error2.status;
  if (status === 403 || status === 404) {
    const accepted = error2.response?.headers?.["x-accepted-github-permissions"];
    return {
      ok: false,
      permission: accepted ? accepted.replace(/=/g, ": ") : permission,
      message: error2.message
    };
  }
  throw error2;
}

// src/pr-step.ts
async function pullRequestStep(options, keepAsArtifact) {
  const eventPath = options.env.GITHUB_EVENT_PATH;
  if (!eventPath)
    throw new InputError(
      "GITHUB_EVENT_PATH: expected the webhook payload of the pull request to check (mode pull-request), got nothing: it is not set"
    );
  const event = await readEventPayload(eventPath);
  const result = await runPullRequest({ ...options, event });
  const { pr, findings } = result;
  setOutput("bundle-path", result.bundleDir);
  setOutput("manifest-sha256", result.manifestSha256);
  setOutput("sarif-file", result.sarifPath);
  setOutput("failed-controls", result.failedControls.join(","));
  const notes = [];
  const report = (extra) => redact(renderPullRequestReport(pr, PR_CHECKS, findings, extra));
  const checkRun = await upsertCheckRun(
    result.client,
    pr,
    conclusionOf(findings),
    headline(findings),
    report([]),
    annotationsOf(findings, PR_CHECKS)
  );
  const comment = await upsertStickyComment(result.client, pr, report([]), await tokenLogin(result.client));
  const refused2 = [checkRun, comment].filter((surface) => !surface.ok);
  if (refused2.length > 0) {
    const permissions = refused2.map((surface) => surface.ok ? "" : surface.permission).join(" and ");
    const why = pr.fork ? "pull requests from forks get a read-only token" : "the token is read-only";
    warning(
      `Cannot write ${checkRun.ok ? "" : "the check run"}${!checkRun.ok && !comment.ok ? " or " : ""}${comment.ok ? "" : "the PR comment"}: the token lacks ${permissions} (${why}). Reporting as workflow annotations, the job summary and SARIF instead.`
    );
    notes.push(`Reported through workflow annotations: the token lacks ${permissions}.`);
    for (const finding of findings.filter((f) => f.status === "fail" || f.status === "error")) {
      const title = PR_CHECKS.find((c) => c.metadata.id === finding.check)?.metadata.title ?? finding.check;
      if (!finding.locations?.length) error(finding.message, { title });
      for (const location of finding.locations ?? []) {
        error(location.message, {
          title,
          file: location.path,
          startLine: location.line,
          endLine: location.endLine ?? location.line
        });
      }
    }
  } else {
    info(
      `Check run ${checkRun.ok && checkRun.updated ? "updated" : "created"}; PR comment ${comment.ok && comment.updated ? "updated" : "created"}`
    );
  }
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(report(notes)).write();
  await keepAsArtifact(result.bundleDir, [result.sarifPath]);
  if (result.failed) {
    setFailed(
      `${result.failedControls.length} control(s) failing on this pull request (fail-on: ${options.failOn}): ${result.failedControls.join(", ")}`
    );
  }
}
export {
  pullRequestStep
};
//# sourceMappingURL=pr-step-Q4FYDNSC.js.map
