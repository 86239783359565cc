import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DocumentMime } from './document.enums.ts';
import { checkContent, fileNameProblem, pngPixels, scanPdf, sniff } from './document.rules.ts';

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n${body}\n%%EOF\n`, 'latin1');
const streamObj = (data: Buffer, dict = '/Filter /FlateDecode') =>
  Buffer.concat([Buffer.from(`1 0 obj\n<< /Length ${data.length} ${dict} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x27, 0x10, 0, 0, 0x27, 0x11]);

describe('file content', () => {
  it('knows a file by its first bytes, not its name', () => {
    expect(sniff(pdf(''))).toEqual({ mime: DocumentMime.PDF });
    expect(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toEqual({ mime: DocumentMime.JPEG });
    expect(sniff(PNG)).toEqual({ mime: DocumentMime.PNG });
    expect(sniff(Buffer.from('MZ\x90\x00', 'latin1'))).toEqual({ executable: 'Windows (PE)' });
    expect(sniff(Buffer.from('\x7fELF', 'latin1'))).toEqual({ executable: 'ELF' });
    expect(sniff(Buffer.from('#!/bin/sh\n'))).toEqual({ executable: 'script' });
    expect(sniff(Buffer.from('PK\x03\x04', 'latin1'))).toEqual({ other: 'application/zip' });
    expect(sniff(Buffer.from('hello'))).toBeNull();
  });

  it('refuses content that is not its declared type, not allowed, or a program', () => {
    const all = [DocumentMime.PDF, DocumentMime.JPEG, DocumentMime.PNG];
    expect(checkContent(pdf(''), 'application/pdf', [DocumentMime.PDF])).toEqual({ mime: DocumentMime.PDF });
    expect(checkContent(pdf(''), 'application/octet-stream', [DocumentMime.PDF])).toEqual({ mime: DocumentMime.PDF });
    expect(checkContent(Buffer.from([0xff, 0xd8, 0xff]), 'application/pdf', all)).toEqual({ code: 'FILE_TYPE_MISMATCH', params: { declared: 'application/pdf', content: 'image/jpeg' } });
    expect(checkContent(PNG, 'image/png', [DocumentMime.PDF])).toEqual({ code: 'FILE_TYPE_NOT_ALLOWED', params: { mime: 'image/png', allowed: ['application/pdf'] } });
    expect(checkContent(Buffer.from('MZ'), 'application/pdf', all)).toMatchObject({ code: 'FILE_EXECUTABLE' });
    expect(checkContent(Buffer.alloc(0), 'application/pdf', all)).toEqual({ code: 'FILE_EMPTY' });
    expect(checkContent(Buffer.from('just text'), 'text/plain', all)).toEqual({ code: 'FILE_TYPE_UNKNOWN' });
  });

  it('refuses a path or control characters in the file name', () => {
    expect(fileNameProblem('SK Pangkat 2026.pdf')).toBeNull();
    expect(fileNameProblem('../../etc/passwd')).toEqual({ code: 'FILE_NAME_PATH' });
    expect(fileNameProblem('C:\\Users\\sk.pdf')).toEqual({ code: 'FILE_NAME_PATH' });
    expect(fileNameProblem('a/b.pdf')).toEqual({ code: 'FILE_NAME_PATH' });
    expect(fileNameProblem('sk\u0000.pdf')).toEqual({ code: 'FILE_NAME_INVALID' });
    expect(fileNameProblem('   ')).toEqual({ code: 'FILE_NAME_INVALID' });
    expect(fileNameProblem('x'.repeat(201))).toEqual({ code: 'FILE_NAME_INVALID' });
  });

  it('reads a PNG size from its header', () => {
    expect(pngPixels(PNG)).toBe(10000 * 10001);
  });
});

describe('PDF scan', () => {
  const limits = { maxStreamBytes: 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 };

  it('passes a plain PDF with compressed content', () => {
    const content = deflateSync(Buffer.from('BT /F1 12 Tf (Surat Keputusan) Tj ET'.repeat(100)));
    expect(scanPdf(pdf(streamObj(content).toString('latin1')), limits)).toBeNull();
  });

  it('finds JavaScript, launch actions and embedded files, also when the name is escaped or split across chunks', () => {
    expect(scanPdf(pdf('1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj'), limits)).toEqual({ code: 'PDF_ACTIVE_CONTENT', params: { name: 'JavaScript' } });
    expect(scanPdf(pdf('1 0 obj << /S /Java#53cript >> endobj'), limits)).toEqual({ code: 'PDF_ACTIVE_CONTENT', params: { name: 'JavaScript' } });
    expect(scanPdf(pdf('1 0 obj << /S /Launch /F (cmd.exe) >> endobj'), limits, 7)).toEqual({ code: 'PDF_ACTIVE_CONTENT', params: { name: 'Launch' } });
    expect(scanPdf(pdf('1 0 obj << /Type /EmbeddedFile >> endobj'), limits, 5)).toMatchObject({ code: 'PDF_ACTIVE_CONTENT' });
    expect(scanPdf(pdf(`${' '.repeat(5000)}1 0 obj << /S /JavaScript >> endobj`), limits, 4096)).toMatchObject({ code: 'PDF_ACTIVE_CONTENT' });
  });

  it('finds names inside compressed object streams', () => {
    const objects = deflateSync(Buffer.from('<< /S /JavaScript /JS (x) >>'));
    expect(scanPdf(pdf(streamObj(objects, '/Type /ObjStm /Filter /FlateDecode').toString('latin1')), limits)).toMatchObject({ code: 'PDF_ACTIVE_CONTENT' });
  });

  it('refuses a stream that inflates past the limit (a decompression bomb), whatever its dictionary says', () => {
    const bomb = deflateSync(Buffer.alloc(8 * 1024 * 1024)); // 8 MB of zeros in about 8 KB
    expect(bomb.length).toBeLessThan(20_000);
    expect(scanPdf(pdf(streamObj(bomb).toString('latin1')), limits)).toEqual({ code: 'PDF_BOMB', params: { maxBytes: limits.maxStreamBytes } });
    expect(scanPdf(pdf(streamObj(bomb, `/Filter /FlateDecode ${' '.repeat(5000)}`).toString('latin1')), limits, 1000)).toMatchObject({ code: 'PDF_BOMB' });
    // many streams each under the cap, together over the total
    const part = deflateSync(Buffer.alloc(900 * 1024));
    const many = Array.from({ length: 6 }, () => streamObj(part).toString('latin1')).join('');
    expect(scanPdf(pdf(many), limits, 3000)).toMatchObject({ code: 'PDF_BOMB' });
    expect(scanPdf(pdf(Array.from({ length: 3 }, () => streamObj(part).toString('latin1')).join('')), limits)).toBeNull();
  });
});
