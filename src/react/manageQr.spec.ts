import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'

import { qrSvg } from './manageQr.ts'

describe('qrSvg', () => {
  it('draws every dark module of the QR code once, inside a 4-module quiet zone', () => {
    const { modules } = QRCode.create('BK-7Q4M9XH2', { errorCorrectionLevel: 'M' })
    const { path, size } = qrSvg('BK-7Q4M9XH2')
    expect(size).toBe(modules.size + 8)
    const squares = [...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${Number(m[2]) - 4},${Number(m[1]) - 4}`)
    const dark: string[] = []
    for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) dark.push(`${r},${c}`)
    expect(squares).toEqual(dark)
  })
})
