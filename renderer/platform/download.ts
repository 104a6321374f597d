/** Hands bytes to the browser as a download under the given name. */
export function downloadBytes(
  bytes: Uint8Array,
  fileName: string,
  mediaType: string,
): void {
  downloadBlob(new Blob([bytes as BlobPart], { type: mediaType }), fileName);
}

/** Hands a Blob to the browser as a download under the given name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later, not at once: the browser reads the URL after click().
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
