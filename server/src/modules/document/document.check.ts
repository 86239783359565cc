// An uploaded file on its way in: written to a temp file with a size cap (never whole in memory),
// then read back once to hash it and check its content against its document type.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { InputError } from '../../shared/errors.ts';
import type { DocumentType } from './document.entity.ts';
import { DocumentMime } from './document.enums.ts';
import { DocumentErrors } from './document.errors.ts';
import { PdfScan, checkContent, fileNameProblem, pngPixels, type FileProblem } from './document.rules.ts';

/** A temp file that passed every check. */
export interface CheckedFile {
  path: string;
  fileName: string;
  mime: DocumentMime;
  size: number;
  sha256: string;
}

/** Largest PNG accepted, in pixels (a small file can declare a huge image). */
const MAX_PIXELS = 100_000_000;

const MESSAGES: Record<FileProblem['code'], (p: Record<string, unknown>) => string> = {
  FILE_EMPTY: () => 'file: the file is empty',
  FILE_TOO_LARGE: (p) => `file: larger than this document type allows (${p.maxBytes} bytes)`,
  FILE_TYPE_UNKNOWN: () => 'file: its content is not a PDF, JPEG or PNG',
  FILE_EXECUTABLE: (p) => `file: an executable program (${p.kind}) is never accepted`,
  FILE_TYPE_NOT_ALLOWED: (p) => `file: ${p.mime} is not accepted for this document type (accepted: ${(p.allowed as string[]).join(', ')})`,
  FILE_TYPE_MISMATCH: (p) => `file: declared as ${p.declared} but its content is ${p.content}`,
  FILE_NAME_PATH: () => 'file: the file name must not contain a folder path',
  FILE_NAME_INVALID: () => 'file: the file name must be 1 to 200 characters without control characters',
  PDF_ACTIVE_CONTENT: (p) => `file: the PDF contains active content or an embedded file (/${p.name}); save it as a plain PDF`,
  PDF_BOMB: () => 'file: the PDF holds a stream that expands far beyond its size (a decompression bomb)',
  IMAGE_TOO_LARGE: (p) => `file: the image has more than ${p.maxPixels} pixels`,
};

export function fileError(problem: FileProblem): InputError {
  const params = 'params' in problem ? (problem.params as Record<string, unknown>) : {};
  return DocumentErrors.input('file', problem.code, MESSAGES[problem.code](params), params);
}

/** The file name, checked (FILE_NAME_PATH / FILE_NAME_INVALID). */
export function checkFileName(name: string): string {
  const problem = fileNameProblem(name);
  if (problem) throw fileError(problem);
  return name.trim();
}

/** Counts bytes through a pipe and stops it past `maxBytes`. */
function sizeCap(maxBytes: number, already = 0): Transform {
  let n = already;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      n += chunk.length;
      if (n > maxBytes) return done(fileError({ code: 'FILE_TOO_LARGE', params: { maxBytes } }));
      done(null, chunk);
    },
  });
}

/** Writes (or appends) `source` to `path`, refusing past `maxBytes` in all (FILE_TOO_LARGE). */
export async function receive(source: Readable, path: string, maxBytes: number, append?: { at: number }): Promise<void> {
  await pipeline(source, sizeCap(maxBytes, append?.at ?? 0), createWriteStream(path, { flags: append ? 'a' : 'w', mode: 0o600 }));
}

/** Reads the temp file once: size, SHA-256, content type, and for a PDF the active-content and bomb scan. */
export async function inspect(path: string, fileName: string, declared: string | null, type: DocumentType): Promise<CheckedFile> {
  const hash = createHash('sha256');
  let size = 0;
  let head: Buffer | null = null;
  let pdf: PdfScan | null = null;
  let problem: FileProblem | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (!head) {
      head = chunk.subarray(0, 32);
      const content = checkContent(head, declared, type.mimes);
      if ('code' in content) {
        problem = content;
        break;
      }
      if (content.mime === DocumentMime.PDF) pdf = new PdfScan();
      const pixels = content.mime === DocumentMime.PNG ? pngPixels(head) : null;
      if (pixels !== null && pixels > MAX_PIXELS) {
        problem = { code: 'IMAGE_TOO_LARGE', params: { maxPixels: MAX_PIXELS } };
        break;
      }
    }
    if (size > type.maxBytes) {
      problem = { code: 'FILE_TOO_LARGE', params: { maxBytes: type.maxBytes } };
      break;
    }
    if (pdf) {
      pdf.push(chunk);
      if (pdf.problem) break;
    }
  }
  problem ??= head ? (pdf?.end() ?? null) : { code: 'FILE_EMPTY' };
  if (problem) throw fileError(problem);
  const mime = checkContent(head!, declared, type.mimes) as { mime: DocumentMime };
  return { path, fileName, mime: mime.mime, size, sha256: hash.digest('hex') };
}
