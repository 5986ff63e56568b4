export { quizKeys, saveAnswers, submitAttempt, useAttempt, useStartAttempt } from './api/quiz';
export { AttemptResultView } from './components/AttemptResultView';
export { QuizRunner } from './components/QuizRunner';
