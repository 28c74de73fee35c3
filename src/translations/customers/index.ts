import { de } from './de.ts'
import { en } from './en.ts'
import { fr } from './fr.ts'
import { ru } from './ru.ts'
import { zh } from './zh.ts'

export const customersTranslations = { de, en, fr, ru, zh }
