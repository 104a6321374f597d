import {
  useEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type DragEvent,
} from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  MAX_ATTACHMENT_BYTES,
  type AttachmentOwnerTable,
} from '@shared/model/attachment';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import {
  listAttachments,
  removeAttachment,
  restoreAttachment,
} from '../../db/repositories/attachments';
import { errorCodeOf, errorMessage } from '../../i18n/errors';
import {
  addEvidenceFile,
  sizeText,
  storageIsLow,
  storageState,
  type StorageState,
} from './add-evidence';
import { EvidenceThumb } from './EvidenceThumb';
import './evidence.css';

export type EvidencePanelProps = {
  auditId: string;
  ownerType: AttachmentOwnerTable;
  ownerId: string;
};

/**
 * Photos and documents filed under one record: added by the file picker,
 * by dropping files on the panel, or by pasting an image into it. Shows
 * how much the browser may still store and warns before it runs out.
 */
export function EvidencePanel({
  auditId,
  ownerType,
  ownerId,
}: EvidencePanelProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const picker = useRef<HTMLInputElement>(null);
  const [downscale, setDownscale] = useState(true);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [storage, setStorage] = useState<StorageState | null>(null);
  const files = useLiveQuery(
    () => listAttachments(defaultContext(), { table: ownerType, id: ownerId }),
    [ownerType, ownerId],
  );

  useEffect(() => {
    void storageState().then(setStorage);
  }, [files?.length]);

  const add = async (picked: File[]) => {
    if (picked.length === 0) return;
    setBusy(true);
    const ctx = defaultContext();
    const owner = { auditId, table: ownerType, id: ownerId };
    let added = 0;
    let room = await storageState();
    for (const file of picked) {
      const name = file.name || t('evidence.unnamed');
      try {
        const outcome = await addEvidenceFile(ctx, owner, file, {
          downscale,
          storage: room,
        });
        if (outcome.ok) {
          added += 1;
          if (room) room = { ...room, freeBytes: room.freeBytes - file.size };
        } else if (outcome.reason === 'too-large') {
          const size = sizeText(outcome.size);
          const limit = sizeText(MAX_ATTACHMENT_BYTES);
          toast({
            tone: 'error',
            message: t('evidence.tooLarge', { name, size, limit }),
          });
        } else {
          toast({ tone: 'error', message: t('evidence.noRoom', { name }) });
        }
      } catch (error) {
        const reason = errorMessage(t, errorCodeOf(error));
        toast({
          tone: 'error',
          message: t('evidence.failed', { name, reason }),
        });
      }
    }
    setBusy(false);
    if (added > 0) toast({ message: t('evidence.added', { count: added }) });
  };

  const remove = async (id: string, name: string) => {
    const ctx = defaultContext();
    try {
      await removeAttachment(ctx, id);
      toast({
        message: t('evidence.removed', { name }),
        action: {
          label: t('common.undo'),
          run: () => void restoreAttachment(ctx, id),
        },
      });
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void add([...event.dataTransfer.files]);
  };

  const onPaste = (event: ClipboardEvent) => {
    const pasted = [...event.clipboardData.files];
    if (pasted.length === 0) return;
    event.preventDefault();
    void add(pasted);
  };

  return (
    <div className="evidence-panel">
      <div
        className={`evidence-drop${dragging ? ' evidence-drop-active' : ''}`}
        tabIndex={0}
        role="group"
        aria-label={t('evidence.dropHint')}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        onPaste={onPaste}
      >
        <p className="muted">{t('evidence.dropHint')}</p>
        <div className="toolbar">
          <button
            type="button"
            disabled={busy}
            onClick={() => picker.current?.click()}
          >
            {busy ? t('evidence.adding') : t('evidence.add')}
          </button>
          <label className="evidence-option">
            <input
              type="checkbox"
              checked={downscale}
              onChange={(event) => setDownscale(event.target.checked)}
            />
            {t('evidence.downscale')}
          </label>
        </div>
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          data-testid="evidence-input"
          onChange={(event) => {
            const chosen = [...(event.target.files ?? [])];
            event.target.value = '';
            void add(chosen);
          }}
        />
      </div>
      {files?.length === 0 && <p className="muted">{t('evidence.empty')}</p>}
      <ul className="evidence-list">
        {files?.map((file) => (
          <EvidenceThumb
            key={file.id}
            attachment={file}
            onRemove={() => void remove(file.id, file.name)}
          />
        ))}
      </ul>
      {storage && (
        <p
          className={storageIsLow(storage) ? 'field-error' : 'muted'}
          role="note"
        >
          {storageIsLow(storage)
            ? t('evidence.storageLow', { free: sizeText(storage.freeBytes) })
            : t('evidence.storage', {
                used: sizeText(storage.usedBytes),
                free: sizeText(storage.freeBytes),
              })}
        </p>
      )}
    </div>
  );
}
