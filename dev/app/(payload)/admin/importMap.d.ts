// Types for the generated importMap.js (the root tsconfig has no allowJs).
import type { ImportMap } from 'payload'

export declare const importMap: ImportMap
