/** The manage page's CSS on top of the widget's (`WIDGET_CSS`): every rule starts with `.pbw`. */
export const MANAGE_CSS = `
.pbw.pbw-manage dl { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1rem; margin: 0 0 1rem; }
.pbw.pbw-manage dt { color: var(--pbw-muted); }
.pbw.pbw-manage dd { margin: 0; }
.pbw .pbw-qr { display: flex; flex-direction: column; align-items: center; gap: .4rem; margin: 0 0 1rem; padding: .8rem; background: var(--pbw-soft); border-radius: calc(var(--pbw-radius) - 4px); }
.pbw .pbw-qr svg { width: 12rem; height: 12rem; max-width: 100%; background: #fff; }
.pbw .pbw-danger { border-color: var(--pbw-danger); color: var(--pbw-danger); }
.pbw .pbw-danger.pbw-primary { background: var(--pbw-danger); color: #fff; }
.pbw-policy { margin: 0 0 .8rem; padding-left: 1.2rem; }
`
