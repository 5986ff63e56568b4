/**
 * Hands a file the app received (through the API client, with the token) to the browser as a download under
 * `fileName`: a link to the blob clicked once, its address released once the download has started.
 */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // let the browser start the download before the address is released
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
