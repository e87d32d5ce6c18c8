/**
 * Writes a docx `Document` to .docx bytes with Node's own zlib, for the export command.
 *
 * `Packer.pack` compresses the package with fflate, in JavaScript: for the large project's full report
 * (a 4 MB document.xml) that is ~0.5 s of the export, and the diagram PNGs, already compressed, are
 * compressed again. Here docx still writes every part (its compiler, which `Packer` itself uses), and
 * the zip is written with zlib's native DEFLATE; pictures are stored as they are. The package holds the
 * same parts with the same contents, in the same order. Should a docx version no longer expose its
 * compiler, `Packer.pack` is used.
 */
import { crc32, deflateRawSync } from 'node:zlib'
import { Packer, type Document } from 'docx'

type PartData = string | Uint8Array | ArrayBuffer | ArrayBufferView
interface Compiler {
  compile(file: Document, prettify?: string, overrides?: readonly unknown[]): Iterable<[string, PartData]>
}

const compilerOf = (): Compiler | null => {
  const compiler = (Packer as unknown as { compiler?: Partial<Compiler> }).compiler
  return compiler && typeof compiler.compile === 'function' ? (compiler as Compiler) : null
}

const bytesOf = (data: PartData): Uint8Array =>
  typeof data === 'string'
    ? new TextEncoder().encode(data)
    : ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data)

/** Parts already compressed (pictures, fonts): stored, not deflated again. */
const STORED = /\.(png|jpe?g|gif|emf|wmf|odttf|ttf|woff2?)$/i

/** DOS date of the entries: 1 January 1980, so the same document gives the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1

/** A zip file of the parts, in the order given (docx's). */
export function zipParts(parts: Iterable<[string, PartData]>): Uint8Array {
  const chunks: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  let count = 0
  const seen = new Set<string>()
  for (const [path, data] of parts) {
    if (seen.has(path)) continue
    seen.add(path)
    const raw = bytesOf(data)
    const store = STORED.test(path)
    const body = store ? Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) : deflateRawSync(raw)
    const name = Buffer.from(path, 'utf8')
    const crc = crc32(raw)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // names in UTF-8
    local.writeUInt16LE(store ? 0 : 8, 8)
    local.writeUInt16LE(0, 10)
    local.writeUInt16LE(DOS_DATE, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(raw.byteLength, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const entry = Buffer.alloc(46)
    entry.writeUInt32LE(0x02014b50, 0)
    entry.writeUInt16LE(20, 4)
    entry.writeUInt16LE(20, 6)
    entry.writeUInt16LE(0x0800, 8)
    entry.writeUInt16LE(store ? 0 : 8, 10)
    entry.writeUInt16LE(0, 12)
    entry.writeUInt16LE(DOS_DATE, 14)
    entry.writeUInt32LE(crc, 16)
    entry.writeUInt32LE(body.length, 20)
    entry.writeUInt32LE(raw.byteLength, 24)
    entry.writeUInt16LE(name.length, 28)
    entry.writeUInt32LE(offset, 42)
    chunks.push(local, name, body)
    central.push(entry, name)
    offset += local.length + name.length + body.length
    count++
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(count, 8)
  end.writeUInt16LE(count, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...chunks, ...central, end]))
}

/** The .docx bytes of a document (see the module comment). */
export async function packDocx(doc: Document): Promise<Uint8Array> {
  const compiler = compilerOf()
  if (!compiler) return Packer.pack(doc, 'uint8array')
  return zipParts(compiler.compile(doc, undefined, []))
}
