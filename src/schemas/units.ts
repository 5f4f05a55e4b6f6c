/** The department's units: who answers the phone, where, and when. One YAML file per unit. */
import { z } from 'astro/zod';
import { localized, sample } from './common.ts';

export const unitSchema = z.strictObject({
  /** Official name of the unit. */
  name: localized,
  /** Short form used in tables, e.g. "Phòng HTQT-VP". */
  shortName: localized,
  /** leadership, a division (phòng) or a public service centre (trung tâm). */
  kind: z.enum(['leadership', 'division', 'centre']),
  /** What the unit is responsible for, one or two sentences. */
  duties: localized,
  /** Postal address. */
  address: localized,
  /** Telephone numbers as dialled from Vietnam, e.g. "0205 3812 345". */
  phones: z.array(z.string().regex(/^[0-9 +().-]{6,20}$/, 'a phone number of digits and spaces')).min(1),
  /** Contact e-mail. */
  email: z.email('an e-mail address'),
  /** Hotline to report requests for informal payments, when this unit runs one. */
  hotline: z.string().regex(/^[0-9 +().-]{3,20}$/, 'a phone number').optional(),
  /** Office hours. */
  officeHours: localized,
  /** Position in lists (smaller first). */
  order: z.number().int().min(0),
  sample,
});
export type Unit = z.infer<typeof unitSchema>;
