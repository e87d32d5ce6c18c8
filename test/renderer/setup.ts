import { afterEach } from 'vitest'
import { cleanup } from '@testing-library/react'

// jsdom environment for React component tests: unmount what each test rendered.
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

// jsdom lacks scrollTo on elements; the project view scrolls its main column on stage change.
if (!Element.prototype.scrollTo) {
  Element.prototype.scrollTo = function scrollTo() {}
}
