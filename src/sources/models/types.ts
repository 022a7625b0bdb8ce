export type * from '../../evidence/models.js'
