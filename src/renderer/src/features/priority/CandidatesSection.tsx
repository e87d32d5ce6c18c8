import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CandidateProblem } from '../../../../core/model/priority'
import { removeCandidate } from '../../../../core/analysis/priorityEdits'
import { newId } from '../../../../core/project/factory'
import { AddByName, FieldGrid, RepeatableRows, Section, TextArea, TextField } from '../../components'
import { removedIds, usePriorityActions } from './usePriority'

/** Candidate problems: title, description, source, affected groups. Removing one removes its scores. */
export const CandidatesSection = memo(function CandidatesSection({ candidates }: { candidates: CandidateProblem[] }) {
  const { t } = useTranslation('priority')
  const { apply } = usePriorityActions()
  return (
    <Section title={t('candidates.title')} intro={t('candidates.intro')} className="priority-candidates">
      <RepeatableRows<CandidateProblem>
        legend={t('candidates.legend')}
        items={candidates}
        onChange={(candidates, key) =>
          apply((p) => {
            const gone = removedIds(p.candidates, candidates)
            const cleaned = gone.reduce(removeCandidate, p)
            return { ...cleaned, candidates }
          }, key && `priority.candidates.${key}`)
        }
        itemLabel={(c, i) => c.title || t('candidates.untitled', { index: i + 1 })}
        addLabel={t('candidates.add')}
        emptyText={t('candidates.empty')}
        renderAdd={(add) => (
          <AddByName
            label={t('candidates.newTitle')}
            buttonLabel={t('candidates.add')}
            onAdd={(title) => add({ id: newId(), title, description: '', source: '', affectedGroups: '' })}
          />
        )}
        renderRow={(c, row) => (
          <>
            <TextField label={t('candidates.fields.title')} value={c.title} required onChange={(title) => row.set({ title })} />
            <TextArea label={t('candidates.fields.description')} value={c.description} rows={3} onChange={(description) => row.set({ description })} />
            <FieldGrid columns={2}>
              <TextField label={t('candidates.fields.source')} value={c.source} onChange={(source) => row.set({ source })} />
              <TextField label={t('candidates.fields.affectedGroups')} value={c.affectedGroups} onChange={(affectedGroups) => row.set({ affectedGroups })} />
            </FieldGrid>
          </>
        )}
      />
    </Section>
  )
})
