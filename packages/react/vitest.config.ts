import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/*.rsc.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/test/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        // Server Components: React resolved under the `react-server` condition, as an RSC
        // bundler does, so any hook or browser API in a server component fails the test.
        extends: true,
        resolve: { conditions: ['react-server'] },
        ssr: { resolve: { conditions: ['react-server'], externalConditions: ['react-server'] } },
        test: {
          name: 'rsc',
          include: ['src/**/*.rsc.test.{ts,tsx}'],
          environment: 'node',
          execArgv: ['--conditions=react-server'],
        },
      },
    ],
  },
})
