import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx'
import type { Lang } from '../model/common'

/**
 * The look of every Hiwar document, defined once as named styles so an institution can restyle a file in
 * Word (Home › Styles) without hunting direct formatting. Builders refer to styles by these ids only.
 */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  caption: 'Caption',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  note: 'EmptyNote',
  letterhead: 'Letterhead',
  header: 'Header',
  footer: 'Footer',
  mark: 'DocumentMark',
  signature: 'Signature'
} as const

/** Latin text in Arial (in Word's and LibreOffice's metric tables); Arabic in Arial's complex-script face. */
export const FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'Arial' } as const

/** Half-points: Latin body 11 pt; Arabic reads small at the same size, so complex script gets 13 pt. */
const SIZE = { body: 22, bodyCs: 26, small: 18, smallCs: 22, table: 19, tableCs: 23 } as const

const COLOR = { heading: '1F3864', muted: '595959', rule: 'A6A6A6' } as const

/** A4 in twips (1/20 pt) and the margins of every section. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1134, // 2 cm
  headerFooter: 567 // 1 cm
} as const

/** Width available to text, in twips, for each orientation. */
export const CONTENT_WIDTH = {
  portrait: PAGE.width - 2 * PAGE.margin,
  landscape: PAGE.height - 2 * PAGE.margin
} as const

/** Shading of table header rows and label columns. */
export const TABLE_HEADER_FILL = 'DCE3EE'
export const TABLE_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' } as const

const heading = (sizeHalfPoints: number, before: number, after: number, outline: number) => ({
  run: { font: FONT, size: sizeHalfPoints, sizeComplexScript: sizeHalfPoints + 4, bold: true, boldComplexScript: true, color: COLOR.heading },
  paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel: outline }
})

/** Proofing languages: Latin text in the document's language (French for Arabic documents), Arabic as ar-MA. */
const PROOFING: Record<Lang, { value: string; bidirectional: string }> = {
  fr: { value: 'fr-MA', bidirectional: 'ar-MA' },
  ar: { value: 'fr-MA', bidirectional: 'ar-MA' },
  en: { value: 'en-GB', bidirectional: 'ar-MA' }
}

export function documentStyles(lang: Lang): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, sizeComplexScript: SIZE.bodyCs, language: PROOFING[lang] },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } }
      },
      title: {
        run: { font: FONT, size: 36, sizeComplexScript: 40, bold: true, boldComplexScript: true, color: COLOR.heading },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 } }
      },
      heading1: heading(30, 360, 160, 0),
      heading2: heading(26, 240, 120, 1),
      heading3: heading(23, 200, 80, 2),
      caption: {
        run: { font: FONT, size: SIZE.small, sizeComplexScript: SIZE.smallCs, italics: true, italicsComplexScript: true, color: COLOR.muted },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 240 } }
      }
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: STYLE.normal,
        next: STYLE.normal,
        quickFormat: true,
        run: { size: 26, sizeComplexScript: 30, color: COLOR.heading },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } }
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: STYLE.normal,
        quickFormat: true,
        run: { size: SIZE.table, sizeComplexScript: SIZE.tableCs },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } }
      },
      {
        id: STYLE.tableHeading,
        name: 'Table Heading',
        basedOn: STYLE.tableText,
        quickFormat: true,
        run: { bold: true, boldComplexScript: true },
        paragraph: { keepNext: true }
      },
      {
        id: STYLE.note,
        name: 'Empty Section Note',
        basedOn: STYLE.normal,
        quickFormat: true,
        run: { italics: true, italicsComplexScript: true, color: COLOR.muted }
      },
      {
        id: STYLE.letterhead,
        name: 'Letterhead',
        basedOn: STYLE.normal,
        run: { size: 19, sizeComplexScript: 24, bold: true, boldComplexScript: true },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 40, line: 264, lineRule: LineRuleType.AUTO } }
      },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: STYLE.normal,
        run: { size: 16, sizeComplexScript: 20, color: COLOR.muted },
        paragraph: {
          spacing: { after: 0 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } }
        }
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: STYLE.normal,
        run: { size: 16, sizeComplexScript: 20, color: COLOR.muted },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } }
      },
      {
        id: STYLE.mark,
        name: 'Document Mark',
        basedOn: STYLE.normal,
        run: { bold: true, boldComplexScript: true, color: 'B42318', size: 20, sizeComplexScript: 24 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 } }
      },
      {
        id: STYLE.signature,
        name: 'Signature Block',
        basedOn: STYLE.normal,
        paragraph: { spacing: { before: 480, after: 0 }, keepLines: true }
      }
    ]
  }
}

/** Numbered lists ("1.", "2.") — each list gets its own `instance`, so numbering restarts. */
export const NUMBERED_LIST = 'hiwar-numbered'
export const BULLET_LIST = 'hiwar-bullets'

export function documentNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: NUMBERED_LIST,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1.',
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { start: 567, hanging: 397 } } }
          }
        ]
      },
      {
        reference: BULLET_LIST,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '\u2022',
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { start: 567, hanging: 340 } } }
          },
          {
            level: 1,
            format: LevelFormat.BULLET,
            text: '\u2013',
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { start: 1134, hanging: 340 } } }
          }
        ]
      }
    ]
  }
}
