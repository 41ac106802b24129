// The topic model against the labels a person gave (tests/fixtures/topics/labels.json): per
// topic precision, recall and accuracy, and overall. Shared by `npm run eval` and its test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** { path under fixtures → labelled topic ids }. */
export function readTopicLabels(fixtures) {
  return JSON.parse(readFileSync(join(fixtures, 'topics/labels.json'), 'utf8')).labels;
}

/**
 * `articles`: [{ labels: [...], predicted: [...] }]; `topics`: every topic id. Per topic:
 * precision (of the articles given it, how many carry the label), recall (of the articles
 * labelled with it, how many got it), accuracy (articles where given and labelled agree).
 * Overall: precision and recall over every (article, topic) pair, the share of articles whose
 * topics are exactly the labels, whose first topic is one of the labels, and left unsorted.
 */
export function topicAgreement(articles, topics) {
  const per = topics.map((topic) => {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    for (const a of articles) {
      const given = a.predicted.includes(topic);
      const labelled = a.labels.includes(topic);
      if (given && labelled) tp++;
      else if (given) fp++;
      else if (labelled) fn++;
      else tn++;
    }
    return { topic, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), accuracy: ratio(tp + tn, articles.length) };
  });
  const sum = (k) => per.reduce((n, p) => n + p[k], 0);
  const same = (a) => a.predicted.length === a.labels.length && a.predicted.every((t) => a.labels.includes(t));
  return {
    articles: articles.length,
    perTopic: per,
    precision: ratio(sum('tp'), sum('tp') + sum('fp')),
    recall: ratio(sum('tp'), sum('tp') + sum('fn')),
    exact: ratio(articles.filter(same).length, articles.length),
    firstRight: ratio(articles.filter((a) => a.predicted.length > 0 && a.labels.includes(a.predicted[0])).length, articles.length),
    unsorted: articles.filter((a) => a.predicted.length === 0).length,
  };
}

const ratio = (n, d) => (d ? n / d : null);
