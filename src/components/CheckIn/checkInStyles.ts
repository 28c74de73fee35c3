/** The check-in view's CSS, scoped under `.pb-ci`, on the admin's own theme variables (light and dark). */
export const CHECK_IN_STYLES = `
.pb-ci { max-width: 760px; padding-bottom: calc(var(--base) * 2); }
.pb-ci h1 { margin: 0 0 4px 0; }
.pb-ci__muted { color: var(--theme-elevation-500); font-size: 0.9em; }
.pb-ci__form { display: flex; gap: 8px; align-items: stretch; margin: 16px 0; flex-wrap: wrap; }
.pb-ci__label { display: block; font-weight: 600; margin-bottom: 6px; width: 100%; }
.pb-ci__input { flex: 1 1 260px; min-width: 0; font: inherit; font-size: 1.4rem; letter-spacing: 0.04em; padding: 10px 12px; background: var(--theme-input-bg); color: var(--theme-text); border: 2px solid var(--theme-elevation-250); border-radius: var(--style-radius-m); }
.pb-ci__input:focus { outline: none; border-color: var(--theme-success-500); box-shadow: 0 0 0 3px var(--theme-success-100); }
.pb-ci__form .btn { margin: 0; }
.pb-ci__video { display: block; width: 100%; max-width: 420px; border-radius: var(--style-radius-m); background: #000; margin: 8px 0; }
.pb-ci__outcome { border-radius: var(--style-radius-m); padding: 20px 24px; margin: 16px 0; border: 2px solid var(--theme-elevation-150); }
.pb-ci__outcome--ok { background: #e6f4ea; border-color: #2e8b57; }
html[data-theme="dark"] .pb-ci__outcome--ok { background: #143222; border-color: #3fa36b; }
.pb-ci__outcome--again { background: var(--theme-warning-50); border-color: var(--theme-warning-500); }
.pb-ci__outcome--warn { background: var(--theme-warning-50); border-color: var(--theme-warning-400); }
.pb-ci__outcome--error { background: var(--theme-error-50); border-color: var(--theme-error-500); color: var(--theme-error-800); }
.pb-ci__headline { font-size: 1.8rem; font-weight: 700; margin: 0 0 8px 0; line-height: 1.2; }
.pb-ci__outcome--ok .pb-ci__headline { color: #1e6b3f; }
html[data-theme="dark"] .pb-ci__outcome--ok .pb-ci__headline { color: #7fd6a3; }
.pb-ci__name { font-size: 1.5rem; font-weight: 600; margin: 0 0 4px 0; }
.pb-ci__facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 8px 0 0 0; font-size: 1.05rem; }
.pb-ci__facts dt { color: var(--theme-elevation-500); }
.pb-ci__facts dd { margin: 0; }
.pb-ci__warning { font-weight: 600; margin: 8px 0 0 0; color: var(--theme-warning-800, var(--theme-elevation-800)); }
.pb-ci__actions { display: flex; gap: 8px; margin-top: 14px; flex-wrap: wrap; }
.pb-ci__actions .btn { margin: 0; }
.pb-ci__list { list-style: none; margin: 8px 0 0 0; padding: 0; display: flex; flex-direction: column; gap: 10px; }
.pb-ci__row { display: flex; gap: 12px; align-items: center; justify-content: space-between; flex-wrap: wrap; border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-m); padding: 10px 14px; }
.pb-ci__row--in { border-color: #2e8b57; background: #e6f4ea; }
html[data-theme="dark"] .pb-ci__row--in { border-color: #3fa36b; background: #143222; }
.pb-ci__row-main { display: flex; flex-direction: column; gap: 2px; }
.pb-ci__time { font-size: 1.2rem; font-weight: 700; }
.pb-ci__sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`
