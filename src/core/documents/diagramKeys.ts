/** The pictures a document may carry; each is a mermaid diagram drawn from the project. */
export const DIAGRAM_KEYS = ['problemTree', 'stakeholderGrid', 'agendaGantt', 'actionGantt', 'evaluationChart'] as const
export type DiagramKey = (typeof DIAGRAM_KEYS)[number]
