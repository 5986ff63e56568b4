export { retakeKeys, retakeQueries, useAttemptReview, usePractice, useQuizStatus } from './api/retake';
export { AttemptReviewView } from './components/AttemptReviewView';
export { NextAttemptInfo } from './components/NextAttemptInfo';
export { PracticeQuiz } from './components/PracticeQuiz';
