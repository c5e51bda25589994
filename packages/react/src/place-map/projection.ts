/** The map's fixed projection for points: the arithmetic d3 used to draw the outlines, no d3. */
import { REGION_FRAME } from './region.generated.js'

const RAD = Math.PI / 180
// The conic equal-area (Albers) projection for the frame's two standard parallels, as d3-geo's
// geoConicEqualAreaRaw computes it. Importing that one function from d3-geo would ship most of
// d3-geo (one module file, not tree-shakable), so its five lines live here; a test checks that
// both agree to a millionth of a pixel.
const sy0 = Math.sin(REGION_FRAME.parallels[0] * RAD)
const n = (sy0 + Math.sin(REGION_FRAME.parallels[1] * RAD)) / 2
const c = 1 + sy0 * (2 * n - sy0)
const r0 = Math.sqrt(c) / n

/**
 * Projects `[longitude, latitude]` to the regional map's SVG coordinates with the conic
 * equal-area projection that drew the boundaries at build: rotation by the central meridian,
 * the raw projection, then the scale and translation d3 fitted to the frame.
 *
 * @example
 * ```ts
 * projectPoint([49.87, 40.41]) // Baku: [x, y] within REGION_FRAME.width × REGION_FRAME.height
 * ```
 */
export function projectPoint(position: readonly number[]): [number, number] {
  const [lon = Number.NaN, lat = Number.NaN] = position
  let lambda = (lon - REGION_FRAME.centralMeridian) * RAD
  if (Math.abs(lambda) > Math.PI) lambda -= Math.round(lambda / (2 * Math.PI)) * 2 * Math.PI
  const r = Math.sqrt(c - 2 * n * Math.sin(lat * RAD)) / n
  const x = r * Math.sin(lambda * n)
  const y = r0 - r * Math.cos(lambda * n)
  return [REGION_FRAME.dx + REGION_FRAME.scale * x, REGION_FRAME.dy - REGION_FRAME.scale * y]
}

/** Whether a projected point lies within the map's frame. */
export function inFrame([x, y]: readonly [number, number]): boolean {
  return x >= 0 && x <= REGION_FRAME.width && y >= 0 && y <= REGION_FRAME.height
}
