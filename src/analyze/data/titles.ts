/**
 * Words that make up titles and offices ("Foreign Minister", "Emeritus Professor",
 * "Secretary-General"). A title is a run of TITLE_WORDS that ends in a TITLE_HEAD, so
 * "Security Council" (no head) is never taken for a title.
 */

/** Words that can end a title: the office itself. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress',
  'pope', 'cardinal', 'archbishop', 'bishop', 'imam', 'rabbi', 'sheikh', 'sultan', 'emir', 'crown prince',
  'secretary', 'secretary-general', 'general', 'governor', 'mayor', 'senator', 'sen.', 'sen', 'representative',
  'rep.', 'congressman', 'congresswoman', 'councillor', 'councilor', 'lawmaker', 'legislator', 'mp', 'mla',
  'ambassador', 'envoy', 'sherpa', 'negotiator', 'adviser', 'advisor', 'consul', 'commissioner', 'spokesperson', 'spokesman', 'spokeswoman', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'director', 'director-general', 'professor', 'prof.', 'prof', 'lecturer',
  'dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sir', 'dame', 'lord', 'lady', 'colonel', 'col.',
  'major', 'captain', 'capt.', 'lieutenant', 'lt.', 'admiral', 'commander', 'sergeant', 'sgt.', 'marshal',
  'brigadier', 'gen.', 'coach', 'manager', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'head', 'leader',
  'speaker', 'attorney', 'attorney-general', 'judge', 'justice', 'magistrate', 'officer', 'executive', 'adviser',
  'advisor', 'deputy', 'chief', 'editor', 'correspondent', 'reporter', 'analyst', 'economist', 'scientist',
  'researcher', 'physicist', 'astronaut', 'candidate', 'nominee', 'activist', 'actor', 'actress', 'singer',
  'author', 'writer', 'artist', 'architect', 'striker', 'midfielder', 'defender', 'goalkeeper', 'player',
  'champion', 'skipper', 'superintendent', 'inspector', 'detective', 'constable', 'sheriff', 'prosecutor',
  'lawyer', 'father', 'rev.', 'reverend', 'pastor', 'monk', 'nun', 'saint', 'president-elect', 'dalai lama',
]);

/** Words that may stand before the head inside a title. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'vice', 'deputy', 'prime', 'chief', 'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'external',
  'affairs', 'state', 'trade', 'health', 'education', 'energy', 'environment', 'agriculture', 'transport',
  'culture', 'economy', 'economic', 'sports', 'information', 'science', 'technology', 'labour', 'labor',
  'commerce', 'industry', 'security', 'national', 'first', 'former', 'acting', 'interim', 'senior', 'junior',
  'assistant', 'associate', 'emeritus', 'general', 'executive', 'managing', 'regional', 'federal', 'supreme',
  'lord', 'grand', 'high', 'crown', 'army', 'navy', 'air', 'military', 'police', 'fire', 'medical', 'public',
  'head', 'lead', 'principal', 'party', 'opposition', 'union', 'cabinet', 'junior', 'team', 'club', 'research',
  'press', 'communications', 'staff', 'operating', 'financial', 'technical', 'legal', 'political', 'special',
  'chief executive', 'executive', 'co', 'lieutenant', 'major', 'brigadier', 'rear', 'field', 'police', 'u.s.',
  'us', 'un', 'eu', 'nato', 'white', 'house', 'parliamentary', 'home', 'urban', 'development', 'water',
  'resources', 'railways', 'petroleum', 'oil', 'housing', 'law', 'justice', 'women', 'child', 'welfare', 'tourism',
  'social', 'internal', 'coach', 'head coach', 'minister', 'secretary', 'director', 'president', 'governor',
  'chairman', 'professor', 'mayor',
  // Portfolios: "Power Minister R.K. Singh", "Coal and Mines Minister …".
  'power', 'coal', 'mines', 'steel', 'textiles', 'telecom', 'civil', 'aviation', 'shipping', 'fisheries',
  'rural', 'tribal', 'minority', 'parliamentary', 'broadcasting', 'sports', 'youth', 'food', 'consumer', 'skill',
  'railway', 'road', 'highways', 'ports', 'waterways', 'electronics', 'it', 'cooperation', 'chemicals',
  'fertilisers', 'fertilizers', 'heavy', 'industries', 'msme', 'earth', 'sciences', 'space', 'ayush', 'jal',
  'shakti', 'panchayati', 'raj', 'statistics', 'planning', 'corporate', 'revenue', 'expenditure', 'personnel',
]);

/** Honorifics: dropped from the name, not a role on their own. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'mx.', 'sir', 'dame', 'madam', 'mme', 'mme.', 'm.',
]);
