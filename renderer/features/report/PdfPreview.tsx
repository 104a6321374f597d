import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getDocument,
  GlobalWorkerOptions,
  type PDFDocumentProxy,
} from 'pdfjs-dist';

// pdf.js parses in its own worker, served from the app like every script.
GlobalWorkerOptions.workerSrc = new URL(
  'pdfjs-dist/build/pdf.worker.min.mjs',
  import.meta.url,
).toString();

export type PdfPreviewProps = {
  /** The generated PDF; a new one starts again at its first page. */
  bytes: Uint8Array<ArrayBuffer>;
};

// Wide enough to read a table, narrow enough to sit beside the options.
const PREVIEW_WIDTH = 560;

/**
 * The generated report's pages, one at a time, drawn on a canvas by pdf.js
 * with glyphs as paths (no font loading, no eval), so the strict CSP holds.
 * Page Up and Page Down, or the buttons, turn the pages.
 */
export function PdfPreview({ bytes }: PdfPreviewProps) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [page, setPage] = useState(1);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    // pdf.js takes the buffer over; the page keeps its own copy to save.
    const task = getDocument({
      data: bytes.slice(),
      disableFontFace: true,
      isEvalSupported: false,
    });
    task.promise.then(
      (loaded) => {
        if (live) {
          setDoc(loaded);
          setPage(1);
          setFailed(false);
        }
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      void task.destroy();
    };
  }, [bytes]);

  useEffect(() => {
    if (!doc || !canvas.current) return;
    const target = canvas.current;
    let cancelled = false;
    let render: { cancel: () => void } | null = null;
    void doc.getPage(page).then((pdfPage) => {
      if (cancelled) return;
      const base = pdfPage.getViewport({ scale: 1 });
      const ratio = window.devicePixelRatio || 1;
      const viewport = pdfPage.getViewport({
        scale: (PREVIEW_WIDTH / base.width) * ratio,
      });
      target.width = viewport.width;
      target.height = viewport.height;
      target.style.width = `${viewport.width / ratio}px`;
      const task = pdfPage.render({ canvas: target, viewport });
      render = task;
      task.promise.catch(() => undefined);
    });
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [doc, page]);

  if (failed) return <p className="muted">{t('report.preview.failed')}</p>;
  const pages = doc?.numPages ?? 0;
  const turn = (by: number) =>
    setPage((current) => Math.min(Math.max(current + by, 1), pages));
  return (
    <article
      className="card card-wide pdf-preview"
      aria-labelledby="preview-heading"
      tabIndex={0}
      onKeyDown={(event) => {
        if (event.key === 'PageDown') turn(1);
        if (event.key === 'PageUp') turn(-1);
      }}
    >
      <header className="section-header">
        <h2 id="preview-heading">{t('report.preview.title')}</h2>
        <span className="pdf-preview-nav">
          <button type="button" disabled={page <= 1} onClick={() => turn(-1)}>
            {t('report.preview.previous')}
          </button>
          <span data-testid="preview-page">
            {t('report.preview.page', { page, pages })}
          </span>
          <button
            type="button"
            disabled={page >= pages}
            onClick={() => turn(1)}
          >
            {t('report.preview.next')}
          </button>
        </span>
      </header>
      <canvas ref={canvas} aria-label={t('report.preview.canvas', { page })} />
    </article>
  );
}
