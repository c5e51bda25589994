/** `@karabakh-aftermath/react/actor-card`: an actor with names, relations and claims. */
export { ActorCard, type ActorCardProps } from './actor-card.js'
