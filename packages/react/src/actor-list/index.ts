/** `@karabakh-aftermath/react/actor-list`: the actors grouped by kind. */
export { ActorList, type ActorListProps } from './actor-list.js'
