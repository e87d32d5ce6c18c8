import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { CAPACITIES, POSITIONS, POWERS, STAKEHOLDER_LEVELS, STRATEGIES, type Stakeholder } from '../../../../core/model/stakeholders'
import { quadrantAdviceKey, quadrantOf, suggestStrategy } from '../../../../core/analysis/stakeholders'
import { Button, CheckboxField, FieldGrid, SelectField, TextArea, TextField } from '../../components'
import { NameInput } from './NameInput'
import { isolate, useCategoryLabel } from './labels'
import { useStakeholders } from './useStakeholders'

const KNOWLEDGE = ['1', '2', '3'] as const
const INTEREST = ['1', '2', '3', '4', '5'] as const
const INTERNAL = ['internal', 'external'] as const

/** Every field of one stakeholder (Schmeer + PolicyMaker), with the long texts as text areas. */
export function StakeholderDetails({ item, onClose }: { item: Stakeholder; onClose: () => void }) {
  const { t } = useTranslation('stakeholders')
  const { section, patch } = useStakeholders()
  const categoryLabel = useCategoryLabel()
  const nameId = useId()
  const set = (change: Partial<Omit<Stakeholder, 'id'>>, field?: string) => patch(item.id, change, field)
  const quadrant = quadrantOf(item)
  const suggestion = suggestStrategy(item)
  const categoryIds = section.categories.map((c) => c.id)
  return (
    <div className="sh-details" role="group" aria-label={t('table.detailsOf', { name: item.name })}>
      <FieldGrid columns={2}>
        <div className="field">
          <label className="field__label" htmlFor={nameId}>
            {t('fields.name')}
            <span className="field__required" aria-hidden="true">
              {' *'}
            </span>
          </label>
          <NameInput id={nameId} autoFocus value={item.name} requiredMessage={t('table.nameRequired', { name: isolate(item.name) })} onCommit={(name) => set({ name }, 'name')} />
        </div>
        <TextField label={t('fields.abbreviation')} value={item.abbreviation} onChange={(abbreviation) => set({ abbreviation }, 'abbreviation')} />
      </FieldGrid>
      <FieldGrid columns={3}>
        <TextField label={t('fields.organisation')} value={item.organisation} onChange={(organisation) => set({ organisation }, 'organisation')} />
        <TextField label={t('fields.role')} value={item.role} onChange={(role) => set({ role }, 'role')} />
        <SelectField label={t('fields.category')} value={item.categoryId} options={categoryIds} optionLabel={categoryLabel} onChange={(categoryId) => set({ categoryId })} />
        <SelectField label={t('fields.level')} value={item.level} options={STAKEHOLDER_LEVELS} optionLabel={(v) => t(`levels.${v}`)} onChange={(level) => set({ level })} />
        <SelectField label={t('fields.internal')} value={item.internal} options={INTERNAL} optionLabel={(v) => t(`internal.${v}`)} onChange={(internal) => set({ internal })} />
        <SelectField
          label={t('fields.knowledge')}
          hint={t('fieldHints.knowledge')}
          value={item.knowledge === null ? null : (String(item.knowledge) as (typeof KNOWLEDGE)[number])}
          options={KNOWLEDGE}
          optionLabel={(v) => `${v} — ${t(`knowledgeLevels.${v}`)}`}
          onChange={(v) => set({ knowledge: v === null ? null : Number(v) })}
        />
        <SelectField label={t('fields.capacity')} hint={t('fieldHints.capacity')} value={item.capacity} options={CAPACITIES} allowNone={false} optionLabel={(v) => t(`capacities.${v}`)} onChange={(capacity) => capacity && set({ capacity })} />
      </FieldGrid>
      <FieldGrid columns={3}>
        <SelectField label={t('fields.position')} hint={t('fieldHints.position')} value={item.position} options={POSITIONS} optionLabel={(v) => t(`positions.${v}`)} onChange={(position) => set({ position })} />
        <SelectField label={t('fields.power')} hint={t('fieldHints.power')} value={item.power} options={POWERS} optionLabel={(v) => t(`powers.${v}`)} onChange={(power) => set({ power })} />
        <SelectField
          label={t('fields.interest')}
          hint={t('fieldHints.interest')}
          value={item.interest === null ? null : (String(item.interest) as (typeof INTEREST)[number])}
          options={INTEREST}
          optionLabel={(v) => t('table.interestValue', { value: v })}
          onChange={(v) => set({ interest: v === null ? null : Number(v) })}
        />
      </FieldGrid>
      {quadrant && (
        <p className="sh-details__advice">
          <strong>{t(`quadrants.${quadrant}`)}</strong>
          {' — '}
          {t(quadrantAdviceKey(quadrant))}
        </p>
      )}
      <FieldGrid columns={2}>
        <TextArea label={t('fields.resources')} hint={t('fieldHints.resources')} rows={2} value={item.resources} onChange={(resources) => set({ resources }, 'resources')} />
        <TextArea label={t('fields.alliances')} hint={t('fieldHints.alliances')} rows={2} value={item.alliances} onChange={(alliances) => set({ alliances }, 'alliances')} />
        <TextArea label={t('fields.gains')} hint={t('fieldHints.gains')} rows={2} value={item.gains} onChange={(gains) => set({ gains }, 'gains')} />
        <TextArea label={t('fields.losses')} hint={t('fieldHints.losses')} rows={2} value={item.losses} onChange={(losses) => set({ losses }, 'losses')} />
      </FieldGrid>
      <FieldGrid columns={2}>
        <SelectField
          label={t('fields.strategy')}
          hint={suggestion ? t('table.suggested', { strategy: t(`strategies.${suggestion}`) }) : undefined}
          value={item.strategy}
          options={STRATEGIES}
          optionLabel={(v) => t(`strategies.${v}`)}
          onChange={(strategy) => set({ strategy })}
        />
        <TextField label={t('fields.contact')} hint={t('fieldHints.contact')} value={item.contact} onChange={(contact) => set({ contact }, 'contact')} />
      </FieldGrid>
      <TextArea label={t('fields.engagement')} hint={t('fieldHints.engagement')} rows={3} value={item.engagement} onChange={(engagement) => set({ engagement }, 'engagement')} />
      <div className="sh-details__checks">
        <CheckboxField label={t('fields.leadership')} hint={t('fieldHints.leadership')} checked={item.leadership} onChange={(leadership) => set({ leadership })} />
        <CheckboxField label={t('fields.invited')} checked={item.invited} onChange={(invited) => set({ invited })} />
      </div>
      <div className="sh-details__footer">
        <Button size="small" onClick={onClose}>
          {t('table.hideDetails')}
        </Button>
      </div>
    </div>
  )
}
