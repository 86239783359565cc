// Helpers of the public pages: answer-sheet keys and the API's field problems.
import { HttpError } from 'react-admin';
import type { ApiErrorBody } from '../dataProvider/client';

/** A fresh idempotency key for one answer sheet (works on plain http too, unlike randomUUID). */
export function newSheetKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The message of a failed request and its problems by field (already translated by the client). */
export function problemsOf(error: unknown): { message: string; fields: Record<string, string> } {
  if (error instanceof HttpError) return { message: error.message, fields: (error.body as ApiErrorBody | undefined)?.errors ?? {} };
  return { message: error instanceof Error ? error.message : String(error), fields: {} };
}
