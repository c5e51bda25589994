/**
 * The schema's closed vocabularies that the helpers check arguments against, taken from the
 * schema's zod-free `/vocabulary` entry (a few hundred bytes), never from its root, which
 * would pull zod into a browser bundle.
 *
 * @internal
 * @module
 */
export {
  ACTOR_KINDS,
  CLAIM_KINDS,
  COLLECTIONS,
  EVENT_KINDS,
  LIKELIHOOD_TERMS,
  PLACE_KINDS,
  RELATION_PREDICATES,
  SYMMETRIC_PREDICATES,
} from '@karabakh-aftermath/schema/vocabulary'
