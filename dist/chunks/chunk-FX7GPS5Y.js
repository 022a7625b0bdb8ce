import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  SAGEMAKER_KIND
} from "./chunk-5OAN6P4X.js";
import {
  scalarText
} from "./chunk-URX6PXYS.js";

// src/checks/models/sagemaker-approval.ts
function principalOfEvent(identity) {
  return principal(identity.arn ?? identity.issuerArn, identity.sourceIdentity, void 0);
}
function principalOfUserContext(user) {
  if (!user) return void 0;
  const arn = user.IamIdentity?.Arn;
  if (!arn && !user.UserProfileName && !user.UserProfileArn) return void 0;
  const profile = user.UserProfileName ?? user.UserProfileArn?.split("/").pop();
  return principal(arn, user.IamIdentity?.SourceIdentity, profile);
}
function principal(arn, sourceIdentity, profile) {
  let role;
  let person = sourceIdentity || profile || void 0;
  const assumed = arn && /^arn:(aws[\w-]*):sts::(\d{12}):assumed-role\/([^/]+)\/(.+)$/.exec(arn);
  const iamRole = arn && /^arn:(aws[\w-]*):iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
  const iamUser = arn && /^arn:(aws[\w-]*):iam::(\d{12}):user\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (assumed) {
    role = `arn:${assumed[1]}:iam::${assumed[2]}:role/${assumed[3]}`;
    if (!person && assumed[3].startsWith("AWSReservedSSO_")) person = assumed[4];
  } else if (iamRole) {
    role = `arn:${iamRole[1]}:iam::${iamRole[2]}:role/${iamRole[3]}`;
  } else if (iamUser) {
    person ??= iamUser[3];
  } else if (arn && /:root$/.test(arn)) {
    person ??= arn;
  }
  const display = [person, arn ?? role].filter(Boolean).join(" via ");
  return {
    ...role ? { role } : {},
    ...person ? { person: person.toLowerCase() } : {},
    display: display || "unknown"
  };
}
function sameApprover(approver, creator) {
  if (approver.person && creator.person) {
    return approver.person === creator.person ? `approved by its creator ${creator.person}` : void 0;
  }
  if (approver.role && creator.role && approver.role.toLowerCase() === creator.role.toLowerCase()) {
    return `approved under the role ${approver.role} that also created it, and no SourceIdentity or user profile tells the people apart`;
  }
  return void 0;
}

// src/checks/models/sagemaker-clarify.ts
function clarifyMetrics(content, source, at) {
  if (!content || typeof content !== "object") return [];
  const metrics = [];
  const byName = /* @__PURE__ */ new Map();
  for (const stage of ["pre_training_bias_metrics", "post_training_bias_metrics"]) {
    const facets = content[stage]?.facets;
    if (!facets || typeof facets !== "object") continue;
    for (const [facet, groups] of Object.entries(facets)) {
      if (!Array.isArray(groups)) continue;
      for (const group of groups) {
        if (!Array.isArray(group?.metrics)) continue;
        const facetValue = scalarText(group.value_or_threshold ?? "");
        for (const metric of group.metrics) {
          if (typeof metric?.name !== "string" || typeof metric.value !== "number" || !Number.isFinite(metric.value))
            continue;
          const entry = {
            name: `${metric.name}:${token(facet)}:${token(facetValue)}`,
            value: metric.value,
            ...at ? { at } : {},
            source: `${source} (Clarify ${stage.replace(/_/g, " ")}, facet ${facet} = ${facetValue})`
          };
          metrics.push(entry);
          byName.set(metric.name, [...byName.get(metric.name) ?? [], entry]);
        }
      }
    }
  }
  for (const [name, entries] of byName) {
    if (entries.length === 1) metrics.push({ ...entries[0], name });
  }
  return metrics;
}
function token(value) {
  return value.trim().replace(/[^A-Za-z0-9_.-]+/g, "_") || "_";
}

// src/checks/models/sagemaker-view.ts
function sageMakerVersionView(record, productionStatuses = ["Approved"], productionStages = ["Production"]) {
  if (record.kind !== SAGEMAKER_KIND || record.error || !record.data) return void 0;
  const data = record.data;
  const pkg = data.package;
  if (!pkg) return void 0;
  const status = pkg.ModelApprovalStatus;
  const lifeCycle = pkg.ModelLifeCycle;
  const stageInProduction = !!lifeCycle?.Stage && productionStages.includes(lifeCycle.Stage);
  const deployed = status !== void 0 && productionStatuses.includes(status) || stageInProduction;
  const usable = pkg.ModelPackageStatus === void 0 || pkg.ModelPackageStatus === "Completed";
  const customer = pkg.CustomerMetadataProperties ?? {};
  const modelQuality = data.reports.find((report) => report.kind === "ModelQuality.Statistics");
  const metrics = [
    ...modelQuality?.content ? metricsOf(modelQuality.content, modelQuality.s3Uri, modelQuality.object?.lastModified) : [],
    ...data.reports.filter((report) => report.kind.startsWith("Bias.") && report.content).flatMap((report) => clarifyMetrics(report.content, report.s3Uri, report.object?.lastModified))
  ];
  const driftBaselines = Object.entries(pkg.DriftCheckBaselines ?? {}).filter(([, value]) => value && Object.keys(value).length > 0).map(([key]) => key);
  const monitoringKey = Object.keys(customer).find((key) => /^monitoring$/i.test(key));
  return {
    registry: "sagemaker",
    subject: record.subject,
    name: data.group,
    version: String(pkg.ModelPackageVersion ?? record.subject.split("/").pop()),
    production: deployed && usable,
    labels: [
      ...status ? [status] : [],
      ...lifeCycle?.Stage ? [`stage ${lifeCycle.Stage}${lifeCycle.StageStatus ? ` (${lifeCycle.StageStatus})` : ""}`] : [],
      ...pkg.ModelPackageStatus && pkg.ModelPackageStatus !== "Completed" ? [`ModelPackageStatus ${pkg.ModelPackageStatus}`] : [],
      ...data.shared ? [`shared from account ${data.shared.owner}`] : []
    ],
    ...optional("createdBy", userOf(pkg.CreatedBy)),
    ...optional("createdAt", pkg.CreationTime),
    ...status || stageInProduction ? { approval: approvalOf(data, stageInProduction) } : {},
    ...optional("description", pkg.ModelPackageDescription),
    documentation: documentationOf(pkg),
    lineage: {
      ...optional("runId", pkg.MetadataProperties?.GeneratedBy ?? pkg.MetadataProperties?.ProjectId),
      datasets: datasetsOf(pkg)
    },
    metrics,
    monitoring: monitoringKey !== void 0 ? {
      declared: true,
      detail: `CustomerMetadataProperties.${monitoringKey}: ${customer[monitoringKey]}`
    } : driftBaselines.length > 0 ? { declared: true, detail: `DriftCheckBaselines: ${driftBaselines.join(", ")}` } : { declared: false },
    integrityProblems: [
      ...pkg.ModelPackageStatus === void 0 ? ["DescribeModelPackage gave no ModelPackageStatus"] : [],
      ...data.reports.flatMap(integrityProblem)
    ],
    evidence: [record.path]
  };
}
function optional(key, value) {
  return value === void 0 || value === null || value === "" ? {} : { [key]: value };
}
function approvalOf(data, stageInProduction) {
  const pkg = data.package;
  const status = pkg.ModelApprovalStatus ?? "unknown";
  const note = optional("note", pkg.ApprovalDescription);
  const lifeCycle = pkg.ModelLifeCycle;
  const problems = [];
  if (status !== "Approved") problems.push(`ModelApprovalStatus is ${status}, not Approved`);
  if (stageInProduction && lifeCycle?.StageStatus !== "Approved") {
    problems.push(
      `lifecycle stage ${lifeCycle?.Stage} has StageStatus ${lifeCycle?.StageStatus ?? "(none)"}, not Approved`
    );
  }
  if (status !== "Approved") return { status, ...note, ...stageInProduction ? { problems } : {} };
  const lookup = data.approvalLookup;
  const editor = userOf(pkg.LastModifiedBy);
  if (!lookup || lookup.status !== "done") {
    const undetermined = `Approved, but who approved cannot be established: ${lookup?.detail ?? "no CloudTrail lookup is recorded"}${editor ? ` (LastModifiedBy ${editor} is only whoever last edited the package)` : ""}`;
    return problems.length > 0 ? { status, ...note, problems: [...problems, undetermined] } : { status, ...note, undetermined };
  }
  const event = (data.approvalEvents ?? []).find((e) => !e.errorCode && e.status === "Approved");
  if (!event) {
    if (lookup.truncated) {
      return {
        status,
        ...note,
        undetermined: `Approved, but no UpdateModelPackage event setting Approved was found in the events read since ${lookup.since}, and the history has more events than were read`
      };
    }
    return {
      status,
      ...note,
      problems: [
        ...problems,
        `Approved, but no UpdateModelPackage event that set Approved is in CloudTrail's event history since ${lookup.since} (registered as Approved by its creator, or approved before then)${editor ? `; LastModifiedBy ${editor} is only whoever last edited it` : ""}`
      ]
    };
  }
  const approver = principalOfEvent(event.identity);
  const creator = principalOfUserContext(pkg.CreatedBy);
  const same = creator ? sameApprover(approver, creator) : void 0;
  if (!creator) problems.push("CreatedBy is not recorded, so the approval cannot be shown to be independent");
  if (same)
    problems.push(
      `${same} (created by ${creator.display}; CloudTrail event ${event.eventId} at ${event.eventTime} by ${approver.display})`
    );
  return {
    status,
    by: approver.display,
    at: event.eventTime,
    note: `${pkg.ApprovalDescription ? `${pkg.ApprovalDescription} ` : ""}(CloudTrail UpdateModelPackage event ${event.eventId})`,
    ...problems.length > 0 ? { problems } : {}
  };
}
function userOf(user) {
  return user?.UserProfileName ?? user?.IamIdentity?.SourceIdentity ?? user?.IamIdentity?.Arn ?? user?.UserProfileArn;
}
function documentationOf(pkg) {
  const content = pkg.ModelCard?.ModelCardContent;
  const cardStatus = pkg.ModelCard?.ModelCardStatus;
  const unapprovedCard = content && cardStatus !== "Approved" ? `the ModelCard is ${cardStatus ?? "without a ModelCardStatus"}, not Approved` : void 0;
  if (content && !unapprovedCard) {
    let card;
    try {
      card = JSON.parse(content);
    } catch {
      card = void 0;
    }
    if (card && typeof card === "object") {
      const uses = card.intended_uses ?? {};
      const extra = card.additional_information ?? {};
      const intendedUse2 = filled(uses.intended_uses) || filled(uses.purpose_of_model) || filled(card.business_details?.business_problem);
      const limitations2 = filled(uses.factors_affecting_model_efficiency) || filled(uses.explanations_for_risk_rating) || filled(uses.risk_rating) && uses.risk_rating !== "Unknown" || filled(extra.caveats_and_recommendations);
      if (intendedUse2 || limitations2) return { intendedUse: intendedUse2, limitations: limitations2, source: "ModelCard" };
    }
  }
  const description = pkg.ModelPackageDescription ?? "";
  const intendedUse = /intended[\s_-]+uses?/i.test(description);
  const limitations = /limitation/i.test(description);
  if (intendedUse || limitations) {
    return {
      intendedUse,
      limitations,
      source: `ModelPackageDescription${unapprovedCard ? ` (${unapprovedCard})` : ""}`
    };
  }
  return {
    intendedUse: false,
    limitations: false,
    ...unapprovedCard ? { source: `model card (${unapprovedCard})` } : {}
  };
}
function filled(value) {
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.some(filled);
  return value !== void 0 && value !== null && typeof value !== "object";
}
function datasetsOf(pkg) {
  const datasets = Object.entries(pkg.CustomerMetadataProperties ?? {}).filter(([key]) => /dataset|(^|[_.-])data([_.-]|$)/i.test(key)).sort(([a], [b]) => a.localeCompare(b)).map(([, value]) => value).filter((value) => value.trim() !== "");
  const baseline = pkg.DriftCheckBaselines?.ModelDataQuality?.Statistics?.S3Uri;
  if (baseline) datasets.push(baseline);
  return [...new Set(datasets)];
}
function metricsOf(content, source, written) {
  const metrics = /* @__PURE__ */ new Map();
  const dataset = content?.dataset;
  const at = typeof dataset?.evaluation_time === "string" ? dataset.evaluation_time : written;
  const walk = (node, depth) => {
    if (!node || typeof node !== "object" || Array.isArray(node) || depth > 8) return;
    for (const [key, value] of Object.entries(node)) {
      const leaf = value?.value;
      if (typeof leaf === "number" && Number.isFinite(leaf)) {
        if (!metrics.has(key)) metrics.set(key, { name: key, value: leaf, ...optional("at", at), source });
      } else {
        walk(value, depth + 1);
      }
    }
  };
  walk(content, 0);
  return [...metrics.values()];
}
function integrityProblem(report) {
  const where = `${report.kind} report ${report.s3Uri}`;
  if (report.error) return [`${where} could not be read: ${report.error}`];
  if (!report.contentDigest) {
    return [`${where} has no ContentDigest, so the file in S3 cannot be shown to be the one registered`];
  }
  if (report.digestForm === "unrecognized") {
    return [
      `${where}: ContentDigest ${report.contentDigest} is not a SHA-256 or MD5 digest in a recognized form, so the file cannot be verified`
    ];
  }
  if (report.digestMatches === false && report.computed) {
    const md5 = report.digestForm === "md5-base64" || report.digestForm === "md5-hex";
    const computed = !md5 ? `sha256:${report.computed.sha256Hex}` : report.digestForm === "md5-hex" ? Buffer.from(report.computed.md5Base64 ?? "", "base64").toString("hex") : report.computed.md5Base64;
    return [
      `${where}: ContentDigest ${report.contentDigest} does not match the file in S3 (computed ${computed}); the report was changed after the package was registered, or the digest is wrong`
    ];
  }
  return [];
}

export {
  sageMakerVersionView
};
//# sourceMappingURL=chunk-FX7GPS5Y.js.map
