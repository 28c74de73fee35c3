import type { CustomersTranslations } from './en.ts'

export const zh: CustomersTranslations = {
  customerRecord: '客户档案',
  customerRecordDescription: '留空时按电子邮件或电话自动匹配。',
  customers_anonymise: '匿名化',
  customers_anonymiseConfirm: '从此档案及其所有预约和申请中删除 {{name}} 的姓名、电子邮件和电话？报表数据保留。此操作无法撤销。',
  customers_anonymised: '已匿名化',
  customers_anonymisedAt: '匿名化时间',
  customers_anonymisedName: '已匿名',
  customers_anonymiseDone: '已匿名化：{{bookings}} 个预约和 {{requests}} 个申请。',
  customers_consent: '同意',
  customers_consentGivenAt: '同意时间',
  customers_consentMarketing: '同意接收新闻和优惠',
  customers_dataActions: '个人数据',
  customers_emailTaken: '另一个客户档案已使用此电子邮件地址',
  customers_export: '导出数据（JSON）',
  customers_failed: '操作失败：{{message}}',
  customers_plural: '客户',
  customers_singular: '客户',
}
