/**
 * Head words that tell what kind of thing a proper name is. They are matched on the last
 * (or any) word of a capitalised run, so they generalise to names no list has.
 */
import type { PlaceKind } from '../../types.js';

/** Any of these words in a name makes it an organisation ("Russian Navy", "Labour Party"). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'agency', 'ratings', 'party', 'ministry', 'force', 'forces', 'navy', 'army', 'council', 'corporation', 'corp', 'corp.',
  'university', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'co.', 'company', 'bank', 'committee', 'commission',
  'association', 'union', 'institute', 'institution', 'foundation', 'department', 'court', 'parliament',
  'assembly', 'congress', 'senate', 'government', 'police', 'group', 'club', 'fc', 'airlines', 'airways',
  'times', 'news', 'post', 'herald', 'journal', 'tribune', 'gazette', 'press', 'broadcasting', 'television',
  'radio', 'society', 'federation', 'league', 'organisation', 'organization', 'authority', 'board', 'bureau',
  'office', 'service', 'services', 'agency', 'college', 'school', 'academy', 'hospital', 'laboratory',
  'laboratories', 'labs', 'museum', 'library', 'church', 'trust', 'fund', 'network', 'systems', 'technologies',
  'industries', 'motors', 'holdings', 'partners', 'sons', 'entertainment', 'studios', 'records', 'communications',
  'movement', 'front', 'alliance', 'coalition', 'brigade', 'battalion', 'battalions', 'regiment', 'rifles', 'division', 'squadron', 'fleet', 'guard', 'command', 'secretariat', 'cabinet',
  'directorate', 'tribunal', 'tribunals', 'courts', 'committees', 'commissions', 'councils', 'consortium', 'conference', 'center', 'centre', 'team', 'squad', 'nations', 'corps',
  // Companies and charities by their last word: "Concern Worldwide", "Mandiant Consulting".
  'worldwide', 'international', 'consulting', 'consultants', 'solutions', 'ventures', 'enterprises', 'limited',
  // Indian bodies as The Hindu names them: Rajya Sabha, Zila Parishad, NITI Aayog, Janata Dal.
  'sabha', 'parishad', 'samiti', 'sangh', 'sangathan', 'nigam', 'aayog', 'ayog', 'morcha', 'dal', 'mandal', 'panchayat', 'panchayats',
  // Alliances as Maharashtra names them: "Maha Vikas Aghadi", "Mahayuti".
  'aghadi', 'mahayuti',
  // Parties as regional languages name them: "Kalyana Rajya Pragathi Paksha", "Telangana Rashtra Samithi".
  'paksha', 'paksh', 'samithi', 'kazhagam', 'katchi',
  // Religious orders and trusts: "Nirmohi Akhara", "Sringeri Mutt", "Ramakrishna Math".
  'akhara', 'mutt', 'math', 'peetham', 'peeth', 'ashram',
  // ("The Embassy of India in Khartoum": a country's missions abroad.)
  'embassy', 'embassies', 'consulate', 'consulates',
  // (Temple boards: "Tirumala Tirupati Devasthanams", "Travancore Devaswom Board".)
  'devasthanam', 'devasthanams', 'devaswom',
  'exchange', 'observatory', 'bench',
  // ("Sahitya Akademi", "Lalit Kala Akademi": India's academies of letters and arts.)
  'akademi', 'academi',
  // ("the Intensive Care Unit", "Special Investigation Team's unit": a unit is a body.)
  'unit',
]);

/** Last words that make a name a place, with the kind they give. */
export const PLACE_HEADS: ReadonlyMap<string, PlaceKind> = new Map<string, PlaceKind>([
  ['islands', 'islands'], ['island', 'islands'], ['isles', 'islands'], ['archipelago', 'islands'], ['atoll', 'islands'],
  ['province', 'region'], ['region', 'region'], ['county', 'region'], ['district', 'region'], ['prefecture', 'region'],
  ['territory', 'region'], ['oblast', 'region'], ['valley', 'region'], ['peninsula', 'region'], ['desert', 'region'],
  ['state', 'region'], ['governorate', 'region'], ['canton', 'region'], ['municipality', 'city'], ['city', 'city'],
  ['town', 'city'], ['village', 'city'], ['gaon', 'city'], ['sea', 'other'], ['ocean', 'other'], ['river', 'other'], ['lake', 'other'],
  ['mountains', 'other'], ['mountain', 'other'], ['mount', 'other'], ['hills', 'other'], ['strait', 'other'],
  ['straits', 'other'], ['gulf', 'other'], ['bay', 'other'], ['canal', 'other'], ['street', 'other'],
  ['avenue', 'other'], ['road', 'other'], ['bypass', 'other'], ['square', 'other'], ['hall', 'other'], ['airport', 'other'],
  ['stadium', 'other'], ['arena', 'other'], ['theatre', 'other'], ['theater', 'other'], ['auditorium', 'other'], ['park', 'other'], ['bridge', 'other'], ['tower', 'other'],
  ['palace', 'other'], ['castle', 'other'], ['temple', 'other'], ['mosque', 'other'], ['cathedral', 'other'],
  ['monastery', 'other'], ['gurudwara', 'other'], ['gurdwara', 'other'], ['shrine', 'other'], ['dargah', 'other'], ['stupa', 'other'], ['pagoda', 'other'], ['mutt', 'other'],
  ['station', 'other'], ['port', 'other'], ['harbour', 'other'], ['harbor', 'other'], ['base', 'other'],
  ['dock', 'other'], ['docks', 'other'], ['dockyard', 'other'], ['shipyard', 'other'], ['wharf', 'other'], ['pier', 'other'],
  ['plant', 'other'], ['coast', 'region'], ['border', 'other'], ['falls', 'other'], ['glacier', 'other'],
  ['springs', 'city'], ['hill', 'other'], ['heights', 'other'], ['beach', 'other'], ['creek', 'other'],
  ['ridge', 'other'], ['cove', 'other'], ['oval', 'other'], ['memorial', 'other'], ['monument', 'other'], ['plaza', 'other'],
  // Indian buildings and sites: "Rashtrapati Bhavan", "Bharat Mandapam", "Raj Ghat", "Red Fort".
  ['bhavan', 'other'], ['bhawan', 'other'], ['mandapam', 'other'], ['niwas', 'other'], ['sadan', 'other'],
  // ("Sudarshan Setu", "Atal Setu": a bridge.)
  ['setu', 'other'], ['sethu', 'other'],
  ['ghat', 'other'], ['fort', 'other'], ['complex', 'other'], ['mahal', 'other'], ['gate', 'other'], ['chowk', 'other'], ['maidan', 'other'],
  // Indian localities: "Mukherjee Nagar", "Vasant Vihar", "Defence Colony", "Daryaganj" written apart.
  // Protected waters and sanctuaries: "Kazhuveli Bird Sanctuary", "Tawa Reservoir", "Aghanashini Estuary".
  // ("the Pallanwala Sector along the Line of Control": a military sector of a front.)
  ['sector', 'region'],
  ['sanctuary', 'other'], ['reserve', 'other'], ['reservoir', 'other'], ['estuary', 'other'], ['lagoon', 'other'], ['wetland', 'other'],
  ['nagar', 'other'], ['vihar', 'other'], ['enclave', 'other'], ['colony', 'other'], ['puram', 'other'], ['ganj', 'other'], ['bagh', 'other'], ['marg', 'other'],
]);

/** Any of these words makes a name a term: events, laws, wars, prizes ("World War II"). */
/** The participle that makes "Kolkata-headquartered", "Delhi-based", "US-backed" an adjective. */
// ("the Dev Anand-starrer CID": a film by its star, the film's name after it.)
export const NAME_ADJECTIVE_END = /^(?:based|headquartered|born|bred|led|backed|owned|made|run|funded|controlled|administered|sponsored|brokered|starrer|initiated|hosted|built|developed|designed|assisted|supported|mediated)$/;

export const TERM_WORDS: ReadonlySet<string> = new Set([
  // ("the Electoral Bonds", "Sovereign Gold Bonds": instruments, never a person's surname here.)
  'bonds',
  'war', 'olympics', 'olympiad', 'paralympics', 'deaflympics', 'games', 'cup', 'championship', 'championships', 'prize', 'prizes', 'award', 'awards', 'fellowship', 'act', 'bill',
  // (Sri Lanka's honours end on the vowel: "Mithra Vibhushana".)
  'medals', 'ratna', 'puraskar', 'samman', 'bhushan', 'vibhushan', 'bhushana', 'vibhushana', 'declarations', 'missions', 'schemes', 'laws', 'acts', 'bills', 'rules',
  'treaty', 'accord', 'accords', 'agreement', 'summit', 'festival', 'challenge', 'day', 'revolution', 'crisis',
  'protocol', 'product', 'convention', 'declaration', 'doctrine', 'plan', 'programme', 'program', 'project', 'mission',
  'operation', 'exercise', 'initiative', 'strategy', 'policy', 'reform', 'reforms', 'election', 'elections', 'referendum',
  'pandemic', 'epidemic', 'disaster', 'earthquake', 'hurricane', 'typhoon', 'cyclone', 'storm', 'expo',
  'exhibition', 'show', 'tournament', 'open', 'masters', 'marathon', 'grand prix', 'series', 'league cup', 'trophy',
  'medal', 'syndrome', 'virus', 'disease', 'law', 'constitution', 'amendment', 'code', 'charter', 'index', 'indices', 'ranking', 'rankings',
  'report', 'version', 'edition', 'era', 'age', 'dynasty', 'empire', 'polaroid', 'polaroids',
  // Indian schemes, missions and observances: PM Vishwakarma Yojana, Swachh Bharat Abhiyan, Gandhi Jayanti.
  'yojana', 'niti', 'abhiyan', 'jayanti', 'diwas', 'divas', 'utsav', 'mahotsav', 'yatra', 'scheme', 'puja', 'pooja', 'mela', 'navratri',
  'dussehra', 'diwali', 'deepavali', 'deepawali', 'dipavali', 'dipawali', 'holi', 'pongal', 'onam', 'bihu', 'eid', 'christmas', 'ramzan', 'ramadan',
  'chhath', 'lohri', 'baisakhi', 'vaisakhi', 'janmashtami', 'ugadi',
  // Groups the Constitution lists: "Scheduled Castes", "Other Backward Classes", "the Presidential List".
  'caste', 'castes', 'tribe', 'tribes', 'classes', 'list',
  // Designations a place is given: "93 Ramsar Sites", "World Heritage Sites", "Smart Cities".
  'site', 'sites', 'cities', 'wetlands', 'reserves', 'sanctuaries',
  // Species by their common names: "Soman's Slender Arm Frog", "Kaiser-i-Hind butterfly".
  'frog', 'frogs', 'toad', 'toads', 'gecko', 'skink', 'lizard', 'snake', 'viper', 'caecilian', 'spider', 'scorpion', 'butterfly',
  'moth', 'beetle', 'dragonfly', 'damselfly', 'orchid', 'balsam', 'fish', 'catfish', 'loach', 'crab', 'shrew', 'vulture', 'hornbill',
  // Craft and instruments: "James Webb Space Telescope" is no person.
  'telescope', 'satellite', 'spacecraft', 'rover', 'lander', 'orbiter', 'rocket', 'probe',
  // Systems and models: "Bharat Forecast System", "Global Forecast System" are no person; nor is a
  // portal or an app ("Gyan Bharatam Portal").
  'system', 'systems', 'model', 'platform', 'portal', 'app', 'dashboard',
  // Works of infrastructure: "Udhampur-Srinagar-Baramulla Rail Link", "Delhi-Meerut Expressway".
  'link', 'corridor', 'expressway', 'highway', 'tunnel', 'pipeline',
  // Craft by the score: "Indian Naval Ships", "Russian Federation Naval Ships".
  'ships', 'vessels', 'aircraft', 'submarines',
  // Counts and weapons: "Socio Economic and Caste Census", "Varunastra Torpedoes".
  'census', 'survey', 'torpedo', 'torpedoes', 'missile', 'missiles', 'tanks',
  // Examinations: "National Eligibility cum Entrance Test".
  'test', 'examination', 'exam',
  // Crafts and goods a GI tag is given: "Sarthebari Metal Craft", "Assam Mising Handloom Products".
  'craft', 'crafts', 'products', 'handloom', 'handlooms', 'handicraft', 'handicrafts', 'terracotta', 'embroidery', 'weaving', 'pottery',
]);

/** Languages written with capitals ("Eminent Hindi writer …", "the Tamil daily"): a language is no
 *  person's name. (English, French and the like are read as their countries' adjectives.) */
export const LANGUAGES: ReadonlySet<string> = new Set(`
hindi tamil telugu kannada malayalam marathi bengali bangla gujarati punjabi odia oriya urdu assamese sanskrit
konkani maithili dogri santali kashmiri sindhi manipuri meitei bodo bhojpuri rajasthani tulu hausa swahili
`.trim().split(/\s+/));

/** Roman numerals and sequels that may end a name ("World War II", "Apollo 11"). */
export const NAME_NUMERALS = /^(?:I{1,3}|IV|V|VI{1,3}|IX|X|XI{1,3}|\d{1,4})$/;

/**
 * Everyday words that often stand in capitalised titles of works, brands and events but
 * rarely in people's names: "Star Wars", "Black Widow", "Mountain View" are not people.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(`
star wars black white red blue green golden silver dark light new old big little great world sun moon morning
evening night day news times post view mountain angel widow epic global offensive national international central
north south east west northern southern eastern western royal grand united free first last open high super power
life love man woman men women boy boys girl girls city land home house street media online digital wiki magazine
book books film music radio video game games cup league show story stories island islands river lake sea ocean
sky fire water earth air ice snow rain storm spring summer autumn winter gold iron steel stone glass wood forest
garden park road bridge tower castle palace hall church school college academy institute project program
programme network web net internet data cloud tech technology science arts art culture heritage history museum
library centre center market markets bank fund trust capital credit money store shop mall hotel restaurant cafe
bar club team squad army force forces guard police fleet service services system systems group company corp
association society union party movement foundation council committee board office agency department ministry
court law act bill code rules order state states nation nations republic kingdom empire federation alliance
mission operation plan report review journal herald tribune gazette express mirror observer guardian standard
chronicle daily weekly monthly sunday monday tuesday wednesday thursday friday saturday january february march
april june july august september october november december festival awards award prize medal trophy champions
championship tournament series season episode chapter part edition version update release launch edge explorer
windows office phone mobile smart app apps store online live access plus pro max mini one two three four five
zero alpha beta gamma delta omega prime ultra mega giant little kids children family friends people heroes hero
legend legends king kings queen queens prince princess lord lords knight knights dragon dragons wolf wolves lion
lions tiger tigers eagle eagles bear bears bull bulls hawk hawks spider bat cat dog horse fox shark wings
easy rider gallery galleries factory soup nature climate change underground aid angels devils saints
`.split(/\s+/).filter(Boolean));

/** Short forms of common nouns that may stand before the name they describe ("the defence PSU
 *  Mazagon Dock Limited", "the NGO Pratham"): no part of it. */
/** Short forms of the period a rate is measured over ("inflation in vegetables YoY was 37.43
 *  percent"): a unit's label, never a name. */
export const PERIOD_SHORT_FORMS: ReadonlySet<string> = new Set(['YoY', 'MoM', 'QoQ', 'WoW', 'YTD', 'y-o-y', 'm-o-m', 'q-o-q', 'yoy', 'mom']);

export const COMMON_NOUN_SHORT_FORMS: ReadonlySet<string> = new Set(['PSU', 'PSUs', 'CPSE', 'CPSEs', 'PSB', 'PSBs', 'NGO', 'NGOs', 'MNC', 'MNCs', 'ICBM', 'ICBMs', 'IRBM', 'IRBMs', 'SLBM', 'SLBMs', 'SAM', 'UAV', 'UAVs', 'PIL', 'PILs', 'FIR', 'FIRs', 'SLP', 'SLPs', 'MoU', 'MoUs', 'FTA', 'FTAs', 'BIT', 'BITs', 'SEZ', 'SEZs', 'MSME', 'MSMEs']);

/** Common nouns that say what kind of thing the name just before them is: "the NVS-02
 *  satellite", "the PM-KISAN scheme", "its GSLV-F15 rocket". The name is the thing, not a
 *  modifier of it. */
export const KIND_NOUNS: ReadonlySet<string> = new Set([
  'satellite', 'satellites', 'rocket', 'rockets', 'launcher', 'mission', 'missions', 'spacecraft', 'probe', 'lander',
  'rover', 'telescope', 'constellation', 'scheme', 'schemes', 'yojana', 'programme', 'programmes', 'program',
  'initiative', 'campaign', 'project', 'portal', 'app', 'platform', 'missile', 'missiles', 'vaccine', 'aircraft',
  'jet', 'jets', 'helicopter', 'helicopters', 'ship', 'vessel', 'submarine', 'frigate', 'destroyer', 'exercise',
  'exercises', 'operation', 'index', 'survey', 'summit', 'treaty', 'pact', 'award', 'prize', 'corridor',
  'expressway', 'tunnel', 'dam', 'cyclone', 'variant',
  // ("the Phase-II Ballistic Missile Defence system", "the Integrated Air Defence Weapon System": a weapon or a
  // defence by its name before its kind.)
  'system', 'shield', 'interceptor',
  // ("set up for the Vaikuntha Ekadasi festival": a feast, a fair or a pilgrimage named before its kind.)
  'festival', 'festivals', 'mela', 'yatra', 'utsav',
  // ("the Western Ghats mountain range": a landform's name before its kind is the landform.)
  'mountain', 'mountains', 'range', 'hills', 'valley', 'glacier', 'plateau', 'desert',
  // ("the Middle Eocene period": a time of the Earth's past, no person.)
  'period', 'epoch',
]);

/** Words by which a question asks a woman ("Who was the first woman to win …?"): its wrong
 *  answers must be women too. */
export const WOMAN_WORDS: readonly string[] = ['woman', 'women', 'female', 'actress', 'sportswoman', 'girl', 'queen'];

/** A person's relatives: "His father, Justice Yeshwant Chandrachud", "Thomas Sam's wife Manju Sam". */
export const RELATIVE_NOUNS: readonly string[] = [
  'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'partner', 'widow', 'widower',
  'grandson', 'granddaughter', 'grandfather', 'grandmother', 'nephew', 'niece', 'cousin', 'uncle', 'aunt',
];

/** Kinds of thing whose examples a text gives with "such as", "like" or "including": "neo-pagan
 *  religions, such as Wicca" names a religion, never a person. */
export const EXAMPLE_KINDS: readonly string[] = [
  'religions', 'faiths', 'festivals', 'diseases', 'infections', 'crops', 'languages', 'dialects', 'dances', 'apps',
  'applications', 'platforms', 'vaccines', 'drugs', 'medicines', 'species', 'breeds', 'movements', 'traditions', 'games',
  'sports', 'cuisines', 'dishes', 'instruments', 'genres', 'browsers', 'websites', 'networks', 'currencies',
  'cryptocurrencies', 'programming languages', 'operating systems',
];

/** Nouns a headline calls a person by when it does not name them: "Scientology defector
 *  arrested …", "Australian woman claims …". */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'student', 'schoolboy', 'schoolgirl', 'defector', 'activist',
  'journalist', 'reporter', 'blogger', 'doctor', 'nurse', 'pilot', 'soldier', 'veteran', 'farmer', 'fisherman',
  'worker', 'mother', 'father', 'widow', 'survivor', 'climber', 'mountaineer', 'athlete', 'scientist', 'researcher',
  'inventor', 'entrepreneur', 'businessman', 'businesswoman', 'author', 'writer', 'poet', 'artist', 'singer',
  'actor', 'actress', 'filmmaker', 'director', 'whistleblower', 'dissident', 'hacker', 'suspect', 'convict',
  'prisoner', 'hostage', 'refugee', 'migrant', 'tourist', 'pensioner', 'grandmother', 'grandfather', 'priest',
  'monk', 'nun', 'chess prodigy', 'prodigy', 'teacher', 'professor', 'engineer', 'officer', 'cop', 'lawyer',
  'lyricist', 'scholar', 'litterateur', 'novelist', 'playwright', 'screenwriter', 'painter', 'musician', 'composer',
  'dancer', 'sculptor', 'cricketer', 'boxer', 'wrestler', 'shooter', 'grandmaster', 'industrialist', 'economist',
  'gangster', 'superstar', 'star', 'maestro', 'legend', 'vocalist', 'guitarist', 'percussionist', 'comedian',
  'producer', 'choreographer', 'photographer', 'historian', 'philanthropist', 'sprinter', 'shuttler', 'batter',
  'batsman', 'bowler', 'skipper', 'goalkeeper', 'opener', 'pacer', 'spinner', 'striker', 'midfielder', 'defender', 'official',
  'southpaw', 'youngster', 'all-rounder', 'wicketkeeper', 'raider',
  'decathlete', 'heptathlete', 'gymnast', 'swimmer', 'archer', 'weightlifter', 'powerlifter', 'paddler', 'cyclist', 'hurdler',
  'marathoner', 'fencer', 'rower', 'golfer', 'cueist', 'skater', 'astronaut', 'physicist', 'astrophysicist', 'astronomer',
  'cosmologist', 'chemist', 'biologist', 'geologist', 'statistician', 'agronomist', 'ecologist',
  'botanist', 'zoologist', 'herpetologist', 'ornithologist', 'archaeologist', 'mathematician', 'surgeon', 'physician',
  'columnist', 'cartoonist', 'editor', 'diplomat', 'bureaucrat', 'conservationist', 'environmentalist', 'educationist',
  'magnate', 'tycoon', 'investor', 'billionaire', 'banker', 'financier', 'stockbroker', 'awardee', 'laureate',
]);

/** Nouns for people in numbers a demonym can say the country of: "Afghan teenagers", "Indian
 *  fishermen", "the Indian team". */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'team', 'squad', 'crew', 'delegation', 'contingent', 'troops', 'nationals', 'citizens', 'pilgrims', 'fishermen',
  'students', 'soldiers', 'tourists', 'workers', 'scientists', 'researchers', 'teenagers', 'girls', 'boys', 'women',
  'men', 'athletes', 'players', 'climbers', 'mountaineers', 'sailors', 'nurses', 'doctors', 'engineers', 'astronauts',
  'diplomats', 'journalists', 'migrants', 'refugees', 'prisoners', 'hostages', 'passengers', 'seafarers', 'farmers',
  'peacekeepers', 'cadets', 'officers', 'experts', 'officials', 'volunteers', 'artisans', 'guides', 'porters', 'trekkers',
  'labourers', 'crew members', 'residents', 'children', 'pilots', 'cricketers', 'wrestlers', 'boxers', 'shooters',
]);

/** Names of taxes, bodies and fields that hold an "and": read as one name, never as two joined. */
export const TERMS_WITH_AND: readonly string[] = [
  'Goods and Services Tax', 'Research and Analysis Wing', 'Research and Development', 'Humanitarian Assistance and Disaster Relief',
  'Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation',
];

/** Lower-case words for a site that a capitalised name before them names ("the Tis Hazari
 *  complex", "the Narendra Modi stadium"), with the kind of place they give. */
export const SITE_AFTER: ReadonlyMap<string, PlaceKind> = new Map<string, PlaceKind>([
  ...['complex', 'campus', 'stadium', 'ground', 'grounds', 'hall', 'airport', 'station', 'road', 'marg', 'bridge', 'hospital', 'market', 'colony', 'fort', 'dam', 'lake', 'river'].map((w) => [w, 'other'] as const),
  // ("Tamor Pingla wildlife sanctuary", "Periyar tiger reserve", "Gir national park".)
  ...['sanctuary', 'reserve', 'park'].map((w) => [w, 'other'] as const),
  ...['district', 'taluk', 'tehsil'].map((w) => [w, 'region'] as const),
  ...['village', 'town', 'city'].map((w) => [w, 'city'] as const),
]);

/** Words of what a site serves, between a name and the site: "the Ahmad Garh police station". */
export const SITE_SERVING: ReadonlySet<string> = new Set(['police', 'railway', 'bus', 'metro', 'cricket', 'football', 'international', 'wildlife', 'bird', 'tiger', 'elephant', 'national', 'biosphere']);

/** A site's kind that opens its name: "Camp Larzac", "Fort William". */
export const LEADING_SITE_WORDS: ReadonlySet<string> = new Set(['Camp', 'Fort', 'Mount', 'Lake', 'Port', 'Cape']);

/** Words that open Romance place names: "La Cavalerie", "Los Angeles", "San Jose", "São Paulo". */
export const PLACE_NAME_OPENERS: ReadonlySet<string> = new Set(['La', 'Le', 'Les', 'Los', 'Las', 'El', 'San', 'Santa', 'Santo', 'São', 'Sao', 'Saint', 'St', 'St.', 'Sainte', 'Port']);

/** Offices written with their seat after a comma: "the sessions judge, Bulandshahar". */
export const SEAT_OFFICES: ReadonlySet<string> = new Set(['judge', 'magistrate', 'collector', 'commissioner', 'court']);

/** "the Earth observation satellite NISAR", "a Moon lander": bodies of the sky, written with a
 *  capital yet words of a description. */
export const SKY_BODIES: readonly string[] = ['Earth', 'Moon', 'Sun', 'Mars', 'Venus', 'Jupiter'];

/** "Mission Mausam", "Operation Kaveri": kind words that open a short name as its head. */
export const KINDS_OPENING_NAMES: readonly string[] = ['Mission', 'Operation', 'Project', 'Programme', 'Scheme', 'Abhiyan', 'Exercise'];

/** "Namibian Cheetah Aasha", "Tigress Machli": an animal's kind written before its own name, no
 *  part of it. (Not "Tiger", a given name too: "Tiger Shroff".) */
export const ANIMAL_KINDS: ReadonlySet<string> = new Set(['cheetah', 'tigress', 'leopard', 'lioness', 'elephant', 'rhino', 'rhinoceros', 'jaguar', 'panther', 'cub']);

/** Words that qualify a name, capitalised only when they open a sentence: "Opposition Congress-UDF". */
export const OPENING_QUALIFIERS: ReadonlySet<string> = new Set(['Opposition', 'Ruling', 'Incumbent', 'Outgoing', 'Beleaguered', 'Embattled', 'Former', 'Late', 'Veteran', 'Then', 'Erstwhile', 'Young', 'Fellow', 'Teenage', 'Star', 'Ace', 'Legendary', 'Top-seeded',
  // ("Several Trinamool leaders …": a count opening the sentence is no part of a name.)
  'Several', 'Many', 'Some', 'Few', 'Both',
  // ("Previous Indian Goldman Environmental Prize winners are …": which ones, by when.)
  'Previous', 'Past', 'Earlier',
  // ("Hosts India dethroned champions South Korea …": a side by its role in the tournament.)
  'Hosts', 'Holders', 'Debutants',
  // ("Heavyweights West Bengal extended their supremacy …": or by its standing.)
  'Heavyweights', 'Favourites', 'Favorites', 'Underdogs', 'Minnows']);

/** Heads of a body's name that "for …"/"of …" may go on from: "Inter-University Centre for Astronomy and Astrophysics". */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'Centre', 'Center', 'Institute', 'Council', 'Commission', 'Board', 'Committee', 'Society', 'Foundation', 'Academy',
  'School', 'College', 'University', 'Agency', 'Authority', 'Bureau', 'Federation', 'Association',
  // ("the Second Global Conference on Financing for Resilience", "the Mission for
  // Self-Reliance in Edible Oils")
  'Conference', 'Convention', 'Mission',
]);

/** What a partnership's or a pact's name ends on: "Special Strategic and Global Partnership". */
export const PACT_HEADS: ReadonlySet<string> = new Set(['Partnership', 'Agreement', 'Treaty', 'Framework', 'Dialogue', 'Strategy', 'Compact', 'Charter']);

/** ISO codes of currencies written before an amount: "JPY 10 trillion". */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(['USD', 'JPY', 'EUR', 'GBP', 'INR', 'CNY', 'RMB', 'AED', 'SAR', 'RUB', 'AUD', 'CAD', 'CHF', 'SGD', 'KRW', 'BDT', 'LKR', 'NPR', 'PKR']);

/** Bodies a report calls by their common noun alone ("the Bench", "the Centre", "the Army"):
 *  no name to learn, nor an answer that says which one. */
export const COMMON_BODY_NOUNS: readonly string[] = [
  'Office', 'Secretariat', 'Bench', 'Court', 'Centre', 'Center', 'Cabinet', 'Commission', 'Ministry', 'Government',
  'Council', 'Committee', 'Board', 'Panel', 'Assembly', 'House', 'Parliament', 'Union', 'Department', 'Tribunal', 'Authority', 'Agency',
  'Bank', 'Army', 'Navy', 'Police', 'Party', 'Corporation', 'Company', 'Church', 'Akademi', 'Academy', 'Institute',
  'University', 'Foundation', 'Society', 'Federation', 'Association', 'Bureau', 'Directorate', 'Exchange',
  'Battalion', 'Regiment', 'Division', 'Squadron', 'Fleet', 'Brigade', 'Corps', 'Command',
  // ("to serve in the Armed Forces": the services of the country the story is about, by their common name.)
  'Armed Forces', 'Forces', 'Air Force', 'Coast Guard', 'Defence Forces', 'Security Forces',
];
/** Things a report calls by their common noun alone ("the Scheme", "the Bill", "the State"). */
export const COMMON_THING_NOUNS: readonly string[] = [
  'Union Territory', 'Union Territories', 'States', 'State', 'Mission', 'Scheme', 'Index', 'Report', 'Bill', 'Act',
  // ("held that the Constitution Amendment cannot be said to breach …": the amendment the story is about, by its kind.)
  'Amendment', 'Constitution Amendment', 'Constitutional Amendment', 'Ordinance', 'Project', 'Programme', 'Policy',
  // ("were crowned World Champions on Tuesday": the title a winner takes, which the event names.)
  'World Champions', 'World Champion', 'Champions', 'Champion',
  // ("An Earthquake of magnitude 5.2 occurred …": an everyday word a headline-style text capitalises.)
  'Earthquake', 'Cyclone', 'Flood', 'Floods', 'Landslide', 'Tsunami',
];

/** Lower-case words inside a person's name: "Lula da Silva", "Ursula von der Leyen". */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'van', 'von', 'de', 'da', 'al', 'el', 'di', 'del', 'della', 'der', 'den', 'do', 'dos', 'das', 'la', 'le', 'du']);
/** Lower-case words inside a Dutch or German place's name: "Wijk aan Zee", "Bergen op Zoom". */
export const PLACE_PARTICLES: ReadonlySet<string> = new Set(['aan', 'op', 'ter', 'ten', 'am', 'im']);

/** What a park's or a reserve's name may leave unsaid once the article has said it: "Kuno" for
 *  Kuno National Park (longest first, so a pattern built from the list takes the whole kind). */
export const RESERVE_HEADS: readonly string[] = ['National Park', 'Wildlife Sanctuary', 'Bird Sanctuary', 'Tiger Reserve', 'Biosphere Reserve', 'Sanctuary', 'Reserve', 'Lake', 'Dam', 'Glacier'];
