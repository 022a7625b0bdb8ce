import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  InputError
} from "./chunk-R3RSZNU2.js";

// src/config/period.ts
var DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;
var MAX_MILLISECONDS = 3660 * 864e5;
function resolvePeriod(expression, end, where = "period") {
  const match = DURATION.exec(expression.trim().toUpperCase());
  const [weeks, days, hours, minutes] = (match?.slice(1) ?? []).map((part) => Number(part ?? 0));
  const milliseconds = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 6e4;
  if (!match || milliseconds <= 0 || milliseconds > MAX_MILLISECONDS) {
    throw new InputError(
      `${where}: expected an ISO 8601 duration in weeks, days, hours or minutes of at most ten years, such as "P1D", "P90D" or "PT12H", got ${JSON.stringify(expression)}`
    );
  }
  return {
    start: new Date(end.getTime() - milliseconds).toISOString(),
    end: end.toISOString(),
    expression: expression.trim().toUpperCase()
  };
}
function durationMs(expression) {
  const text = expression.trim().toUpperCase();
  const match = DURATION.exec(text);
  if (!match || text === "P" || text.endsWith("T")) return void 0;
  const [weeks, days, hours, minutes] = match.slice(1).map((part) => Number(part ?? 0));
  return (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 6e4;
}

export {
  resolvePeriod,
  durationMs
};
//# sourceMappingURL=chunk-P4CAYHBQ.js.map
