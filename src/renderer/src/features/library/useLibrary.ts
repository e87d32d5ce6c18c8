import { useCallback, useEffect, useRef, useState } from 'react'
import type { ProjectLibrary } from '../../../../core/api'
import { useApi } from '../../api/ApiContext'
import { useNotices } from '../../api/errors'

/** The project library as main derives it from the files, reloaded after each change. */
export function useLibrary(): { library: ProjectLibrary | null; reload: () => Promise<void> } {
  const api = useApi()
  const { unwrap } = useNotices()
  // `unwrap` changes with the language; the list must not be refetched for that.
  const unwrapRef = useRef(unwrap)
  unwrapRef.current = unwrap
  const [library, setLibrary] = useState<ProjectLibrary | null>(null)
  const reload = useCallback(async () => {
    const value = unwrapRef.current(await api.listProjects())
    setLibrary(value ?? { projects: [], quarantined: [] })
  }, [api])
  useEffect(() => {
    void reload()
  }, [reload])
  return { library, reload }
}
