// The guide's own words, from public/_locales (page text never comes through here).
// The overlay is given the translator rather than importing it: the content
// script already carries the WebExtension API, and the overlay chunk must not
// bring a second copy.
import { messageKeys } from '../../flows/message-keys';
import type { CourtType, FlowId, StepId } from '../../flows/types';
import type { StepGuide } from '../guide-view';

export type Translate = (key: string, ...substitutions: string[]) => string;

export type GuideStrings = ReturnType<typeof guideStrings>;

export const guideStrings = (t: Translate) => ({
  get guideName() {
    return t('guide_name');
  },
  stepOf: (number: number, total: number) => t('guide_step_of', String(number), String(total)),
  get training() {
    return t('guide_training');
  },
  get collapse() {
    return t('guide_collapse');
  },
  get turnOff() {
    return t('guide_turn_off');
  },
  get notNeeded() {
    return t('guide_not_needed');
  },
  get restart() {
    return t('guide_restart');
  },
  get goToTarget() {
    return t('guide_show_me');
  },
  cantFind: (label: string) => t('guide_cant_find', label),
  get cantFindHelp() {
    return t('guide_cant_find_help');
  },
  lookingFor: (label: string) => t('guide_looking_for', label),
  get checklistTitle() {
    return t('guide_checklist_title');
  },
  get checklistHelp() {
    return t('guide_checklist_help');
  },
  get youAreHere() {
    return t('guide_current_step');
  },
  get namesTitle() {
    return t('guide_names_title');
  },
  get cmecfName() {
    return t('guide_cmecf_account');
  },
  get pacerName() {
    return t('guide_pacer_account');
  },
  get namesMatch() {
    return t('guide_names_match');
  },
  get namesDiffer() {
    return t('guide_names_differ');
  },
  get namesUnread() {
    return t('guide_names_unread');
  },
  helpDeskCall: (court: string) => t('help_desk_call', court),
  helpDeskNoPhone: (court: string) => t('help_desk_no_phone', court),
  get helpDeskPage() {
    return t('help_desk_page');
  },
  get shortcut() {
    return t('guide_shortcut');
  },
  get pressF5() {
    return t('guide_press_f5');
  },
  menusByType: (type: CourtType) =>
    t(type === 'district' ? 'guide_menus_district' : 'guide_menus_bankruptcy'),
  instruction: (flow: FlowId, step: StepId) => t(messageKeys.instruction(flow, step)),
  /** What the headline says: the step's instruction, unless the page makes it wrong. */
  headline: (guide: StepGuide) =>
    t(
      guide.situation
        ? messageKeys.instructionIn(guide.flow, guide.step.id, guide.situation)
        : messageKeys.instruction(guide.flow, guide.step.id),
    ),
  hint: (hint: string) => t(messageKeys.hint(hint)),
  target: (target: string) => t(messageKeys.target(target)),
  targetWhy: (target: string) => t(messageKeys.targetWhy(target)),
});
