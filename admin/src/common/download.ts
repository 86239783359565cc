// Downloads a file the API serves to a signed-in user (Bearer token, so not a plain link): the
// server's error (JSON) becomes an Error with its message; the file is saved under its own name.
import { tokenStore } from '../dataProvider/client';

function currentLocale(): string {
  try {
    return JSON.parse(localStorage.getItem('RaStore.locale') ?? '"id"');
  } catch {
    return 'id';
  }
}

export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const token = tokenStore.get();
  const res = await fetch(path, { headers: { 'accept-language': currentLocale(), ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  if (!res.ok) {
    let message = res.statusText;
    try {
      message = ((await res.json()) as { errors?: { message: string }[] }).errors?.[0]?.message ?? message;
    } catch {
      // not JSON
    }
    throw new Error(message);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
