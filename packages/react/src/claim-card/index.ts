/** `@karabakh-aftermath/react/claim-card`: one claim with its hedge, quote and disputes. */
export { ClaimCard, type ClaimCardProps } from './claim-card.js'
export { LikelihoodScale, type LikelihoodScaleProps } from './likelihood-scale.js'
