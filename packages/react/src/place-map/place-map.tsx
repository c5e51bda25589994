/** PlaceMap: the region's places on an SVG map drawn from Natural Earth, with a list beside it. */
import { byId } from '@karabakh-aftermath/query'
import type { Actor, Place } from '@karabakh-aftermath/schema'
import type { JSX, ReactNode } from 'react'
import { placeAnchor } from '../shared/anchors.js'
import { MAP_MESSAGES } from '../shared/messages.js'
import { displayName, otherNames } from '../shared/names.js'
import { type BaseProps, type HeadingLevel, useFrame } from '../shared/props.js'
import { type Box, centredBox, clip, overlap, round } from '../shared/svg.js'
import { inlineList, Names, NameText, Section, Table } from '../shared/ui.js'
import { inFrame, projectPoint } from './projection.js'
import { REGION_COUNTRIES, REGION_FRAME, REGION_LAND } from './region.generated.js'

/** Props of {@link PlaceMap}. */
export type PlaceMapProps = BaseProps & {
  /** The places to show. */
  places: readonly Place[]
  /** Actors, to name who uses each name. */
  actors?: readonly Actor[] | undefined
  /** The heading. Default "Places". */
  title?: string | undefined
  /** Level of the heading. Default 2. */
  headingLevel?: HeadingLevel | undefined
}

type Status = 'outline' | 'drawn' | 'outside' | 'none'
type Marker = { place: Place; x: number; y: number; name: string; label?: Box }

const FONT = 13
const CHAR = FONT * 0.56

/** Points of a geometry that are drawn as markers (Point and MultiPoint). */
function points({ geometry: g }: Place): number[][] {
  return g?.type === 'Point' ? [g.coordinates] : g?.type === 'MultiPoint' ? g.coordinates : []
}

/** An SVG path for line and polygon geometries, projected vertex by vertex. */
function shapePath({ geometry: g }: Place): string | undefined {
  const lines =
    g?.type === 'LineString'
      ? [g.coordinates]
      : g?.type === 'MultiLineString' || g?.type === 'Polygon'
        ? g.coordinates
        : g?.type === 'MultiPolygon'
          ? g.coordinates.flat()
          : undefined
  const close = g?.type.endsWith('Polygon') ? 'Z' : ''
  return lines
    ?.map((l) => l.map((p, i) => `${i ? 'L' : 'M'}${projectPoint(p).map(round)}`).join('') + close)
    .join('')
}

const inMap = (c: Box) => inFrame([c.x, c.y]) && inFrame([c.x + c.w, c.y + c.h])

/** Places labels greedily: the first of eight positions around each marker that overlaps least. */
function placeLabels(markers: Marker[], taken: Box[]): void {
  for (const m of [...markers].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const w = m.name.length * CHAR
    const h = FONT
    const candidates: Box[] = [
      { x: m.x + 8, y: m.y - h / 2, w, h },
      { x: m.x - 8 - w, y: m.y - h / 2, w, h },
      { x: m.x - w / 2, y: m.y - 8 - h, w, h },
      { x: m.x - w / 2, y: m.y + 8, w, h },
      { x: m.x + 7, y: m.y - 6 - h, w, h },
      { x: m.x + 7, y: m.y + 6, w, h },
      { x: m.x - 7 - w, y: m.y - 6 - h, w, h },
      { x: m.x - 7 - w, y: m.y + 6, w, h },
    ]
    const cost = (c: Box) => (inMap(c) ? 0 : 1e6) + taken.reduce((sum, t) => sum + overlap(c, t), 0)
    const best = candidates.reduce((a, b) => (cost(b) < cost(a) ? b : a))
    m.label = best
    taken.push(best)
  }
}

/** A symbol of the legend and its label. */
const Key = (p: { size: number; label: string; children: ReactNode }) => (
  <span className="ka-map__key">
    <svg width={p.size} height={p.size} viewBox={`0 0 ${p.size} ${p.size}`} aria-hidden="true">
      {p.children}
    </svg>{' '}
    {p.label}
  </span>
)

function formatPosition(p: number[], locale: string | undefined): string {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  const [lon = 0, lat = 0] = p
  return `${nf.format(Math.abs(lat))}° ${lat >= 0 ? 'N' : 'S'}, ${nf.format(Math.abs(lon))}° ${lon >= 0 ? 'E' : 'W'}`
}

/**
 * A map of the South Caucasus in SVG: the outlines of Armenia, Azerbaijan, Georgia, Iran and
 * Turkey from Natural Earth 1:50m, projected and clipped at build (no tiles, no network, no
 * projection library at run time), with the places as labelled markers, contested places
 * marked by shape (a diamond) as well as colour, and a table of every place beside it (with
 * names, coordinates, contested notes) as the accessible alternative. Places without geometry
 * (borders, areas) or outside the frame (Russia, the US) are listed, not drawn. Works as a
 * Server Component: the server renders the complete SVG.
 *
 * @example
 * ```tsx
 * import { PlaceMap } from '@karabakh-aftermath/react/place-map'
 * <PlaceMap places={places} actors={actors} lang="az" />
 * ```
 */
export function PlaceMap(props: PlaceMapProps): JSX.Element {
  const { places, headingLevel = 2, locale, lang } = props
  const { uid: base, prefix, t, H } = useFrame(props, MAP_MESSAGES, headingLevel)
  const actorsById = byId(props.actors ?? [])
  // The first place naming a country of the map is drawn as that country's outline.
  const outlines = new Map([...places].reverse().map((p) => [p.naturalEarth, p]))
  const status = new Map<string, Status>()
  const markers: Marker[] = []
  const shapes: { place: Place; d: string }[] = []
  for (const place of places) {
    const d = shapePath(place)
    if (REGION_COUNTRIES.some((c) => outlines.get(c.id) === place)) status.set(place.id, 'outline')
    else if (d) {
      shapes.push({ place, d })
      status.set(place.id, 'drawn')
    } else {
      const pts = points(place)
        .map(projectPoint)
        .filter((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))
      const inside = pts.filter(inFrame)
      status.set(place.id, inside.length ? 'drawn' : pts.length ? 'outside' : 'none')
      inside.forEach(([x, y], i) => {
        const name = i === 0 ? clip(displayName(place, lang).text, 32) : ''
        markers.push({ place, x: round(x), y: round(y), name })
      })
    }
  }
  const countryLabels = REGION_COUNTRIES.map(({ id, name, label: [x, y] }) => {
    const place = outlines.get(id)
    return { id, x, y, name: clip(place ? displayName(place, lang).text : name, 24) }
  })
  placeLabels(
    markers.filter((m) => m.name),
    [
      ...countryLabels.map((c) => centredBox(c.x, c.y, c.name.length * CHAR * 1.1, 16)),
      ...markers.map((m) => centredBox(m.x, m.y, 10, 10)),
    ],
  )
  const drawn = places.filter((p) => ['drawn', 'outline'].includes(status.get(p.id) ?? '')).length
  const { width, height } = REGION_FRAME
  // The presentation attributes (on each group, or each mark) colour the map without the stylesheet.
  return (
    <Section name="ka-map" of={props} frame={{ uid: base, H }} title={t.places}>
      <figure className="ka-map__figure">
        <svg
          className="ka-map__svg"
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={`${base}-svg-title ${base}-svg-desc`}
          fontSize={FONT}
        >
          <title id={`${base}-svg-title`}>{t.mapTitle(drawn, places.length)}</title>
          <desc id={`${base}-svg-desc`}>{t.mapDescription}</desc>
          <rect className="ka-map__sea" width={width} height={height} fill="#dce8f0" />
          <path className="ka-map__land" d={REGION_LAND} fill="#ecebe6" />
          <g fill="#f7f6f1" stroke="#7a7a7a" strokeWidth="0.8">
            {REGION_COUNTRIES.map((c) => (
              <path key={c.id} className={`ka-map__country ka-map__country--${c.id}`} d={c.d} />
            ))}
          </g>
          <g fill="none" stroke="#333">
            {shapes.map(({ place, d }) => (
              <path
                key={place.id}
                className={`ka-map__shape${place.contested ? ' ka-map__shape--contested' : ''}`}
                d={d}
                strokeDasharray={place.contested ? '4 3' : undefined}
              />
            ))}
          </g>
          <g textAnchor="middle" fill="#555">
            {countryLabels.map((c) => (
              <text key={c.id} className="ka-map__country-label" x={c.x} y={c.y} dy="0.35em">
                {c.name}
              </text>
            ))}
          </g>
          {markers.map((m) => (
            <g
              key={`${m.place.id}@${m.x},${m.y}`}
              className={`ka-map__marker${m.place.contested ? ' ka-map__marker--contested' : ''}`}
            >
              {m.place.contested ? (
                <path
                  d={`M${round(m.x)},${round(m.y - 6)}l6,6l-6,6l-6,-6z`}
                  fill="#fff"
                  stroke="#333"
                  strokeWidth="2"
                />
              ) : (
                <circle cx={m.x} cy={m.y} r="4" fill="#333" stroke="#fff" strokeWidth="1.5" />
              )}
              {m.label && (
                <text
                  className="ka-map__label"
                  x={round(m.label.x)}
                  y={round(m.label.y + m.label.h / 2)}
                  dy="0.35em"
                  fill="#222"
                >
                  {m.name}
                </text>
              )}
            </g>
          ))}
        </svg>
        <figcaption className="ka-map__legend ka-muted">
          <Key size={12} label={t.placeKey}>
            <circle cx="6" cy="6" r="4" fill="currentColor" />
          </Key>{' '}
          <Key size={14} label={t.contestedKey}>
            <path d="M7,1l6,6l-6,6l-6,-6z" fill="none" stroke="currentColor" strokeWidth="2" />
          </Key>{' '}
          <span className="ka-map__credit">{t.mapCredit}</span>
        </figcaption>
      </figure>
      <Table
        name="ka-map__table"
        caption={t.allPlaces}
        columns={[t.place, t.kind, t.otherNames, t.location, t.onTheMap]}
      >
        {places.map((place) => {
          const names = otherNames(place, lang)
          const pt = points(place)[0]
          return (
            <tr key={place.id} id={placeAnchor(place.id, prefix)}>
              <th scope="row">
                <NameText record={place} lang={lang} />
                {place.contested && (
                  <span className="ka-map__contested">
                    {' '}
                    <strong>{t.contested}</strong>
                    {place.contestedNote && (
                      <span className="ka-map__note" dir="auto">
                        {' '}
                        {place.contestedNote}
                      </span>
                    )}
                  </span>
                )}
              </th>
              <td>{t.placeKinds[place.kind] ?? place.kind}</td>
              <td>
                {inlineList(
                  names.map((n) => (
                    <span key={`${n.lang}:${n.text}`}>
                      <bdi lang={n.lang}>{n.text}</bdi>
                      {n.usedBy && n.usedBy.length > 0 && (
                        <span className="ka-map__usage">
                          {' '}
                          ({t.usedBy}
                          <Names ids={n.usedBy} records={actorsById} lang={lang} />)
                        </span>
                      )}
                    </span>
                  )),
                  '; ',
                )}
              </td>
              <td>
                {pt ? formatPosition(pt, locale) : place.geometry ? place.geometry.type : '—'}
                {place.precision && place.geometry && (
                  <>
                    {' '}
                    <span className="ka-map__precision">
                      ({(t.precisions[place.precision] ?? place.precision).toLowerCase()})
                    </span>
                  </>
                )}
              </td>
              <td>{t[status.get(place.id) ?? 'none']}</td>
            </tr>
          )
        })}
      </Table>
    </Section>
  )
}
