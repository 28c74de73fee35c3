/** The queue's CSS, scoped under `.pb-queue`, on the admin's own theme variables (light and dark). */
export const QUEUE_STYLES = `
.pb-queue { padding-bottom: calc(var(--base) * 3); }
.pb-queue__header { display: flex; align-items: baseline; gap: var(--base); flex-wrap: wrap; }
.pb-queue__header h1 { margin: 0; }
.pb-queue__muted { color: var(--theme-elevation-500); font-size: 0.85em; }
.pb-queue__tabs { display: flex; align-items: center; gap: 4px; border-bottom: 1px solid var(--theme-elevation-150); margin: var(--base) 0; flex-wrap: wrap; }
.pb-queue__tab { background: none; border: 0; border-bottom: 2px solid transparent; color: var(--theme-elevation-800); cursor: pointer; font: inherit; padding: 8px 12px; }
.pb-queue__tab[aria-selected="true"] { border-bottom-color: var(--theme-success-500); color: var(--theme-text); font-weight: 600; }
.pb-queue__tab:focus-visible, .pb-queue__time:focus-visible { outline: 2px solid var(--theme-success-500); outline-offset: 2px; }
.pb-queue__count { background: var(--theme-elevation-100); border-radius: 999px; font-size: 0.8em; margin-left: 6px; padding: 1px 7px; }
.pb-queue__filter { align-items: center; display: inline-flex; gap: 6px; margin-left: auto; padding: 8px 0; }
.pb-queue__notice:not(:empty) { background: var(--theme-success-50); border-radius: var(--style-radius-s); color: var(--theme-success-800); margin-bottom: var(--base); padding: 8px 12px; }
.pb-queue__table-wrap { overflow-x: auto; }
.pb-queue__table { border-collapse: collapse; width: 100%; }
.pb-queue__table th { color: var(--theme-elevation-600); font-weight: 500; text-align: left; }
.pb-queue__table th, .pb-queue__table td { border-bottom: 1px solid var(--theme-elevation-100); padding: 10px 8px; vertical-align: top; }
.pb-queue__row--expired { opacity: 0.55; }
.pb-queue__message { color: var(--theme-elevation-700); font-style: italic; margin-top: 4px; max-width: 28em; }
.pb-queue__status { align-items: center; display: inline-flex; gap: 6px; white-space: nowrap; }
.pb-queue__row-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.pb-queue__pages { align-items: center; display: flex; gap: var(--base); margin-top: var(--base); }
.pb-queue__expired { margin-top: calc(var(--base) * 2); }
.pb-queue__dialog { background: var(--theme-bg); border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-m); color: var(--theme-text); max-width: min(40rem, 95vw); padding: calc(var(--base) * 1.5); width: 100%; }
.pb-queue__dialog::backdrop { background: rgba(0, 0, 0, 0.45); }
.pb-queue__dialog h3 { margin-top: 0; }
.pb-queue__label { display: flex; flex-direction: column; font-weight: 500; gap: 4px; margin-bottom: 8px; }
.pb-queue__textarea, .pb-queue__input { background: var(--theme-input-bg); border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-s); color: var(--theme-text); font: inherit; padding: 8px; }
.pb-queue__textarea { width: 100%; }
.pb-queue__input--narrow { width: 6em; }
.pb-queue__fields { display: flex; flex-wrap: wrap; gap: var(--base); }
.pb-queue__times { border: 0; display: flex; flex-wrap: wrap; gap: 6px; margin: var(--base) 0; max-height: 14rem; overflow-y: auto; padding: 0; }
.pb-queue__times legend { width: 100%; }
.pb-queue__time { background: var(--theme-elevation-50); border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-s); color: var(--theme-text); cursor: pointer; font: inherit; padding: 6px 10px; }
.pb-queue__time[aria-pressed="true"] { background: var(--theme-success-500); border-color: var(--theme-success-500); color: #fff; }
.pb-queue__error { color: var(--theme-error-500); }
.pb-queue__ok { color: var(--theme-success-600); }
.pb-queue__hint { color: var(--theme-elevation-600); }
.pb-queue__dialog-actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: var(--base); }
`
