/** GeoJSON geometries (RFC 7946): `[longitude, latitude]` on WGS 84, validated with readable errors. */
import type * as GeoJSON from 'geojson'
import { z } from 'zod'

export type { GeoJSON }

const Longitude = z
  .number()
  .min(-180, 'longitude must be between -180 and 180')
  .max(180, 'longitude must be between -180 and 180')
const Latitude = z
  .number()
  .min(-90, 'latitude must be between -90 and 90')
  .max(90, 'latitude must be between -90 and 90')

/** A position: `[longitude, latitude]` or `[longitude, latitude, altitude]` (RFC 7946 §3.1.1). */
export const PositionSchema = z
  .union([z.tuple([Longitude, Latitude]), z.tuple([Longitude, Latitude, z.number()])])
  .meta({
    description: '[longitude, latitude] in WGS 84 decimal degrees (RFC 7946: longitude first).',
  })

const closed = (ring: number[][]) => {
  const first = ring[0]
  const last = ring[ring.length - 1]
  return !!first && !!last && first[0] === last[0] && first[1] === last[1]
}
const LinearRing = z
  .array(PositionSchema)
  .min(4, 'a polygon ring needs at least four positions')
  .refine(closed, 'a polygon ring must be closed: its last position must equal its first')

// RFC 7946 §5: [west, south, east, north], or with the lowest and highest altitude: the
// 4- or 6-tuple of `GeoJSON.BBox`, so a validated geometry is assignable to `GeoJSON.Geometry`.
const n = z.number()
const BBoxSchema = z.union([z.tuple([n, n, n, n]), z.tuple([n, n, n, n, n, n])]).optional()

const PointSchema = z
  .object({
    type: z.literal('Point'),
    coordinates: PositionSchema,
    bbox: BBoxSchema,
  })
  .strict()
const MultiPointSchema = z
  .object({
    type: z.literal('MultiPoint'),
    coordinates: z.array(PositionSchema),
    bbox: BBoxSchema,
  })
  .strict()
const LineStringSchema = z
  .object({
    type: z.literal('LineString'),
    coordinates: z.array(PositionSchema).min(2, 'a line needs at least two positions'),
    bbox: BBoxSchema,
  })
  .strict()
const MultiLineStringSchema = z
  .object({
    type: z.literal('MultiLineString'),
    coordinates: z.array(z.array(PositionSchema).min(2)),
    bbox: BBoxSchema,
  })
  .strict()
const PolygonSchema = z
  .object({
    type: z.literal('Polygon'),
    coordinates: z.array(LinearRing).min(1),
    bbox: BBoxSchema,
  })
  .strict()
const MultiPolygonSchema = z
  .object({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(LinearRing).min(1)),
    bbox: BBoxSchema,
  })
  .strict()

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
    PointSchema,
    MultiPointSchema,
    LineStringSchema,
    MultiLineStringSchema,
    PolygonSchema,
    MultiPolygonSchema,
  ])
  .meta({
    id: 'Geometry',
    description: 'GeoJSON geometry (RFC 7946), [longitude, latitude] on WGS 84.',
  })

/** A GeoJSON geometry as the schema validates it; assignable to `GeoJSON.Geometry` of `@types/geojson`. */
export type Geometry = z.output<typeof GeometrySchema>
