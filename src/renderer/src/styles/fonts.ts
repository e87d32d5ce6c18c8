/**
 * Bundled fonts only (the app never touches the network): Noto Sans for Latin text, Noto Naskh Arabic
 * for Arabic, in the weights the UI uses. Vite copies the woff2 files next to the bundle.
 */
import '@fontsource/noto-sans/latin-400.css'
import '@fontsource/noto-sans/latin-600.css'
import '@fontsource/noto-sans/latin-700.css'
import '@fontsource/noto-sans/latin-ext-400.css'
import '@fontsource/noto-sans/latin-ext-600.css'
import '@fontsource/noto-sans/latin-ext-700.css'
import '@fontsource/noto-naskh-arabic/arabic-400.css'
import '@fontsource/noto-naskh-arabic/arabic-600.css'
import '@fontsource/noto-naskh-arabic/arabic-700.css'
