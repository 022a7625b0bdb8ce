export type * from '../../evidence/github.js'
