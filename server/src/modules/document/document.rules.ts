// What a stored file may be: its type from its content (never from its name), its name without a
// path, and a PDF without active content or a decompression bomb. Pure: bytes in, a problem out.
import { inflateSync } from 'node:zlib';
import { DocumentMime } from './document.enums.ts';

export type FileProblem =
  | { code: 'FILE_EMPTY' }
  | { code: 'FILE_TOO_LARGE'; params: { maxBytes: number } }
  | { code: 'FILE_TYPE_UNKNOWN' }
  | { code: 'FILE_EXECUTABLE'; params: { kind: string } }
  | { code: 'FILE_TYPE_NOT_ALLOWED'; params: { mime: string; allowed: string[] } }
  | { code: 'FILE_TYPE_MISMATCH'; params: { declared: string; content: string } }
  | { code: 'FILE_NAME_PATH' }
  | { code: 'FILE_NAME_INVALID' }
  | { code: 'PDF_ACTIVE_CONTENT'; params: { name: string } }
  | { code: 'PDF_BOMB'; params: { maxBytes: number } }
  | { code: 'IMAGE_TOO_LARGE'; params: { maxPixels: number } };

/** What the first bytes say a file is. */
export type Sniffed = { mime: DocumentMime } | { executable: string } | { other: string } | null;

const starts = (head: Uint8Array, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);

/** The file's kind from its first bytes (16 are enough). */
export function sniff(head: Uint8Array): Sniffed {
  if (starts(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { mime: DocumentMime.PDF }; // %PDF-
  if (starts(head, [0xff, 0xd8, 0xff])) return { mime: DocumentMime.JPEG };
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: DocumentMime.PNG };
  if (starts(head, [0x4d, 0x5a])) return { executable: 'Windows (PE)' }; // MZ
  if (starts(head, [0x7f, 0x45, 0x4c, 0x46])) return { executable: 'ELF' };
  for (const m of [[0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe], [0xca, 0xfe, 0xba, 0xbe]]) {
    if (starts(head, m)) return { executable: 'Mach-O' };
  }
  if (starts(head, [0x23, 0x21])) return { executable: 'script' }; // #!
  if (starts(head, [0x50, 0x4b, 0x03, 0x04])) return { other: 'application/zip' };
  if (starts(head, [0x1f, 0x8b])) return { other: 'application/gzip' };
  return null;
}

/** The MIME type a client may declare for each kind (browsers send image/jpg too). */
const DECLARED: Record<DocumentMime, string[]> = {
  [DocumentMime.PDF]: ['application/pdf', 'application/x-pdf'],
  [DocumentMime.JPEG]: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
  [DocumentMime.PNG]: ['image/png'],
};
/** Declarations that say nothing (a client that does not know), accepted for any content. */
const UNDECLARED = new Set(['', 'application/octet-stream']);

export function mimeType(mime: DocumentMime): string {
  return DECLARED[mime][0];
}

/** Checks the first bytes against the allowed kinds and what the client declared. */
export function checkContent(head: Uint8Array, declared: string | null | undefined, allowed: readonly DocumentMime[]): { mime: DocumentMime } | FileProblem {
  if (!head.length) return { code: 'FILE_EMPTY' };
  const s = sniff(head);
  if (!s) return { code: 'FILE_TYPE_UNKNOWN' };
  if ('executable' in s) return { code: 'FILE_EXECUTABLE', params: { kind: s.executable } };
  const allowedTypes = allowed.map(mimeType);
  if ('other' in s) return { code: 'FILE_TYPE_NOT_ALLOWED', params: { mime: s.other, allowed: allowedTypes } };
  const d = (declared ?? '').toLowerCase().split(';')[0].trim();
  if (!UNDECLARED.has(d) && !DECLARED[s.mime].includes(d)) return { code: 'FILE_TYPE_MISMATCH', params: { declared: d, content: mimeType(s.mime) } };
  if (!allowed.includes(s.mime)) return { code: 'FILE_TYPE_NOT_ALLOWED', params: { mime: mimeType(s.mime), allowed: allowedTypes } };
  return { mime: s.mime };
}

/** A file name as sent: no folders, no control characters, not empty, at most 200 characters. */
export function fileNameProblem(name: string): FileProblem | null {
  if (/[\\/]/.test(name) || name === '..' || name === '.' || /^[a-zA-Z]:/.test(name)) return { code: 'FILE_NAME_PATH' };
  // eslint-disable-next-line no-control-regex
  if (!name.trim() || name.length > 200 || /[\u0000-\u001f\u007f]/.test(name)) return { code: 'FILE_NAME_INVALID' };
  return null;
}

/** PNG width x height from its IHDR chunk (the first chunk, at byte 16), or null. */
export function pngPixels(head: Uint8Array): number | null {
  if (head.length < 24 || !starts(head, [0x49, 0x48, 0x44, 0x52], 12)) return null;
  const v = new DataView(head.buffer, head.byteOffset, head.byteLength);
  return v.getUint32(16) * v.getUint32(20);
}

/** Names that make a PDF do something when opened, or carry another file inside it. */
const ACTIVE = new Set(['JavaScript', 'JS', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'XFA', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE']);

/** `#xx` in a PDF name is a hex escape (`/Java#53cript` is `/JavaScript`). */
function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const LATIN1 = new TextDecoder('latin1');

/** A zlib header (FlateDecode's format): CMF 0x78 and a check byte making CMF*256+FLG a multiple of 31. */
function isZlib(data: Buffer): boolean {
  const i = data[0] === 0x0d || data[0] === 0x0a ? 1 : 0;
  return data.length > i + 2 && (data[i] & 0x0f) === 8 && ((data[i] << 8) | data[i + 1]) % 31 === 0;
}

export interface PdfLimits {
  /** The most one stream may inflate to. */
  maxStreamBytes: number;
  /** The most all streams together may inflate to. */
  maxTotalBytes: number;
}

export const PDF_LIMITS: PdfLimits = { maxStreamBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 };

/**
 * Scans a PDF chunk by chunk (the file is never whole in memory): names outside streams are checked
 * against ACTIVE; each FlateDecode stream is inflated with a cap on its output, so a stream that
 * expands past `maxStreamBytes` (or all past `maxTotalBytes`) is a bomb. Only one stream's compressed
 * bytes are held at a time, and a stream larger than `maxHeldBytes` is not inflated (a bomb is small).
 */
export class PdfScan {
  private text = '';
  private inStream = false;
  private objects = false;
  private held: Buffer[] = [];
  private tail = Buffer.alloc(0);
  private heldBytes = 0;
  private inflated = 0;
  problem: FileProblem | null = null;

  constructor(
    private readonly limits: PdfLimits = PDF_LIMITS,
    private readonly maxHeldBytes = 16 * 1024 * 1024,
  ) {}

  push(chunk: Buffer): void {
    let rest = chunk;
    while (rest.length && !this.problem) rest = this.inStream ? this.streamBytes(rest) : this.outside(rest);
  }

  end(): FileProblem | null {
    if (!this.problem && !this.inStream) this.checkNames(this.text);
    return this.problem;
  }

  /** Text between streams: names are checked; `stream` followed by an end of line opens a stream. */
  private outside(chunk: Buffer): Buffer {
    const before = this.text.length;
    this.text += LATIN1.decode(chunk);
    const m = /stream\r?\n/.exec(this.text.slice(Math.max(0, before - 8)));
    if (!m) {
      // Keep a tail so a name or keyword split across chunks is still seen whole.
      if (this.text.length > 4096) {
        this.checkNames(this.text);
        this.text = this.text.slice(-256);
      }
      return Buffer.alloc(0);
    }
    const at = Math.max(0, before - 8) + m.index;
    const head = this.text.slice(0, at);
    this.checkNames(head);
    const dict = head.slice(Math.max(0, head.lastIndexOf('obj')));
    // Compressed object streams hold dictionaries: their inflated text is checked for names too.
    this.objects = /\/ObjStm\b/.test(dict);
    this.inStream = true;
    this.held = [];
    this.heldBytes = 0;
    const consumed = at + m[0].length - before; // of this chunk's characters (latin1: one byte each)
    this.text = '';
    return chunk.subarray(Math.max(0, consumed));
  }

  private streamBytes(chunk: Buffer): Buffer {
    // The last bytes of the previous chunk, so an `endstream` split across two chunks is found.
    const joined = this.tail.length ? Buffer.concat([this.tail, chunk]) : chunk;
    const offset = joined.length - chunk.length;
    const end = joined.indexOf('endstream');
    if (end < 0) {
      this.hold(chunk);
      this.tail = Buffer.from(joined.subarray(-16));
      return Buffer.alloc(0);
    }
    const inChunk = end - offset;
    if (inChunk > 0) this.hold(chunk.subarray(0, inChunk));
    else if (inChunk < 0) this.unhold(-inChunk);
    this.tail = Buffer.alloc(0);
    this.closeStream();
    return chunk.subarray(inChunk + 'endstream'.length);
  }

  private hold(bytes: Buffer): void {
    this.heldBytes += bytes.length;
    if (this.heldBytes <= this.maxHeldBytes) this.held.push(bytes);
    else this.held = [];
  }

  /** `endstream` began in the previous chunk: drop its first bytes from what is held. */
  private unhold(n: number): void {
    const last = this.held.pop();
    if (last) this.held.push(last.subarray(0, Math.max(0, last.length - n)));
    this.heldBytes -= n;
  }

  private closeStream(): void {
    this.inStream = false;
    const data = Buffer.concat(this.held);
    this.held = [];
    // Any zlib stream is inflated, whatever its dictionary says (a long dictionary cannot hide one).
    if (this.heldBytes > this.maxHeldBytes || !isZlib(data)) return;
    const cap = Math.min(this.limits.maxStreamBytes, this.limits.maxTotalBytes - this.inflated);
    try {
      const out = inflateSync(data, { maxOutputLength: Math.max(1, cap), finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a missing end */ });
      this.inflated += out.length;
      if (this.objects) this.checkNames(LATIN1.decode(out));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') this.problem = { code: 'PDF_BOMB', params: { maxBytes: cap } };
      // Any other inflate error is a damaged stream: a viewer's problem, not a danger.
    }
  }

  private checkNames(text: string): void {
    if (this.problem) return;
    for (const m of text.matchAll(/\/([^\s/<>[\]()%{}]+)/g)) {
      const name = decodeName(m[1]);
      if (ACTIVE.has(name)) {
        this.problem = { code: 'PDF_ACTIVE_CONTENT', params: { name } };
        return;
      }
    }
  }
}

/** Checks a whole PDF held in memory (tests, small files). */
export function scanPdf(bytes: Buffer, limits: PdfLimits = PDF_LIMITS, chunkSize = 64 * 1024): FileProblem | null {
  const scan = new PdfScan(limits);
  for (let i = 0; i < bytes.length && !scan.problem; i += chunkSize) scan.push(bytes.subarray(i, i + chunkSize));
  return scan.end();
}
