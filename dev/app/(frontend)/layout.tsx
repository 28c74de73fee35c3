import type { Metadata } from 'next'
import type React from 'react'

export const metadata: Metadata = {
  description: 'Dev site of payload-booking, an appointment-booking plugin for Payload CMS',
  title: 'payload-booking dev',
}

const FrontendLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="en">
    <body style={{ fontFamily: 'system-ui, sans-serif', margin: '4rem auto', maxWidth: '40rem', padding: '0 1rem' }}>
      {children}
    </body>
  </html>
)

export default FrontendLayout
