import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { Review } from './review.resource';
import { ReviewList } from './ReviewList';
import { ReviewShow } from './ReviewShow';

/** No create or edit: a review is opened by submitting its subject and moves only by its steps. */
export default {
  list: ReviewList,
  show: ReviewShow,
  icon: FactCheckIcon,
  options: { label: '保密审查' },
  recordRepresentation: (record: Review) => record.title,
};
