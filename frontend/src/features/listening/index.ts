export { ListenToLesson } from './components/ListenToLesson';
export { blockAt, fetchLessonAudio, type LessonAudio } from './api/listening';
