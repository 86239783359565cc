// Downloads a file from one of the server's export endpoints (e.g. /export/duk.csv) with the
// session's Bearer token, and saves it under the name the server gives in Content-Disposition.
import { HttpError } from 'react-admin';
import { tokenStore } from '../dataProvider/client';
import { filenameOf } from './filename';

export async function downloadExport(path: string, locale: string, fallbackName: string): Promise<string> {
  const token = tokenStore.get();
  const res = await fetch(path, { headers: { 'accept-language': locale, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  if (!res.ok) {
    // The endpoint answers errors in the API's shape: { errors: [{ message, extensions: { code } }] }.
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = await res.json();
      message = body.errors?.[0]?.message ?? message;
    } catch {
      // not JSON
    }
    throw new HttpError(message, res.status);
  }
  const blob = await res.blob();
  const name = filenameOf(res.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the object URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return name;
}
