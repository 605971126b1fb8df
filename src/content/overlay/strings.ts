// The guide's own words, in one place (page text never comes through here).
export const STRINGS = {
  guideName: 'PACER Link Guide',
  stepOf: (number: number, total: number) => `Step ${number} of ${total}`,
  training: 'Training site',
  notLinkedPill: 'Not linked in this court yet — show me how',
  collapsedPill: (number: number, total: number) =>
    `Linking guide: step ${number} of ${total} — show`,
  linkedMark: 'Linked in this court',
  collapse: 'Collapse',
  turnOff: 'Turn off in this court',
  restart: 'Restart',
  goToTarget: 'Show me',
  cantFind: (label: string) => `Can’t find ${label} on this page.`,
  cantFindHelp:
    'It may still be loading; if it does not appear, use the checklist to find your way.',
  lookingFor: (label: string) => `Looking for ${label}…`,
  checklistTitle: 'Linking in progress',
  checklistHelp: 'This page is not one of the linking steps. Go back to the step marked below:',
  youAreHere: 'current step',
  namesTitle: 'Check both names',
  cmecfName: 'CM/ECF account',
  pacerName: 'PACER account',
  namesMatch: 'The names match.',
  namesDiffer: 'The names don’t match — go back, do not submit.',
  namesUnread: 'Compare the two names on the page before you submit.',
  shortcut: 'Alt+Shift+G moves between the guide and the element to use; Esc collapses the guide.',
  pressF5: 'Press F5 now.',
  menusByType: (type: 'district' | 'bankruptcy') =>
    type === 'district'
      ? 'Expect the Civil and Criminal menus in the blue menu bar.'
      : 'Expect the Bankruptcy and Adversary menus in the blue menu bar.',
} as const;
