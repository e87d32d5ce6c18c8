import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Scorer } from '../../../../core/model/priority'
import { removeScorer } from '../../../../core/analysis/priorityEdits'
import { newId } from '../../../../core/project/factory'
import { AddByName, DateField, FieldGrid, RepeatableRows, Section, TextArea, TextField } from '../../components'
import { removedIds, usePriorityActions } from './usePriority'

/** Who scored, when, and the written rationale. Removing a scorer removes the scores they gave. */
export const ScorersSection = memo(function ScorersSection({ scorers, counts }: { scorers: Scorer[]; counts: ReadonlyMap<string, number> }) {
  const { t } = useTranslation('priority')
  const { t: tu } = useTranslation('ui')
  const { apply } = usePriorityActions()
  return (
    <Section title={t('scorers.title')} intro={t('scorers.intro')} className="priority-scorers">
      <RepeatableRows<Scorer>
        legend={t('scorers.legend')}
        items={scorers}
        onChange={(scorers, key) =>
          apply((p) => ({ ...removedIds(p.scorers, scorers).reduce(removeScorer, p), scorers }), key && `priority.scorers.${key}`)
        }
        itemLabel={(s) => s.name}
        addLabel={t('scorers.add')}
        emptyText={t('scorers.empty')}
        renderAdd={(add) => (
          <AddByName
            label={t('scorers.newName')}
            buttonLabel={t('scorers.add')}
            onAdd={(name) => add({ id: newId(), name, role: '', scoredOn: null, rationale: '' })}
          />
        )}
        renderRow={(s, row) => (
          <>
            <FieldGrid columns={3}>
              <TextField label={t('scorers.name')} value={s.name} required onChange={(name) => row.set({ name })} />
              <TextField label={t('scorers.role')} value={s.role} onChange={(role) => row.set({ role })} />
              <DateField label={t('scorers.scoredOn')} value={s.scoredOn} invalidMessage={tu('field.dateInvalid')} onChange={(scoredOn) => row.set({ scoredOn })} />
            </FieldGrid>
            <TextArea label={t('scorers.rationale')} value={s.rationale} rows={2} onChange={(rationale) => row.set({ rationale })} />
            <p className="scorer__count">{t('scorers.count', { count: counts.get(s.id) ?? 0 })}</p>
          </>
        )}
      />
    </Section>
  )
})
