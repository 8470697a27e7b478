import QRCode from 'qrcode';

/**
 * The QR code of a page's canonical URL, as an SVG file of its own (src/pages/qr/), generated at
 * build time by the `qrcode` library (no QR service is ever asked): dark modules on a white
 * quiet zone of four modules, whatever the page's colour mode, so every scanner reads it.
 */
export async function pageQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
