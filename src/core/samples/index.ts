import type { SampleId } from '../api'
import type { Project } from '../model/project'
import { createBlankProject } from '../project/factory'
import { rabat2017 } from './rabat2017'
import type { SampleArgs, SamplePart, SampleStages } from './types'

export type { SampleArgs, SamplePart, SampleStages } from './types'

/** Each sample is a list of parts, one per stage it fills. */
const SAMPLES: Record<SampleId, { parts: readonly SamplePart[]; docLanguage: Project['docLanguage'] }> = {
  rabat2017
}

/** Merges parts; two parts filling the same stage is a programming error, caught by the tests. */
export function composeParts(parts: readonly SamplePart[], args: SampleArgs): Partial<SampleStages> {
  const merged: Partial<SampleStages> = {}
  for (const part of parts) {
    for (const [key, value] of Object.entries(part(args))) {
      if (key in merged) throw new Error(`sample parts both fill "${key}"`)
      Object.assign(merged, { [key]: value })
    }
  }
  return merged
}

/** A complete, valid project built from a sample (realistic content from the seed documents). */
export function buildSample(sample: SampleId, args: SampleArgs): Project {
  const { parts, docLanguage } = SAMPLES[sample]
  return createBlankProject({
    id: args.id,
    name: args.name,
    now: args.now,
    extra: { sample, docLanguage, ...composeParts(parts, args) }
  })
}
