// The slice of pdfmake's document definition the report uses. pdfmake ships
// no types; these are written for what we build, not for all it accepts.

export type PdfNode = string | PdfNode[] | PdfObject;
export interface PdfObject {
  readonly [key: string]: unknown;
}

export type PdfMargins = readonly [number, number, number, number];

export interface PdfFontFiles {
  readonly normal: string;
  readonly bold: string;
}

export interface PdfNodeInfo {
  readonly headlineLevel?: number;
  readonly pageNumbers: readonly number[];
}

export interface PdfPageQueries {
  getFollowingNodesOnPage(): readonly PdfNodeInfo[];
}

export interface PdfDocument {
  readonly pageSize: string;
  readonly pageMargins: PdfMargins;
  readonly info: Readonly<Record<string, string>>;
  readonly defaultStyle: PdfObject;
  readonly styles: Readonly<Record<string, PdfObject>>;
  readonly content: PdfNode[];
  readonly footer?: (page: number, pages: number) => PdfNode;
  readonly header?: (page: number, pages: number) => PdfNode;
  readonly watermark?: PdfObject;
  readonly pageBreakBefore?: (
    node: PdfNodeInfo,
    queries: PdfPageQueries,
  ) => boolean;
}
