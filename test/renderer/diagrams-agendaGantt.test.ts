// @vitest-environment jsdom
import { beforeAll, describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { Agenda } from '../../src/core/model/agenda'
import { newBlock, newDay } from '../../src/core/agenda/edit'
import { agendaGantt, ganttTaskName, type AgendaGanttLabels } from '../../src/core/diagrams/agendaGantt'
import { buildSample } from '../../src/core/samples'

// mermaid cannot be imported in the plain node environment; under jsdom its parser runs (rendering does not).
type Mermaid = (typeof import('mermaid'))['default']
let mermaid: Mermaid
beforeAll(async () => {
  mermaid = (await import('mermaid')).default
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
})

interface GanttTask {
  task: string
  id: string
  section: string
  startTime: Date
  endTime: Date
  classes: string[]
  active: boolean
  done: boolean
  crit: boolean
}

/** Parses the text the way mermaid's renderer will and returns its tasks (name, section, times). */
async function tasksOf(text: string): Promise<GanttTask[]> {
  await expect(mermaid.parse(text)).resolves.not.toBe(false)
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text)
  return (diagram.db as unknown as { getTasks: () => GanttTask[] }).getTasks()
}
const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`

const labels: AgendaGanttLabels = {
  title: 'Ordre du jour',
  day: (i, date) => `Jour ${i + 1}${date ? ` · ${date}` : ''}`,
  untitled: (type) => `(${type})`
}

describe('agenda gantt text', () => {
  test('sections per day, 24-hour axis, planned start and duration per block', async () => {
    let n = 0
    const project = buildSample('rabat2017', { id: 'r', name: 'R', now: '2024-01-01T00:00:00.000Z', newId: () => `i${n++}` })
    const text = agendaGantt(project.agenda, labels)
    expect(text).toMatch(/^gantt\n {2}title Ordre du jour\n {2}dateFormat HH:mm\n {2}axisFormat %H:%M\n {2}todayMarker off\n/)
    expect(text).toContain('  section Jour 1 · 2017-07-06\n')
    expect(text).toContain('  section Jour 2 · 2017-07-07\n')
    const tasks = await tasksOf(text)
    expect(tasks).toHaveLength(project.agenda.days.flatMap((d) => d.blocks).length)
    const opening = tasks.find((t) => t.id === 'blk_blk_d1_opening')!
    expect(opening.task).toBe('Séance d’ouverture ∶ allocutions du Ministère de la Santé et de l’OMS')
    expect([hhmm(opening.startTime), hhmm(opening.endTime)]).toEqual(['09:00', '09:30'])
    expect(opening.section).toBe('Jour 1 · 2017-07-06')
    const lunch = tasks.find((t) => t.id === 'blk_blk_d2_lunch')!
    expect([hhmm(lunch.startTime), hhmm(lunch.endTime), lunch.section]).toEqual(['13:00', '14:00', 'Jour 2 · 2017-07-07'])
    expect(lunch.done).toBe(true)
    expect(tasks.find((t) => t.id === 'blk_blk_d1_problems')!.active).toBe(true)
  })

  const tricky = [
    'Débat : nécessité & préalables #1; 30 % des DRS',
    'title Faux titre',
    'section Fausse section',
    'Gantt et calendrier',
    'click ici',
    'call me',
    '%% commentaire',
    'a% b',
    '2017-07-06 bilan',
    'excludes weekends',
    'todayMarker off',
    'افتتاح الورشة: كلمة وزارة الصحة #1',
    'Ouverture — «الجهوية المتقدمة» (loi 111-14)',
    '<script>alert(1)</script>',
    'ligne 1\nligne 2\u0007\u202E',
    '"guillemets" [crochets] {accolades} | barre `code`',
    '   '
  ]

  test('tricky names (keywords, ":", "#", "%", Arabic, control characters) come out as one task each, readable', async () => {
    const a = Agenda.parse({
      days: [newDay('d', { start: '08:00', blocks: tricky.map((title, i) => newBlock(`t${i}`, { title, durationMin: 10 })) })]
    })
    const tasks = await tasksOf(agendaGantt(a, labels))
    expect(tasks.map((t) => t.id)).toEqual(tricky.map((_, i) => `blk_t${i}`))
    expect(tasks.map((t) => hhmm(t.startTime))).toEqual(tricky.map((_, i) => hhmm(new Date(2000, 0, 1, 8, i * 10))))
    const names = tasks.map((t) => t.task.replace('\u2060', ''))
    expect(names[0]).toBe('Débat ∶ nécessité & préalables ＃1; 30 ％ des DRS')
    expect(names[1]).toBe('title Faux titre')
    expect(names[6]).toBe('％％ commentaire')
    expect(names[11]).toBe('افتتاح الورشة∶ كلمة وزارة الصحة ＃1')
    expect(names[14]).toBe('ligne 1 ligne 2')
    expect(names[16]).toBe('(plenary)')
    expect(names.filter((name) => /[:\u0000-\u001F\u202E]/.test(name))).toEqual([])
  })

  test('ganttTaskName never leaves ":" or a comment start, and falls back when empty', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const name = ganttTaskName(s, 'fallback')
        return name.length > 0 && !name.includes(':') && !name.includes('\n') && !/^.?%/.test(name)
      })
    )
    expect(ganttTaskName('', '')).toBe('—')
  })

  test('any block titles parse to exactly one task per block', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 5 }), async (titles) => {
        const a = Agenda.parse({ days: [newDay('d', { blocks: titles.map((title, i) => newBlock(`b${i}`, { title, durationMin: 15 })) })] })
        const tasks = await tasksOf(agendaGantt(a, labels))
        return tasks.length === titles.length
      }),
      { numRuns: 40 }
    )
  })

  test('a day past midnight stays after the evening; zero-minute blocks parse; live block is marked crit', async () => {
    const a = Agenda.parse({
      days: [
        newDay('n', {
          start: '22:30',
          blocks: [newBlock('late', { title: 'Dîner', type: 'meal', durationMin: 90 }), newBlock('night', { title: 'Veillée', durationMin: 60 }), newBlock('zero', { title: 'Fin', durationMin: 0 })]
        })
      ]
    })
    const text = agendaGantt(a, labels, { currentBlockId: 'night' })
    expect(text).toContain('Veillée:crit, active, blk_night, after blk_late, 60m')
    const tasks = await tasksOf(text)
    const [late, night, zero] = tasks
    expect(night!.startTime.getTime()).toBe(late!.endTime.getTime())
    expect(night!.endTime.getTime() - late!.startTime.getTime()).toBe(150 * 60_000)
    expect(night!.crit).toBe(true)
    expect(zero!.startTime.getTime()).toBe(zero!.endTime.getTime())
  })

  test('an empty agenda and a day filter', async () => {
    await expect(mermaid.parse(agendaGantt(Agenda.parse({}), labels))).resolves.not.toBe(false)
    const a = Agenda.parse({ days: [newDay('d1', { blocks: [newBlock('x', { title: 'X' })] }), newDay('d2', { blocks: [newBlock('y', { title: 'Y' })] })] })
    const tasks = await tasksOf(agendaGantt(a, labels, { dayIds: ['d2'] }))
    expect(tasks.map((t) => t.id)).toEqual(['blk_y'])
  })
})
