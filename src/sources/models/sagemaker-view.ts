export { sageMakerVersionView } from '../../checks/models/sagemaker-view.js'
