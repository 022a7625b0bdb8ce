import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  errorName,
  isCredentialError,
  safeMessage,
  statusOf
} from "./chunk-B6MMDUGK.js";
import {
  require_dist_cjs
} from "./chunk-6YHVIQTU.js";
import "./chunk-UOFK4ZD5.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-F4GGYANT.js";
import {
  require_dist_cjs as require_dist_cjs3
} from "./chunk-XD7B4VCQ.js";
import "./chunk-RFZFBYDH.js";
import {
  sageMakerVersionView
} from "./chunk-FX7GPS5Y.js";
import {
  SAGEMAKER_KIND
} from "./chunk-5OAN6P4X.js";
import "./chunk-URX6PXYS.js";
import "./chunk-J5ODFOT3.js";
import "./chunk-AZM7JLX4.js";
import {
  __toESM
} from "./chunk-E4WBWSDB.js";

// src/sources/models/sagemaker.ts
var import_client_sagemaker = __toESM(require_dist_cjs2(), 1);
var import_client_cloudtrail = __toESM(require_dist_cjs3(), 1);
var import_client_s3 = __toESM(require_dist_cjs(), 1);
import { createHash as createHash2 } from "node:crypto";

// src/sources/models/sagemaker-approval.ts
import { createHash } from "node:crypto";
function reduceApprovalEvent(event) {
  if (!event.EventId || !event.CloudTrailEvent) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(event.CloudTrailEvent);
  } catch {
    return void 0;
  }
  const identity = parsed.userIdentity ?? {};
  const request = parsed.requestParameters ?? {};
  const pick = (value) => Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === "string" && v !== ""));
  return {
    eventId: event.EventId,
    eventTime: event.EventTime?.toISOString() ?? parsed.eventTime ?? "",
    cloudTrailEventSha256: createHash("sha256").update(event.CloudTrailEvent).digest("hex"),
    ...pick({
      modelPackageArn: request.modelPackageArn,
      status: request.modelApprovalStatus,
      description: request.approvalDescription,
      errorCode: parsed.errorCode
    }),
    identity: pick({
      type: identity.type,
      arn: identity.arn,
      principalId: identity.principalId,
      accountId: identity.accountId,
      userName: identity.userName,
      issuerArn: identity.sessionContext?.sessionIssuer?.arn,
      sourceIdentity: identity.sessionContext?.sourceIdentity,
      invokedBy: identity.invokedBy
    })
  };
}

// src/sources/models/sagemaker.ts
var MAX_CONTENT_BYTES = 5 * 1024 * 1024;
var PAGE_SIZE = 100;
var MAX_EVENT_PAGES = 200;
var EVENT_HISTORY_DAYS = 90;
var REPORTS = [
  ["ModelQuality.Statistics", (m) => m.ModelQuality?.Statistics],
  ["ModelQuality.Constraints", (m) => m.ModelQuality?.Constraints],
  ["ModelDataQuality.Statistics", (m) => m.ModelDataQuality?.Statistics],
  ["ModelDataQuality.Constraints", (m) => m.ModelDataQuality?.Constraints],
  ["Bias.Report", (m) => m.Bias?.Report],
  ["Bias.PreTrainingReport", (m) => m.Bias?.PreTrainingReport],
  ["Bias.PostTrainingReport", (m) => m.Bias?.PostTrainingReport],
  ["Explainability.Report", (m) => m.Explainability?.Report]
];
async function collectSageMaker(sink, options, clients = {}) {
  const { region } = options;
  const sagemaker = clients.sagemaker ?? new import_client_sagemaker.SageMakerClient({
    region,
    maxAttempts: 5,
    ...options.endpoint ? { endpoint: options.endpoint } : {}
  });
  const s3 = clients.s3 ?? new import_client_s3.S3Client({ region, maxAttempts: 5, followRegionRedirects: true });
  const cloudtrail = clients.cloudtrail ?? new import_client_cloudtrail.CloudTrailClient({ region, maxAttempts: 5 });
  let approvals;
  const counts = { packages: 0, errors: 0 };
  const add = async (record) => {
    if (record.error) counts.errors++;
    await sink.add(record);
  };
  const regionFailure = async (requests, error) => {
    await add({
      path: `evidence/models/sagemaker/${segment(region)}.json`,
      source: "sagemaker",
      subject: `sagemaker:${region}`,
      kind: SAGEMAKER_KIND,
      requests,
      error
    });
  };
  let groups = options.groups?.map((ref) => groupRef(ref));
  if (!groups) {
    groups = [];
    const requests = [];
    try {
      const pages = (0, import_client_sagemaker.paginateListModelPackageGroups)({ client: sagemaker, pageSize: PAGE_SIZE }, {});
      for await (const page of pages) {
        requests.push(succeeded("ListModelPackageGroups", region, page).request);
        for (const summary of page.ModelPackageGroupSummaryList ?? []) {
          if (summary.ModelPackageGroupName)
            groups.push({ name: summary.ModelPackageGroupName, ref: summary.ModelPackageGroupName });
        }
      }
    } catch (error) {
      requests.push(failed("ListModelPackageGroups", region, error));
      await regionFailure(requests, describeSageMakerError(error, "ListModelPackageGroups", region));
      return counts;
    }
    const shared = [];
    try {
      const pages = (0, import_client_sagemaker.paginateListModelPackageGroups)(
        { client: sagemaker, pageSize: PAGE_SIZE },
        { CrossAccountFilterOption: "CrossAccount" }
      );
      for await (const page of pages) {
        shared.push(succeeded("ListModelPackageGroups", region, page).request);
        for (const summary of page.ModelPackageGroupSummaryList ?? []) {
          const arn = summary.ModelPackageGroupArn;
          if (!arn || !summary.ModelPackageGroupName) continue;
          const ref = groupRef(arn);
          if (ref.owner && !groups.some((g) => g.ref === arn)) groups.push(ref);
        }
      }
    } catch (error) {
      shared.push(failed("ListModelPackageGroups", region, error));
      await add({
        path: `evidence/models/sagemaker/${segment(region)}/shared-groups.json`,
        source: "sagemaker",
        subject: `sagemaker:${region}/shared-groups`,
        kind: SAGEMAKER_KIND,
        requests: shared,
        error: describeSageMakerError(
          error,
          "ListModelPackageGroups",
          region,
          "groups shared from other accounts"
        )
      });
    }
  }
  for (const { name: group, ref, owner } of groups) {
    const where = owner ? `${segment(group)}@${owner}` : segment(group);
    const subjectGroup = owner ? `${group}@${owner}` : group;
    const listed = [];
    const listRequests = [];
    try {
      const pages = (0, import_client_sagemaker.paginateListModelPackages)(
        { client: sagemaker, pageSize: PAGE_SIZE },
        { ModelPackageGroupName: ref, ModelPackageType: "Versioned" }
      );
      for await (const page of pages) {
        const { request } = succeeded("ListModelPackages", region, page);
        listRequests.push(request);
        for (const summary of page.ModelPackageSummaryList ?? []) {
          if (!summary.ModelPackageArn) continue;
          const version = String(summary.ModelPackageVersion ?? summary.ModelPackageArn.split("/").pop());
          listed.push({ arn: summary.ModelPackageArn, version, request });
        }
      }
    } catch (error) {
      listRequests.push(failed("ListModelPackages", region, error));
      const failure = describeSageMakerError(error, "ListModelPackages", region, `group ${group}`);
      if (isCredentialError(error)) {
        await regionFailure(listRequests, failure);
        return counts;
      }
      await add({
        path: `evidence/models/sagemaker/${segment(region)}/${where}.json`,
        source: "sagemaker",
        subject: `sagemaker:${region}/${subjectGroup}`,
        kind: SAGEMAKER_KIND,
        requests: listRequests,
        error: failure
      });
      continue;
    }
    for (const { arn, version, request: listRequest } of listed) {
      const record = {
        path: `evidence/models/sagemaker/${segment(region)}/${where}/${segment(version)}.json`,
        source: "sagemaker",
        subject: `sagemaker:${region}/${subjectGroup}/${version}`,
        kind: SAGEMAKER_KIND,
        requests: [listRequest]
      };
      let described;
      try {
        const output = await sagemaker.send(new import_client_sagemaker.DescribeModelPackageCommand({ ModelPackageName: arn }));
        described = succeeded("DescribeModelPackage", region, output);
        record.requests.push(described.request);
      } catch (error) {
        record.requests.push(failed("DescribeModelPackage", region, error));
        const failure = describeSageMakerError(error, "DescribeModelPackage", region, arn);
        if (isCredentialError(error)) {
          await regionFailure(record.requests, failure);
          return counts;
        }
        await add({ ...record, error: failure });
        continue;
      }
      const reports = [];
      const metrics = described.body.ModelMetrics;
      for (const [kind, pick] of REPORTS) {
        const source = metrics ? pick(metrics) : void 0;
        if (!source?.S3Uri) continue;
        const { report, request } = await readReport(s3, kind, source);
        if (request) record.requests.push(request);
        if (report.error) counts.errors++;
        reports.push(report);
      }
      const pkg = described.body;
      record.data = {
        group,
        package: pkg,
        reports,
        ...owner ? { shared: { owner, groupArn: ref } } : {}
      };
      if (pkg.ModelApprovalStatus === "Approved") {
        if (owner) {
          record.data.approvalLookup = {
            status: "not-applicable",
            detail: `the group is shared from account ${owner}, whose CloudTrail holds its approvals`
          };
        } else {
          approvals ??= lookUpApprovals(cloudtrail, region);
          const history = await approvals;
          record.requests.push(...history.requests);
          record.data.approvalLookup = history.lookup;
          if (history.lookup.status === "done") {
            const own = (pkg.ModelPackageArn ?? arn).toLowerCase();
            record.data.approvalEvents = history.events.filter(
              (event) => event.modelPackageArn?.toLowerCase() === own
            );
          } else counts.errors++;
        }
      }
      counts.packages++;
      await add(record);
    }
  }
  return counts;
}
function optional(key, value) {
  return value === void 0 || value === null || value === "" ? {} : { [key]: value };
}
function digestForm(declared) {
  const value = declared.trim();
  const prefixed = /^sha-?256[:=](.+)$/i.exec(value);
  const body = prefixed ? prefixed[1] : value;
  if (/^[0-9a-f]{64}$/i.test(body)) {
    return {
      form: prefixed ? "sha256-prefixed" : "sha256-hex",
      algorithm: "sha256",
      bytes: Buffer.from(body, "hex")
    };
  }
  if (!prefixed && /^[0-9a-f]{32}$/i.test(body)) {
    return { form: "md5-hex", algorithm: "md5", bytes: Buffer.from(body, "hex") };
  }
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(body) && body.length % 4 === 0) {
    const bytes = Buffer.from(body, "base64");
    if (bytes.length === 32)
      return { form: prefixed ? "sha256-prefixed" : "sha256-base64", algorithm: "sha256", bytes };
    if (bytes.length === 16 && !prefixed) return { form: "md5-base64", algorithm: "md5", bytes };
  }
  return { form: "unrecognized" };
}
async function readReport(s3, kind, source) {
  const s3Uri = source.S3Uri;
  const report = {
    kind,
    s3Uri,
    ...optional("contentType", source.ContentType),
    ...optional("contentDigest", source.ContentDigest)
  };
  const declared = source.ContentDigest ? digestForm(source.ContentDigest) : void 0;
  if (declared) report.digestForm = declared.form;
  const location = /^s3:\/\/([^/]+)\/(.+)$/.exec(s3Uri);
  if (!location) {
    report.error = `${s3Uri} is not an s3://bucket/key URI`;
    return { report };
  }
  const request = { method: "GetObject", path: s3Uri, time: "", status: 0 };
  try {
    const response = await s3.send(new import_client_s3.GetObjectCommand({ Bucket: location[1], Key: location[2] }));
    const sha256 = createHash2("sha256");
    const md5 = createHash2("md5");
    const kept = [];
    let size = 0;
    for await (const chunk of response.Body ?? []) {
      sha256.update(chunk);
      md5.update(chunk);
      size += chunk.length;
      if (size <= MAX_CONTENT_BYTES) kept.push(Buffer.from(chunk));
    }
    const sha256Bytes = sha256.digest();
    const md5Bytes = md5.digest();
    request.time = (/* @__PURE__ */ new Date()).toISOString();
    request.status = response.$metadata.httpStatusCode ?? 200;
    request.responseSha256 = sha256Bytes.toString("hex");
    report.size = size;
    report.object = {
      ...optional("eTag", response.ETag),
      ...optional("versionId", response.VersionId),
      ...optional("lastModified", response.LastModified?.toISOString())
    };
    report.computed = {
      sha256Hex: sha256Bytes.toString("hex"),
      ...declared?.algorithm === "md5" ? { md5Base64: md5Bytes.toString("base64") } : {}
    };
    if (declared?.bytes) {
      report.digestMatches = declared.bytes.equals(declared.algorithm === "md5" ? md5Bytes : sha256Bytes);
    }
    const json = /json/i.test(source.ContentType ?? "") || /\.json$/i.test(s3Uri);
    if (size > MAX_CONTENT_BYTES) {
      report.contentOmitted = `larger than ${MAX_CONTENT_BYTES / 1024 / 1024} MB`;
    } else if (json) {
      try {
        report.content = JSON.parse(Buffer.concat(kept).toString("utf8"));
      } catch (error) {
        report.error = `declared as JSON (${source.ContentType}) but is not valid JSON: ${error.message}`;
      }
    }
  } catch (error) {
    request.time = (/* @__PURE__ */ new Date()).toISOString();
    request.status = statusOf(error) ?? 0;
    report.error = describeS3ReadError(error, s3Uri);
  }
  return { report, request };
}
function groupRef(nameOrArn) {
  const arn = /^arn:aws[\w-]*:sagemaker:[\w-]+:(\d{12}):model-package-group\/(.+)$/.exec(nameOrArn);
  return arn ? { name: arn[2], ref: nameOrArn, owner: arn[1] } : { name: nameOrArn, ref: nameOrArn };
}
async function lookUpApprovals(cloudtrail, region) {
  const since = new Date(Date.now() - EVENT_HISTORY_DAYS * 864e5);
  const requests = [];
  const events = [];
  let pages = 0;
  try {
    const paginator = (0, import_client_cloudtrail.paginateLookupEvents)(
      { client: cloudtrail, pageSize: 50 },
      {
        LookupAttributes: [{ AttributeKey: "EventName", AttributeValue: "UpdateModelPackage" }],
        StartTime: since
      }
    );
    for await (const page of paginator) {
      pages++;
      const { request } = succeeded("LookupEvents", region, page);
      requests.push({ ...request, path: `cloudtrail:${region}` });
      for (const event of page.Events ?? []) {
        const reduced = reduceApprovalEvent(event);
        if (reduced) events.push(reduced);
      }
      if (pages >= MAX_EVENT_PAGES && page.NextToken) {
        return { lookup: { status: "done", since: since.toISOString(), truncated: true }, events, requests };
      }
    }
  } catch (error) {
    requests.push({ ...failed("LookupEvents", region, error), path: `cloudtrail:${region}` });
    const failure = describeSageMakerError(error, "LookupEvents", region, "UpdateModelPackage events");
    return {
      lookup: {
        status: "error",
        detail: failure.message
      },
      events: [],
      requests
    };
  }
  events.sort((a, b) => b.eventTime.localeCompare(a.eventTime));
  return { lookup: { status: "done", since: since.toISOString() }, events, requests };
}
function succeeded(operation, region, output) {
  const { $metadata, ...rest } = output;
  const text = JSON.stringify(rest);
  return {
    request: {
      method: operation,
      path: `sagemaker:${region}`,
      time: (/* @__PURE__ */ new Date()).toISOString(),
      status: $metadata?.httpStatusCode ?? 200,
      responseSha256: createHash2("sha256").update(text).digest("hex")
    },
    body: JSON.parse(text)
  };
}
function failed(operation, region, error) {
  return {
    method: operation,
    path: `sagemaker:${region}`,
    time: (/* @__PURE__ */ new Date()).toISOString(),
    status: statusOf(error) ?? 0
  };
}
function describeSageMakerError(error, operation, region, target) {
  const status = statusOf(error);
  const name = errorName(error);
  const where = `${operation} in ${region}${target ? ` (${target})` : ""}`;
  const action = operation === "LookupEvents" ? "cloudtrail:LookupEvents" : `sagemaker:${operation}`;
  const message = safeMessage(error);
  if (name === "CredentialsProviderError") {
    return {
      message: `${where}: no AWS credentials were found. Give the job an AWS role before this step (e.g. aws-actions/configure-aws-credentials with OIDC).`
    };
  }
  if (isCredentialError(error)) {
    return {
      ...optional("status", status),
      message: `${where}: the AWS credentials were refused (${name}). Check that they are current and for the right partition; the role session may have expired.`
    };
  }
  if (name === "AccessDeniedException" || name === "AccessDenied" || status === 403) {
    return {
      status: status ?? 403,
      message: `${where}: access denied (${message}). Grant the role ${action}.`,
      missingPermission: action
    };
  }
  if (name === "ThrottlingException" || name === "Throttling" || status === 429) {
    return {
      ...optional("status", status),
      message: `${where}: still throttled after the SDK's retries (${message}).`
    };
  }
  if (name === "ResourceNotFound" || name === "ResourceNotFoundException") {
    return { ...optional("status", status), message: `${where}: not found (${message}).` };
  }
  const code = error.code;
  if (code === "ENOTFOUND" || code === "ECONNREFUSED" || code === "EAI_AGAIN" || code === "ETIMEDOUT") {
    return {
      message: `${where}: cannot reach the SageMaker endpoint (${code}). Check the region and endpoint.`
    };
  }
  return { ...optional("status", status), message: `${where} failed: ${name ?? "error"}: ${message}` };
}
function describeS3ReadError(error, s3Uri) {
  const name = errorName(error);
  const status = statusOf(error);
  if (isCredentialError(error)) return `GetObject ${s3Uri}: the AWS credentials were refused (${name})`;
  if (name === "AccessDenied" || status === 403) {
    const action = /perform: ([a-z0-9-]+:[A-Za-z0-9]+)/.exec(safeMessage(error))?.[1] ?? "s3:GetObject";
    return `GetObject ${s3Uri}: access denied for ${action} (${safeMessage(error)}). Grant the role s3:GetObject on the report's bucket (and kms:Decrypt when it is encrypted with a KMS key).`;
  }
  if (name === "NoSuchKey" || status === 404 && name !== "NoSuchBucket") {
    return `GetObject ${s3Uri}: the report file does not exist (NoSuchKey)`;
  }
  if (name === "NoSuchBucket") return `GetObject ${s3Uri}: the bucket does not exist (NoSuchBucket)`;
  return `GetObject ${s3Uri} failed: ${name ?? "error"}: ${safeMessage(error)}`;
}
function segment(name) {
  const safe = name.replace(/[^A-Za-z0-9._-]/g, "_");
  return /^\.+$/.test(safe) ? safe.replace(/\./g, "_") : safe;
}
export {
  SAGEMAKER_KIND,
  collectSageMaker,
  describeSageMakerError,
  digestForm,
  sageMakerVersionView
};
//# sourceMappingURL=sagemaker-KLZPA2PB.js.map
