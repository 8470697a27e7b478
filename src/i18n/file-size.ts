/** Size as GOV.UK prints it next to a download, in Chinese: 512 字节, 3.2 KB, 1.1 MB. */
export function fileSize(content: string | Uint8Array | number): string {
  const bytes = typeof content === 'number' ? content : typeof content === 'string' ? new TextEncoder().encode(content).length : content.length;
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
