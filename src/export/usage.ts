/** The export command's help text, apart from the command so `--help` loads none of its dependencies. */
export const EXPORT_USAGE = `  export <s3://bucket/prefix[/scope] | directory of bundles[/scope]> --from 2026-07-01 --to 2026-09-30
         --out DIR [--framework iso27001-2022] [--control A.8.32] [--seed N]
         [--sample-sizes daily=25,weekly=5,per-change=25] [--every 1d] [--public-key key.pub] [--require-signature]
      Verifies every bundle of the period (as verify does) and writes to DIR, which must be new or empty:
      index.html and index.csv (control → bundle → evidence file → SHA-256), each check's population over
      the period (populations/*.csv, de-duplicated across bundles), a seeded sample of each (samples/*.csv;
      seed, method and sizes in sampling.json), verification.json and SHA256SUMS. Same store, flags and
      --seed: the same bytes. Exit 0 written and verified, 1 written but verification failed, 2 bad input.`
