/** The docket both recognition measures time: 10,000 entries make several megabytes. */
export const DOCKET_ENTRIES = 10_000;
export const DOCKET_URL = 'https://ecf.mnd.uscourts.gov/cgi-bin/DktRpt.pl?123456';

/**
 * A CM/ECF docket report of `entries` entries (10,000 makes several megabytes),
 * PACER-only menu bar. `padding` is added to each entry's text, to reach a size.
 */
export function generateDocket(entries: number, padding = ''): string {
  const rows: string[] = [];
  for (let index = 1; index <= entries; index += 1) {
    rows.push(
      `<tr><td width="94" nowrap>01/${String((index % 28) + 1).padStart(2, '0')}/2024</td>` +
        `<td style="white-space:nowrap" align="right"><a href="https://ecf.mnd.uscourts.gov/doc1/0991${index}">${index}</a>&nbsp;</td>` +
        `<td><b>MOTION</b> to Extend Time to File Response/Reply as to <a href="/cgi-bin/qryAscCases.pl?${index}">[${index - 1}]</a> ` +
        `by Defendant Example Corporation ${index}.${padding} (Attachments: # (1) Text of Proposed Order)(Doe, Jane) (Entered: 01/02/2024)</td></tr>`,
    );
  }
  return `<html><head><title>CM/ECF - U.S. District Court:mnd</title></head><body>
<div id="topmenu" class="yuimenubar"><div class="bd"><ul class="first-of-type">
<li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="/cgi-bin/iquery.pl"><u>Q</u>uery</a></li>
<li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="/cgi-bin/DisplayMenu.pl?Reports">Reports</a></li>
<li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="/cgi-bin/DisplayMenu.pl?Utilities"><u>U</u>tilities</a></li>
<li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="/cgi-bin/login.pl?logout">Log Out</a></li>
</ul></div></div><div id="cmecfMainContent"><h3 align="center">U.S. District Court<br>District of Minnesota (DMN)<br>CIVIL DOCKET FOR CASE #: 0:24-cv-00001</h3>
<table align="center" width="99%" border="1" cellpadding="5" cellspacing="0"><tbody>
<tr><th>Date Filed</th><th>#</th><th>Docket Text</th></tr>${rows.join('\n')}</tbody></table></div></body></html>`;
}
