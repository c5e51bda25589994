// The data package's dataset.json, imported with an import attribute as Node and bundlers take it;
// `resolveJsonModule` types it from its content. Type-checked with moduleResolution "bundler" only:
// module "node16" has no import attributes (TS2823), and Node 20+ needs them for JSON.
import dataset from '@karabakh-aftermath/data/dataset.json' with { type: 'json' }

export const claimCount: number = dataset.claims.length
if (claimCount === 0) throw new Error('dataset.json has no claims')
console.log(JSON.stringify({ claims: claimCount }))
