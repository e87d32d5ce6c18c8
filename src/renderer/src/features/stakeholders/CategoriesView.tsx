import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { STAKEHOLDER_CATEGORY_KEYS } from '../../../../core/model/morocco'
import type { StakeholderCategory } from '../../../../core/model/stakeholders'
import { normaliseName } from '../../../../core/analysis/stakeholders'
import { defaultStakeholderCategories, newId } from '../../../../core/project/factory'
import { LIMITS } from '../../../../core/model/common'
import { AddByName, Button, IconButton, Section, useTextProblem } from '../../components'
import { NameInput } from './NameInput'
import { categoryLabelOf, isolate } from './labels'
import { useStakeholders } from './useStakeholders'

/** The category list: pre-loaded Moroccan keys (translated, label editable) and the user's own categories. */
export function CategoriesView() {
  const { t } = useTranslation('stakeholders')
  const { t: tc } = useTranslation('common')
  const { section, setCategories } = useStakeholders()
  const [blocked, setBlocked] = useState<{ id: string; message: string } | null>(null)
  const [duplicate, setDuplicate] = useState(false)
  const used = useMemo(() => {
    const m = new Map<string, number>()
    for (const s of section.items) if (s.categoryId) m.set(s.categoryId, (m.get(s.categoryId) ?? 0) + 1)
    return m
  }, [section.items])
  const missing = STAKEHOLDER_CATEGORY_KEYS.filter((k) => !section.categories.some((c) => c.key === k))
  const names = new Set(section.categories.map((c) => normaliseName(categoryLabelOf(c, tc))))

  const setLabel = (id: string, label: string) => setCategories((list) => list.map((c) => (c.id === id ? { ...c, label } : c)), `stakeholders.categories.${id}.label`)
  const remove = (c: StakeholderCategory) => {
    const count = used.get(c.id) ?? 0
    if (count > 0) {
      setBlocked({ id: c.id, message: t('categories.inUse', { name: isolate(categoryLabelOf(c, tc)), count }) })
      return
    }
    setBlocked(null)
    setCategories((list) => list.filter((x) => x.id !== c.id))
  }

  return (
    <Section
      title={t('categories.title')}
      intro={t('categories.intro')}
      actions={
        missing.length > 0 && (
          <Button
            size="small"
            onClick={() => setCategories((list) => [...list, ...defaultStakeholderCategories().filter((d) => missing.includes(d.key) && !list.some((c) => c.id === d.id))])}
          >
            {t('categories.restore', { count: missing.length })}
          </Button>
        )
      }
    >
      <p className="field__hint">{t('categories.overrideHint')}</p>
      <ul className="sh-cats">
        {section.categories.map((c) => (
          <CategoryRow
            key={c.id}
            category={c}
            count={used.get(c.id) ?? 0}
            onLabel={(label) => setLabel(c.id, label)}
            onRemove={() => remove(c)}
            message={blocked?.id === c.id ? blocked.message : null}
          />
        ))}
      </ul>
      <AddByName
        label={t('categories.newName')}
        buttonLabel={t('categories.add')}
        onAdd={(name) => {
          if (names.has(normaliseName(name))) {
            setDuplicate(true)
            return
          }
          setDuplicate(false)
          setCategories((list) => [...list, { id: newId(), key: null, label: name }])
        }}
      />
      {duplicate && (
        <p className="field__error" role="status">
          {t('categories.duplicate')}
        </p>
      )}
    </Section>
  )
}

function CategoryRow({ category, count, onLabel, onRemove, message }: { category: StakeholderCategory; count: number; onLabel: (label: string) => void; onRemove: () => void; message: string | null }) {
  const { t } = useTranslation('stakeholders')
  const { t: tc } = useTranslation('common')
  const name = categoryLabelOf(category, tc)
  const problem = useTextProblem(category.label, LIMITS.shortText, false)
  return (
    <li className="sh-cats__item">
      <div className="sh-cats__main">
        {category.key ? (
          <input
            className="input"
            dir="auto"
            aria-label={`${t('categories.labelField')} — ${tc(`stakeholderCategories.${category.key}`)}`}
            aria-invalid={problem ? true : undefined}
            value={category.label}
            placeholder={tc(`stakeholderCategories.${category.key}`)}
            onChange={(e) => onLabel(e.target.value)}
          />
        ) : (
          <NameInput value={category.label} label={t('categories.labelField')} requiredMessage={t('table.nameRequired', { name: isolate(category.label) })} onCommit={onLabel} />
        )}
        {problem && (
          <p className="field__error" role="status">
            {problem}
          </p>
        )}
      </div>
      <span className="badge sh-cats__kind">{category.key ? t('categories.preloaded') : t('categories.custom')}</span>
      <span className="sh-cats__count">{t('categories.usedBy', { count })}</span>
      <IconButton icon="×" label={t('categories.remove', { name })} className="btn--danger-ghost" onClick={onRemove} />
      {message && (
        <p className="field__error sh-cats__message" role="alert">
          {message}
        </p>
      )}
    </li>
  )
}
