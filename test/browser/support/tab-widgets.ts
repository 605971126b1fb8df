// A stand-in for the PACER pages' own tab widgets and theme, which were not
// saved with the pages: USWDS-style tabs on pacer.uscourts.gov, PrimeFaces'
// tabView, check boxes and drop-downs on pacer.psc.uscourts.gov. The fixture
// server appends it to the PACER pages. Like the real widgets it switches tabs
// in place, without a page load, so the guide has to notice the change; and
// like the real theme it hides PrimeFaces' native inputs behind its widgets.

function installTabWidgets(): void {
  const style = document.createElement('style');
  style.textContent = `
    .ui-helper-hidden { display: none; }
    .ui-helper-hidden-accessible { border: 0; clip: rect(0 0 0 0); height: 1px; margin: -1px;
      overflow: hidden; padding: 0; position: absolute; width: 1px; }
    .ui-chkbox { display: inline-block; vertical-align: middle; }
    .ui-chkbox-box { width: 16px; height: 16px; border: 1px solid #767676; border-radius: 2px; background: #fff; }
    .ui-selectonemenu { display: inline-block; position: relative; border: 1px solid #767676;
      padding: 4px 28px 4px 6px; background: #fff; }
    .ui-selectonemenu-panel { display: none; }
    .ui-tabs-nav { margin: 0; padding: 0; list-style: none; }
    .ui-tabs-nav li.ui-tabs-header { display: inline-block; margin-right: 4px; padding: 4px 10px;
      border: 1px solid #aaa; border-bottom: 0; }
  `;
  document.head.append(style);

  // Each kind of tab and the classes that mark it selected.
  const activeClasses: readonly (readonly [string, readonly string[]])[] = [
    ['.tabs__tab', ['tabs__tab--active']],
    ['.ui-tabs-header', ['ui-state-active', 'ui-tabs-selected']],
    ['.home-tabs__item', ['is-active']],
  ];

  const panelOf = (tab: Element): HTMLElement | null => {
    let id = tab.getAttribute('aria-controls');
    if (!id) {
      const link = tab.matches('a') ? tab : tab.querySelector('a[href^="#"]');
      id = link?.getAttribute('href')?.slice(1) ?? null;
    }
    return id ? document.getElementById(id) : null;
  };

  const select = (tabs: readonly Element[], chosen: Element): void => {
    for (const tab of tabs) {
      const on = tab === chosen;
      if (tab.hasAttribute('aria-selected')) tab.setAttribute('aria-selected', String(on));
      if (tab.hasAttribute('aria-expanded')) tab.setAttribute('aria-expanded', String(on));
      for (const [selector, names] of activeClasses) {
        if (tab.matches(selector)) for (const name of names) tab.classList.toggle(name, on);
      }
      const panel = panelOf(tab);
      if (!panel) continue;
      if (panel.hasAttribute('aria-hidden')) panel.setAttribute('aria-hidden', String(!on));
      if (panel.classList.contains('ui-tabs-panel'))
        panel.classList.toggle('ui-helper-hidden', !on);
      if (panel.classList.contains('tabs__panel')) panel.hidden = !on;
      if (panel.classList.contains('home-tabs__panel')) {
        panel.style.display = on ? '' : 'none';
        panel.classList.toggle('is-active', on);
      }
    }
  };

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const tab = target?.closest('[role="tab"], .home-tabs__item');
    if (!tab) return;
    event.preventDefault();
    const list = tab.closest('[role="tablist"], .home-tabs__nav') ?? tab.parentElement;
    if (list) select([...list.querySelectorAll('[role="tab"], .home-tabs__item')], tab);
  });
}

export const TAB_WIDGETS_SCRIPT = `(${installTabWidgets.toString()})();`;
