import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/report/escape.ts
var BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
var CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g;
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
var MARKDOWN = /[\\`*_[\]|~$]/g;
var ZERO_WIDTH_SPACE = "\u200B";
function escapeMarkdown(value) {
  return plainText(value).replace(/[&<>]/g, (c) => HTML[c]).replace(MARKDOWN, (c) => `\\${c}`).replace(/([@#])(?=[\w-])/g, `$1${ZERO_WIDTH_SPACE}`).replace(/^(\s*)([#>+=-])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}
function codeMarkdown(value) {
  return `<code>${escapeMarkdown(value)}</code>`;
}
function plainText(value, options = {}) {
  let text = String(value).replace(/\r\n?|\n/g, " ").replace(CONTROLS, "").replace(BIDI, "");
  if (options.sarif) text = text.replace(/[[\]\\]/g, (c) => `\\${c}`);
  const max = options.max ?? Infinity;
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function logValue(value) {
  return String(value).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/::/g, `:${ZERO_WIDTH_SPACE}:`).replace(BIDI, "");
}

export {
  escapeMarkdown,
  codeMarkdown,
  plainText,
  logValue
};
//# sourceMappingURL=chunk-JHX3YBHI.js.map
