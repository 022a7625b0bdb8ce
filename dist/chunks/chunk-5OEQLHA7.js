import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/export/usage.ts
var EXPORT_USAGE = `  export <s3://bucket/prefix[/scope] | directory of bundles[/scope]> --from 2026-07-01 --to 2026-09-30
         --out DIR [--framework iso27001-2022] [--control A.8.32] [--seed N]
         [--sample-sizes daily=25,weekly=5,per-change=25] [--every 1d] [--public-key key.pub] [--require-signature]
      Verifies every bundle of the period (as verify does) and writes to DIR, which must be new or empty:
      index.html and index.csv (control \u2192 bundle \u2192 evidence file \u2192 SHA-256), each check's population over
      the period (populations/*.csv, de-duplicated across bundles), a seeded sample of each (samples/*.csv;
      seed, method and sizes in sampling.json), verification.json and SHA256SUMS. Same store, flags and
      --seed: the same bytes. Exit 0 written and verified, 1 written but verification failed, 2 bad input.`;

export {
  EXPORT_USAGE
};
//# sourceMappingURL=chunk-5OEQLHA7.js.map
