// An app that shows server-rendered elements: hydration support first, then the elements.
import 'career-widgets/hydrate';
import 'career-widgets/salary-band.js';
import 'career-widgets/career-ladder.js';
