import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GitHubRequestFailure,
  graphqlPost
} from "./chunk-4DZ7RMQR.js";

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
  } catch (error) {
    if (error instanceof GitHubRequestFailure) return void 0;
    throw error;
  }
}

export {
  tokenLogin
};
//# sourceMappingURL=chunk-4ZHYP2QB.js.map
