export { ListenToLesson } from './components/ListenToLesson';
export { ListenToQuestion } from './components/ListenToQuestion';
export {
  blockAt,
  fetchLessonAudio,
  fetchQuestionAudio,
  questionParts,
  type LessonAudio,
  type QuestionAudio,
} from './api/listening';
