import { join } from 'node:path'

/** Where everything lives inside the data folder. */
export interface DataLayout {
  root: string
  projects: string
  quarantine: string
  backups: string
  deleted: string
  /** Rotating snapshots, one folder per project: `snapshots/<id>/<stamp>.json`. */
  snapshots: string
  settings: string
}

export function dataLayout(dataDir: string): DataLayout {
  return {
    root: dataDir,
    projects: join(dataDir, 'projects'),
    quarantine: join(dataDir, 'quarantine'),
    backups: join(dataDir, 'backups'),
    deleted: join(dataDir, 'deleted'),
    snapshots: join(dataDir, 'snapshots'),
    settings: join(dataDir, 'settings.json')
  }
}

export const PROJECT_FILE_SUFFIX = '.json'
export const projectFileName = (id: string): string => `${id}${PROJECT_FILE_SUFFIX}`

/** A file-name-safe instant: `2017-07-06T10-42-00-000Z`. */
export const fileStamp = (d: Date): string => d.toISOString().replace(/[:.]/g, '-')
