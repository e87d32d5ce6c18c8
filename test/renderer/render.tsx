import type { ReactElement, ReactNode } from 'react'
import { useState } from 'react'
import { render } from '@testing-library/react'
import type { i18n as I18n } from 'i18next'
import { createI18n } from '../../src/core/i18n/create'
import type { Lang } from '../../src/core/model/common'
import { ApiProvider, type RendererApi } from '../../src/renderer/src/api/ApiContext'
import { NoticeBanner, NoticeProvider } from '../../src/renderer/src/api/errors'
import { I18nRoot } from '../../src/renderer/src/i18n/language'
import { createFakeApi } from './fakeApi'

/** Renders inside the app's providers (i18n, API, notices) — what every screen has around it. */
export function renderWithApp(ui: ReactElement, opts: { api?: RendererApi; lang?: Lang; i18n?: I18n } = {}) {
  const i18n = opts.i18n ?? createI18n(opts.lang ?? 'fr')
  const api = opts.api ?? createFakeApi()
  const result = render(
    <I18nRoot i18n={i18n}>
      <ApiProvider api={api}>
        <NoticeProvider>
          <NoticeBanner />
          {ui}
        </NoticeProvider>
      </ApiProvider>
    </I18nRoot>
  )
  return { ...result, i18n, api }
}

/** Holds a value in state so a controlled component can be driven like in the app. */
export function Controlled<T>({ initial, children }: { initial: T; children: (value: T, set: (v: T) => void) => ReactNode }) {
  const [value, setValue] = useState(initial)
  return <>{children(value, setValue)}</>
}
