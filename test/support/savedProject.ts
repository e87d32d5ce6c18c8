import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Project } from '../../src/core/model/project'
import { decodeJournal, journalFileName, replay } from '../../src/main/storage/journal'
import { projectFileName } from '../../src/main/storage/layout'

/**
 * What is durably saved for a project, as the next open would see it: the project file plus the journal
 * entries newer than it (incremental saves are acknowledged once appended to the journal, before they are
 * folded into the file). Throws when the journal is damaged or does not replay.
 */
export async function readSavedProject(dataDir: string, id: string): Promise<Project> {
  const folder = join(dataDir, 'projects')
  const file = JSON.parse(await readFile(join(folder, projectFileName(id)), 'utf8')) as Project
  const journalPath = join(folder, journalFileName(id))
  if (!existsSync(journalPath)) return file
  const journal = decodeJournal(await readFile(journalPath))
  if (journal.damaged.length > 0) throw new Error(`journal of ${id} damaged: ${journal.damaged.join('; ')}`)
  const replayed = replay(file, journal.entries)
  if (replayed.failure) throw new Error(`journal of ${id} does not replay: ${replayed.failure}`)
  return replayed.project
}
