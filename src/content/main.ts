import { detectPage } from '../detection/detect-page';

detectPage(new URL(location.href), document);
