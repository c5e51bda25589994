import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Property tests run hundreds of generated datasets: allow for a slow or busy machine.
    testTimeout: 60_000,
  },
})
