// The frame of every CM/ECF page after login: the blue menu bar (raw NextGen
// markup, as in the saved pages) and the main content area. Before linking the
// bar has only what every PACER user has; after, the court's filing menus.
import type { ComponentChildren } from 'preact';
import type { Court } from '../../flows/types';

const FILING_MENUS: Readonly<Record<Court['type'], readonly [string, string][]>> = {
  district: [
    ['Civil', 'CivilEvents'],
    ['Criminal', 'CriminalEvents'],
  ],
  bankruptcy: [
    ['Bankruptcy', 'BankruptcyEvents'],
    ['Adversary', 'AdversaryEvents'],
  ],
};

function MenuItem({
  href,
  go,
  children,
}: {
  href: string;
  go?: string;
  children: ComponentChildren;
}) {
  return (
    <li class="yuimenubaritem">
      <a class="yuimenubaritemlabel" href={href} data-go={go}>
        {children}
      </a>
    </li>
  );
}

function EcfMenuBar({ court, linked }: { court: Court; linked: boolean }) {
  return (
    <div class="noprint">
      <div id="topmenu" class="yuimenubar">
        <div class="bd">
          {/* Drawn by CSS, as the real logo is an image: a text "CM/ECF" would read as the label of the name beside it. */}
          <span class="cmecf-logo" role="img" aria-label="CM/ECF" />
          <ul class="first-of-type">
            {linked &&
              FILING_MENUS[court.type].map(([label, menu]) => (
                <MenuItem key={menu} href={`/cgi-bin/DisplayMenu.pl?${menu}&id=-1`}>
                  {label}
                </MenuItem>
              ))}
            <MenuItem href="/cgi-bin/iquery.pl">
              <u>Q</u>uery
            </MenuItem>
            <MenuItem href="/cgi-bin/DisplayMenu.pl?Reports&id=-1">
              <u>R</u>eports
            </MenuItem>
            <MenuItem href="/cgi-bin/DisplayMenu.pl?Utilities&id=-1" go="utilities">
              <u>U</u>tilities
            </MenuItem>
            <MenuItem href="/cgi-bin/login.pl?search">
              Sear<u>c</u>h
            </MenuItem>
            <MenuItem href="/cgi-bin/login.pl?help">Help</MenuItem>
            <MenuItem href="/cgi-bin/login.pl?logout" go="ecf-home">
              Log Out
            </MenuItem>
          </ul>
          <hr class="hrmenuseparator" />
        </div>
      </div>
    </div>
  );
}

export function EcfPage({
  court,
  linked = false,
  children,
}: {
  court: Court;
  linked?: boolean;
  children: ComponentChildren;
}) {
  return (
    <div class="ecf-site">
      <EcfMenuBar court={court} linked={linked} />
      <div id="cmecfMainContent">{children}</div>
    </div>
  );
}
