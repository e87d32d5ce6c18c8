import { useTranslation } from 'react-i18next'
import type { BlockType } from '../../../../core/model/agenda'

/** A block type as a colour category AND its text label (never colour alone). */
export function TypeChip({ type, className }: { type: BlockType; className?: string }) {
  const { t } = useTranslation('agenda')
  return (
    <span className={['type-chip', `type-chip--${type}`, className ?? ''].filter(Boolean).join(' ')}>
      <span className="type-chip__dot" aria-hidden="true" />
      {t(`blockTypes.${type}`)}
    </span>
  )
}
