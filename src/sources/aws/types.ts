export * from '../../evidence/aws.js'
