// The public surface of the pure signals core: text folding, locale, keywords, human request, sentiment, PII.
export { foldText, tokenize } from './normalise.js';
export { detectLocale, normaliseLocale, type SignalLocale } from './detect-locale.js';
export { compileKeywordMatcher, type KeywordEntry, type KeywordMatcher } from './keyword-matcher.js';
export { detectHumanRequest, type HumanRequest } from './human-request.js';
export {
  scoreSentiment,
  scoreConversation,
  type Sentiment,
  type ConversationSentiment,
  type ConversationMessage,
  type FrustrationCue,
} from './sentiment.js';
export { findPii, redactPii, type PiiMatch, type PiiType } from './pii.js';
export {
  evaluateHumanRequest,
  evaluateSentiment,
  labelSentiment,
  parseHumanRequestExamples,
  parseSentimentExamples,
  NEGATIVE_BELOW,
  POSITIVE_ABOVE,
  type BinaryMetrics,
  type ClassMetrics,
  type SentimentLabel,
  type SentimentMetrics,
  type HumanRequestExample,
  type SentimentExample,
  type DetectorReport,
} from './evaluate-detectors.js';
export {
  parseLabelledCases,
  evaluateLabelledCases,
  type LabelledCase,
  type LabelledReport,
  type BinaryScore,
  type SentimentScore,
} from './labelled-cases.js';
