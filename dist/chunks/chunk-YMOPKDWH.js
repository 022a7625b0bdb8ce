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

// src/util/concurrency.ts
async function mapWithLimit(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
function chunk(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export {
  mapWithLimit,
  chunk,
  tokenLogin
};
//# sourceMappingURL=chunk-YMOPKDWH.js.map
