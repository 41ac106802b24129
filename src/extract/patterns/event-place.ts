import { eventQuestions } from '../event-questions.js';
import { definePattern } from '../pattern.js';

/** "The G20 summit took place in Osaka on June 28" → "Where did the G20 summit take place?" → Osaka. */
export default definePattern({
  id: 'event-place',
  describe: 'Where a named event was held or took place',
  find: (s) => eventQuestions(s, 'event-place'),
});
