// The file name a server gives in Content-Disposition (kept apart from the DOM code so it is unit-tested).

/** `attachment; filename="DUK-2026-11-23.csv"` (or RFC 5987 filename*=UTF-8''...) -> the name. */
export function filenameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
  return plain ? (plain[2] ?? plain[1]).trim() : fallback;
}
