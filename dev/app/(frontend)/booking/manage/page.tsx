import { headers } from 'next/headers.js'

import { BookingManage, manageStrings, pickLanguage } from '../../../../../src/exports/react.ts'

export const dynamic = 'force-dynamic'

/**
 * The customer's manage page, where the e-mails' and the widget's manage links lead
 * (`?reference=…&token=…`): the booking, its check-in QR code, and cancelling.
 * Language: `?lang=de`, else the browser's Accept-Language.
 */
const ManagePage = async ({ searchParams }: { searchParams: Promise<{ lang?: string; reference?: string; token?: string }> }) => {
  const { lang: langParam, reference, token } = await searchParams
  const lang = pickLanguage(langParam || (await headers()).get('accept-language'))
  return (
    <main>
      <p>
        <a href="/">← payload-booking dev site</a>
      </p>
      <BookingManage lang={lang} reference={reference ?? null} strings={manageStrings(lang)} timezone="Europe/Berlin" token={token ?? null} />
    </main>
  )
}

export default ManagePage
