import { heading, paragraphs } from '../blocks';
import type { ReportContext } from '../context';
import { REPORT_OUTLINE } from '../outline';
import { sectionText } from '../paragraphs';
import type { PdfNode } from '../pdf-types';

/** The data (tables, figures) printed after a section's text. */
export type SectionData = Readonly<
  Record<string, (ctx: ReportContext) => PdfNode[]>
>;

/**
 * One chapter of the outline: its heading on a new page, then each section
 * with the consultant's (or the generated) text followed by its data.
 */
export function chapter(
  ctx: ReportContext,
  chapterId: string,
  data: SectionData,
): PdfNode[] {
  const outline = REPORT_OUTLINE.find((entry) => entry.id === chapterId);
  if (!outline) return [];
  const nodes: PdfNode[] = [heading(1, outline.title, { pageBreak: true })];
  for (const section of outline.sections) {
    const title =
      outline.sections.length === 1 ? null : `${section.id} ${section.title}`;
    const [first, ...rest] = paragraphs(sectionText(section.id, ctx));
    // A heading travels with the first paragraph, so it never ends a page.
    if (title !== null) {
      nodes.push({
        stack: [heading(2, title), ...(first ? [first] : [])],
        unbreakable: true,
      });
    } else if (first) {
      nodes.push(first);
    }
    nodes.push(...rest);
    nodes.push(...(data[section.id]?.(ctx) ?? []));
  }
  return nodes;
}
