import type { HandlerContext, Implementations } from './context'

/** Settings channels: UI language and default document language, persisted in `settings.json`. */
export function settingsHandlers(ctx: HandlerContext): Pick<Implementations, 'getSettings' | 'setSettings'> {
  return {
    async getSettings() {
      return ctx.settings.get()
    },

    async setSettings(patch) {
      const next = await ctx.settings.update(patch)
      ctx.deps.onSettingsChanged?.(next)
      return next
    }
  }
}
