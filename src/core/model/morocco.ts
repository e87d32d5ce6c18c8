/** Morocco reference data (decree 2-15-40, 2015). Labels live in the i18n files under `regions.<code>`. */
export const REGION_CODES = [
  'tangerTetouanAlHoceima',
  'oriental',
  'fesMeknes',
  'rabatSaleKenitra',
  'beniMellalKhenifra',
  'casablancaSettat',
  'marrakechSafi',
  'draaTafilalet',
  'soussMassa',
  'guelmimOuedNoun',
  'laayouneSakiaElHamra',
  'dakhlaOuedEdDahab'
] as const
export type RegionCode = (typeof REGION_CODES)[number]

/** Stakeholder categories pre-loaded for Morocco (labels under `stakeholderCategories.<key>`). */
export const STAKEHOLDER_CATEGORY_KEYS = [
  'ministry',
  'drs',
  'provincialDelegation',
  'hospital',
  'regionalCouncil',
  'waliGovernor',
  'localAuthority',
  'otherMinistry',
  'insurer',
  'professionalOrder',
  'privateSector',
  'ngo',
  'university',
  'partner',
  'media',
  'citizens'
] as const
export type StakeholderCategoryKey = (typeof STAKEHOLDER_CATEGORY_KEYS)[number]
