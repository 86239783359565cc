// Sending a file to the server: one multipart request up to CHUNKED_FROM, above it the resumable
// chunked protocol (POST /files/uploads, PATCH parts at Upload-Offset, POST .../complete).
import { HttpError } from 'react-admin';
import { apiError, currentLocale, tokenStore } from '../dataProvider/client';

const CHUNKED_FROM = 8 * 1024 * 1024;

export interface UploadFields {
  ownerKind: string;
  ownerId: string;
  typeCode: string;
  note?: string | null;
}

async function send(path: string, init: RequestInit): Promise<Record<string, unknown>> {
  const token = tokenStore.get();
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { 'accept-language': currentLocale(), ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.headers ?? {}) } });
  } catch {
    throw new HttpError('Server unreachable', 0);
  }
  const body = (await res.json().catch(() => ({}))) as { errors?: Parameters<typeof apiError>[0] };
  if (!res.ok) throw body.errors?.length ? apiError(body.errors) : new HttpError(`${res.status} ${res.statusText}`, res.status);
  return body as Record<string, unknown>;
}

export async function uploadDocument(fields: UploadFields, file: File, onProgress?: (fraction: number) => void): Promise<void> {
  if (file.size <= CHUNKED_FROM) {
    const form = new FormData();
    form.append('ownerKind', fields.ownerKind);
    form.append('ownerId', fields.ownerId);
    form.append('typeCode', fields.typeCode);
    if (fields.note) form.append('note', fields.note);
    form.append('file', file, file.name);
    await send('/files/documents', { method: 'POST', body: form });
    onProgress?.(1);
    return;
  }
  const started = await send('/files/uploads', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...fields, fileName: file.name, size: file.size, mimeType: file.type }),
  });
  const id = String(started.uploadId);
  const chunk = Number(started.chunkBytes);
  let offset = 0;
  while (offset < file.size) {
    try {
      const r = await send(`/files/uploads/${id}`, { method: 'PATCH', headers: { 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }, body: file.slice(offset, offset + chunk) });
      offset = Number(r.offset);
    } catch (e) {
      // A part lost on the way: ask where the server stands and go on from there.
      if (!(e instanceof HttpError) || (e.status !== 0 && e.status !== 409)) throw e;
      offset = Number((await send(`/files/uploads/${id}`, { method: 'GET' })).offset);
    }
    onProgress?.(offset / file.size);
  }
  await send(`/files/uploads/${id}/complete`, { method: 'POST' });
}
