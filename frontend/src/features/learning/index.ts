export {
  fetchResumePoint,
  learningKeys,
  useCourseOutline,
  useCourses,
  useEnroll,
  useEnrollment,
  useLesson,
  useMyEnrollments,
  useMyPath,
} from './api/learning';
export { ContinueButton } from './components/ContinueButton';
export { CourseOutlineView, outlineProgress } from './components/CourseOutlineView';
export { LessonPlayer } from './components/LessonPlayer';
export { MyPathPanel } from './components/MyPathPanel';
export { OfflinePanel } from './components/OfflinePanel';
export { SyncStatus } from './components/SyncStatus';
export { createProgressQueue, type ProgressQueue, type QueuedReport } from './offline/progress-queue';
export { onProgressSent, progressQueue, useProgressSync } from './offline/sync';
