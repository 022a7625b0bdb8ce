export const SAGEMAKER_KIND = 'models.sagemaker.package'
