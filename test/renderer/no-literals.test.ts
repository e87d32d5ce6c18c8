import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'

/**
 * Static guard: no user-visible text may be written in a component. Every `.tsx` under src/renderer/src
 * is parsed with the TypeScript compiler; JSX text, string literals rendered as JSX children (also in
 * `a ? 'x' : 'y'` and `a && 'x'`) and string literals given to text-like props (label, title, placeholder,
 * aria-label, *Label, *Text, *Message…) fail when they contain a letter. Symbols, digits and punctuation
 * (`{' · '}`, `×`, `↑`) are allowed; translation keys inside calls (`t('library.title')`) are not looked at.
 */
const ROOT = resolve(__dirname, '../../src/renderer/src')
const HAS_LETTER = /\p{L}/u
const TEXT_PROP = /(^|[-_])(label|title|text|placeholder|hint|message|caption|heading|description|intro|body|legend|tooltip|summary|alt|children|valuetext|roledescription)$|[a-z](Label|Title|Text|Placeholder|Hint|Message|Caption|Heading|Description|Intro|Body|Legend|Tooltip|Summary)$/

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return tsxFiles(path)
    return name.endsWith('.tsx') && !name.endsWith('.test.tsx') ? [path] : []
  })
}

/** String pieces an expression would render as text (not looking inside calls). */
function renderedStrings(e: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e]
  if (ts.isTemplateExpression(e)) return [e.head, ...e.templateSpans.map((s) => s.literal)]
  if (ts.isParenthesizedExpression(e)) return renderedStrings(e.expression)
  if (ts.isConditionalExpression(e)) return [...renderedStrings(e.whenTrue), ...renderedStrings(e.whenFalse)]
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return renderedStrings(e.right)
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) {
      return [...renderedStrings(e.left), ...renderedStrings(e.right)]
    }
  }
  return []
}

const textOf = (n: ts.Node): string =>
  ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateLiteralToken(n) ? n.text : n.getText()

/** A one-character glyph inside an aria-hidden element is an icon ('i', '✕'), not text. */
function insideAriaHidden(n: ts.Node): boolean {
  for (let p: ts.Node | undefined = n.parent; p; p = p.parent) {
    if (ts.isJsxElement(p)) {
      const hidden = p.openingElement.attributes.properties.some(
        (a) => ts.isJsxAttribute(a) && a.name.getText() === 'aria-hidden' && a.initializer !== undefined && /true/.test(a.initializer.getText())
      )
      if (hidden) return true
    }
  }
  return false
}

export function literalsIn(fileName: string, source: string): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const report = (n: ts.Node, what: string) => {
    const text = textOf(n).trim()
    if (HAS_LETTER.test(text) && !(text.length === 1 && insideAriaHidden(n))) {
      const { line } = sf.getLineAndCharacterOfPosition(n.getStart(sf))
      found.push(`${fileName}:${line + 1} ${what}: ${JSON.stringify(text.slice(0, 60))}`)
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, 'JSX text')
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const s of renderedStrings(node.expression)) report(s, 'string rendered in JSX')
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(sf)
      if (TEXT_PROP.test(name)) {
        const init = node.initializer
        const pieces = ts.isStringLiteral(init) ? [init] : ts.isJsxExpression(init) && init.expression ? renderedStrings(init.expression) : []
        for (const s of pieces) report(s, `prop ${name}`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return found
}

describe('no hard-coded user-visible string in renderer components', () => {
  test('the detector finds JSX text, rendered literals and text props, and spares keys and symbols', () => {
    const sample = `
      export const A = () => <div title="Bonjour" aria-label={ok ? 'Oui' : t('x.no')} className="card">
        Salut {' · '} {t('library.title')} {cond && 'Caché'} {\`\${n} %\`} {\`Total \${n}\`}
        <Field label={t('a.b')} emptyText="Rien" icon="↑" dir="auto" data-stage="framing" />
        <span aria-hidden="true">{'×'}{ok ? 'i' : 'Texte caché'}</span>
      </div>`
    const found = literalsIn('sample.tsx', sample).map((f) => f.replace(/^sample\.tsx:\d+ /, ''))
    expect(found).toEqual([
      'prop title: "Bonjour"',
      'prop aria-label: "Oui"',
      'JSX text: "Salut"',
      'string rendered in JSX: "Caché"',
      'string rendered in JSX: "Total"',
      'prop emptyText: "Rien"',
      'string rendered in JSX: "Texte caché"'
    ])
  })

  const files = tsxFiles(ROOT)
  test('there are components to check', () => {
    expect(files.length).toBeGreaterThan(10)
  })
  test.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    expect(literalsIn(relative(ROOT, file), readFileSync(file, 'utf8'))).toEqual([])
  })
})
