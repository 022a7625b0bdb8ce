export { GITHUB_EVIDENCE, evidencePath, repoSubject } from '../../evidence/github.js'
