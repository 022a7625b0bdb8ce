import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BundleWriter,
  CHECKS,
  EvidenceIndex,
  GitHubRequestFailure,
  InputError,
  MANIFEST_SCHEMA_VERSION,
  MAX_CONFIG_BYTES,
  PR_CHECKS,
  PR_EVIDENCE,
  TOOL_NAME,
  TOOL_VERSION,
  actionSource,
  aiEvidenceRecord,
  apiUrls,
  autoOrBoolean,
  bundleKeyFor,
  collectPullRequest,
  createGitHubClient,
  evaluateChecks,
  evidencePath,
  external_exports,
  failingControls,
  formatBytes,
  graphqlPost,
  indexingSink,
  isAiRelevantFile,
  isWorkflowFile,
  loadConfig,
  loadControls,
  loadedConfigOf,
  oneOf,
  optionalContent,
  parseValue,
  pullRequestFromEvent,
  readActionSigningKey,
  readInputFile,
  readRunInputs,
  redact,
  redactProcessOutput,
  registerEnvironmentSecrets,
  registerSecret,
  repoSubject,
  retryBaseMs,
  rollUpControls,
  runEvidence,
  runMetadata,
  scalarText,
  writeEvaluation
} from "./chunk-YBMH7D5O.js";
import "./chunk-DWJVMA2O.js";
import "./chunk-B73IWQHR.js";
import {
  error,
  getInput,
  group,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-GLUYOAIO.js";
import "./chunk-XM3WNGXC.js";
import "./chunk-6DG7BXTN.js";

// src/main.ts
import { readdir } from "node:fs/promises";
import { basename, dirname, join as join2, resolve as resolve2 } from "node:path";

// src/bundle/attest.ts
import { writeFile } from "node:fs/promises";
async function attestManifest(options) {
  if (options.mode === "false") return { status: "skipped", message: "attest is false" };
  if (!options.manifestSha256) return { status: "skipped", message: "the bundle is not sealed yet" };
  if (!options.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    const message = "no OIDC token available: grant the job `id-token: write` (and `attestations: write`)";
    return { status: options.mode === "true" ? "failed" : "skipped", message };
  }
  try {
    const { attestProvenance } = await import("./lib-T2XJLM2H.js");
    const attestation = await attestProvenance({
      subjects: [{ name: options.subjectName, digest: { sha256: options.manifestSha256 } }],
      token: options.token
    });
    await writeFile(options.outputPath, `${JSON.stringify(attestation.bundle)}
`);
    return {
      status: "attested",
      message: `Sigstore attestation ${attestation.attestationID ?? "(not stored)"} of manifest sha256:${options.manifestSha256}`,
      ...attestation.attestationID ? { attestationId: attestation.attestationID } : {},
      bundlePath: options.outputPath
    };
  } catch (error2) {
    return { status: "failed", message: `attestation failed: ${error2.message}` };
  }
}

// src/report/escape.ts
var BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
var CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g;
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var MARKDOWN = /[\\`*_[\]|~$]/g;
var ZERO_WIDTH_SPACE = "\u200B";
function escapeMarkdown(value) {
  return plainText(value).replace(/[&<>]/g, (c) => HTML[c]).replace(MARKDOWN, (c) => `\\${c}`).replace(/([@#])(?=[\w-])/g, `$1${ZERO_WIDTH_SPACE}`).replace(/^(\s*)([#>+=-])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}
function codeMarkdown(value) {
  return `<code>${escapeMarkdown(value)}</code>`;
}
function plainText(value, options = {}) {
  let text = String(value).replace(/\r\n?|\n/g, " ").replace(CONTROLS, "").replace(BIDI, "");
  if (options.sarif) text = text.replace(/[[\]\\]/g, (c) => `\\${c}`);
  const max = options.max ?? Infinity;
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function logValue(value) {
  return String(value).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/::/g, `:${ZERO_WIDTH_SPACE}:`).replace(BIDI, "");
}

// src/report/summary.ts
var STATUS_ICON = {
  satisfied: "\u2705 satisfied",
  failing: "\u274C failing",
  error: "\u26A0\uFE0F error",
  manual: "\u{1F4DD} manual",
  excluded: "\u2796 excluded"
};
var SUBJECTS_SHOWN = 10;
function renderJobSummary(input) {
  const lines = [
    `## Audit evidence: ${escapeMarkdown(input.scope)}`,
    "",
    `Period **${input.period.start}** \u2192 **${input.period.end}** (${input.period.expression}) \xB7 ${input.subjects} repositories \xB7 ${input.findings.length} findings`,
    "",
    `Bundle ${codeMarkdown(input.bundleDir)} \xB7 manifest SHA-256 \`${input.manifestSha256}\``,
    "",
    ...(input.notes ?? []).flatMap((note) => [`> [!WARNING]`, `> ${escapeMarkdown(note)}`, ""])
  ];
  for (const [framework, report] of Object.entries(input.controls.frameworks)) {
    const counts = report.counts;
    lines.push(
      `### ${report.title}`,
      "",
      `| \u2705 satisfied | \u274C failing | \u26A0\uFE0F error | \u{1F4DD} manual | \u2796 excluded |`,
      `| ---: | ---: | ---: | ---: | ---: |`,
      `| ${counts.satisfied} | ${counts.failing} | ${counts.error} | ${counts.manual} | ${counts.excluded} |`,
      ""
    );
    const automated = report.controls.filter((c) => c.status !== "manual" && c.status !== "excluded");
    if (automated.length === 0) {
      lines.push(
        `No ${framework} control has automated evidence in this run; all applicable controls need manual evidence.`,
        ""
      );
      continue;
    }
    lines.push("| Control | Title | Status | Checks (pass / fail / error) |", "| --- | --- | --- | --- |");
    for (const control of automated) {
      const f = control.findingCounts;
      lines.push(
        `| ${control.id} | ${escapeMarkdown(control.title)} | ${STATUS_ICON[control.status]} | ${control.checks.map((c) => `\`${c}\``).join(" ")} (${f.pass} / ${f.fail} / ${f.error}) |`
      );
    }
    lines.push("");
  }
  lines.push(
    ...problemSection(input, "fail", "### Failing checks"),
    ...problemSection(input, "error", "### Checks that could not be evaluated")
  );
  return redact(lines.join("\n"));
}
function problemSection(input, status, heading) {
  const lines = [];
  for (const check of input.checks) {
    const hits = input.findings.filter((f) => f.check === check.metadata.id && f.status === status);
    if (hits.length === 0) continue;
    if (lines.length === 0) lines.push(heading, "");
    const controls = Object.entries(hits[0].controls).flatMap(([framework, ids]) => (ids ?? []).map((id) => `${framework} ${id}`)).join(", ");
    lines.push(
      `<details><summary><b>${escapeMarkdown(check.metadata.title)}</b> (<code>${check.metadata.id}</code>, ${check.metadata.severity}): ${hits.length} subject(s)${controls ? ` \xB7 ${controls}` : ""}</summary>`,
      ""
    );
    for (const hit of hits.slice(0, SUBJECTS_SHOWN))
      lines.push(`- ${codeMarkdown(hit.subject)}: ${escapeMarkdown(hit.message)}`);
    if (hits.length > SUBJECTS_SHOWN)
      lines.push(`- \u2026 and ${hits.length - SUBJECTS_SHOWN} more in findings.json`);
    lines.push("", status === "fail" ? `**How to fix:** ${check.metadata.remediation}` : "", "</details>", "");
  }
  return lines;
}

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
import { mkdir, writeFile as writeFile2 } from "node:fs/promises";
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
  const workspace = options.workspace ?? process.env.GITHUB_WORKSPACE ?? process.cwd();
  const inRepo = relative(resolve(workspace), resolve(options.configPath));
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
  const { log } = options;
  const startedAt = /* @__PURE__ */ new Date();
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
  const { loaded, record: configRecord } = await baseBranchConfig(client, pr, options);
  const { catalogs, mapping } = await loadControls(loaded, PR_CHECKS);
  const inventoryPath = loaded.config["ai-inventory"].path;
  const scope = pr.repository.toLowerCase().replace("/", "--");
  const bundleKey = `pull-requests/${scope}/${pr.number}/${bundleKeyFor(scope, options.now, options.run).split("/").pop()}`;
  const bundleDir = join(resolve(options.destination), ...bundleKey.split("/"));
  await mkdir(resolve(bundleDir, ".."), { recursive: true });
  const writer = new BundleWriter(bundleDir);
  const evidence = new EvidenceIndex();
  const sink = indexingSink(evidence, writer);
  await log.group(`Collect: pull request #${pr.number}`, async () => {
    log.info(
      `${logValue(pr.repository)}#${pr.number} "${logValue(pr.title)}" (${logValue(pr.headRef)} \u2192 ${logValue(pr.baseRef)}, head ${logValue(pr.headSha.slice(0, 7))})`
    );
    await sink.add(await aiEvidenceRecord(loaded.config, pr));
    if (configRecord) await sink.add(configRecord);
    await collectPullRequest(client, sink, pr, {
      interesting: (path) => isWorkflowFile(path) || isAiRelevantFile(path) || path === inventoryPath,
      inventoryPath
    });
  });
  const period = {
    start: startedAt.toISOString(),
    end: options.now.toISOString(),
    expression: "pull-request"
  };
  const findings = evaluateChecks(PR_CHECKS, { evidence, config: loaded.config, period }, mapping);
  const controls = rollUpControls(findings, catalogs, mapping, loaded.config.controls);
  await writeEvaluation(writer, PR_CHECKS, { findings, controls, mapping, loaded });
  const { dir, manifestSha256 } = await writer.finish({
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    mode: "pull-request",
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    scope,
    bundleKey,
    previous: null,
    run: options.run,
    period,
    startedAt: startedAt.toISOString(),
    finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
    config: { path: loaded.source ?? null, sha256: loaded.sha256 },
    sources: { github: { apiUrl: options.apiUrl, pullRequest: pr } },
    requests: { ...client.finish() },
    summary: {
      subjects: 1,
      findings: Object.fromEntries(
        ["pass", "fail", "error", "not_applicable"].map((s) => [
          s,
          findings.filter((f) => f.status === s).length
        ])
      ),
      controls: Object.fromEntries(
        Object.entries(controls.frameworks).map(([id, fw]) => [id, { ...fw.counts }])
      )
    }
  });
  const sarifPath = `${dir}.sarif`;
  await writeFile2(
    sarifPath,
    `${JSON.stringify(
      renderSarif(PR_CHECKS, findings, (id) => mapping.get(id) ?? {}),
      null,
      2
    )}
`
  );
  const failedControls = failingControls(controls, options.failOn);
  log.info(`${findings.length} findings; bundle ${dir}; SARIF ${sarifPath}`);
  return {
    pr,
    findings,
    controls,
    bundleDir: dir,
    manifestSha256,
    sarifPath,
    failedControls,
    failed: options.failOn !== "none" && failedControls.length > 0,
    client
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
function chunk(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// src/sources/github/identity.ts
async function tokenLogin(client) {
  try {
    const result = await graphqlPost(
      client,
      "Viewer",
      "query Viewer { viewer { login } }",
      {}
    );
    return result.data.viewer?.login || void 0;
  } catch (error2) {
    if (error2 instanceof GitHubRequestFailure) return void 0;
    throw error2;
  }
}

// src/pr-step.ts
async function pullRequestStep(options, keepAsArtifact2) {
  const eventPath = process.env.GITHUB_EVENT_PATH;
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
  await keepAsArtifact2(result.bundleDir, [result.sarifPath]);
  if (result.failed) {
    setFailed(
      `${result.failedControls.length} control(s) failing on this pull request (fail-on: ${options.failOn}): ${result.failedControls.join(", ")}`
    );
  }
}

// src/secrets.ts
var SECRET_INPUTS = ["github-token", "signing-key"];
function registerActionSecrets(env, mask) {
  for (const name of SECRET_INPUTS) registerSecret(env[`INPUT_${name.toUpperCase()}`], mask);
  registerEnvironmentSecrets(env, mask);
}

// src/main.ts
var EXIT_BAD_INPUT = 2;
var EXIT_SOURCE_FAILED = 3;
var actionsLogger = {
  info: (message) => info(message),
  warning: (message) => warning(message),
  group: (name, body) => group(name, () => Promise.resolve().then(body))
};
async function main() {
  redactProcessOutput();
  registerActionSecrets(process.env, setSecret);
  try {
    const token = getInput("github-token");
    if (!token) {
      throw new InputError(
        "github-token input: expected a token (${{ github.token }} for the current repository, or a GitHub App / personal access token for org-wide runs), got nothing"
      );
    }
    const signingKey = readActionSigningKey(getInput, process.env);
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const inputs = await readRunInputs(actionSource(getInput), { base: workspace, env: process.env });
    const { failOn } = inputs;
    const attestMode = parseValue(autoOrBoolean, getInput("attest") || "auto", "attest input");
    const now = /* @__PURE__ */ new Date();
    const mode = parseValue(
      oneOf(["auto", "nightly", "pull-request"]),
      getInput("mode") || "auto",
      "mode input"
    );
    const event = process.env.GITHUB_EVENT_NAME ?? "";
    if (mode === "pull-request" || mode === "auto" && (event === "pull_request" || event === "pull_request_target")) {
      await pullRequestStep(
        {
          token,
          ...apiUrls(process.env),
          currentRepository: process.env.GITHUB_REPOSITORY,
          configPath: inputs.configPath,
          configExplicit: inputs.configExplicit,
          destination: inputs.destination.startsWith("s3://") ? resolve2(workspace, "evidence-bundles") : inputs.destination,
          failOn,
          run: runMetadata(process.env, now),
          now,
          rateLimitBudgetSeconds: inputs.rateLimitBudgetSeconds,
          retryBaseMs: retryBaseMs(process.env),
          log: actionsLogger
        },
        keepAsArtifact
      );
      return;
    }
    const result = await runEvidence({
      token,
      ...apiUrls(process.env),
      ...inputs,
      currentRepository: process.env.GITHUB_REPOSITORY,
      signingKey,
      run: runMetadata(process.env, now),
      now,
      retryBaseMs: retryBaseMs(process.env),
      log: actionsLogger,
      workspace,
      env: process.env
    });
    setOutput("bundle-path", result.bundleDir);
    setOutput("bundle-uri", result.bundleUri);
    setOutput("archive-path", result.archivePath);
    setOutput("manifest-sha256", result.manifestSha256);
    setOutput("failed-controls", result.failedControls.join(","));
    if (process.env.GITHUB_STEP_SUMMARY) {
      await summary.addRaw(
        renderJobSummary({
          scope: result.scope,
          period: result.period,
          subjects: result.subjects,
          bundleDir: result.bundleDir,
          manifestSha256: result.manifestSha256,
          controls: result.controls,
          findings: result.findings,
          checks: CHECKS,
          notes: result.sourceNotes
        })
      ).write();
    }
    const attestation = await attestManifest({
      mode: attestMode,
      manifestSha256: result.manifestSha256,
      subjectName: `${result.bundleKey}/manifest.json`,
      token,
      env: process.env,
      outputPath: `${result.bundleDir}.sigstore.json`
    });
    if (attestation.status === "failed") warning(attestation.message);
    else info(`Attestation: ${attestation.message}`);
    if (attestation.attestationId) setOutput("attestation-id", attestation.attestationId);
    if (attestation.status === "failed" && attestMode === "true") {
      setFailed(`attest is true, but ${attestation.message}`);
      return;
    }
    for (const failure of result.sourceFailures) error(failure);
    if (result.publishError) {
      await keepAsArtifact(result.bundleDir, [result.archivePath].filter(Boolean));
      setFailed(result.publishError.message);
      if (result.publishError.badInput) process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    if (result.failed && result.sourceFailures.length > 0) {
      setFailed(
        `${result.sourceFailures.length} source(s) collected nothing, so this night's evidence is incomplete (fail-on: ${failOn}; fail-on: none accepts such a night). The bundle was written to ${result.bundleDir}.`
      );
      process.exitCode = EXIT_SOURCE_FAILED;
      return;
    }
    if (result.failed) {
      setFailed(
        `${result.failedControls.length} control(s) failing (fail-on: ${failOn}): ${result.failedControls.join(", ")}. The bundle was written to ${result.bundleDir}.`
      );
    }
  } catch (error2) {
    if (error2 instanceof InputError || error2 instanceof GitHubRequestFailure && error2.request.status === 401) {
      setFailed(error2.message);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    setFailed(
      error2 instanceof GitHubRequestFailure ? error2.message : error2.stack ?? String(error2)
    );
  }
}
async function keepAsArtifact(bundleDir, extraFiles) {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) return;
  try {
    const { DefaultArtifactClient } = await import("./artifact-XXMZGV5S.js");
    const entries = await readdir(bundleDir, { recursive: true, withFileTypes: true });
    const files = [...entries.filter((e) => e.isFile()).map((e) => join2(e.parentPath, e.name)), ...extraFiles];
    const name = `evidence-bundle-${basename(bundleDir)}`;
    await new DefaultArtifactClient().uploadArtifact(name, files, dirname(bundleDir), { retentionDays: 90 });
    info(`Bundle kept as workflow artifact ${name}.`);
  } catch (error2) {
    warning(`The bundle could not be kept as a workflow artifact: ${error2.message}`);
  }
}

// src/index.ts
await main();
