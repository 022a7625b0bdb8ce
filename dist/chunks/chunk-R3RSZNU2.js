import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/config/errors.ts
var InputError = class extends Error {
  name = "InputError";
};

export {
  InputError
};
//# sourceMappingURL=chunk-R3RSZNU2.js.map
