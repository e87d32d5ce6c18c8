/**
 * A docx `Document` as .docx bytes, zipped with yazl (Node's native DEFLATE, off the main thread).
 *
 * `Packer.pack` compresses the package with fflate, in JavaScript: for the large project's full report
 * (a 4 MB document.xml) that is ~0.5 s, and the diagram PNGs, already compressed, are compressed again.
 * Here docx still writes every part (its compiler, which `Packer` itself uses) and yazl writes the zip:
 * the same parts with the same contents, in the same order, pictures stored as they are, every entry
 * dated 1 January 1980 so that the same document gives the same bytes. Should a docx version no longer
 * expose its compiler, `Packer.pack` is used.
 */
import { Packer, type Document } from 'docx'
import { ZipFile } from 'yazl'

type PartData = string | Uint8Array | ArrayBuffer | ArrayBufferView
interface Compiler {
  compile(file: Document, prettify?: string, overrides?: readonly unknown[]): Iterable<[string, PartData]>
}

const compilerOf = (): Compiler | null => {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler
  return compiler && typeof compiler.compile === 'function' ? (compiler as Compiler) : null
}

const bufferOf = (data: PartData): Buffer =>
  typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : ArrayBuffer.isView(data)
      ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
      : Buffer.from(data)

/** Parts already compressed (pictures, fonts): stored, not deflated again. */
const STORED = /\.(png|jpe?g|gif|emf|wmf|odttf|ttf|woff2?)$/i

/** The date of every entry (the earliest a zip can hold), in local time as zip dates are. */
const ENTRY_DATE = new Date(1980, 0, 1, 0, 0, 0)

/** A zip file of the parts, in the order given (docx's); a repeated name keeps its first part. */
export function zipParts(parts: Iterable<[string, PartData]>): Promise<Uint8Array> {
  const zip = new ZipFile()
  const seen = new Set<string>()
  for (const [path, data] of parts) {
    if (seen.has(path)) continue
    seen.add(path)
    zip.addBuffer(bufferOf(data), path, { mtime: ENTRY_DATE, compress: !STORED.test(path), forceDosTimestamp: true })
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    zip.outputStream.on('error', reject)
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    zip.end()
  })
}

/** The .docx bytes of a document (see the module comment). */
export async function packDocx(doc: Document): Promise<Uint8Array> {
  const compiler = compilerOf()
  if (!compiler) return Packer.pack(doc, 'uint8array')
  return zipParts(compiler.compile(doc, undefined, []))
}
