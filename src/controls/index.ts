export * from './catalog.js'
export * from './rollup.js'
export * from './soa.js'
