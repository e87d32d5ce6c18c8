import type { ProjectSummary } from '../../../../core/model/project'

/** Lower-case, accents and Arabic diacritics removed: "Équipe" matches "equipe", "الصحّة" matches "الصحة". */
export const foldForSearch = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064B-\u065F\u0670]/g, '')
    .toLocaleLowerCase()

/** Projects in the library (or the trash), most recently changed first, matching every word of `query`. */
export function visibleProjects(projects: readonly ProjectSummary[], opts: { trash: boolean; query: string; labelsOf?: (p: ProjectSummary) => string[] }): ProjectSummary[] {
  const words = foldForSearch(opts.query).split(/\s+/).filter(Boolean)
  return projects
    .filter((p) => (p.trashedAt !== null) === opts.trash)
    .filter((p) => {
      if (words.length === 0) return true
      const hay = foldForSearch([p.name, ...(opts.labelsOf?.(p) ?? [])].join(' '))
      return words.every((w) => hay.includes(w))
    })
    .sort((a, b) => (opts.trash ? time(b.trashedAt) - time(a.trashedAt) : 0) || time(b.updatedAt) - time(a.updatedAt))
}

const time = (iso: string | null): number => (iso ? Date.parse(iso) || 0 : 0)
