/** `@karabakh-aftermath/react/place-map`: the region's places on a map bundled at build. */
export { PlaceMap, type PlaceMapProps } from './place-map.js'
export { inFrame, projectPoint } from './projection.js'
export { REGION_FRAME } from './region.generated.js'
