import QRCode from 'qrcode'

/**
 * A QR code as one SVG path (dark modules as 1×1 squares, a 4-module quiet zone): drawn the same
 * on the server and in the browser, with no canvas and no image request.
 */
export const qrSvg = (text: string): { path: string; size: number } => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const quiet = 4
  let path = ''
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`
    }
  }
  return { path, size: modules.size + quiet * 2 }
}
