/** The dashboard's CSS, scoped under `.pb-reports`, on the admin's own theme variables (light and dark). */
export const REPORT_STYLES = `
.pb-reports { padding-bottom: calc(var(--base) * 3); }
.pb-reports__header { align-items: baseline; display: flex; flex-wrap: wrap; gap: var(--base); justify-content: space-between; }
.pb-reports__header h1 { margin: 0; }
.pb-reports__muted { color: var(--theme-elevation-500); font-size: 0.9em; }
.pb-reports__filters { align-items: flex-end; border-bottom: 1px solid var(--theme-elevation-150); display: flex; flex-wrap: wrap; gap: var(--base); margin: var(--base) 0; padding-bottom: var(--base); }
.pb-reports__presets { display: flex; flex-wrap: wrap; gap: 4px; }
.pb-reports__preset { background: var(--theme-elevation-50); border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-s); color: var(--theme-text); cursor: pointer; font: inherit; padding: 6px 10px; }
.pb-reports__preset[aria-pressed="true"] { background: var(--theme-elevation-800); border-color: var(--theme-elevation-800); color: var(--theme-elevation-0); }
.pb-reports__preset:focus-visible, .pb-reports__field select:focus-visible, .pb-reports__field input:focus-visible { outline: 2px solid var(--theme-success-500); outline-offset: 2px; }
.pb-reports__field { display: flex; flex-direction: column; font-size: 0.85em; gap: 4px; }
.pb-reports__field span { color: var(--theme-elevation-600); }
.pb-reports__field select, .pb-reports__field input { background: var(--theme-input-bg); border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-s); color: var(--theme-text); font: inherit; font-size: 1rem; padding: 6px 8px; }
.pb-reports__download { margin-left: auto; }
.pb-reports__error { color: var(--theme-error-500); }
.pb-reports__cards { display: grid; gap: var(--base); grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); margin: var(--base) 0; }
.pb-reports__card { background: var(--theme-elevation-50); border: 1px solid var(--theme-elevation-100); border-radius: var(--style-radius-m); padding: calc(var(--base) * 0.75); }
.pb-reports__card-label { color: var(--theme-elevation-600); font-size: 0.85em; }
.pb-reports__card-value { font-size: 1.6rem; font-weight: 600; line-height: 1.3; margin: 2px 0; }
.pb-reports__card-hint { color: var(--theme-elevation-500); font-size: 0.8em; }
.pb-reports__charts { display: grid; gap: var(--base); grid-template-columns: repeat(2, minmax(0, 1fr)); margin: var(--base) 0; }
@media (max-width: 900px) { .pb-reports__charts { grid-template-columns: minmax(0, 1fr); } }
.pb-reports__chart { border: 1px solid var(--theme-elevation-100); border-radius: var(--style-radius-m); padding: calc(var(--base) * 0.75); }
.pb-reports__chart h2 { font-size: 1rem; margin: 0 0 8px; }
.pb-reports__chart--wide { grid-column: 1 / -1; }
.pb-reports__tables { display: grid; gap: calc(var(--base) * 1.5); margin-top: var(--base); }
.pb-reports__tables h2 { font-size: 1.1rem; margin: 0 0 6px; }
.pb-reports__table-wrap { overflow-x: auto; }
.pb-reports__table { border-collapse: collapse; width: 100%; }
.pb-reports__table th { color: var(--theme-elevation-600); font-weight: 500; text-align: right; white-space: nowrap; }
.pb-reports__table th:first-child, .pb-reports__table td:first-child { text-align: left; }
.pb-reports__table th, .pb-reports__table td { border-bottom: 1px solid var(--theme-elevation-100); padding: 8px; }
.pb-reports__table td { font-variant-numeric: tabular-nums; text-align: right; }
.pb-reports__help { background: var(--theme-elevation-50); border-radius: var(--style-radius-m); margin-top: calc(var(--base) * 1.5); padding: 8px 12px; }
.pb-reports__help summary { cursor: pointer; font-weight: 500; }
.pb-reports__help li { margin: 4px 0; }
.pb-reports .recharts-text { fill: var(--theme-elevation-600); font-size: 12px; }
.pb-reports .recharts-cartesian-grid line { stroke: var(--theme-elevation-100); }
.pb-reports .recharts-default-tooltip { background: var(--theme-bg) !important; border-color: var(--theme-elevation-150) !important; }
`
