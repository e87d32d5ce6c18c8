import tseslint from 'typescript-eslint'

const forbiddenInCore = [
  { name: 'electron', message: 'src/core is pure: no Electron.' },
  { name: 'react', message: 'src/core is pure: no React.' },
  { name: 'react-dom', message: 'src/core is pure: no React.' },
  { name: 'fs', message: 'src/core is pure: no file system.' },
  { name: 'node:fs', message: 'src/core is pure: no file system.' },
  { name: 'fs/promises', message: 'src/core is pure: no file system.' },
  { name: 'node:fs/promises', message: 'src/core is pure: no file system.' },
  { name: 'lowdb', message: 'src/core is pure: storage lives in src/main/storage.' }
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'artifacts/**', 'coverage/**', 'resources/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { paths: forbiddenInCore, patterns: ['electron/*', 'react/*', 'react-dom/*', 'node:*'] }],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/core is pure: no DOM.' },
        { name: 'document', message: 'src/core is pure: no DOM.' },
        { name: 'navigator', message: 'src/core is pure: no DOM.' },
        { name: 'localStorage', message: 'src/core is pure: no DOM.' }
      ]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The renderer talks to main only through useApi().' }], patterns: ['node:*'] }]
    }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/ipc.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "Identifier[name='ipcMain']", message: 'Only src/main/ipc.ts touches ipcMain.' }]
    }
  }
)
