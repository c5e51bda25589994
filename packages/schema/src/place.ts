/** Places: countries, regions, towns, sites and borders, with neutral multilingual names and GeoJSON. */
import { z } from 'zod'
import { GeometrySchema } from './geometry.js'
import { CitationSchema, IdSchema, NameSchema, ref, WikidataIdSchema } from './id.js'
import { QuoteInputSchema, QuoteSchema } from './quote.js'
import { PLACE_KINDS, PRECISIONS } from './vocabulary.js'

const placeFields = {
  id: IdSchema,
  kind: z.enum(PLACE_KINDS),
  name: z.string().min(1).describe('Display name, chosen by the naming policy.'),
  names: z.array(NameSchema).default([]).describe('Every name with its language and who uses it.'),
  precision: z
    .enum(PRECISIONS)
    .optional()
    .describe('How precise the geometry is; required with a geometry.'),
  within: ref('places').optional().describe('Id of the place this one lies in.'),
  contested: z.boolean().default(false),
  contestedNote: z
    .string()
    .min(1)
    .optional()
    .describe('Who contests what, neutrally; required when contested.'),
  wikidata: WikidataIdSchema.optional(),
  naturalEarth: z
    .string()
    .regex(
      /^\d{3}$/,
      'must be a three-digit ISO 3166-1 numeric code as world-atlas uses it, such as "031"',
    )
    .optional()
    .describe('Id of the country outline in Natural Earth (world-atlas), ISO 3166-1 numeric.'),
  citations: z.array(CitationSchema).default([]).describe('Where the coordinates come from.'),
  replacedBy: ref('places').optional(),
  geometry: GeometrySchema.optional(),
}

/** A place whose `mentions` are `quote`s (located, as shipped, or words, as authored). */
const place = <Q extends z.ZodType>(quote: Q) =>
  z
    .strictObject({ ...placeFields, mentions: z.array(quote).default([]) })
    .refine((p) => !p.geometry || p.precision, {
      message: 'a place with a geometry needs a precision (exact, approximate or centroid)',
      path: ['precision'],
    })
    .refine((p) => !p.contested || p.contestedNote, {
      message: 'a contested place needs a contestedNote saying who contests what',
      path: ['contestedNote'],
    })

/**
 * A place as shipped. `geometry` is GeoJSON (RFC 7946, `[longitude, latitude]`); it is absent
 * where no trustworthy geometry exists (a border, a buffer zone): none is ever invented.
 *
 * @example
 * ```ts
 * const baku: Place = {
 *   id: 'baku', kind: 'city', name: 'Baku', names: [{ text: 'Bakı', lang: 'az' }],
 *   geometry: { type: 'Point', coordinates: [49.88, 40.4] }, precision: 'approximate',
 *   within: 'azerbaijan', contested: false, wikidata: 'Q9248', citations: [], mentions: [],
 * }
 * ```
 */
export const PlaceSchema = place(QuoteSchema).meta({
  id: 'Place',
  description: 'A place with neutral multilingual names and GeoJSON geometry.',
})

/** A place as shipped in the dataset. */
export type Place = z.output<typeof PlaceSchema>

/** A place as authored: a country may give `naturalEarth` instead of a geometry. */
export const PlaceInputSchema = place(QuoteInputSchema).meta({ id: 'PlaceInput' })

/** A place as authored in content files. */
export type PlaceInput = z.input<typeof PlaceInputSchema>
