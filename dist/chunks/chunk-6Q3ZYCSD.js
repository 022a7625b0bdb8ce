import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/inputs/defaults.ts
var FAIL_ON_VALUES = ["none", "error", "failing-control"];
var REPOSITORY_PATTERN = /^[A-Za-z0-9-]+\/(\*|[A-Za-z0-9._-]+)$/;
var INPUT_DEFAULTS = {
  config: ".github/evidence.yml",
  destination: "evidence-bundles",
  "spool-dir": "evidence-bundles",
  "s3-force-path-style": "false",
  "fail-on": "failing-control",
  "rate-limit-wait": "900",
  "signing-key": "none",
  mode: "auto",
  attest: "auto"
};
var DEFAULT_PERIOD = "P1D";

export {
  FAIL_ON_VALUES,
  REPOSITORY_PATTERN,
  INPUT_DEFAULTS,
  DEFAULT_PERIOD
};
//# sourceMappingURL=chunk-6Q3ZYCSD.js.map
