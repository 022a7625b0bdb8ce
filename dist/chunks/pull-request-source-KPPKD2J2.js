import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  collectPullRequest
} from "./chunk-AXKLS5FN.js";
import {
  logValue
} from "./chunk-JHX3YBHI.js";
import "./chunk-AVWFUSEA.js";
import "./chunk-4DZ7RMQR.js";
import "./chunk-QL45PCME.js";
import "./chunk-YMOHZN2L.js";
import "./chunk-LJROAE64.js";
import {
  aiEvidenceRecord,
  isAiRelevantFile,
  isWorkflowFile
} from "./chunk-CG44BHTW.js";
import "./chunk-RHUBQFO2.js";
import "./chunk-AKQKRLW5.js";
import "./chunk-MLNTMEOM.js";
import "./chunk-NNI55PZK.js";
import "./chunk-URX6PXYS.js";
import "./chunk-P4CAYHBQ.js";
import "./chunk-U734E4WK.js";
import "./chunk-R3RSZNU2.js";
import "./chunk-E4WBWSDB.js";

// src/sources/github/pull-request-source.ts
var source = {
  async collect(settings, sink, log) {
    const target = settings.pullRequest;
    if (!target) throw new Error("the pull-request source runs only in pull-request mode");
    const { ref: pr, client } = target;
    log.info(
      `${logValue(pr.repository)}#${pr.number} "${logValue(pr.title)}" (${logValue(pr.headRef)} \u2192 ${logValue(pr.baseRef)}, head ${logValue(pr.headSha.slice(0, 7))})`
    );
    const inventoryPath = settings.config["ai-inventory"].path;
    await sink.add(await aiEvidenceRecord(settings.config, pr));
    if (target.configRecord) await sink.add(target.configRecord);
    await collectPullRequest(client, sink, pr, {
      interesting: (path) => isWorkflowFile(path) || isAiRelevantFile(path) || path === inventoryPath,
      inventoryPath
    });
    return {
      manifest: { apiUrl: settings.apiUrl, pullRequest: pr },
      notes: [],
      failures: [],
      subjects: 1,
      requests: client.finish()
    };
  }
};
export {
  source
};
//# sourceMappingURL=pull-request-source-KPPKD2J2.js.map
