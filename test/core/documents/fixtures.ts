import JSZip from 'jszip'
import { DOMParser } from '@xmldom/xmldom'
import { buildSample } from '../../../src/core/samples'
import { createBlankProject } from '../../../src/core/project/factory'
import { Project, type Project as ProjectT } from '../../../src/core/model/project'

/** The Rabat 2017 sample project (every stage filled). */
export function sampleProject(): ProjectT {
  let n = 0
  return buildSample('rabat2017', { id: 'rabat', name: 'Atelier Rabat 2017 — dialogue politique et régionalisation', now: '2017-07-01T09:00:00.000Z', newId: () => `gen${++n}` })
}

export function blankProject(): ProjectT {
  return createBlankProject({ id: 'blank', name: 'Projet vide', now: '2024-01-01T00:00:00.000Z' })
}

/** Strings a careless paste or a hostile file can carry. */
export const NASTY = {
  controls: 'Bell\u0007 null\u0000 escape\u001B vertical\u000Btab form\u000Cfeed DEL\u007F C1\u0085\u009B',
  nonCharacters: 'U+FFFE\uFFFE U+FFFF\uFFFF astral\uD83F\uDFFE end',
  loneSurrogates: 'half \uD83D emoji \uDE00 here',
  emoji: 'Réunion 🤝 réussie 👩🏽‍⚕️ 🇲🇦',
  overrides: 'normal \u202Eesrever\u202C and \u2066isolate\u2069 \u202Bembed\u202C',
  mixed: 'Le SROS (المخطط الجهوي لعرض العلاجات) sera révisé en 2018 — قرار رقم 12، Rabat.',
  xml: '<w:t>not xml</w:t> & "quotes" \'apos\' ]]>',
  tabsAndBreaks: 'Colonne A\tColonne B\nLigne 2\r\nLigne 3\rLigne 4'
}

const long = (seed: string, length: number) => seed.repeat(Math.ceil(length / seed.length)).slice(0, length)

/** The sample with nasty text in every kind of field: names, cells, notes, entries, long texts. */
export function nastyProject(): ProjectT {
  const p = structuredClone(sampleProject())
  const all = Object.values(NASTY).join(' | ')
  const longCell = long(`${NASTY.mixed} ${NASTY.emoji} ${NASTY.overrides} `, 2000)
  p.name = `Projet ${NASTY.emoji} ${NASTY.overrides} ${NASTY.nonCharacters}`.slice(0, 200)
  p.framing.context = `${all}\n\n${longCell}`
  p.framing.sponsorName = `${NASTY.mixed}`.slice(0, 500)
  p.priority.statement = `${NASTY.tabsAndBreaks}\n${NASTY.controls}`
  const chosen = p.priority.candidates.find((c) => c.id === p.priority.chosenProblemId)
  if (chosen) chosen.title = `${NASTY.overrides} ${NASTY.loneSurrogates}`
  p.design.objectives = `${NASTY.xml}\n${NASTY.mixed}\n${longCell}`
  p.design.city = `Rabat ${NASTY.nonCharacters}`.slice(0, 500)
  p.design.venue = `${NASTY.controls}`.slice(0, 500)
  p.participants[0]!.name = `${NASTY.emoji} ${NASTY.overrides}`
  p.participants[1]!.name = long(`${NASTY.mixed} `, 500)
  p.participants[2]!.function = NASTY.xml
  p.stakeholders.items[0]!.engagement = longCell
  p.stakeholders.items[1]!.name = `${NASTY.nonCharacters} ${NASTY.loneSurrogates}`
  const block = p.agenda.days[0]!.blocks[1]!
  block.title = NASTY.mixed.slice(0, 500)
  block.notes = longCell
  p.minutes.entries[0]!.text = `${all}\n${longCell}`
  p.minutes.consensusStatement = `${NASTY.tabsAndBreaks} ${NASTY.overrides}`
  p.actions.items[0]!.title = `${NASTY.xml} ${NASTY.emoji}`
  p.actions.items[0]!.resources = longCell
  p.evidence.options[0]!.benefits = longCell
  p.evidence.brief.keyMessages = `${NASTY.controls}\n${NASTY.mixed}\n${NASTY.loneSurrogates}`
  p.evaluation.responses[0]!.comments = `${NASTY.overrides} ${NASTY.emoji} ${longCell}`
  // Still a valid project: the schema is what the app enforces on load.
  return Project.parse(p)
}

export interface Unzipped {
  parts: Map<string, string>
  media: string[]
}

/** Unzips a .docx and parses EVERY XML part strictly: any parser warning or error throws. */
export async function unzipStrict(bytes: Uint8Array): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = new Map<string, string>()
  const media: string[] = []
  for (const [name, file] of Object.entries(zip.files)) {
    if (file.dir) continue
    if (name.startsWith('word/media/')) {
      media.push(name)
      continue
    }
    if (!/\.(xml|rels)$/.test(name)) continue
    const text = await file.async('string')
    parseStrict(text, name)
    parts.set(name, text)
  }
  return { parts, media }
}

export function parseStrict(xml: string, name = 'xml') {
  const problems: string[] = []
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`)
    }
  }).parseFromString(xml, 'text/xml')
  if (problems.length > 0) throw new Error(`${name} is not well-formed XML: ${problems.join('; ')}`)
  return doc
}

const MARKS = /[\u200E\u200F]/g

/** The text of each paragraph of document.xml (runs joined, tabs as \t, breaks as \n, direction marks dropped). */
export function paragraphTexts(documentXml: string): string[] {
  const doc = parseStrict(documentXml, 'word/document.xml')
  const out: string[] = []
  const paragraphs = doc.getElementsByTagName('w:p')
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs.item(i)!
    let text = ''
    const walk = (node: import('@xmldom/xmldom').Node) => {
      for (let c = node.firstChild; c; c = c.nextSibling) {
        if (c.nodeName === 'w:t') text += c.textContent ?? ''
        else if (c.nodeName === 'w:tab') text += '\t'
        else if (c.nodeName === 'w:br') text += '\n'
        else if (c.nodeName !== 'w:p') walk(c)
      }
    }
    walk(p)
    out.push(text.replace(MARKS, ''))
  }
  return out
}

export const documentText = (documentXml: string): string => paragraphTexts(documentXml).join('\n')
