// @vitest-environment node
import { readFileSync } from 'node:fs'
import { geoConicEqualArea } from 'd3-geo'
import { describe, expect, it } from 'vitest'
import { generate } from '../../scripts/build-region.ts'
import { inFrame, projectPoint } from './projection.js'
import { REGION_FRAME } from './region.generated.js'

describe('the regional map', () => {
  it('projects points exactly as the d3 projection that drew the outlines', () => {
    const d3 = geoConicEqualArea()
      .parallels([...REGION_FRAME.parallels])
      .rotate([-REGION_FRAME.centralMeridian, 0])
      .scale(REGION_FRAME.scale)
      .translate([0, 0])
    // d3's translation puts the projected origin at `translate`; find it from one point.
    const probe = d3([45, 40]) as [number, number]
    const [px, py] = projectPoint([45, 40])
    const shift = [px - probe[0], py - probe[1]]
    for (const p of [
      [49.88, 40.4],
      [44.51, 40.18],
      [46.75, 39.82],
      [41.0, 37.5],
      [-103.6, 44.7],
      [95.6, 66.0],
      [179.9, -10],
    ]) {
      const expected = d3(p as [number, number]) as [number, number]
      const actual = projectPoint(p)
      expect(actual[0]).toBeCloseTo(expected[0] + (shift[0] as number), 6)
      expect(actual[1]).toBeCloseTo(expected[1] + (shift[1] as number), 6)
    }
  })

  it('keeps Baku in the frame and Russia and the US out of it', () => {
    expect(inFrame(projectPoint([49.88, 40.4]))).toBe(true)
    expect(inFrame(projectPoint([95.64, 66.03]))).toBe(false)
    expect(inFrame(projectPoint([-103.63, 44.74]))).toBe(false)
  })

  it('ships the boundaries that the build script generates (the module is up to date)', () => {
    const file = readFileSync(new URL('./region.generated.ts', import.meta.url), 'utf8')
    expect(generate()).toBe(file)
  })
})
