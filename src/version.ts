/** Replaced at build time from package.json; the fallback serves tests that run the sources directly. */
declare const __TOOL_VERSION__: string | undefined

export const TOOL_NAME = 'annex-evidence'
export const TOOL_VERSION = typeof __TOOL_VERSION__ === 'string' ? __TOOL_VERSION__ : '0.0.0-dev'
