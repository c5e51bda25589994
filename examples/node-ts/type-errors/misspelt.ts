// Compiled on its own by test.mjs, which expects tsc to FAIL on exactly these lines: the proof
// that a misspelt id is a compile error for a user, without any @ts-expect-error.
import type { ActorId } from '@karabakh-aftermath/data'
import { getActor } from '@karabakh-aftermath/query/shipped'

export const actor: ActorId = 'rusia'
getActor('azerbaijn')
