import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createI18n } from '../../core/i18n/create'
import { ApiProvider, defaultApi } from './api/ApiContext'
import { NoticeProvider } from './api/errors'
import { App } from './app/App'
import { startEarlyLoads } from './app/early'
import { I18nRoot } from './i18n/language'
import './styles/fonts'
import './styles/app.css'

const root = document.getElementById('root')
const api = defaultApi()
// Opening on a project: its data and its stage's code are asked for now, while the rest starts.
if (api) startEarlyLoads(api, window.location.hash)
const i18n = createI18n()

if (root && api) {
  createRoot(root).render(
    <StrictMode>
      <I18nRoot i18n={i18n}>
        <ApiProvider api={api}>
          <NoticeProvider>
            <App />
          </NoticeProvider>
        </ApiProvider>
      </I18nRoot>
    </StrictMode>
  )
} else if (root) {
  // Opened without the preload (e.g. the HTML file in a plain browser): say so instead of a blank page.
  const message = document.createElement('p')
  message.className = 'app__loading'
  message.setAttribute('role', 'alert')
  message.textContent = i18n.t('errors.unexpected', { message: 'window.api' })
  root.append(message)
}
