/** GeoJSON geometries (RFC 7946): `[longitude, latitude]` on WGS 84, validated with readable errors. */
import type * as GeoJSON from 'geojson'
import { z } from 'zod'

export type { GeoJSON }

const degrees = (name: string, limit: number) => {
  const message = `${name} must be between -${limit} and ${limit}`
  return z.number().min(-limit, message).max(limit, message)
}
const Longitude = degrees('longitude', 180)
const Latitude = degrees('latitude', 90)

/** A position: `[longitude, latitude]` or `[longitude, latitude, altitude]` (RFC 7946 §3.1.1). */
export const PositionSchema = z
  .union([z.tuple([Longitude, Latitude]), z.tuple([Longitude, Latitude, z.number()])])
  .describe('[longitude, latitude] in WGS 84 decimal degrees (RFC 7946: longitude first).')

const closed = (ring: number[][]) =>
  ring.length > 0 && [0, 1].every((i) => ring[0]?.[i] === ring.at(-1)?.[i])
const LinearRing = z
  .array(PositionSchema)
  .min(4, 'a polygon ring needs at least four positions')
  .refine(closed, 'a polygon ring must be closed: its last position must equal its first')

// RFC 7946 §5: [west, south, east, north], or with the lowest and highest altitude: the
// 4- or 6-tuple of `GeoJSON.BBox`, so a validated geometry is assignable to `GeoJSON.Geometry`.
const n = z.number()
const BBoxSchema = z.union([z.tuple([n, n, n, n]), z.tuple([n, n, n, n, n, n])]).optional()

/** One geometry type of RFC 7946 §3.1: its `type`, its `coordinates` and an optional `bbox`. */
const geometry = <T extends string, C extends z.ZodType>(type: T, coordinates: C) =>
  z.strictObject({ type: z.literal(type), coordinates, bbox: BBoxSchema })

/**
 * A GeoJSON geometry object (RFC 7946): Point, MultiPoint, LineString, MultiLineString, Polygon
 * or MultiPolygon, longitude first, polygon rings closed.
 *
 * @example
 * ```ts
 * GeometrySchema.parse({ type: 'Point', coordinates: [49.88, 40.4] }) // Baku
 * GeometrySchema.safeParse({ type: 'Point', coordinates: [40.4, 249.88] }).success // false
 * ```
 */
export const GeometrySchema = z
  .discriminatedUnion('type', [
    geometry('Point', PositionSchema),
    geometry('MultiPoint', z.array(PositionSchema)),
    geometry('LineString', z.array(PositionSchema).min(2, 'a line needs at least two positions')),
    geometry('MultiLineString', z.array(z.array(PositionSchema).min(2))),
    geometry('Polygon', z.array(LinearRing).min(1)),
    geometry('MultiPolygon', z.array(z.array(LinearRing).min(1))),
  ])
  .meta({
    id: 'Geometry',
    description: 'GeoJSON geometry (RFC 7946), [longitude, latitude] on WGS 84.',
  })

/** A GeoJSON geometry as the schema validates it; assignable to `GeoJSON.Geometry` of `@types/geojson`. */
export type Geometry = z.output<typeof GeometrySchema>
