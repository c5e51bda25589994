/** Small helpers for the SVG the map and the graph draw: rounding, label boxes, short labels. */

/** A label's box in SVG user units. */
export type Box = { x: number; y: number; w: number; h: number }

/** The box `w` wide and `h` high centred on (`x`, `y`). */
export function centredBox(x: number, y: number, w: number, h: number): Box {
  return { x: x - w / 2, y: y - h / 2, w, h }
}

/** The area two boxes share (0 when they do not overlap). */
export const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y))

/** A coordinate to one decimal: precise enough on screen, short in the markup. */
export const round = (n: number): number => Math.round(n * 10) / 10

/** A label cut to `max` characters with an ellipsis (the tables beside the SVG give it whole). */
export const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text
