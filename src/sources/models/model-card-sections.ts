export { cardSections, type CardSections } from '../../checks/models/model-card-sections.js'
