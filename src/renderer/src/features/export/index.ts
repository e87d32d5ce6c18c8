export { ExportDialog } from './ExportDialog'
export { useDocumentExport, type ExportState } from './useDocumentExport'
