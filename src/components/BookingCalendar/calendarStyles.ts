/** The calendar's CSS, scoped under `.pb-cal`, on the admin's own theme variables (light and dark). */
export const CALENDAR_STYLES = `
.pb-cal { padding-bottom: var(--base); }
.pb-cal__header { display: flex; align-items: baseline; gap: var(--base); flex-wrap: wrap; }
.pb-cal__header h1 { margin: 0; }
.pb-cal__muted { color: var(--theme-elevation-500); font-size: 0.85em; }
.pb-cal__sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.pb-cal__toolbar { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; margin: 12px 0; }
.pb-cal__nav { display: flex; align-items: center; gap: 6px; }
.pb-cal__title { font-size: 1.15rem; margin: 0 0 0 8px; min-width: 14em; }
.pb-cal__modes { display: inline-flex; border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-s); overflow: hidden; }
.pb-cal__mode { background: none; border: 0; color: var(--theme-elevation-800); cursor: pointer; font: inherit; padding: 4px 12px; }
.pb-cal__mode[aria-selected="true"] { background: var(--theme-elevation-800); color: var(--theme-bg); }
.pb-cal__filters { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; margin-left: auto; }
.pb-cal__icon { display: inline-block; margin-right: 3px; vertical-align: -1px; }
.pb-cal__input { box-sizing: border-box; min-width: 0; width: 100%; }
.pb-cal__select, .pb-cal__input { background: var(--theme-input-bg); border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-s); color: var(--theme-text); font: inherit; padding: 4px 6px; }
.pb-cal__statuses { border: 0; display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; font-size: 0.85em; }
.pb-cal__check { align-items: center; display: inline-flex; gap: 4px; }
.pb-cal__error { background: var(--theme-error-50); border-radius: var(--style-radius-s); color: var(--theme-error-800); margin-bottom: 8px; padding: 8px 12px; }
.pb-cal__link { background: none; border: 0; color: inherit; cursor: pointer; font: inherit; text-decoration: underline; }
.pb-cal__main { display: flex; gap: 12px; align-items: flex-start; }
.pb-cal__grid-wrap { flex: 1; min-width: 0; max-height: calc(100vh - 210px); min-height: 320px; overflow: auto; border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-s); }
.pb-cal__grid { min-width: 100%; width: max-content; }
.pb-cal__head-row { display: flex; position: sticky; top: 0; z-index: 5; background: var(--theme-bg); border-bottom: 1px solid var(--theme-elevation-150); }
.pb-cal__gutter-head, .pb-cal__gutter { flex: 0 0 52px; position: sticky; left: 0; background: var(--theme-bg); z-index: 4; }
.pb-cal__col-head { flex: 1 0 130px; padding: 6px 8px; font-weight: 600; display: flex; flex-direction: column; border-left: 1px solid var(--theme-elevation-100); }
.pb-cal__timeoff-label { color: var(--theme-warning-700); font-size: 0.8em; font-weight: 400; }
.pb-cal__body-row { display: flex; position: relative; }
.pb-cal__gutter { position: sticky; }
.pb-cal__hour-label { position: absolute; right: 6px; transform: translateY(-50%); font-size: 11px; color: var(--theme-elevation-500); }
.pb-cal__hour-label:first-child { transform: none; }
.pb-cal__col { flex: 1 0 130px; position: relative; background: var(--theme-elevation-100); border-left: 1px solid var(--theme-elevation-150); cursor: cell; touch-action: none; user-select: none; }
.pb-cal__col--off { background: repeating-linear-gradient(135deg, var(--theme-elevation-100) 0 8px, var(--theme-elevation-150) 8px 10px); }
.pb-cal__working { position: absolute; left: 0; right: 0; background: var(--theme-bg); }
.pb-cal__hour-line { position: absolute; left: 0; right: 0; border-top: 1px solid var(--theme-elevation-100); pointer-events: none; }
.pb-cal__now { position: absolute; left: 0; right: 0; border-top: 2px solid var(--theme-error-500); z-index: 3; pointer-events: none; }
.pb-cal__now::before { content: ''; position: absolute; left: -4px; top: -5px; width: 8px; height: 8px; border-radius: 50%; background: var(--theme-error-500); }
.pb-cal__selection { position: absolute; left: 2px; right: 2px; background: var(--theme-success-100); border: 1px dashed var(--theme-success-500); border-radius: 4px; font-size: 11px; padding: 2px 4px; z-index: 2; pointer-events: none; }
.pb-cal__event { position: absolute; box-sizing: border-box; overflow: hidden; border-radius: 4px; padding: 2px 5px; font-size: 12px; line-height: 15px; cursor: grab; z-index: 1;
  background: hsl(var(--pb-service) 75% 90%); border-left: 4px solid hsl(var(--pb-service) 60% 40%); color: #1d1d1f; box-shadow: 0 1px 1px rgba(0,0,0,.08); }
.pb-cal__event:hover { z-index: 2; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
.pb-cal__event-line { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.pb-cal__event-sub { opacity: .8; }
.pb-cal__mark { font-weight: 700; margin-right: 3px; }
.pb-cal__paid { border-radius: 3px; font-size: 0.85em; font-weight: 600; }
.pb-cal__paid--paid, .pb-cal__paid--deposit { color: var(--theme-success-700); }
.pb-cal__paid--pending { color: var(--theme-warning-700); }
.pb-cal__paid--refunded, .pb-cal__paid--partially-refunded { color: var(--theme-elevation-600); }
.pb-cal__event--held { background: repeating-linear-gradient(45deg, hsl(var(--pb-service) 75% 92%) 0 6px, hsl(var(--pb-service) 60% 84%) 6px 8px); }
.pb-cal__event--no-show { opacity: .6; text-decoration: line-through; }
.pb-cal__event--cancelled { opacity: .45; text-decoration: line-through; border-left-style: dotted; }
.pb-cal__event--completed { filter: saturate(.4); }
.pb-cal__event--request { cursor: pointer; border: 2px dashed hsl(var(--pb-service) 55% 40%); border-left-width: 2px;
  background: repeating-linear-gradient(-45deg, hsl(var(--pb-service) 80% 95%) 0 6px, hsl(var(--pb-service) 70% 88%) 6px 12px); }
.pb-cal__event--expired { opacity: .4; }
.pb-cal__event--ghost { opacity: .3; }
.pb-cal__event--selected { outline: 2px solid var(--theme-elevation-900); outline-offset: 1px; z-index: 3; }
.pb-cal__event--refused { animation: pb-cal-refused 0.4s ease-in-out 3; outline: 2px solid var(--theme-error-500); }
@keyframes pb-cal-refused { 0%, 100% { transform: translateX(0); } 25% { transform: translateX(-4px); } 75% { transform: translateX(4px); } }
.pb-cal__resize { position: absolute; left: 0; right: 0; bottom: 0; height: 6px; cursor: ns-resize; }
.pb-cal__seats { font-weight: 600; }
.pb-cal__panel { flex: 0 0 340px; box-sizing: border-box; max-height: calc(100vh - 210px); overflow: auto; background: var(--theme-elevation-50); border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-m); padding: 12px 14px; }
.pb-cal__panel-head { display: flex; justify-content: space-between; align-items: center; }
.pb-cal__panel-head h3 { margin: 0; font-size: 1.05rem; }
.pb-cal__x { background: none; border: 0; color: var(--theme-text); cursor: pointer; font-size: 20px; line-height: 1; }
.pb-cal__field { display: flex; flex-direction: column; gap: 2px; font-size: 0.85em; font-weight: 500; margin-top: 8px; flex: 1; min-width: 0; }
.pb-cal__field--narrow { flex: 0 0 5em; }
.pb-cal__row { display: flex; gap: 8px; }
.pb-cal__sources { margin-top: 8px; gap: 16px; }
.pb-cal__actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
.pb-cal__slot-status { margin-top: 8px; min-height: 1.4em; font-size: 0.9em; }
.pb-cal__tone--ok { color: var(--theme-success-600); }
.pb-cal__tone--error { color: var(--theme-error-500); }
.pb-cal__tone--warn { color: var(--theme-warning-700); }
.pb-cal__tone--muted { color: var(--theme-elevation-500); }
.pb-cal__suggestions { list-style: none; margin: 2px 0 0; padding: 0; border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-s); background: var(--theme-bg); }
.pb-cal__suggestions button { background: none; border: 0; color: var(--theme-text); cursor: pointer; display: block; font: inherit; font-size: 0.85em; padding: 5px 8px; text-align: left; width: 100%; }
.pb-cal__suggestions button:hover, .pb-cal__suggestions button:focus { background: var(--theme-elevation-100); }
.pb-cal__facts { display: grid; grid-template-columns: auto 1fr; gap: 4px 10px; font-size: 0.9em; margin: 10px 0; }
.pb-cal__facts dt { color: var(--theme-elevation-500); }
.pb-cal__facts dd { margin: 0; }
.pb-cal__month { flex: 1; display: grid; grid-template-columns: repeat(7, 1fr); gap: 1px; background: var(--theme-elevation-150); border: 1px solid var(--theme-elevation-150); }
.pb-cal__month-head { background: var(--theme-elevation-50); font-size: 0.8em; font-weight: 600; padding: 4px 6px; }
.pb-cal__month-cell { background: var(--theme-bg); border: 0; color: var(--theme-text); cursor: pointer; display: flex; flex-direction: column; align-items: flex-start; gap: 2px; font: inherit; min-height: 88px; padding: 4px 6px; text-align: left; }
.pb-cal__month-cell:hover { background: var(--theme-elevation-50); }
.pb-cal__month-cell--other { color: var(--theme-elevation-400); }
.pb-cal__month-cell--today .pb-cal__month-day { background: var(--theme-error-500); border-radius: 999px; color: #fff; padding: 0 6px; }
.pb-cal__month-day { font-weight: 600; }
.pb-cal__month-count { background: var(--theme-elevation-100); border-radius: 4px; font-size: 0.8em; padding: 1px 6px; }
.pb-cal__month-count--requests { background: var(--theme-warning-100); color: var(--theme-warning-800); }
`
