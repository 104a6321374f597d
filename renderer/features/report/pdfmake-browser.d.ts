// pdfmake ships no types for its browser build; the report code only uses
// the members PdfMakeLike names.
declare module 'pdfmake/build/pdfmake' {
  import type { PdfMakeLike } from '@shared/report/render';

  const pdfmake: PdfMakeLike;
  export default pdfmake;
}
