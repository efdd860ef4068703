/** Saves text as a file the browser downloads, without the downloads permission: an object URL and a link click. */
export function saveFile(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The receipt's file name for `now`: linkedin-settings-2026-11-29.txt / .json, the local day its title states. */
export function receiptFileName(now: Date, format: 'text' | 'json'): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part, i) => String(part).padStart(i ? 2 : 4, '0'))
    .join('-');
  return `linkedin-settings-${day}.${format === 'json' ? 'json' : 'txt'}`;
}
