import type { WidgetTranslations } from './en.ts'

export const zh: WidgetTranslations = {
  widget_title: '预约',
  disclosure: '公开可用时间',
  disclosureDescription: '访客能看到多少空闲时间。推荐：少量精选时间，不暴露真实负荷。申请：不显示时间，由访客提出。',
  disclosureAll: '全部空闲时间',
  disclosureSuggest: '少量推荐时间',
  disclosureRequest: '不显示时间：由访客提出',
  suggestCount: '推荐时间数',
  suggestCountDescription: '每次回答最多这么多时间（访客查询某一天时为每天）。',
}
