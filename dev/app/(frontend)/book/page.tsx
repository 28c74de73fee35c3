import config from '@payload-config'
import { headers } from 'next/headers.js'
import { notFound } from 'next/navigation.js'
import { getPayload } from 'payload'

import { pickLanguage, RenderBookingBlocks } from '../../../../src/exports/react.ts'

export const dynamic = 'force-dynamic'

/**
 * The seeded public booking page: the `pages` document with slug `book`, its blocks rendered by
 * the plugin's React components. Language: `?lang=de`, else the browser's Accept-Language.
 */
const BookPage = async ({ searchParams }: { searchParams: Promise<{ lang?: string; service?: string }> }) => {
  const { lang: langParam, service } = await searchParams
  const lang = pickLanguage(langParam || (await headers()).get('accept-language'))
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: 'pages',
    depth: 0,
    limit: 1,
    locale: lang,
    overrideAccess: false,
    where: { slug: { equals: 'book' } },
  })
  const page = docs[0] as undefined | { layout?: { blockType: string }[]; title?: string }
  if (!page) return notFound()
  return (
    <main>
      <p>
        <a href="/">← payload-booking dev site</a>
      </p>
      <RenderBookingBlocks
        blocks={page.layout ?? []}
        initialServiceId={service ?? null}
        lang={lang}
        manageUrl="/booking/manage?reference={reference}&token={token}"
        payload={payload}
        timezone="Europe/Berlin"
      />
    </main>
  )
}

export default BookPage
