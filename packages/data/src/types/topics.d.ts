import type { ShippedTopic } from './index.js'

export type { ShippedTopic, TopicId } from './index.js'
/** Every topic of the dataset, validated at build. */
export declare const topics: ShippedTopic[]
