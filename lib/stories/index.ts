export {
  addToStories,
  storyTables,
  type AddOptions,
  type AddResult,
  type StoryOutcome,
} from './add-to-stories';
export { inFrequencyBatch } from './frequencies';
export { removeFromStories } from './remove-from-stories';
export { setStoryApart } from './set-apart';
export {
  entityStories,
  timelineForArticle,
  timelineForEntity,
  type ArticleTimeline,
  type EntityStories,
  type StorySummary,
  type TimelineEntry,
  type TimelineOptions,
} from './timeline';
