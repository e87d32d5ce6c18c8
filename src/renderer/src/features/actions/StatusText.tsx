import { useTranslation } from 'react-i18next'
import type { ActionItem } from '../../../../core/model/actions'
import { daysOverdue, effectiveStatus } from '../../../../core/actions/status'

/** The status as text (colour only reinforces it); a late action also says by how much and its stored state. */
export function StatusText({ item, today }: { item: ActionItem; today: string }) {
  const { t } = useTranslation('actions')
  const shown = effectiveStatus(item, today)
  const late = daysOverdue(item, today)
  return (
    <span className={`action-status action-status--${shown}`}>
      <span className="action-status__label">{t(`statuses.${shown}`)}</span>
      {late !== null && <span className="action-status__detail">{t('lateDetail', { count: late, stored: t(`statuses.${item.status}`) })}</span>}
    </span>
  )
}
