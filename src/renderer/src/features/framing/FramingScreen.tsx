import { useTranslation } from 'react-i18next'
import { LANGUAGES, type BudgetLine, type Person } from '../../../../core/model/common'
import { LEVELS, POLICY_PROCESSES, SPONSORS, type Milestone } from '../../../../core/model/framing'
import { REGION_CODES } from '../../../../core/model/morocco'
import { newId } from '../../../../core/project/factory'
import { formatNumber } from '../../../../core/i18n/languages'
import {
  AddByName,
  CheckboxField,
  CheckboxGroup,
  DateField,
  DEFER_ABOVE,
  FieldGrid,
  Later,
  NumberField,
  RepeatableRows,
  ScreenHeader,
  Section,
  SelectField,
  TextArea,
  TextField
} from '../../components'
import { useLang } from '../../i18n/language'
import { useProjectSection } from '../../project/ProjectContext'
import './framing.css'

type PersonList = 'steeringCommittee' | 'organisingTeam'

/** Stage 0 — framing: who asks for the dialogue, at which level, for which policy process, with whom and what. */
export default function FramingScreen() {
  const { t } = useTranslation('framing')
  const { t: tc } = useTranslation('common')
  const { t: tu } = useTranslation('ui')
  const lang = useLang()
  const [framing, set] = useProjectSection('framing')
  const showRegion = framing.level === 'regional' || framing.level === 'provincial'

  const personRows = (list: PersonList) => (
    <RepeatableRows<Person>
      legend={t(list)}
      items={framing[list]}
      onChange={(items, key) => set({ [list]: items }, key && `framing.${list}.${key}`)}
      itemLabel={(p) => p.name}
      addLabel={t('person.add')}
      emptyText={t('person.empty')}
      renderAdd={(add) => (
        <AddByName
          label={tu('framing.newPersonName')}
          buttonLabel={t('person.add')}
          onAdd={(name) => add({ id: newId(), name, function: '', institution: '', email: '', phone: '' })}
        />
      )}
      renderRow={(p, row) => (
        <FieldGrid columns={3}>
          <TextField label={t('person.name')} value={p.name} required onChange={(name) => row.set({ name })} />
          <TextField label={t('person.function')} value={p.function} onChange={(v) => row.set({ function: v })} />
          <TextField label={t('person.institution')} value={p.institution} onChange={(institution) => row.set({ institution })} />
          <TextField label={t('person.email')} type="email" dir="ltr" value={p.email} onChange={(email) => row.set({ email })} />
          <TextField label={t('person.phone')} type="tel" dir="ltr" value={p.phone} onChange={(phone) => row.set({ phone })} />
        </FieldGrid>
      )}
    />
  )

  const total = framing.budget.reduce((sum, b) => sum + (b.amount ?? 0), 0)

  return (
    <div className="stage-screen framing-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} />

      <Section title={tu('framing.who')}>
        <FieldGrid columns={2}>
          <SelectField
            label={t('sponsor')}
            value={framing.sponsor}
            options={SPONSORS}
            optionLabel={(s) => t(`sponsors.${s}`)}
            onChange={(sponsor) => set({ sponsor })}
          />
          <TextField label={t('sponsorName')} value={framing.sponsorName} onChange={(sponsorName) => set({ sponsorName }, 'framing.sponsorName')} />
          <SelectField
            label={t('level')}
            value={framing.level}
            options={LEVELS}
            optionLabel={(l) => t(`levels.${l}`)}
            onChange={(level) => set({ level, ...(level === 'national' ? { region: null } : {}) })}
          />
          {showRegion && (
            <SelectField
              label={t('region')}
              value={framing.region}
              options={REGION_CODES}
              optionLabel={(r) => tc(`regions.${r}`)}
              onChange={(region) => set({ region })}
            />
          )}
          {framing.level === 'provincial' && (
            <TextField label={t('province')} value={framing.province} onChange={(province) => set({ province }, 'framing.province')} />
          )}
        </FieldGrid>
      </Section>

      <Section title={tu('framing.process')}>
        <FieldGrid columns={2}>
          <SelectField
            label={t('policyProcess')}
            value={framing.policyProcess}
            options={POLICY_PROCESSES}
            optionLabel={(p) => t(`policyProcesses.${p}`)}
            onChange={(policyProcess) => set({ policyProcess })}
          />
          <TextField label={t('policyProcessName')} value={framing.policyProcessName} onChange={(policyProcessName) => set({ policyProcessName }, 'framing.policyProcessName')} />
        </FieldGrid>
        <TextArea label={t('context')} hint={t('contextHint')} value={framing.context} rows={7} onChange={(context) => set({ context }, 'framing.context')} />
      </Section>

      {/* Below the first screenful: drawn just after the screen has been painted. */}
      <Later now={framing.timeline.length + framing.budget.length + framing.steeringCommittee.length + framing.organisingTeam.length <= DEFER_ABOVE / 2}>
        <Section title={tu('framing.team')}>
          {personRows('steeringCommittee')}
          {personRows('organisingTeam')}
        </Section>

        <Section title={tu('framing.means')}>
          <RepeatableRows<Milestone>
            legend={t('timeline')}
            items={framing.timeline}
            onChange={(timeline, key) => set({ timeline }, key && `framing.timeline.${key}`)}
            itemLabel={(m, i) => m.label || tu('field.rowTitle', { index: i + 1 })}
            createItem={() => ({ id: newId(), label: '', date: null, done: false })}
            addLabel={t('milestone.add')}
            emptyText={t('milestone.empty')}
            renderRow={(m, row) => (
              <FieldGrid columns={3} className="framing-milestone">
                <TextField label={t('milestone.label')} value={m.label} onChange={(label) => row.set({ label })} />
                <DateField label={t('milestone.date')} value={m.date} invalidMessage={t('dateInvalid')} onChange={(date) => row.set({ date })} />
                <CheckboxField label={t('milestone.done')} checked={m.done} onChange={(done) => row.set({ done })} className="checkbox--aligned" />
              </FieldGrid>
            )}
          />

          <RepeatableRows<BudgetLine>
            legend={t('budget')}
            items={framing.budget}
            onChange={(budget, key) => set({ budget }, key && `framing.budget.${key}`)}
            itemLabel={(b, i) => b.label || tu('field.rowTitle', { index: i + 1 })}
            createItem={() => ({ id: newId(), label: '', amount: null, source: '' })}
            addLabel={t('budgetLine.add')}
            emptyText={t('budgetLine.empty')}
            renderRow={(b, row) => (
              <FieldGrid columns={3} className="framing-budget-line">
                <TextField label={t('budgetLine.label')} value={b.label} onChange={(label) => row.set({ label })} />
                <NumberField
                  label={t('budgetLine.amount')}
                  value={b.amount}
                  min={0}
                  max={1e12}
                  invalidMessage={t('amountInvalid')}
                  suffix={framing.budgetCurrency}
                  onChange={(amount) => row.set({ amount })}
                />
                <TextField label={t('budgetLine.source')} value={b.source} onChange={(source) => row.set({ source })} />
              </FieldGrid>
            )}
            footer={
              framing.budget.length > 0 && (
                <p className="rows__total" aria-live="polite">
                  {t('budgetLine.total', { amount: `${formatNumber(total, lang)} ${framing.budgetCurrency}` })}
                </p>
              )
            }
          />
          <FieldGrid columns={3}>
            <TextField label={t('budgetCurrency')} value={framing.budgetCurrency} dir="ltr" maxLength={10} onChange={(budgetCurrency) => set({ budgetCurrency }, 'framing.budgetCurrency')} />
          </FieldGrid>

          <CheckboxGroup legend={t('languages')} options={LANGUAGES} optionLabel={(l) => tc(`language.${l}`)} value={framing.languages} onChange={(languages) => set({ languages })} />
        </Section>
      </Later>
    </div>
  )
}
