import { z } from 'zod';

/**
 * Fields every stored record carries. Ids are strings made on the device
 * (UUIDs) because packages and sync merge records from several laptops;
 * `revision` counts writes to this record, `deletedAt` marks a record that is
 * in the bin (kept so a delete can be undone and can travel in a package).
 */
export const isoDateTime = z.string().datetime({ offset: true });
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const baseRecordSchema = z.object({
  id: z.string().min(1).max(64),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  revision: z.number().int().min(1),
  deletedAt: isoDateTime.nullable(),
});
export type BaseRecord = z.infer<typeof baseRecordSchema>;

export type NewRecord<T extends BaseRecord> = Omit<T, keyof BaseRecord>;
