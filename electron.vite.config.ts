import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// Main and preload are bundled for Node/Electron; the renderer is a plain web app
// (it is also what the Chromium end-to-end tests and `npm run screenshots` open).
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve('src/main/index.ts') } }
    }
  },
  preload: {
    build: {
      externalizeDeps: true,
      // sandbox: true requires a single CommonJS preload file.
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    base: './',
    plugins: [react()],
    build: {
      minify: true,
      target: 'chrome130',
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } }
    }
  }
})
