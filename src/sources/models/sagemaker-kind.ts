export { SAGEMAKER_KIND } from '../../evidence/models.js'
