export { clarifyMetrics } from '../../checks/models/sagemaker-clarify.js'
