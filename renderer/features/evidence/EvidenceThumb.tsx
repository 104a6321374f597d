import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredAttachment } from '../../db/database';
import { sizeText } from './add-evidence';

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
  // The Blob's address lives only as long as the thumbnail shows it.
  useEffect(() => {
    const url = URL.createObjectURL(attachment.blob);
    if (link.current) link.current.href = url;
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
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
