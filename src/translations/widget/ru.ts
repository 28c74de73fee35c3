import type { WidgetTranslations } from './en.ts'

export const ru: WidgetTranslations = {
  widget_title: 'Записаться',
  disclosure: 'Публичная доступность',
  disclosureDescription:
    'Сколько свободного времени видят посетители. Предложения: несколько удачно выбранных времён вместо реальной загрузки. Заявки: без времён, посетитель предлагает своё.',
  disclosureAll: 'Все свободные окна',
  disclosureSuggest: 'Несколько предложенных времён',
  disclosureRequest: 'Без времён: посетитель предлагает своё',
  suggestCount: 'Предлагаемых времён',
  suggestCountDescription: 'Не больше стольких времён в ответе (в день, если посетитель спрашивает один день).',
}
