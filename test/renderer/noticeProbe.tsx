import type { AppError } from '../../src/core/result'
import { useNotices } from '../../src/renderer/src/api/errors'

/** Test helper: a button that reports `error` through the notices, as a failed channel call would. */
export function NoticeProbe({ error }: { error: AppError }) {
  const { unwrap } = useNotices()
  return (
    <button type="button" onClick={() => unwrap({ ok: false, error })}>
      {'probe'}
    </button>
  )
}
