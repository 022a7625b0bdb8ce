import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/util/text.ts
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
function showValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return scalarText(value);
}
function didYouMean(value, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(value.length / 4)) ? ` (did you mean "${best}"?)` : "";
}
function scalarText(value, absent) {
  if (absent !== void 0 && value == null) return absent;
  switch (typeof value) {
    case "string":
      return value;
    case "number":
    case "boolean":
    case "bigint":
    case "symbol":
      return value.toString();
    case "undefined":
      return "undefined";
    case "function":
      return "a function";
    default:
      return value === null ? "null" : JSON.stringify(value) ?? "";
  }
}

export {
  editDistance,
  showValue,
  didYouMean,
  scalarText
};
//# sourceMappingURL=chunk-URX6PXYS.js.map
