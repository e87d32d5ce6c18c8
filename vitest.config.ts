import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Four projects: pure core and main handlers in Node, React components in jsdom, and the
// browser end-to-end tests (built renderer in Debian Chromium, driven by playwright-core).
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'core', environment: 'node', include: ['test/core/**/*.test.ts', 'src/core/**/*.test.ts'] }
      },
      {
        test: { name: 'main', environment: 'node', include: ['test/main/**/*.test.ts'], testTimeout: 60_000 }
      },
      {
        // Data-safety proofs (kill loop, fault injection, fuzzing): long runs, one file at a time.
        test: { name: 'safety', environment: 'node', include: ['test/safety/**/*.test.ts'], testTimeout: 300_000, fileParallelism: false }
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts']
        }
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false
        }
      }
    ]
  }
})
