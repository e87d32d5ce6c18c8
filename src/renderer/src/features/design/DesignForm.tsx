import { useTranslation } from 'react-i18next'
import { LANGUAGES, type BudgetLine, type ChecklistItem } from '../../../../core/model/common'
import { formatNumber } from '../../../../core/i18n/languages'
import { newId } from '../../../../core/project/factory'
import {
  Button,
  CheckboxField,
  CheckboxGroup,
  FieldGrid,
  NumberField,
  RepeatableRows,
  Section,
  SelectField,
  TextArea,
  TextField
} from '../../components'
import { useLang } from '../../i18n/language'
import { useProjectSection } from '../../project/ProjectContext'
import { DatesEditor } from './DatesEditor'

const OPENNESS = ['closed', 'open'] as const
const LOGISTICS_DEFAULTS = ['room', 'sound', 'interpretation', 'badges', 'catering', 'transport', 'accommodation', 'printing', 'attendance', 'evaluation'] as const
/** McMaster Health Forum: 18–22 participants deliberate well. */
const RECOMMENDED_SIZE = { min: 18, max: 22 } as const

/** Objectives, format, size, dates and venue, ground rules, interpretation, logistics and budget. */
export function DesignForm() {
  const { t } = useTranslation('design')
  const { t: tc } = useTranslation('common')
  const lang = useLang()
  const [design, set] = useProjectSection('design')
  const [framing] = useProjectSection('framing')
  const currency = framing.budgetCurrency

  const sizeWarning =
    design.targetSizeMin > design.targetSizeMax
      ? t('size.minAboveMax')
      : design.targetSizeMin < RECOMMENDED_SIZE.min || design.targetSizeMax > RECOMMENDED_SIZE.max
        ? t('size.outsideRecommended', { min: design.targetSizeMin, max: design.targetSizeMax })
        : null
  const missingDefaults = LOGISTICS_DEFAULTS.map((k) => t(`logistics.defaults.${k}`)).filter((label) => !design.logistics.some((i) => i.label === label))
  const total = design.budget.reduce((sum, b) => sum + (b.amount ?? 0), 0)
  const done = design.logistics.filter((i) => i.done).length

  return (
    <>
      <Section title={t('goals.title')}>
        <TextArea label={t('goals.objectives')} hint={t('goals.objectivesHint')} rows={4} value={design.objectives} onChange={(objectives) => set({ objectives }, 'design.objectives')} />
        <TextArea label={t('goals.expectedResults')} hint={t('goals.expectedResultsHint')} rows={3} value={design.expectedResults} onChange={(expectedResults) => set({ expectedResults }, 'design.expectedResults')} />
        <FieldGrid columns={2}>
          <SelectField label={t('goals.openness')} value={design.openness} options={OPENNESS} allowNone={false} optionLabel={(o) => t(`goals.opennessOptions.${o}`)} onChange={(openness) => openness && set({ openness })} />
        </FieldGrid>
      </Section>

      <Section title={t('size.title')}>
        <p className="field__hint design-size__hint">{t('size.hint')}</p>
        <FieldGrid columns={2}>
          <NumberField label={t('size.min')} value={design.targetSizeMin} integer min={1} max={1000} invalidMessage={t('size.invalid')} onChange={(v) => v !== null && set({ targetSizeMin: v }, 'design.targetSizeMin')} />
          <NumberField label={t('size.max')} value={design.targetSizeMax} integer min={1} max={1000} invalidMessage={t('size.invalid')} onChange={(v) => v !== null && set({ targetSizeMax: v }, 'design.targetSizeMax')} />
        </FieldGrid>
        {sizeWarning && (
          <p className="design-warning" role="status">
            {sizeWarning}
          </p>
        )}
        <DatesEditor dates={design.dates} onChange={(dates) => set({ dates })} />
        <FieldGrid columns={2}>
          <TextField label={t('venue')} value={design.venue} onChange={(venue) => set({ venue }, 'design.venue')} />
          <TextField label={t('city')} value={design.city} onChange={(city) => set({ city }, 'design.city')} />
        </FieldGrid>
      </Section>

      <Section title={t('rules.title')}>
        <FieldGrid columns={2}>
          <TextField label={t('rules.facilitator')} hint={t('rules.facilitatorHint')} value={design.facilitator} onChange={(facilitator) => set({ facilitator }, 'design.facilitator')} />
          <TextField label={t('rules.rapporteur')} value={design.rapporteur} onChange={(rapporteur) => set({ rapporteur }, 'design.rapporteur')} />
        </FieldGrid>
        <div className="design-rules">
          <CheckboxField label={t('rules.chathamHouse')} hint={t('rules.chathamHouseHint')} checked={design.chathamHouse} onChange={(chathamHouse) => set({ chathamHouse })} />
          <CheckboxField label={t('rules.consensusNotSought')} hint={t('rules.consensusNotSoughtHint')} checked={design.consensusNotSought} onChange={(consensusNotSought) => set({ consensusNotSought })} />
        </div>
        <CheckboxGroup legend={t('rules.interpretation')} options={LANGUAGES} optionLabel={(l) => tc(`language.${l}`)} value={design.interpretation} onChange={(interpretation) => set({ interpretation })} />
      </Section>

      <Section
        title={t('logistics.title')}
        actions={
          missingDefaults.length > 0 && (
            <Button size="small" onClick={() => set((d) => ({ ...d, logistics: [...d.logistics, ...missingDefaults.map((label) => ({ id: newId(), label, done: false }))] }))}>
              {t('logistics.addDefaults')}
            </Button>
          )
        }
      >
        <RepeatableRows<ChecklistItem>
          legend={t('logistics.legend')}
          items={design.logistics}
          onChange={(logistics, key) => set({ logistics }, key && `design.logistics.${key}`)}
          itemLabel={(i, n) => i.label || t('logistics.item') + ` ${n + 1}`}
          createItem={() => ({ id: newId(), label: '', done: false })}
          addLabel={t('logistics.add')}
          emptyText={t('logistics.empty')}
          renderRow={(i, row) => (
            <div className="design-check">
              <TextField label={t('logistics.item')} value={i.label} onChange={(label) => row.set({ label })} />
              <CheckboxField label={t('logistics.done')} checked={i.done} onChange={(d) => row.set({ done: d })} className="checkbox--aligned" />
            </div>
          )}
          footer={design.logistics.length > 0 && <p className="rows__total">{t('logistics.progress', { done, total: design.logistics.length })}</p>}
        />
      </Section>

      <Section title={t('budget.title')}>
        <RepeatableRows<BudgetLine>
          legend={t('budget.legend')}
          items={design.budget}
          onChange={(budget, key) => set({ budget }, key && `design.budget.${key}`)}
          itemLabel={(b, n) => b.label || t('budget.label') + ` ${n + 1}`}
          createItem={() => ({ id: newId(), label: '', amount: null, source: '' })}
          addLabel={t('budget.add')}
          emptyText={t('budget.empty')}
          renderRow={(b, row) => (
            <FieldGrid columns={3}>
              <TextField label={t('budget.label')} value={b.label} onChange={(label) => row.set({ label })} />
              <NumberField label={t('budget.amount')} value={b.amount} min={0} max={1e12} suffix={currency} invalidMessage={t('budget.amountInvalid')} onChange={(amount) => row.set({ amount })} />
              <TextField label={t('budget.source')} value={b.source} onChange={(source) => row.set({ source })} />
            </FieldGrid>
          )}
          footer={
            design.budget.length > 0 && (
              <p className="rows__total" aria-live="polite">
                {t('budget.total', { amount: `${formatNumber(total, lang)} ${currency}` })}
              </p>
            )
          }
        />
      </Section>
    </>
  )
}
