export type ShortcutAction = 'save' | 'undo' | 'redo'

/**
 * The app-level shortcut of a key press, if any. Uses the produced letter when it is Latin (AZERTY and
 * QWERTY alike) and falls back to the physical key under non-Latin layouts (Arabic keyboard).
 */
export function shortcutOf(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): ShortcutAction | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null
  const letter = /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() : e.code.startsWith('Key') ? e.code.slice(3).toLowerCase() : ''
  if (letter === 's' && !e.shiftKey) return 'save'
  if (letter === 'z') return e.shiftKey ? 'redo' : 'undo'
  if (letter === 'y' && !e.shiftKey) return 'redo'
  return null
}
