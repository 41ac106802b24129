/** How many sentences must name an answer for it to be the story's topic (its subject): the
 *  extractor reads the story's subject by it, and a set is tried without such an answer, which
 *  would bar every item that names it. */
export const TOPIC_MENTIONS = 3;
