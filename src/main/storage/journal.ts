import { createHash } from 'node:crypto'
import { z } from 'zod'
import { PatchOp, PROJECT_SECTION_KEYS } from '../../core/api'
import type { Project } from '../../core/model/project'
import { applyChecked, type SectionChange } from './sectionChange'

/**
 * The per-project journal (`projects/<id>.journal`): what each incremental save changed (whole
 * sections and patches inside sections), one line per save, appended with one fsync. The project file
 * plus the journal's newer entries, applied in order, is the project; a fold writes that state into
 * the project file (atomic write) and empties the journal.
 *
 * A line is `HJ1 <bytes> <sha1> <json>\n`: the byte length and SHA-1 of the JSON let a reader tell a
 * whole entry from a torn or damaged one. Each entry carries the `updatedAt` it gave the project, and
 * these strictly increase from one save to the next; the project file's own `updatedAt` is that of the
 * last entry folded into it (or later, for a whole write, which folds the journal first). So an entry
 * applies when it is newer than the file: a crash between a fold's write of the file and its reset of
 * the journal leaves entries the file already holds, and they are skipped, not applied twice.
 *
 * Reading (`decodeJournal`, `replay`):
 * - damaged bytes at the END (a line cut by a crash, with or without its newline) are a write that
 *   never completed — never acknowledged, since a save is acknowledged only after its fsync: dropped.
 * - a damaged entry FOLLOWED by good ones cannot come from a crash or a failed append (nothing is
 *   appended after a failed append: the store rewrites the file first). It is damage of the disk, or by
 *   hand. Patches after it were computed against a state that included it, so they cannot be applied
 *   safely: the project opens with the file plus the entries BEFORE the damage; the journal is copied
 *   untouched into quarantine (with the later entries, byte for byte) and reported, and the file as it
 *   was is kept as a snapshot before the fold. Nothing is deleted, and nothing is dropped silently.
 */
export const JOURNAL_SUFFIX = '.journal'
export const journalFileName = (id: string): string => `${id}${JOURNAL_SUFFIX}`

const MAGIC = 'HJ1'
const NEWLINE = 0x0a

export const JournalEntry = z
  .object({
    /** When main wrote it (also the project's `updatedAt` from then on). */
    updatedAt: z.string().min(1).max(100),
    /** Whole sections (their values are validated when applied, with the sections' schemas). */
    sections: z.partialRecord(z.enum(PROJECT_SECTION_KEYS), z.unknown()).optional(),
    patches: z.array(PatchOp).optional()
  })
  .strict()
export type JournalEntry = SectionChange & { updatedAt: string }

const sha1 = (data: string | Uint8Array): string => createHash('sha1').update(data).digest('hex')

/** One journal line (with its final newline) for an entry. */
export function encodeEntry(entry: JournalEntry): string {
  const json = JSON.stringify(entry)
  return `${MAGIC} ${Buffer.byteLength(json)} ${sha1(json)} ${json}\n`
}

export interface DecodedJournal {
  /** The entries before any damage, in file order (all of them in a healthy journal). */
  entries: JournalEntry[]
  /** The encoded lines of those entries (to rewrite the journal without the damage). */
  lines: string[]
  /** Bytes after the last good entry that do not make an entry (a torn write): dropped. */
  tornBytes: number
  /** Damaged lines followed by good ones (`line N: why`); empty for a healthy journal. */
  damaged: string[]
  /** Good entries after the first damaged line: not applied (see above). */
  afterDamage: number
}

/** Parses one line (without its newline); returns the entry or why it is not one. */
function decodeLine(line: Buffer): { entry: JournalEntry; text: string } | { problem: string } {
  // Header: magic, length, checksum — all ASCII, at most ~70 bytes.
  const head = line.subarray(0, Math.min(line.length, 80)).toString('latin1')
  const m = /^HJ1 (\d{1,12}) ([0-9a-f]{40}) /.exec(head)
  if (!m) return { problem: 'no entry header' }
  const start = m[0].length
  const length = Number(m[1])
  const body = line.subarray(start)
  if (body.length !== length) return { problem: `length ${body.length} instead of ${length}` }
  if (sha1(body) !== m[2]) return { problem: 'checksum mismatch' }
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
  } catch (e) {
    return { problem: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` }
  }
  const parsed = JournalEntry.safeParse(raw)
  if (!parsed.success) return { problem: `invalid entry: ${parsed.error.issues[0]?.message ?? '?'}` }
  return { entry: parsed.data as JournalEntry, text: `${line.toString('utf8')}\n` }
}

/** Reads a journal's bytes: the good entries before any damage, the torn tail, the damage in the middle. */
export function decodeJournal(bytes: Uint8Array): DecodedJournal {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const read: ({ entry: JournalEntry; text: string } | { problem: string; bytes: number })[] = []
  let at = 0
  while (at < buf.length) {
    const nl = buf.indexOf(NEWLINE, at)
    const end = nl === -1 ? buf.length : nl
    const consumed = end - at + (nl === -1 ? 0 : 1)
    const decoded = nl === -1 ? { problem: 'no final newline' } : decodeLine(buf.subarray(at, end))
    read.push('problem' in decoded ? { problem: decoded.problem, bytes: consumed } : decoded)
    at = end + 1
  }
  let lastGood = -1
  read.forEach((r, i) => {
    if ('entry' in r) lastGood = i
  })
  const out: DecodedJournal = { entries: [], lines: [], tornBytes: 0, damaged: [], afterDamage: 0 }
  for (let i = 0; i < read.length; i++) {
    const r = read[i]!
    if ('problem' in r) {
      if (i > lastGood) out.tornBytes += r.bytes
      else out.damaged.push(`line ${i + 1}: ${r.problem}`)
    } else if (out.damaged.length > 0) out.afterDamage++
    else {
      out.entries.push(r.entry)
      out.lines.push(r.text)
    }
  }
  return out
}

export interface Replayed {
  project: Project
  /** Entries applied (newer than the file). */
  applied: number
  /** Entries the file already held (a fold's reset did not happen). */
  alreadyFolded: number
  /** Why the entry after the applied ones could not be applied (it and the later ones were not), or null. */
  failure: string | null
}

/**
 * The project file's state plus the journal's entries newer than it, in order, each applied and
 * validated like a save (`applyChecked`). Stops at the first entry that does not apply or validate.
 */
export function replay(file: Project, entries: readonly JournalEntry[]): Replayed {
  const fileTime = Date.parse(file.updatedAt)
  const newer = entries.filter((e) => !(Date.parse(e.updatedAt) <= fileTime))
  const alreadyFolded = entries.length - newer.length
  let project = file
  let applied = 0
  for (const entry of newer) {
    try {
      project = { ...applyChecked(project, entry, { sectionsParsed: false }).project, updatedAt: entry.updatedAt }
      applied++
    } catch (e) {
      const why = e instanceof Error ? e.message.slice(0, 200) : String(e)
      return { project, applied, alreadyFolded, failure: `entry ${alreadyFolded + applied + 1}: ${why}` }
    }
  }
  return { project, applied, alreadyFolded, failure: null }
}
