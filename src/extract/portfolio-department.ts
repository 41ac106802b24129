/**
 * "The Health Department", "the Forest Department": a department named by its portfolio alone,
 * with no state or body before it, is whichever government's the story is about — no body a
 * student could learn, as an answer or a blank.
 */
export const PORTFOLIO_DEPARTMENT = /^(?:the\s+)?(?:Health|Forest|Education|Revenue|Police|Finance|Home|Agriculture|Transport|Fire|Irrigation|Tourism|Labour|Food|Industries|Industry|Environment|Water|Public Works|Rural Development|Urban Development|Social Welfare|Women and Child Development|Animal Husbandry|Fisheries|Information|Power|Energy|Excise|Mining|Disaster Management)(?:\s+(?:and\s+)?[A-Z][a-z]+)?\s+Department$/;
