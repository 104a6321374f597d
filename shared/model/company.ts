import { z } from 'zod';
import { baseRecordSchema } from './record';

const text = (max: number) => z.string().trim().max(max);

export const companySchema = baseRecordSchema.extend({
  name: text(120).min(1),
  creditCode: text(18),
  address: text(200),
  cityCode: text(16),
  district: text(40),
  industryCode: text(8),
  industryName: text(80),
  pillarGroup: text(32),
  employees: z.number().int().min(0).nullable(),
  outputValueWanYuan: z.number().min(0).nullable(),
  mainProducts: text(400),
});
export type Company = z.infer<typeof companySchema>;
