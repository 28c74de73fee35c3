import type { CustomersTranslations } from './en.ts'

export const ru: CustomersTranslations = {
  customerRecord: 'Карточка клиента',
  customerRecordDescription: 'Если пусто, находится по e-mail или телефону.',
  customers_anonymise: 'Обезличить',
  customers_anonymiseConfirm:
    'Удалить имя, e-mail и телефон клиента {{name}} из этой карточки и из всех его записей и заявок? Цифры для отчётов сохранятся. Отменить нельзя.',
  customers_anonymised: 'Обезличен',
  customers_anonymisedAt: 'Обезличен',
  customers_anonymisedName: 'Обезличен',
  customers_anonymiseDone: 'Обезличено: записей — {{bookings}}, заявок — {{requests}}.',
  customers_consent: 'Согласие',
  customers_consentGivenAt: 'Дано',
  customers_consentMarketing: 'Согласен получать новости и предложения',
  customers_dataActions: 'Персональные данные',
  customers_emailTaken: 'У другой карточки клиента уже есть этот e-mail',
  customers_export: 'Выгрузить данные (JSON)',
  customers_failed: 'Не получилось: {{message}}',
  customers_plural: 'Клиенты',
  customers_singular: 'Клиент',
}
