import { useTranslation } from 'react-i18next'
import type { Lesson } from '../../../../core/model/evaluation'
import { lessonsByPerson, unassignedLessons } from '../../../../core/evaluation/debrief'
import { stripUnsafe, stripUnsafeLine } from '../../../../core/minutes/cleanText'
import { newId } from '../../../../core/project/factory'
import { DateField, FieldGrid, FieldShell, RepeatableRows, Section, TextArea } from '../../components'
import { useProject, useProjectSection } from '../../project/ProjectContext'
import { isolate } from '../minutes/isolate'

/** The people a lesson is usually given to: the organising team, the steering committee, facilitator, rapporteur. */
function peopleToSuggest(project: ReturnType<typeof useProject>['project']): string[] {
  const names = [
    ...project.framing.organisingTeam.map((p) => p.name),
    ...project.framing.steeringCommittee.map((p) => p.name),
    project.design.facilitator,
    project.design.rapporteur
  ]
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))]
}

/** The organisers' debrief: each lesson learnt with the person who takes it on. */
export function Debrief() {
  const { t } = useTranslation('evaluation')
  const { project } = useProject()
  const [evaluation, set] = useProjectSection('evaluation')
  const unassigned = unassignedLessons(evaluation).length
  const byPerson = lessonsByPerson(evaluation)
  const suggestions = peopleToSuggest(project)
  const clean = (l: Lesson): Lesson => ({ ...l, lesson: stripUnsafe(l.lesson), owner: stripUnsafeLine(l.owner) })
  return (
    <Section title={t('debrief.title')} intro={t('debrief.intro')}>
      <datalist id="debrief-people">
        {suggestions.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <RepeatableRows<Lesson>
        legend={t('debrief.title')}
        items={evaluation.debrief}
        onChange={(items, key) => set({ debrief: items.map(clean) }, key && `evaluation.debrief.${key}`)}
        itemLabel={(l, i) => l.lesson.slice(0, 40) || t('debrief.rowTitle', { n: i + 1 })}
        createItem={() => ({ id: newId(), lesson: '', owner: '', dueDate: null })}
        addLabel={t('debrief.add')}
        emptyText={t('debrief.empty')}
        renderRow={(l, row) => (
          <div className="lesson">
            <TextArea label={t('debrief.lesson')} value={l.lesson} rows={3} onChange={(lesson) => row.set({ lesson })} />
            <FieldGrid columns={2}>
              <FieldShell label={t('debrief.owner')} hint={t('debrief.ownerHint')} error={l.lesson.trim() !== '' && l.owner.trim() === '' ? t('debrief.noOwner') : null}>
                {(a11y) => <input {...a11y} className="input" dir="auto" list="debrief-people" value={l.owner} onChange={(e) => row.set({ owner: e.target.value })} />}
              </FieldShell>
              <DateField label={t('debrief.dueDate')} value={l.dueDate} invalidMessage={t('debrief.dateInvalid')} onChange={(dueDate) => row.set({ dueDate })} />
            </FieldGrid>
          </div>
        )}
        footer={
          <>
            {unassigned > 0 && <p className="debrief__unassigned">{t('debrief.unassigned', { count: unassigned })}</p>}
            {byPerson.length > 0 && (
              <p className="debrief__by-person">
                {t('debrief.byPerson', { list: byPerson.map((p) => `${isolate(p.owner)} (${p.count})`).join(' · ') })}
              </p>
            )}
          </>
        }
      />
    </Section>
  )
}
