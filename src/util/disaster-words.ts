/** Words for the disasters a news story tells a toll of ("stampede", "landslide", "cyclone"):
 *  read by the quantity pattern for a toll's cause and by centrality for a disaster's headline. */
export const DISASTER_WORDS = ['stampede', 'fire', 'blaze', 'collapse', 'crash', 'blast', 'explosion', 'accident', 'landslide', 'flood', 'floods', 'cloudburst', 'earthquake', 'cyclone', 'derailment', 'avalanche', 'collision', 'mishap', 'rains'];
