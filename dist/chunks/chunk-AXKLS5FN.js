import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  collectBranchRules,
  collectClassicProtection,
  collectRulesets
} from "./chunk-AVWFUSEA.js";
import {
  GitHubRequestFailure,
  restGet
} from "./chunk-4DZ7RMQR.js";
import {
  MAX_PR_FILES,
  MAX_PR_FILE_BYTES,
  PR_EVIDENCE
} from "./chunk-CG44BHTW.js";
import {
  evidencePath,
  repoSubject
} from "./chunk-AKQKRLW5.js";

// src/sources/github/pull-request.ts
var FILES_PAGE_SIZE = 100;
function pullRequestFromEvent(event) {
  const e = event;
  const pr = e?.pull_request;
  if (!pr) return void 0;
  const headRepository = pr.head.repo?.full_name ?? "(deleted fork)";
  return {
    repository: pr.base.repo.full_name,
    number: pr.number,
    title: pr.title,
    url: pr.html_url,
    author: pr.user?.login ?? "ghost",
    headSha: pr.head.sha,
    headRef: pr.head.ref,
    headRepository,
    baseSha: pr.base.sha,
    baseRef: pr.base.ref,
    fork: headRepository !== pr.base.repo.full_name
  };
}
async function collectPullRequest(client, sink, pr, options) {
  const subject = `${repoSubject(pr.repository)}#${pr.number}`;
  const base = (kind, file) => ({
    path: evidencePath(pr.repository, `pulls/${pr.number}/${file}`),
    source: "github",
    subject,
    kind,
    requests: []
  });
  await sink.add({ ...base(PR_EVIDENCE.pullRequest, "pull-request"), data: pr });
  const filesRecord = base(PR_EVIDENCE.files, "files");
  const files = [];
  let truncated = false;
  try {
    for (let page = 1; ; page++) {
      const response = await restGet(
        client,
        `/repos/${pr.repository}/pulls/${pr.number}/files?per_page=${FILES_PAGE_SIZE}&page=${page}`,
        "pull_requests: read"
      );
      filesRecord.requests.push(response.request);
      files.push(...response.data);
      if (files.length >= MAX_PR_FILES) {
        truncated = response.hasNextPage || files.length > MAX_PR_FILES;
        break;
      }
      if (!response.hasNextPage) break;
    }
    filesRecord.data = { files: files.slice(0, MAX_PR_FILES), truncated };
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure)) throw error;
    filesRecord.requests.push(error.request);
    filesRecord.error = error.failure;
  }
  await sink.add(filesRecord);
  const contentsRecord = base(PR_EVIDENCE.contents, "contents");
  const wanted = files.filter(
    (file) => options.interesting(file.filename) || file.previous_filename && options.interesting(file.previous_filename)
  );
  const versions = [];
  try {
    for (const file of wanted) {
      const basePath = file.previous_filename ?? file.filename;
      versions.push(
        withinLimit({
          path: file.filename,
          status: file.status,
          ...file.previous_filename ? { previousPath: file.previous_filename } : {},
          ...file.status === "added" ? {} : await optionalContent(
            client,
            pr.repository,
            basePath,
            pr.baseSha,
            contentsRecord.requests,
            "base"
          ),
          ...file.status === "removed" ? {} : await optionalContent(
            client,
            pr.repository,
            file.filename,
            pr.headSha,
            contentsRecord.requests,
            "head"
          )
        })
      );
    }
    const inventory = await optionalContent(
      client,
      pr.repository,
      options.inventoryPath,
      pr.headSha,
      contentsRecord.requests,
      "content"
    );
    contentsRecord.data = {
      headSha: pr.headSha,
      baseSha: pr.baseSha,
      files: versions,
      inventory: {
        path: options.inventoryPath,
        ...inventory.content !== void 0 && Buffer.byteLength(inventory.content) > MAX_PR_FILE_BYTES ? { tooLarge: Buffer.byteLength(inventory.content) } : inventory
      }
    };
  } catch (error) {
    if (!(error instanceof GitHubRequestFailure)) throw error;
    contentsRecord.requests.push(error.request);
    contentsRecord.error = error.failure;
  }
  await sink.add(contentsRecord);
  const rules = await collectBranchRules(client, pr.repository, pr.baseRef);
  await sink.add(rules);
  await sink.add(await collectClassicProtection(client, pr.repository, pr.baseRef));
  const applied = rules.data?.rules ?? [];
  if (applied.length > 0)
    await sink.add(await collectRulesets(client, pr.repository, pr.baseRef, applied, /* @__PURE__ */ new Map()));
}
function withinLimit(file) {
  const tooLarge = {};
  for (const side of ["base", "head"]) {
    const bytes = file[side] === void 0 ? 0 : Buffer.byteLength(file[side]);
    if (bytes > MAX_PR_FILE_BYTES) {
      tooLarge[side] = bytes;
      delete file[side];
    }
  }
  return Object.keys(tooLarge).length > 0 ? { ...file, tooLarge } : file;
}
async function optionalContent(client, repository, path, ref, requests, key) {
  try {
    const response = await restGet(
      client,
      `/repos/${repository}/contents/${path.split("/").map(encodeURIComponent).join("/")}?ref=${ref}`,
      "contents: read",
      { accept: "application/vnd.github.raw+json" }
    );
    requests.push(response.request);
    return {
      [key]: typeof response.data === "string" ? response.data : JSON.stringify(response.data)
    };
  } catch (error) {
    if (error instanceof GitHubRequestFailure && error.request.status === 404) {
      requests.push(error.request);
      return {};
    }
    throw error;
  }
}

export {
  pullRequestFromEvent,
  collectPullRequest,
  optionalContent
};
//# sourceMappingURL=chunk-AXKLS5FN.js.map
