import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportDocxBytes } from '@shared/report/docx/document';
import { columnWidthsPt } from '@shared/report/docx/tables';
import { money } from '@shared/report/format';
import { REPORT_OUTLINE } from '@shared/report/outline';
import { demoReportInput } from './fixtures';

const input = demoReportInput();
let documentXml = '';
let stylesXml = '';
let footerXml = '';

// Paragraph texts with the style each paragraph carries.
function paragraphs(xml: string): { style: string; text: string }[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map(
    (match) => {
      const inner = match[1] ?? match[2] ?? '';
      const style = /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? '';
      const text = [...inner.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
        .map((t) => t[1])
        .join('');
      return { style, text };
    },
  );
}

beforeAll(async () => {
  const files = unzipSync(await reportDocxBytes(input));
  const read = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  documentXml = read('word/document.xml');
  stylesXml = read('word/styles.xml');
  footerXml = Object.keys(files)
    .filter((name) => name.startsWith('word/footer'))
    .map(read)
    .join('');
}, 60_000);

describe('the report as a Word document', () => {
  it('has every chapter as Heading 1 and every section as Heading 2', () => {
    const all = paragraphs(documentXml);
    const headings = (style: string) =>
      all.filter((p) => p.style === style).map((p) => p.text);
    for (const chapter of REPORT_OUTLINE) {
      expect(headings('Heading1')).toContain(chapter.title);
      if (chapter.sections.length > 1) {
        for (const section of chapter.sections) {
          expect(headings('Heading2')).toContain(
            `${section.id} ${section.title}`,
          );
        }
      }
    }
    expect(headings('Heading1')).not.toContain('审核管理页');
  });

  it('asks Word to build its table of contents from headings 1–2', () => {
    expect(documentXml).toContain('TOC \\h \\o &quot;1-2&quot;');
  });

  it('writes the option summary as a Word table with a repeating header row', () => {
    const start = documentXml.indexOf('清洁生产方案汇总表');
    expect(start).toBeGreaterThan(0);
    const table = documentXml.slice(
      documentXml.indexOf('<w:tbl>', start),
      documentXml.indexOf('</w:tbl>', start),
    );
    expect(table).toContain('<w:tblHeader/>');
    const option = input.snapshot.options[0];
    if (!option) throw new Error('the demo has options');
    expect(table).toContain(option.name);
    expect(table).toContain(money(option.investmentWanYuan));
    expect(table).toContain('<w:gridSpan w:val="6"/>');
  });

  it('names 仿宋 for body text and 黑体 for headings', () => {
    expect(stylesXml).toMatch(/w:eastAsia="仿宋"/);
    expect(stylesXml).toMatch(/w:eastAsia="黑体"/);
  });

  it('prints the page footer with page number and page count fields', () => {
    expect(footerXml).toContain('PAGE');
    expect(footerXml).toContain('NUMPAGES');
    expect(footerXml).toContain('第 ');
  });
});

describe('Word column widths', () => {
  it('keeps fixed widths and shares the rest among star columns', () => {
    expect(columnWidthsPt([30, '*', '*', 40], 430)).toEqual([30, 180, 180, 40]);
  });
});
