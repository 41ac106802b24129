import { eventQuestions } from '../event-questions.js';
import { definePattern } from '../pattern.js';

/** "The G20 summit took place in Osaka on June 28" → "When did the G20 summit take place?" → 28 June 2019. */
export default definePattern({
  id: 'event-time',
  describe: 'When a named event was held or took place',
  find: (s) => eventQuestions(s, 'event-time'),
});
