export { Diagram } from './Diagram'
export { renderDiagramToPng, svgToPng, pngToBase64, type DiagramPng, type PngOptions } from './png'
export { renderMermaidSvg, loadMermaid, DiagramError } from './mermaid'
