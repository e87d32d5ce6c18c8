import { memo, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_CRITERIA_KEYS, type Criterion, type Priority } from '../../../../core/model/priority'
import { checkWeight } from '../../../../core/analysis/prioritisation'
import { removeCriterion, setWeight } from '../../../../core/analysis/priorityEdits'
import { defaultCriteria, newId } from '../../../../core/project/factory'
import { formatNumber } from '../../../../core/i18n/languages'
import { AddByName, Button, IconButton, Section } from '../../components'
import { useLang } from '../../i18n/language'
import { ScoreInput } from './ScoreInput'
import { usePriorityActions } from './usePriority'

/** The label of a criterion: translated for the default grid, typed for a custom one. */
export function useCriterionLabel(): (c: Criterion, index?: number) => string {
  const { t } = useTranslation('priority')
  return (c, index = 0) => (c.key ? t(`criteria.${c.key}`) : c.label.trim() || t('criteriaSection.customUntitled', { index: index + 1 }))
}

const METHODS: readonly Priority['method'][] = ['grid', 'hanlon']

/** Grid or Hanlon, as a radio group. */
export function MethodSwitch({ method }: { method: Priority['method'] }) {
  const { t } = useTranslation('priority')
  const { patch } = usePriorityActions()
  const name = useId()
  return (
    <fieldset className="method-switch">
      <legend className="field__label">{t('method.legend')}</legend>
      <div className="method-switch__options">
        {METHODS.map((m) => (
          <label key={m} className={['method-switch__option', method === m ? 'method-switch__option--on' : ''].join(' ')}>
            <input type="radio" name={name} value={m} checked={method === m} onChange={() => patch({ method: m })} />
            <span className="method-switch__text">
              <span className="method-switch__title">{t(`method.${m}`)}</span>
              <span className="method-switch__hint">{t(`method.${m}Hint`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** Criteria with editable weights (the ranking below re-ranks at once), custom criteria, defaults restored. */
export function CriteriaTable({ criteria }: { criteria: Criterion[] }) {
  const { t } = useTranslation('priority')
  const lang = useLang()
  const { apply } = usePriorityActions()
  const label = useCriterionLabel()
  const total = criteria.reduce((s, c) => s + c.weight, 0)
  const missingDefaults = DEFAULT_CRITERIA_KEYS.filter((k) => !criteria.some((c) => c.key === k))
  let customIndex = 0

  return (
    <div className="criteria">
      {criteria.length === 0 ? (
        <p className="empty-state empty-state--compact">{t('criteriaSection.empty')}</p>
      ) : (
        <div className="matrix-scroll">
          <table className="matrix criteria__table">
            <caption className="visually-hidden">{t('criteriaSection.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('criteriaSection.criterion')}</th>
                <th scope="col" className="matrix__num">
                  {t('criteriaSection.weight')}
                </th>
                <th scope="col" className="matrix__num">
                  {t('criteriaSection.share')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('criteriaSection.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {criteria.map((c) => {
                const index = c.key ? 0 : customIndex++
                const name = label(c, index)
                return (
                  <tr key={c.id}>
                    <th scope="row" className="criteria__name">
                      {c.key ? (
                        <>
                          <span className="criteria__label">{name}</span>
                          <span className="criteria__help">{t(`criteriaHelp.${c.key}`)}</span>
                        </>
                      ) : (
                        <input
                          className="input"
                          dir="auto"
                          value={c.label}
                          aria-label={t('criteriaSection.labelOf', { index: index + 1 })}
                          onChange={(e) => {
                            const value = e.target.value
                            apply((p) => ({ ...p, criteria: p.criteria.map((x) => (x.id === c.id ? { ...x, label: value } : x)) }), `priority.criteria.${c.id}.label`)
                          }}
                        />
                      )}
                    </th>
                    <td className="matrix__num">
                      <ScoreInput
                        value={c.weight}
                        clearable={false}
                        check={checkWeight}
                        label={t('criteriaSection.weightOf', { name })}
                        className="score-input--weight"
                        onCommit={(w) => {
                          if (w === null) return
                          apply((p) => {
                            const edit = setWeight(p, c.id, w)
                            return edit.ok ? edit.priority : p
                          }, `priority.criteria.${c.id}.weight`)
                        }}
                      />
                    </td>
                    <td className="matrix__num criteria__share">
                      {total > 0 ? formatNumber(c.weight / total, lang, { style: 'percent', maximumFractionDigits: 0 }) : '—'}
                    </td>
                    <td className="matrix__actions">
                      <IconButton icon="✕" className="btn--danger-ghost" label={t('criteriaSection.remove', { name })} onClick={() => apply((p) => removeCriterion(p, c.id))} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="criteria__add">
        <AddByName
          label={t('criteriaSection.newLabel')}
          buttonLabel={t('criteriaSection.add')}
          onAdd={(text) => apply((p) => ({ ...p, criteria: [...p.criteria, { id: newId(), key: null, label: text, weight: 1 }] }))}
        />
        {missingDefaults.length > 0 && (
          <Button
            size="small"
            onClick={() =>
              apply((p) => {
                const have = new Set(p.criteria.map((c) => c.key))
                const haveIds = new Set(p.criteria.map((c) => c.id))
                const back = defaultCriteria().filter((c) => !have.has(c.key)).map((c) => (haveIds.has(c.id) ? { ...c, id: newId() } : c))
                return { ...p, criteria: [...p.criteria, ...back] }
              })
            }
          >
            {t('criteriaSection.restoreDefaults')}
          </Button>
        )}
      </div>
    </div>
  )
}

/** The method switch and, for the grid, the weighted criteria. */
export const MethodAndCriteriaSection = memo(function MethodAndCriteriaSection({ method, criteria }: { method: Priority['method']; criteria: Criterion[] }) {
  const { t } = useTranslation('priority')
  return (
    <Section title={t('criteriaSection.title')} intro={method === 'grid' ? t('criteriaSection.intro') : undefined} className="priority-criteria">
      <MethodSwitch method={method} />
      {method === 'grid' ? <CriteriaTable criteria={criteria} /> : <p className="hanlon-note">{t('hanlon.pearlHint')}</p>}
    </Section>
  )
})
