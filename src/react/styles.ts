/**
 * The widget's CSS. Every rule starts with `.pbw` (the widget's root class), so nothing leaks into
 * the host site; the host themes it by setting the `--pbw-*` variables on `.pbw` or any parent.
 */
export const WIDGET_CSS = `
.pbw {
  --pbw-accent: var(--booking-accent, #1f5f8b);
  --pbw-accent-fg: #fff;
  --pbw-bg: #fff;
  --pbw-fg: #1d2125;
  --pbw-muted: #5b6570;
  --pbw-border: #c9d1d9;
  --pbw-soft: #eef3f7;
  --pbw-danger: #a3261b;
  --pbw-warn-bg: #fff4e0;
  --pbw-ok-bg: #e8f5ec;
  --pbw-radius: 10px;
  --pbw-focus: #f0a30a;
  --pbw-font: inherit;
  font-family: var(--pbw-font);
  color: var(--pbw-fg);
  background: var(--pbw-bg);
  border: 1px solid var(--pbw-border);
  border-radius: var(--pbw-radius);
  padding: 1rem;
  max-width: 40rem;
  margin: 0 0 1.5rem;
  line-height: 1.4;
  font-size: 1rem;
}
.pbw *, .pbw *::before, .pbw *::after { box-sizing: border-box; }
.pbw h2, .pbw h3, .pbw h4, .pbw p { margin: 0 0 .6rem; }
.pbw h2 { font-size: 1.3rem; }
.pbw h3 { font-size: 1.1rem; }
.pbw h4 { font-size: .95rem; color: var(--pbw-muted); margin-top: .8rem; }
.pbw h2:focus, .pbw h3:focus { outline: none; }
.pbw h2:focus-visible, .pbw h3:focus-visible { outline: 3px solid var(--pbw-focus); outline-offset: 2px; }
.pbw-steps { display: flex; gap: .5rem; list-style: none; padding: 0; margin: 0 0 1rem; font-size: .85rem; color: var(--pbw-muted); flex-wrap: wrap; }
.pbw-steps li[aria-current="step"] { color: var(--pbw-fg); font-weight: 600; }
.pbw-list { list-style: none; padding: 0; margin: 0 0 .8rem; display: grid; gap: .5rem; }
.pbw-times { list-style: none; padding: 0; margin: 0 0 .6rem; display: grid; grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr)); gap: .5rem; }
.pbw button, .pbw a.pbw-button {
  font: inherit; cursor: pointer; border-radius: calc(var(--pbw-radius) - 4px);
  border: 1px solid var(--pbw-border); background: var(--pbw-bg); color: var(--pbw-fg);
  padding: .55rem .8rem; min-height: 2.75rem; text-align: left; text-decoration: none; display: inline-block;
}
.pbw button:hover { border-color: var(--pbw-accent); }
.pbw button:focus-visible, .pbw a:focus-visible, .pbw input:focus-visible, .pbw select:focus-visible, .pbw textarea:focus-visible {
  outline: 3px solid var(--pbw-focus); outline-offset: 2px;
}
.pbw button[disabled] { opacity: .6; cursor: progress; }
.pbw .pbw-primary { background: var(--pbw-accent); color: var(--pbw-accent-fg); border-color: var(--pbw-accent); font-weight: 600; text-align: center; }
.pbw .pbw-link { border: none; background: none; padding: .3rem 0; min-height: 0; color: var(--pbw-accent); text-decoration: underline; }
.pbw .pbw-time { width: 100%; text-align: center; font-variant-numeric: tabular-nums; }
.pbw .pbw-service { width: 100%; display: grid; grid-template-columns: 1fr auto; gap: .2rem .8rem; }
.pbw .pbw-service[aria-pressed="true"] { border-color: var(--pbw-accent); background: var(--pbw-soft); box-shadow: inset 0 0 0 1px var(--pbw-accent); }
.pbw-name { font-weight: 600; }
.pbw-meta { color: var(--pbw-muted); font-size: .9rem; }
.pbw-price { font-weight: 600; text-align: right; }
.pbw-badge { display: inline-block; font-size: .75rem; padding: .05rem .45rem; border-radius: 999px; background: var(--pbw-warn-bg); color: #6b4400; margin-left: .4rem; font-weight: 500; }
.pbw label { display: block; font-weight: 500; margin: 0 0 .25rem; }
.pbw-field { margin: 0 0 .8rem; }
.pbw input, .pbw select, .pbw textarea {
  font: inherit; width: 100%; padding: .5rem .6rem; min-height: 2.75rem; color: var(--pbw-fg); background: var(--pbw-bg);
  border: 1px solid var(--pbw-border); border-radius: calc(var(--pbw-radius) - 4px);
}
.pbw-hint { color: var(--pbw-muted); font-size: .85rem; }
.pbw-notice { padding: .6rem .8rem; border-radius: calc(var(--pbw-radius) - 4px); background: var(--pbw-warn-bg); margin: 0 0 .8rem; }
.pbw-error { padding: .6rem .8rem; border-radius: calc(var(--pbw-radius) - 4px); background: #fde8e6; color: var(--pbw-danger); margin: 0 0 .8rem; }
.pbw-success { padding: .6rem .8rem; border-radius: calc(var(--pbw-radius) - 4px); background: var(--pbw-ok-bg); margin: 0 0 .8rem; }
.pbw-summary { background: var(--pbw-soft); border-radius: calc(var(--pbw-radius) - 4px); padding: .6rem .8rem; margin: 0 0 .8rem; }
.pbw-row { display: flex; gap: .6rem; flex-wrap: wrap; align-items: center; }
.pbw-row > * { flex: 1 1 9rem; }
.pbw-actions { display: flex; gap: .6rem; flex-wrap: wrap; margin-top: .4rem; }
.pbw-reference { font-family: ui-monospace, monospace; font-size: 1.15rem; font-weight: 700; letter-spacing: .05em; }
.pbw-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 420px) { .pbw { padding: .75rem; } .pbw-times { grid-template-columns: repeat(3, 1fr); } }
`
