import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredAttachment } from '../../db/database';
import { sizeText, thumbnailOf } from './add-evidence';

export type EvidenceThumbProps = {
  attachment: StoredAttachment;
  onRemove: () => void;
};

/** One piece of evidence: a thumbnail for a photo, its name and size. */
export function EvidenceThumb({ attachment, onRemove }: EvidenceThumbProps) {
  const { t } = useTranslation();
  const link = useRef<HTMLAnchorElement>(null);
  const image = useRef<HTMLImageElement>(null);
  const isImage = attachment.mediaType.startsWith('image/');
  // The addresses live only as long as the thumbnail shows them. The
  // link opens the file itself; the picture is a small copy of it.
  useEffect(() => {
    const urls = [URL.createObjectURL(attachment.blob)];
    let shown = true;
    if (link.current) link.current.href = urls[0]!;
    if (isImage) {
      void thumbnailOf(attachment.blob).then((thumb) => {
        if (!shown || !image.current) return;
        const url = thumb ? URL.createObjectURL(thumb) : urls[0]!;
        if (thumb) urls.push(url);
        image.current.src = url;
      });
    }
    return () => {
      shown = false;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [attachment.blob, isImage]);
  const { name } = attachment;
  return (
    <li className="evidence-item">
      <a
        ref={link}
        download={name}
        title={t('evidence.open', { name })}
        className="evidence-thumb"
      >
        {isImage ? (
          <img ref={image} alt={name} />
        ) : (
          <span className="evidence-type" aria-hidden="true">
            {name.includes('.') ? name.split('.').pop()?.toUpperCase() : '…'}
          </span>
        )}
      </a>
      <span className="evidence-name" title={name}>
        {name}
      </span>
      <span className="muted">{sizeText(attachment.size)}</span>
      <button
        type="button"
        className="link-button danger-text"
        aria-label={t('evidence.remove', { name })}
        onClick={onRemove}
      >
        {t('common.delete')}
      </button>
    </li>
  );
}
