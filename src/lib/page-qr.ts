import QRCode from 'qrcode';

/**
 * The QR code of a page URL as an SVG string, generated at build time by the `qrcode`
 * library (no QR service is ever asked). Dark modules on a white quiet zone of four modules,
 * whatever the page's colour mode, so every scanner reads it.
 */
export async function pageQrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  // Inline in HTML: no xmlns needed; the white quiet zone is the element's CSS background.
  return svg
    .replace(' xmlns="http://www.w3.org/2000/svg"', '')
    .replace(/<path fill="#ffffff" d="[^"]*"\/>/, '')
    .replace('stroke="#000000"', 'stroke="#000"')
    .replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" `);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
