import type { DatasetMeta } from '@karabakh-aftermath/schema'

/** Dataset-level metadata: package version, sources with their text hashes, counts, coverage. */
export declare const meta: DatasetMeta
