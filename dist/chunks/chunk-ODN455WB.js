import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  apiUrls,
  retryBaseMs,
  runMetadata
} from "./chunk-NDY76ZPL.js";

// src/inputs/run-options.ts
function nightlyRunOptions(input) {
  const { env } = input;
  const now = input.now ?? /* @__PURE__ */ new Date();
  return {
    token: input.token,
    ...apiUrls(env),
    ...input.inputs,
    currentRepository: env.GITHUB_REPOSITORY,
    signingKey: input.signingKey,
    run: runMetadata(env, now),
    now,
    retryBaseMs: retryBaseMs(env),
    log: input.log,
    workspace: input.workspace,
    env
  };
}

export {
  nightlyRunOptions
};
//# sourceMappingURL=chunk-ODN455WB.js.map
