'use client'
import { Button } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

type Translate = (key: string, vars?: Record<string, unknown>) => string

interface DetectedCode {
  rawValue: string
}
interface Detector {
  detect: (source: HTMLVideoElement) => Promise<DetectedCode[]>
}
type DetectorConstructor = new (options: { formats: string[] }) => Detector

const detectorClass = (): DetectorConstructor | null =>
  typeof window !== 'undefined' && 'BarcodeDetector' in window
    ? ((window as unknown as { BarcodeDetector: DetectorConstructor }).BarcodeDetector)
    : null

/**
 * Scanning with the device's camera, where the browser has `BarcodeDetector` (Chromium on
 * Android, ChromeOS, macOS); elsewhere nothing is shown and a USB/Bluetooth scanner, which types
 * into the input like a keyboard, does the job. The first QR code read is handed to `onCode`.
 */
export const CameraScanner = ({ onCode, t }: { onCode: (code: string) => void; t: Translate }) => {
  const [supported, setSupported] = useState(false)
  const [active, setActive] = useState(false)
  const [error, setError] = useState('')
  const video = useRef<HTMLVideoElement>(null)
  const onCodeRef = useRef(onCode)
  onCodeRef.current = onCode

  useEffect(() => setSupported(detectorClass() !== null), [])

  useEffect(() => {
    if (!active) return
    const Detector = detectorClass()
    if (!Detector) return
    let stream: MediaStream | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    let stopped = false
    const detector = new Detector({ formats: ['qr_code'] })
    const scan = async () => {
      if (stopped || !video.current) return
      try {
        const codes = video.current.readyState >= 2 ? await detector.detect(video.current) : []
        const code = codes.find((c) => c.rawValue)?.rawValue
        if (code && !stopped) {
          setActive(false)
          onCodeRef.current(code)
          return
        }
      } catch {
        // a frame that could not be read: try the next one
      }
      timer = setTimeout(() => void scan(), 250)
    }
    navigator.mediaDevices
      .getUserMedia({ audio: false, video: { facingMode: 'environment' } })
      .then(async (media) => {
        stream = media
        if (stopped || !video.current) return
        video.current.srcObject = media
        await video.current.play()
        void scan()
      })
      .catch((e: unknown) => {
        setError(t('plugin-booking:checkin_cameraError', { message: e instanceof Error ? e.message : String(e) }))
        setActive(false)
      })
    return () => {
      stopped = true
      clearTimeout(timer)
      stream?.getTracks().forEach((track) => track.stop())
    }
  }, [active, t])

  if (!supported) return null
  return (
    <div>
      <Button buttonStyle="secondary" margin={false} onClick={() => { setError(''); setActive((a) => !a) }} size="small">
        {active ? t('plugin-booking:checkin_stopScan') : t('plugin-booking:checkin_scan')}
      </Button>
      {active && <video className="pb-ci__video" muted playsInline ref={video} />}
      {error && (
        <p className="pb-ci__warning" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
