/**
 * Stage 5 — agenda core (pure). See /work/notes/agenda-api.md for the short version.
 * - time.ts: parseClock / formatClock / parseDuration / durationParts (HH:MM, 24 h)
 * - schedule.ts: scheduleDay / scheduleAgenda / listTimedBlocks / findBlockTiming / halfDayOf / actualStartOf
 * - edit.ts: immutable edits, moveBlock / moveBlockBy (across days), insertStandardSequence
 * - validate.ts: validateAgenda → issues (i18n keys under agenda:issues.)
 * - rebalance.ts: fitting the rest of a day into the time left
 * - live.ts: live mode records and computeLivePlan (injectable clock)
 */
export * from './time'
export * from './schedule'
export * from './edit'
export * from './validate'
export * from './rebalance'
export * from './live'
