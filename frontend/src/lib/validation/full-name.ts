import { z } from 'zod';
import { cleanText } from '../forms';

/** The API's rule for a person's name: 2–100 characters once cleaned (NFC, trimmed, single spaces). */
export const fullNameSchema = z
  .string()
  .transform(cleanText)
  .pipe(
    z
      .string()
      .min(1, 'validation.fullNameRequired')
      .refine((name) => [...name].length >= 2 && name.length <= 100, 'validation.fullNameSize'),
  );
