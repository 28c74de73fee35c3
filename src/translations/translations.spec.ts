import { describe, expect, it } from 'vitest'

import { bookingTranslations } from './index.ts'

describe('translations', () => {
  const english = Object.keys(bookingTranslations.en).sort()

  it.each(Object.entries(bookingTranslations))('%s has every key of English, each one filled in', (lang, strings) => {
    expect(Object.keys(strings).sort()).toEqual(english)
    for (const [key, value] of Object.entries(strings)) {
      expect(value.trim(), `${lang}.${key}`).not.toBe('')
    }
  })

  it('keeps interpolation variables in every language', () => {
    for (const [key, value] of Object.entries(bookingTranslations.en)) {
      const vars = value.match(/{{\w+}}/g) ?? []
      for (const [lang, strings] of Object.entries(bookingTranslations)) {
        for (const v of vars) {
          expect(strings[key as keyof typeof strings], `${lang}.${key}`).toContain(v)
        }
      }
    }
  })
})
